package id.inovik.scoring.whatif;

import id.inovik.scoring.catalogue.AwardCategory;
import id.inovik.scoring.catalogue.BasicServiceRule;
import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.catalogue.Indicator;
import id.inovik.scoring.edition.EditionResult;
import id.inovik.scoring.edition.EditionScoring;
import id.inovik.scoring.edition.PreviousRanks;
import id.inovik.scoring.iid.RegionResult;
import id.inovik.scoring.iid.RegionSubmission;
import id.inovik.scoring.ranking.CategoryRanking;
import id.inovik.scoring.ranking.RankedEntry;
import id.inovik.scoring.ranking.RankingPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores one edition's submissions under another edition's rubric (e.g. 2025 claims under 2026
 * rules) and reports who moves. Indicator codes the other rubric lacks are left out and listed per
 * region; everything else (claims, validations, affairs) is kept as submitted.
 */
public final class WhatIf {
  private WhatIf() {}

  public static WhatIfResult compare(
      List<RegionSubmission> submissions, Edition from, Edition to, RankingPolicy policy) {
    EditionResult before =
        new EditionScoring(from, policy).score(submissions, PreviousRanks.NONE, false);
    EditionResult after =
        new EditionScoring(to, policy).score(submissions, PreviousRanks.NONE, true);

    Map<String, Map<String, BigDecimal>> ranksBefore = ranks(before);
    Map<String, Map<String, BigDecimal>> ranksAfter = ranks(after);
    Set<String> categories = new LinkedHashSet<>();
    from.awardCategories().forEach(c -> categories.add(c.code()));
    to.awardCategories().forEach(c -> categories.add(c.code()));

    List<RegionWhatIf> regions = new ArrayList<>();
    int movers = 0;
    int predikatChanges = 0;
    for (RegionResult a : before.regions()) {
      RegionResult b = after.region(a.region().code());
      List<CategoryMove> moves = new ArrayList<>();
      for (String category : categories) {
        BigDecimal rankFrom = ranksBefore.getOrDefault(category, Map.of()).get(a.region().code());
        BigDecimal rankTo = ranksAfter.getOrDefault(category, Map.of()).get(a.region().code());
        if (rankFrom != null || rankTo != null) {
          moves.add(
              new CategoryMove(
                  category,
                  rankFrom,
                  rankTo,
                  rankFrom == null || rankTo == null ? null : rankFrom.subtract(rankTo)));
        }
      }
      RegionWhatIf region =
          new RegionWhatIf(
              a.region().code(),
              a.region().name(),
              a.validated().iid(),
              b.validated().iid(),
              b.validated().iid().subtract(a.validated().iid()),
              a.validated().predikat(),
              b.validated().predikat(),
              moves,
              b.ignoredIndicators());
      boolean moved =
          moves.stream()
              .anyMatch(
                  m ->
                      !sameRank(m.rankFrom(), m.rankTo())
                          && (m.movement() == null || m.movement().signum() != 0));
      movers += moved ? 1 : 0;
      predikatChanges += region.predikatFrom().equals(region.predikatTo()) ? 0 : 1;
      regions.add(region);
    }
    regions.sort(
        Comparator.comparing(RegionWhatIf::largestMove, Comparator.reverseOrder())
            .thenComparing(r -> r.change().abs(), Comparator.reverseOrder())
            .thenComparing(RegionWhatIf::regionCode));
    return new WhatIfResult(
        from.year(), to.year(), ruleChanges(from, to), movers, predikatChanges, regions);
  }

  private static Map<String, Map<String, BigDecimal>> ranks(EditionResult result) {
    Map<String, Map<String, BigDecimal>> ranks = new HashMap<>();
    List<CategoryRanking> all = new ArrayList<>(result.categories());
    all.add(result.national());
    for (CategoryRanking ranking : all) {
      Map<String, BigDecimal> byRegion = new HashMap<>();
      for (RankedEntry entry : ranking.entries()) {
        byRegion.put(entry.standing().regionCode(), entry.rank());
      }
      ranks.put(ranking.category(), byRegion);
    }
    return ranks;
  }

  /** The differences between two rubrics a committee would want listed. */
  public static List<String> ruleChanges(Edition from, Edition to) {
    List<String> changes = new ArrayList<>();
    if (from.divisorMinimum() != to.divisorMinimum()) {
      changes.add("pembagi minimum k: " + from.divisorMinimum() + " -> " + to.divisorMinimum());
    }
    if (from.countPointsHundredths() != to.countPointsHundredths()
        || from.countCap() != to.countCap()) {
      changes.add(
          "skor jumlah inovasi: "
              + BigDecimal.valueOf(from.countPointsHundredths(), 2)
              + " x min(n, "
              + from.countCap()
              + ") -> "
              + BigDecimal.valueOf(to.countPointsHundredths(), 2)
              + " x min(n, "
              + to.countCap()
              + ")");
    }
    BasicServiceRule a = from.basicServiceRule();
    BasicServiceRule b = to.basicServiceRule();
    if (a == null && b != null) {
      changes.add(
          "aturan urusan pelayanan dasar berlaku: minimal "
              + b.minimumCovered()
              + " dari "
              + b.affairs().size());
    } else if (a != null && b == null) {
      changes.add("aturan urusan pelayanan dasar tidak berlaku");
    } else if (a != null && a.minimumCovered() != b.minimumCovered()) {
      changes.add(
          "urusan pelayanan dasar minimal: " + a.minimumCovered() + " -> " + b.minimumCovered());
    }
    if (from.mandatoryRule() != to.mandatoryRule()) {
      changes.add("indikator wajib: " + from.mandatoryRule() + " -> " + to.mandatoryRule());
    }
    if (!bands(from).equals(bands(to))) {
      changes.add("batas predikat: " + bands(from) + " -> " + bands(to));
    }
    Map<String, Indicator> fromIndicators = from.indicatorsByCode();
    for (Indicator indicator : to.indicators()) {
      Indicator old = fromIndicators.get(indicator.code());
      if (old == null) {
        changes.add("indikator baru " + indicator.code() + " (" + indicator.label() + ")");
      } else if (old.weight().compareTo(indicator.weight()) != 0
          || old.mandatory() != indicator.mandatory()) {
        changes.add(
            "indikator "
                + indicator.code()
                + ": bobot "
                + old.weight()
                + " -> "
                + indicator.weight()
                + (old.mandatory() != indicator.mandatory()
                    ? ", wajib " + old.mandatory() + " -> " + indicator.mandatory()
                    : ""));
      }
    }
    Map<String, Indicator> toIndicators = to.indicatorsByCode();
    fromIndicators.keySet().stream()
        .filter(code -> !toIndicators.containsKey(code))
        .forEach(code -> changes.add("indikator " + code + " dihapus"));
    List<String> fromCategories = from.awardCategories().stream().map(AwardCategory::code).toList();
    List<String> toCategories = to.awardCategories().stream().map(AwardCategory::code).toList();
    if (!fromCategories.equals(toCategories)) {
      changes.add("kategori penghargaan: " + fromCategories + " -> " + toCategories);
    }
    return changes;
  }

  private static String bands(Edition edition) {
    return edition.predikatBands().stream()
        .map(b -> b.label() + " >= " + b.minimum().stripTrailingZeros().toPlainString())
        .toList()
        .toString();
  }

  /**
   * Ranks compared by value: 2.5 and 2.50 are the same rank; {@code null} (unranked) only equals
   * itself.
   */
  private static boolean sameRank(BigDecimal a, BigDecimal b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    return a.compareTo(b) == 0;
  }
}
