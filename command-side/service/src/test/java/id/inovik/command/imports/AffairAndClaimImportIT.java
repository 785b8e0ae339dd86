package id.inovik.command.imports;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.region.RegionCatalog;
import id.inovik.command.innovation.ProposalIdentity;
import id.inovik.command.support.Http;
import id.inovik.command.support.PostgresTestDatabase;
import id.inovik.dataset.DatasetGenerator;
import id.inovik.dataset.GeneratedEdition;
import id.inovik.dataset.GeneratedInnovation;
import id.inovik.dataset.IidExportFile;
import id.inovik.dataset.Scale;
import id.inovik.testservers.TestServers;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated IID exports (the dataset generator's) through {@code POST /api/imports} into the real
 * PostgreSQL event store and Kafka: affairs written the way regions write them (agency names,
 * abbreviations, upper case with "&amp;", typos), and the claims part of an export into an open
 * award edition.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AffairAndClaimImportIT {

  static final PostgresTestDatabase DB = PostgresTestDatabase.create();
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final RegionCatalog REGIONS = RegionCatalog.load();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::url);
    registry.add("spring.datasource.username", DB::user);
    registry.add("spring.datasource.password", DB::password);
    registry.add("spring.kafka.bootstrap-servers", TestServers::kafkaBootstrapServers);
  }

  @AfterAll
  static void dropDatabase() {
    DB.close();
  }

  @LocalServerPort int port;
  @TempDir Path dir;
  Http http;

  @BeforeEach
  void client() {
    http = new Http("http://127.0.0.1:" + port);
  }

  HttpResponse<String> post(Path file, String query) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/imports" + query))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  JsonNode report(Path file, String query) throws Exception {
    HttpResponse<String> response = post(file, query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** The rows of a CSV file, header first (the byte order mark dropped). */
  static List<List<String>> read(Path csv) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.parse(in)) {
        rows.add(new ArrayList<>(r.toList()));
      }
    }
    rows.getFirst().set(0, rows.getFirst().getFirst().replace("\uFEFF", ""));
    return rows;
  }

  static void write(Path csv, List<List<String>> rows) throws Exception {
    try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    }
  }

  /** The innovation id an import gives a row (region, name and OPD: RowImporter's identity). */
  static String innovationId(List<String> header, List<String> row) {
    String identity =
        row.get(header.indexOf("Kode Wilayah"))
            + "|"
            + Values.key(row.get(header.indexOf("Nama Inovasi")))
            + "|"
            + Values.key(row.get(header.indexOf("OPD")));
    return ProposalIdentity.innovationId(
        "iid-import-"
            + ProposalIdentity.sha256(identity.getBytes(StandardCharsets.UTF_8)).substring(0, 40));
  }

  static Set<Integer> rejectedRows(JsonNode report) {
    Set<Integer> rows = new HashSet<>();
    report.get("rejected").forEach(p -> rows.add(p.get("row").asInt()));
    return rows;
  }

  static List<GeneratedInnovation> innovations(GeneratedEdition edition) {
    return edition.regions().stream().flatMap(r -> r.innovations().stream()).toList();
  }

  /** The affair written as an operator might: five styles in turn. */
  static String styled(GovernmentAffair affair, int i) {
    String label = affair.label();
    return switch (i % 5) {
      case 0 -> "Dinas " + label + " Kabupaten Contoh";
      case 1 -> label.toUpperCase(Locale.ROOT).replace(" DAN ", " & ");
      case 2 -> label.substring(0, label.length() / 2) + label.substring(label.length() / 2 + 1);
      case 3 -> "Urusan Pemerintahan Bidang " + label.toLowerCase(Locale.ROOT);
      default -> " " + label.replace(" ", "  ") + " ";
    };
  }

  @Test
  void affairsWrittenAsAgenciesShortFormsOrWithTyposAreRecognisedOrRefusedWithSuggestions()
      throws Exception {
    GeneratedEdition generated = new DatasetGenerator(REGIONS, 16_200L).generate(Scale.DEMO, 2026);
    Path clean = dir.resolve("iid-clean.csv");
    IidExportFile.write(innovations(generated), REGIONS, clean, Integer.MAX_VALUE);
    // what the clean export already cannot import (dates of the generated year): not our concern
    Set<Integer> cleanRejected = rejectedRows(report(clean, "?dryRun=true"));
    assertThat(cleanRejected).hasSizeLessThan(10);

    List<List<String>> rows = read(clean);
    List<String> header = rows.getFirst();
    int affairColumn = header.indexOf("Urusan Utama");
    Map<Integer, GovernmentAffair> expected = new HashMap<>();
    Map<Integer, String> written = new HashMap<>();
    for (int i = 1; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      GovernmentAffair affair = AffairNamesOf.label(row.get(affairColumn));
      expected.put(i + 1, affair);
      row.set(affairColumn, styled(affair, i));
      written.put(i + 1, row.get(affairColumn));
    }
    // an agency's abbreviation, an unknown affair and a merged agency
    rows.get(1).set(affairColumn, "Disdukcapil");
    expected.put(2, GovernmentAffair.ADMINISTRASI_KEPENDUDUKAN_PENCATATAN_SIPIL);
    rows.get(2).set(affairColumn, "ksehtan");
    rows.get(3).set(affairColumn, "Dinas Pendidikan dan Kebudayaan");
    Path styled = dir.resolve("iid-styled.csv");
    write(styled, rows);

    JsonNode report = report(styled, "");

    assertThat(report.get("rows").asInt()).isEqualTo(rows.size() - 1);
    Map<Integer, String> affairProblems = new HashMap<>();
    report
        .get("rejected")
        .forEach(
            p -> {
              int row = p.get("row").asInt();
              if (!cleanRejected.contains(row)) {
                assertThat(p.get("column").asString()).as("row " + row).isEqualTo("Urusan Utama");
                affairProblems.put(row, p.get("reason").asString());
              }
            });
    assertThat(affairProblems)
        .containsEntry(3, "unknown affair 'ksehtan'; did you mean 'Kesehatan'?")
        .containsEntry(
            4,
            "'Dinas Pendidikan dan Kebudayaan' is an agency of several affairs (Pendidikan,"
                + " Kebudayaan); give the one the innovation belongs to");
    affairProblems.forEach(
        (row, reason) -> {
          if (row > 4) {
            // only a typo may be refused, and then with candidates or a suggestion
            assertThat((row - 1) % 5).as("row %d: %s", row, reason).isEqualTo(2);
            assertThat(reason).matches("(ambiguous affair .*could be .*)|(unknown affair .*)");
          }
        });
    for (int i = 1; i < rows.size(); i++) {
      int row = i + 1;
      if (cleanRejected.contains(row) || affairProblems.containsKey(row)) {
        continue;
      }
      JsonNode history =
          JSON.readTree(
              http.get("/api/innovations/" + innovationId(header, rows.get(i)) + "/events").body());
      assertThat(history.get(0).get("payload").get("profile").get("mainAffair").asString())
          .as("row %d written '%s'", row, written.get(row))
          .isEqualTo(expected.get(row).name());
    }
    assertThat(report.get("created").asInt())
        .isEqualTo(rows.size() - 1 - cleanRejected.size() - affairProblems.size());
  }

  @Test
  void theClaimsOfAnExportGoIntoAnOpenEditionAndARefusedClaimKeepsTheInnovation() throws Exception {
    String edition =
        """
        {"programme":"IGA","year":2026,
         "schedule":{"penjaringan":{"opensOn":"2027-06-20","closesOn":"2027-08-23"},
                     "pengukuran":{"opensOn":"2027-08-24","closesOn":"2027-10-18"},
                     "presentasi":{"opensOn":"2027-11-04","closesOn":"2027-11-06"},
                     "validasi-lapangan":{"opensOn":"2027-11-10","closesOn":"2027-11-25"},
                     "pleno":{"opensOn":"2027-12-01","closesOn":"2027-12-01"}}}
        """;
    assertThat(http.post("/api/editions", edition).status()).isEqualTo(201);
    GeneratedEdition generated = new DatasetGenerator(REGIONS, 26_000L).generate(Scale.DEMO, 2026);
    Path file = dir.resolve("iid-claims.csv");
    IidExportFile.writeWithClaims(generated.regions(), REGIONS, file, 12);

    HttpResponse<String> notOpen = post(file, "?edition=IGA-2026");
    assertThat(notOpen.statusCode()).as(notOpen.body()).isEqualTo(400);
    assertThat(notOpen.body()).contains("edition").contains("does not collect claims now");
    HttpResponse<String> unknown = post(file, "?edition=IGA-2031");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("is not an award edition");
    assertThat(http.post("/api/editions/IGA/2026/stages/penjaringan/open", null).status())
        .isEqualTo(200);

    List<List<String>> rows = read(file);
    List<String> header = rows.getFirst();
    // the second row's evidence of indicator 16 is a file name, not a link
    int option16 = header.indexOf("Indikator 16");
    int evidence16 = header.indexOf("Bukti 16");
    rows.get(2).set(option16, "2");
    rows.get(2).set(evidence16, "laporan-kegiatan.pdf");
    write(file, rows);

    JsonNode dry = report(file, "?edition=IGA-2026&dryRun=true");
    assertThat(dry.get("edition").asString()).isEqualTo("IGA-2026");
    assertThat(dry.get("refusedClaims")).hasSize(1);

    JsonNode report = report(file, "?edition=IGA-2026");
    Set<Integer> rejected = rejectedRows(report);
    assertThat(rejected).as(report.toString()).doesNotContain(3).hasSizeLessThan(4);
    assertThat(report.get("edition").asString()).isEqualTo("IGA-2026");
    assertThat(report.get("claimRefusedRows").asInt()).isEqualTo(1);
    JsonNode refusal = report.get("refusedClaims").get(0);
    assertThat(refusal.get("row").asInt()).isEqualTo(3);
    assertThat(refusal.get("column").asString()).isEqualTo("Bukti 16");
    assertThat(refusal.get("reason").asString()).contains("needs a link");
    String refusedInnovation = innovationId(header, rows.get(2));
    assertThat(refusal.get("stored").asString())
        .startsWith("stored the innovation " + refusedInnovation)
        .contains("the SPD claims of " + rows.get(2).get(header.indexOf("Kode Wilayah")));
    assertThat(report.get("claimedRows").asInt()).isEqualTo(rows.size() - 1 - rejected.size());

    for (int i = 1; i < rows.size(); i++) {
      if (rejected.contains(i + 1)) {
        continue;
      }
      List<String> row = rows.get(i);
      String region = row.get(header.indexOf("Kode Wilayah"));
      Http.Response submission = http.get("/api/editions/IGA/2026/submissions/" + region);
      assertThat(submission.status()).as(submission.body()).isEqualTo(200);
      JsonNode view = submission.json();
      String id = innovationId(header, row);
      for (int c = 0; c < header.size(); c++) {
        String h = header.get(c);
        if (!h.startsWith("Indikator ") || row.get(c).isBlank()) {
          continue;
        }
        String code = h.substring("Indikator ".length());
        int number = Integer.parseInt(code.replaceAll("[a-z]", ""));
        JsonNode claims = number <= 15 ? view.get("spd") : view.get("innovations").path(id);
        if (i == 2 && number > 15) {
          assertThat(claims.isMissingNode() || claims.isEmpty())
              .as("the refused row's innovation claims nothing")
              .isTrue();
          continue;
        }
        assertThat(claims.path(code).path("option").asInt())
            .as("row %d indicator %s", i + 1, code)
            .isEqualTo(Integer.parseInt(row.get(c)));
      }
    }
  }

  /** The affair of an official label, as the clean export writes it. */
  static final class AffairNamesOf {
    static GovernmentAffair label(String label) {
      for (GovernmentAffair a : GovernmentAffair.values()) {
        if (a.label().equals(label)) {
          return a;
        }
      }
      throw new IllegalArgumentException(label);
    }
  }
}
