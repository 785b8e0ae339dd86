package id.inovik.scoring.edition;

import id.inovik.scoring.catalogue.Provenance;
import id.inovik.scoring.iid.RegionResult;
import id.inovik.scoring.ranking.CategoryRanking;
import id.inovik.scoring.ranking.RankingPolicy;
import java.util.List;
import java.util.Map;

/**
 * Every region of an edition scored and ranked.
 *
 * @param regions results in region-code order
 * @param national all regions together (provinces with kabupaten/kota; for overviews, not awards)
 * @param categories one ranking per award category of the edition
 * @param assumptions where each part of the rubric comes from and how sure it is
 */
public record EditionResult(
    int edition,
    String guideline,
    RankingPolicy policy,
    List<RegionResult> regions,
    CategoryRanking national,
    List<CategoryRanking> categories,
    Map<String, Provenance> assumptions) {

  public CategoryRanking category(String code) {
    return categories.stream()
        .filter(c -> c.category().equals(code))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("edition " + edition + " has no category " + code));
  }

  public RegionResult region(String code) {
    return regions.stream()
        .filter(r -> r.region().code().equals(code))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no region " + code + " in edition " + edition));
  }
}
