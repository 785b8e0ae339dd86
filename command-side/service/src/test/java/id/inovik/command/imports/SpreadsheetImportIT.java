package id.inovik.command.imports;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.command.innovation.ProposalIdentity;
import id.inovik.command.support.Http;
import id.inovik.command.support.PostgresTestDatabase;
import id.inovik.testservers.TestServers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spreadsheet imports through the REST API and the CLI into the real event store (PostgreSQL), with
 * generated IID exports of a few hundred rows that include every kind of broken row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpreadsheetImportIT {

  static final PostgresTestDatabase DB = PostgresTestDatabase.create();
  static final JsonMapper JSON = JsonMapper.builder().build();

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
  @Autowired JdbcTemplate jdbc;
  @TempDir Path dir;
  Http http;

  @BeforeEach
  void client() {
    http = new Http("http://127.0.0.1:" + port);
  }

  int innovationEvents() {
    return jdbc.queryForObject(
        "select count(*) from domainevententry where type = 'Innovation'", Integer.class);
  }

  JsonNode post(Path file, String query, String contentType) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/imports" + query))
                    .header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofFile(file))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** Every rejected row with the columns blamed for it. */
  static Map<Integer, Set<String>> rejectedColumns(JsonNode report) {
    Map<Integer, Set<String>> out = new HashMap<>();
    report
        .get("rejected")
        .forEach(
            p ->
                out.computeIfAbsent(p.get("row").asInt(), r -> new HashSet<>())
                    .add(p.get("column").asString()));
    return out;
  }

  static void assertRejectedAsExpected(JsonNode report, IidExportFixture fixture) {
    Map<Integer, Set<String>> rejected = rejectedColumns(report);
    assertThat(rejected.keySet()).isEqualTo(fixture.rejected.keySet());
    fixture.rejected.forEach(
        (row, column) -> assertThat(rejected.get(row)).as("row " + row).contains(column));
    assertThat(report.get("rejectedRows").asInt()).isEqualTo(fixture.rejected.size());
  }

  @Test
  void aCsvExportGoesInRowByRowBadRowsAreReportedAndASecondImportAddsNothing() throws Exception {
    IidExportFixture fixture =
        IidExportFixture.generate(20240601L, 300, r -> r.provinceCode().compareTo("50") < 0);
    Path csv = fixture.writeCsv(dir, "iid-2024-barat.csv");
    int before = innovationEvents();

    JsonNode dry = post(csv, "?dryRun=true", "text/csv");
    assertThat(dry.get("dryRun").asBoolean()).isTrue();
    assertThat(dry.get("rows").asInt()).isEqualTo(300);
    assertThat(dry.get("created").asInt()).isEqualTo(fixture.good);
    assertThat(dry.get("duplicates").asInt()).isEqualTo(fixture.duplicateRows.size());
    assertRejectedAsExpected(dry, fixture);
    assertThat(innovationEvents()).isEqualTo(before);

    JsonNode report = post(csv, "", "text/csv");
    assertThat(report.get("dryRun").asBoolean()).isFalse();
    assertThat(report.get("created").asInt()).isEqualTo(fixture.good);
    assertThat(report.get("duplicates").asInt()).isEqualTo(fixture.duplicateRows.size());
    assertRejectedAsExpected(report, fixture);
    assertThat(report.get("ignoredColumns").values().stream().map(JsonNode::asString))
        .containsExactlyInAnyOrder("No", "Keterangan");
    assertThat(innovationEvents()).isEqualTo(before + fixture.expectedEvents);
    report
        .get("duplicateRows")
        .forEach(d -> assertThat(fixture.duplicateRows).contains(d.get("row").asInt()));

    JsonNode again = post(csv, "", "text/csv");
    assertThat(again.get("created").asInt()).isZero();
    assertThat(again.get("advanced").asInt()).isZero();
    assertThat(again.get("duplicates").asInt())
        .isEqualTo(fixture.good + fixture.duplicateRows.size());
    assertRejectedAsExpected(again, fixture);
    assertThat(innovationEvents()).isEqualTo(before + fixture.expectedEvents);
  }

  @Test
  void anXlsxExportGoesInThroughTheCliWithProgressAndAMultipartDryRunFindsOnlyDuplicates()
      throws Exception {
    IidExportFixture fixture =
        IidExportFixture.generate(20250815L, 320, r -> r.provinceCode().compareTo("50") >= 0);
    Path xlsx = fixture.writeXlsx(dir, "iid-2025-timur.xlsx");
    int before = innovationEvents();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        ImportClient.run(
            new String[] {xlsx.toString(), "--url", "http://127.0.0.1:" + port},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(status).as(printed + err).isEqualTo(2);
    assertThat(printed).contains("  100 rows:", "  200 rows:", "  300 rows:");
    assertThat(printed)
        .contains(
            "320 rows: "
                + fixture.good
                + " created, 0 advanced to a later stage, "
                + fixture.duplicateRows.size()
                + " duplicates, "
                + fixture.rejected.size()
                + " rejected");
    fixture.rejected.forEach(
        (row, column) -> assertThat(printed).containsPattern("\\s" + row + "  " + column + ": "));
    assertThat(innovationEvents()).isEqualTo(before + fixture.expectedEvents);

    JsonNode dry = multipart(xlsx, true);
    assertThat(dry.get("created").asInt()).isZero();
    assertThat(dry.get("duplicates").asInt())
        .isEqualTo(fixture.good + fixture.duplicateRows.size());
    assertRejectedAsExpected(dry, fixture);
    assertThat(innovationEvents()).isEqualTo(before + fixture.expectedEvents);
  }

  @Test
  void aHandMadeExportWithATitleRowRegionNamesIndonesianDatesAndQuotedLineBreaks()
      throws Exception {
    Path sample = dir.resolve("sample.csv");
    try (InputStream in = getClass().getResourceAsStream("/imports/iid-export-sample.csv")) {
      Files.copy(in, sample);
    }
    int before = innovationEvents();
    JsonNode report = post(sample, "", "application/octet-stream");
    assertThat(report.get("rows").asInt()).isEqualTo(5);
    assertThat(report.get("created").asInt()).isEqualTo(4);
    assertThat(rejectedColumns(report)).isEqualTo(Map.of(6, Set.of("Pemda")));
    assertThat(report.get("rejected").get(0).get("reason").asString())
        .contains("ambiguous", "35.07", "35.73");
    assertThat(innovationEvents()).isEqualTo(before + 5 + 4 + 3 + 5);

    String lansia =
        ProposalIdentity.innovationId(
            "iid-import-"
                + ProposalIdentity.sha256(
                        "35.79|puskesmas ramah lansia|dinas kesehatan kota batu"
                            .getBytes(StandardCharsets.UTF_8))
                    .substring(0, 40));
    List<String> types =
        jdbc.queryForList(
            "select payloadtype from domainevententry where aggregateidentifier = ?"
                + " order by sequencenumber",
            String.class,
            lansia);
    assertThat(types)
        .extracting(t -> t.substring(t.lastIndexOf('.') + 1))
        .containsExactly(
            "InnovationProposedEvent",
            "InnovationReviewedEvent",
            "InnovationEstablishedEvent",
            "InnovationTrialStartedEvent",
            "InnovationImplementedEvent");
    String implemented =
        new String(
            jdbc.queryForObject(
                "select payload from domainevententry where aggregateidentifier = ?"
                    + " and sequencenumber = 4",
                byte[].class,
                lansia),
            StandardCharsets.UTF_8);
    assertThat(implemented).contains("\"implementedOn\":\"2024-05-02\"");
  }

  @Test
  void aLaterExportThatShowsTheSameInnovationFurtherAlongMovesItOn() throws Exception {
    String header =
        "Kode Wilayah,Nama Inovasi,Tahapan,Inisiator,Nama Inisiator,Jenis,Bentuk,Urusan Utama,"
            + "Waktu Uji Coba,Waktu Penerapan,Rancang Bangun,Tujuan,Manfaat,OPD\n";
    String row =
        "81.71,Sasi Digital Pesisir,%s,Masyarakat,Kelompok Nelayan Latuhalat,Digital,"
            + "Inovasi Pelayanan Publik,Kelautan dan Perikanan,10/07/2024,,"
            + "Pencatatan hasil tangkapan lewat aplikasi.,Data tangkapan tercatat.,"
            + "Harga ikan lebih stabil.,Dinas Kelautan dan Perikanan Kota Ambon\n";
    Path planned = dir.resolve("2024-awal.csv");
    Files.writeString(planned, header + row.formatted("Inisiatif"), StandardCharsets.UTF_8);
    Path later = dir.resolve("2024-akhir.csv");
    Files.writeString(later, header + row.formatted("Uji Coba"), StandardCharsets.UTF_8);
    int before = innovationEvents();

    assertThat(post(planned, "", "text/csv").get("created").asInt()).isEqualTo(1);
    assertThat(innovationEvents()).isEqualTo(before + 3);
    JsonNode moved = post(later, "", "text/csv");
    assertThat(moved.get("created").asInt()).isZero();
    assertThat(moved.get("advanced").asInt()).isEqualTo(1);
    assertThat(innovationEvents()).isEqualTo(before + 4);
    assertThat(post(later, "", "text/csv").get("duplicates").asInt()).isEqualTo(1);
    assertThat(post(planned, "", "text/csv").get("duplicates").asInt()).isEqualTo(1);
    assertThat(innovationEvents()).isEqualTo(before + 4);
  }

  @Test
  void aFileWithoutTheMandatoryColumnsOrNotASpreadsheetIsRefusedWhole() throws Exception {
    int before = innovationEvents();
    Path noStage = dir.resolve("no-stage.csv");
    Files.writeString(
        noStage,
        "Nama Inovasi,Kode Wilayah,OPD\nPuskesmas Keliling,35.79,Dinas Kesehatan\n",
        StandardCharsets.UTF_8);
    var missing = http.post("/api/imports", Files.readString(noStage), "Content-Type", "text/csv");
    assertThat(missing.status()).isEqualTo(400);
    Set<String> fields = new HashSet<>();
    missing.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).contains("Tahapan", "Rancang Bangun", "Urusan Utama");

    Path broken = dir.resolve("broken.xlsx");
    Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1, 2, 3});
    HttpResponse<String> notXlsx =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/imports"))
                    .POST(HttpRequest.BodyPublishers.ofFile(broken))
                    .header("Content-Type", "application/octet-stream")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(notXlsx.statusCode()).isEqualTo(400);
    assertThat(notXlsx.body()).contains("\"field\":\"file\"");
    assertThat(innovationEvents()).isEqualTo(before);
  }

  private JsonNode multipart(Path file, boolean dryRun) throws IOException, InterruptedException {
    String boundary = "inovik-" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName()
                + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(Files.readAllBytes(file));
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/imports?dryRun=" + dryRun))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
