package id.inovik.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.scoring.catalogue.RubricCatalogue;
import id.inovik.scoring.edition.EditionResult;
import id.inovik.scoring.edition.EditionScoring;
import id.inovik.scoring.edition.RankingTable;
import id.inovik.scoring.iid.RegionSubmission;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ranking table the CLI's export and the query service's leaderboard export share: national
 * first, then each award category; tied regions share their rank; the claimed IID is the last
 * column when asked for.
 */
class RankingTableTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  // Kota Kediri and Kota Blitar claim and keep the same scores at the same time: a tie. Validation
  // lowers every SPD score, so claimed and validated IID differ.
  private static final String ONE_KABUPATEN_THREE_KOTA =
      """
      {"edition": 2026,
       "regions": [
         {"code": "35.01", "name": "Kabupaten Pacitan", "submittedAt": "2026-08-01T10:00:00Z",
          "spdScore": 40, "validatedSpdScore": 20,
          "innovations": [{"id": "a", "mainAffair": "kesehatan", "sidScore": 70}]},
         {"code": "35.71", "name": "Kota Kediri", "submittedAt": "2026-08-01T10:00:00Z",
          "spdScore": 50, "validatedSpdScore": 45,
          "innovations": [{"id": "b", "mainAffair": "kesehatan", "sidScore": 60}]},
         {"code": "35.72", "name": "Kota Blitar", "submittedAt": "2026-08-01T10:00:00Z",
          "spdScore": 50, "validatedSpdScore": 45,
          "innovations": [{"id": "c", "mainAffair": "kesehatan", "sidScore": 60}]},
         {"code": "35.73", "name": "Kota Malang", "submittedAt": "2026-08-01T10:00:00Z",
          "spdScore": 60, "validatedSpdScore": 55,
          "innovations": [{"id": "d", "mainAffair": "pendidikan", "sidScore": 90},
                          {"id": "e", "mainAffair": "kesehatan", "sidScore": 80}]}]}
      """;

  private static EditionResult result() {
    JsonNode doc = JSON.readTree(ONE_KABUPATEN_THREE_KOTA);
    SubmissionReader reader = new SubmissionReader();
    List<RegionSubmission> regions = reader.regions(doc, "");
    reader.failIfErrors();
    return new EditionScoring(RubricCatalogue.edition(2026)).score(regions);
  }

  @Test
  void nationalFirstThenEveryCategoryWithTiesSharingTheirRank() {
    EditionResult result = result();

    List<List<Object>> rows = RankingTable.rows(result, RankingTable.rankings(result), false);

    String kota = result.category("kota").label();
    String kabupaten = result.category("kabupaten").label();
    // national: every region, Malang first, the twins tied on one rank, Pacitan last
    assertThat(rows.subList(0, 4))
        .extracting(r -> r.get(1))
        .containsExactly("35.73", "35.71", "35.72", "35.01");
    assertThat(rows.subList(0, 4)).allSatisfy(r -> assertThat(r.get(3)).isEqualTo("Nasional"));
    assertThat((BigDecimal) rows.get(1).get(0))
        .isEqualByComparingTo((BigDecimal) rows.get(2).get(0));
    assertThat((BigDecimal) rows.get(3).get(0)).isEqualByComparingTo("4");
    // then each award category in the edition's order, only its own regions
    List<List<Object>> kotaRows = rows.stream().filter(r -> r.get(3).equals(kota)).toList();
    assertThat(kotaRows).extracting(r -> r.get(1)).containsExactly("35.73", "35.71", "35.72");
    assertThat((BigDecimal) kotaRows.get(0).get(0)).isEqualByComparingTo("1");
    assertThat((BigDecimal) kotaRows.get(1).get(0))
        .isEqualByComparingTo((BigDecimal) kotaRows.get(2).get(0));
    assertThat(rows.stream().filter(r -> r.get(3).equals(kabupaten)))
        .extracting(r -> r.get(1))
        .containsExactly("35.01");
    int categoryRows = result.categories().stream().mapToInt(c -> c.entries().size()).sum();
    assertThat(rows).hasSize(4 + categoryRows);
    // the cells are the engine's standing, with no previous rank
    var malang = result.region("35.73");
    assertThat(rows.getFirst())
        .containsExactly(
            rows.getFirst().get(0),
            "35.73",
            "Kota Malang",
            "Nasional",
            malang.validated().iid(),
            malang.validated().predikat(),
            malang.validated().spd(),
            malang.validated().sid(),
            2,
            null,
            null);
  }

  @Test
  void theClaimedIidIsTheLastColumnWhenAskedFor() {
    EditionResult result = result();

    List<List<Object>> rows = RankingTable.rows(result, List.of(result.category("kota")), true);

    assertThat(RankingTable.headers(true))
        .startsWith(RankingTable.HEADERS.toArray(String[]::new))
        .endsWith("IID Klaim")
        .hasSize(RankingTable.HEADERS.size() + 1);
    assertThat(RankingTable.headers(false)).isEqualTo(RankingExport.HEADERS);
    assertThat(rows).hasSize(3);
    for (List<Object> row : rows) {
      var region = result.region((String) row.get(1));
      assertThat(row).hasSize(12);
      assertThat(row.getLast()).isEqualTo(region.claimed().iid());
      assertThat((BigDecimal) row.get(4)).isLessThan(region.claimed().iid());
    }
  }
}
