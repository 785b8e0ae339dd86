package id.inovik.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScoringCliTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private record Run(int code, JsonNode out, String err) {}

  private static Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        ScoringCli.run(
            args,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    return new Run(
        code, text.isBlank() ? null : JSON.readTree(text), err.toString(StandardCharsets.UTF_8));
  }

  private static String workedExample(int n, int affairs) {
    List<String> yandas =
        List.of("pendidikan", "kesehatan", "pupr", "perkim", "trantibumlinmas", "sosial");
    List<String> innovations = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      innovations.add(
          "{\"id\":\"i"
              + i
              + "\",\"mainAffair\":\""
              + yandas.get(i % affairs)
              + "\",\"sidScore\":70}");
    }
    return "{\"edition\":2026,\"regions\":[{\"code\":\"35.07\",\"name\":\"Kabupaten Malang\",\"spdScore\":40,"
        + "\"innovations\":["
        + String.join(",", innovations)
        + "]}]}";
  }

  @Test
  void theWorkedExamplesThroughTheCli() {
    assertThat(run(workedExample(20, 6)).out().at("/regions/0/validated/iid").decimalValue())
        .isEqualByComparingTo("47.04");
    assertThat(run(workedExample(20, 4)).out().at("/regions/0/validated/iid").decimalValue())
        .isEqualByComparingTo("44.00");
    Run few = run(workedExample(8, 6));
    assertThat(few.out().at("/regions/0/validated/iid").decimalValue())
        .isEqualByComparingTo("35.88");
    assertThat(few.out().at("/regions/0/validated/predikat").asString())
        .isEqualTo("Kurang Inovatif");
    assertThat(
            run(workedExample(8, 6), "--edition", "2023")
                .out()
                .at("/regions/0/validated/predikat")
                .asString())
        .isEqualTo("Inovatif");
  }

  @Test
  void indicatorOptionsWithValidationsGiveClaimedAndValidatedSideBySide() {
    String doc =
        """
        {"edition": 2024, "region": {"code": "35.79", "name": "Kota Batu",
          "spd": {"1": 3, "8": {"option": 3, "validation": {"status": "diturunkan", "option": 1, "note": "WDP"}}},
          "innovations": [{"id": "a", "mainAffair": "kesehatan",
            "indicators": {"16": 3, "35": 3, "33": {"option": 2, "basis": "b"}},
            "validation": {"35": 2, "16": "ditolak"}}]}}
        """;

    Run run = run(doc);

    assertThat(run.code()).isZero();
    JsonNode region = run.out().at("/regions/0");
    // SPD: claimed 1x3 + 1.5x3 = 7.5; validated 3 + 1.5 = 4.5
    assertThat(region.at("/claimed/spd").decimalValue()).isEqualByComparingTo("7.50");
    assertThat(region.at("/validated/spd").decimalValue()).isEqualByComparingTo("4.50");
    // SID_j: claimed 9 + 12 + 6 = 27; validated 0 + 8 + 6 = 14; k = 10
    assertThat(region.at("/innovations/0/claimedSidJ").decimalValue()).isEqualByComparingTo("27");
    assertThat(region.at("/innovations/0/validatedSidJ").decimalValue()).isEqualByComparingTo("14");
    assertThat(region.at("/claimed/sid").decimalValue()).isEqualByComparingTo("3.08");
    assertThat(region.at("/validated/sid").decimalValue()).isEqualByComparingTo("1.78");
    // (7.5 + 3.08) / 2.5 = 4.232 -> 4.23; (4.5 + 1.78) / 2.5 = 2.512 -> 2.51
    assertThat(region.at("/claimed/iid").decimalValue()).isEqualByComparingTo("4.23");
    assertThat(region.at("/validated/iid").decimalValue()).isEqualByComparingTo("2.51");
    assertThat(region.at("/ranks/0/category").asString()).isEqualTo("kota");
    assertThat(region.at("/validation/downgraded").asInt()).isEqualTo(2);
    assertThat(region.at("/validation/zeroed").asInt()).isEqualTo(1);
    JsonNode row33 =
        region
            .at("/innovations/0/rows")
            .valueStream()
            .filter(r -> r.get("code").asString().equals("33"))
            .findFirst()
            .orElseThrow();
    assertThat(row33.get("claimedOptionText").asString()).startsWith("Cakupan");
  }

  @Test
  void badInputAnswersEveryFieldWithExitCodeTwoAndScoresNothing() {
    String doc =
        """
        {"edition": 2026, "regions": [
          {"code": "35.07", "colour": "red", "spd": {"1": 4, "16": 2},
           "innovations": [{"id": "a", "indicators": {"99": 1, "17": 1}, "validation": {"17": 3}}, {"name": "no id"}]},
          {"code": "3507"}]}
        """;

    Run run = run(doc);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out().get("status").asInt()).isEqualTo(400);
    assertThat(run.out().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
        .contains(
            "regions[0].colour",
            "regions[0].spd.1",
            "regions[0].innovations[0].validation.17",
            "regions[0].innovations[1].id",
            "regions[1].code");
    assertThat(run.out().has("regions")).isFalse();
    assertThat(run.err()).contains("invalid submission");
  }

  @Test
  void scoringRulesOfTheEditionCatchCodesTheReaderCannot() {
    Run run = run("{\"edition\":2026,\"region\":{\"code\":\"35.07\",\"spd\":{\"16\":2}}}");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out().at("/errors/0/field").asString()).isEqualTo("regions[0].spd.16");
    assertThat(run.out().at("/errors/0/reason").asString()).contains("SID indicator");
  }

  @Test
  void unknownEditionAndBrokenJsonAreClearErrors() {
    Run edition = run("{\"edition\":2019,\"regions\":[]}");
    assertThat(edition.code()).isEqualTo(2);
    assertThat(edition.out().at("/errors/0/reason").asString()).contains("2019").contains("2026");

    Run broken = run("{\"edition\":2026,");
    assertThat(broken.code()).isEqualTo(2);
    assertThat(broken.err()).contains("not valid JSON");

    assertThat(run("{}", "--nonsense").code()).isEqualTo(2);
  }

  @Test
  void theDocumentedExampleRunsWithJuryUncertaintyAndWhatIf() {
    Path example = Path.of("examples/submission-2026.json");

    Run run = run("", "--summary", example.toString());

    assertThat(run.code()).isZero();
    assertThat(run.out().get("regions").size()).isEqualTo(3);
    assertThat(run.out().at("/regions/0/innovations").isEmpty()).isTrue();
    assertThat(run.out().at("/rankings/categories/1/category").asString()).isEqualTo("kabupaten");
    assertThat(run.out().at("/jury/presentation/excluded/0/jurorId").asString())
        .isEqualTo("j-unair");
    assertThat(run.out().at("/uncertainty/0/over").asString()).isEqualTo("innovations");
    assertThat(run.out().at("/uncertainty/1/over").asString()).isEqualTo("jurors");
    assertThat(run.out().at("/whatIf/0/toEdition").asInt()).isEqualTo(2027);
    assertThat(run.out().at("/assumptions/divisor/confidence").asString()).isEqualTo("T");
  }

  @Test
  void previousEditionDataGiveRankMovement() {
    String doc =
        """
        {"edition": 2026,
         "regions": [{"code": "35.01", "spdScore": 40}, {"code": "35.02", "spdScore": 30}],
         "previous": {"edition": 2025, "regions": [{"code": "35.01", "spdScore": 20}, {"code": "35.02", "spdScore": 30}]}}
        """;

    JsonNode out = run(doc, "--tie-method", "DENSE").out();

    assertThat(out.at("/rankings/categories/1/entries/0/standing/regionCode").asString())
        .isEqualTo("35.01");
    assertThat(out.at("/rankings/categories/1/entries/0/previousRank").asInt()).isEqualTo(2);
    assertThat(out.at("/rankings/categories/1/entries/0/movement").asInt()).isEqualTo(1);
    assertThat(out.at("/ranking/method").asString()).isEqualTo("DENSE");
  }

  private static final String TWO_KABUPATEN_WITH_PREVIOUS =
      """
      {"edition": 2026,
       "regions": [{"code": "35.01", "name": "Kabupaten Pacitan", "spdScore": 40,
                    "innovations": [{"id": "a", "mainAffair": "kesehatan", "sidScore": 70}]},
                   {"code": "35.02", "name": "Kabupaten Ponorogo", "spdScore": 30}],
       "previous": {"edition": 2025, "regions": [{"code": "35.01", "spdScore": 20}, {"code": "35.02", "spdScore": 30}]}}
      """;

  @Test
  void rankingsExportToCsvWithIndonesianHeaders(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("peringkat.csv");

    Run run = run(TWO_KABUPATEN_WITH_PREVIOUS, "--export", file.toString());

    assertThat(run.code()).isZero();
    assertThat(run.err()).contains("ranking rows to " + file);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines.getFirst())
        .isEqualTo(
            "\uFEFFPeringkat,Kode Wilayah,Nama Pemda,Kategori,IID,Predikat,SPD,SID,Jumlah Inovasi,"
                + "Peringkat Sebelumnya,Perubahan");
    String iid = run.out().at("/regions/0/validated/iid").decimalValue().toPlainString();
    String kabupaten = run.out().at("/rankings/categories/1/label").asString();
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("1,35.01,Kabupaten Pacitan," + kabupaten + "," + iid + ",")
                    .endsWith(",1,2,1"))
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("2,35.02,Kabupaten Ponorogo," + kabupaten + ",")
                    .endsWith(",0,1,-1"));
  }

  @Test
  void rankingsExportToXlsxWithNumbersAsNumbers(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("peringkat.xlsx");

    assertThat(run(TWO_KABUPATEN_WITH_PREVIOUS, "--export", file.toString()).code()).isZero();

    try (ReadableWorkbook book = new ReadableWorkbook(file.toFile())) {
      List<Row> rows = book.getFirstSheet().read();
      assertThat(book.getFirstSheet().getName()).isEqualTo("Peringkat");
      assertThat(rows.getFirst().getCellAsString(0)).contains("Peringkat");
      assertThat(rows.getFirst().getCellAsString(10)).contains("Perubahan");
      Row pacitanKabupaten =
          rows.stream()
              .filter(r -> r.getCellAsString(1).orElse("").equals("35.01"))
              .filter(
                  r ->
                      r.getCellAsString(3)
                          .orElse("")
                          .toLowerCase(Locale.ROOT)
                          .contains("kabupaten"))
              .findFirst()
              .orElseThrow();
      assertThat(pacitanKabupaten.getCellAsNumber(0).orElseThrow().intValue()).isEqualTo(1);
      assertThat(pacitanKabupaten.getCellAsNumber(8).orElseThrow().intValue()).isEqualTo(1);
      assertThat(pacitanKabupaten.getCellAsNumber(10).orElseThrow().intValue()).isEqualTo(1);
    }
  }

  @Test
  void exportNeedsACsvOrXlsxFile() {
    Run run = run(TWO_KABUPATEN_WITH_PREVIOUS, "--export", "peringkat.pdf");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(".csv or .xlsx");
  }

  @Test
  void theMandatoryRuleCanBeChosenForAWhatIf() {
    String doc =
        """
        {"edition": 2026, "region": {"code": "35.07", "innovations": [
          {"id": "a", "mainAffair": "kesehatan", "indicators": {"16": 3, "17": 3, "32": 3, "33": 3, "35": 3}},
          {"id": "b", "mainAffair": "kesehatan", "indicators": {"16": 3, "17": 3, "32": 3, "33": 3, "35": 3},
           "validation": {"35": "ditolak"}}]}}
        """;

    JsonNode rowZero = run(doc).out();
    JsonNode zeroed = run(doc, "--mandatory-rule", "innovation_zero").out();

    // a: 3 x (3 + 2 + 2 + 3 + 4) = 42; b loses the video row (12) or everything
    assertThat(rowZero.at("/regions/0/innovations/1/validatedSidJ").decimalValue())
        .isEqualByComparingTo("30");
    assertThat(zeroed.at("/regions/0/innovations/1/validatedSidJ").decimalValue())
        .isEqualByComparingTo("0");
    assertThat(zeroed.at("/regions/0/rules/3/label").asString()).contains("INNOVATION_ZERO");
    assertThat(run(doc, "--mandatory-rule", "sometimes").code()).isEqualTo(2);
  }
}
