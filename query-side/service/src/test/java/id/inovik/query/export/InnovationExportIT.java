package id.inovik.query.export;

import static id.inovik.query.support.EventStream.newId;
import static id.inovik.query.support.EventStream.profile;
import static id.inovik.query.support.EventStream.proposed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InnovationEstablishedEvent;
import id.inovik.api.innovation.InnovationImplementedEvent;
import id.inovik.api.innovation.InnovationReviewedEvent;
import id.inovik.api.innovation.InnovationTrialStartedEvent;
import id.inovik.query.innovation.InnovationColumns;
import id.inovik.query.support.Api;
import id.inovik.query.support.Api.FileResponse;
import id.inovik.query.support.QueryServiceIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InnovationExportIT extends QueryServiceIntegrationTest {

  private static final LocalDate IMPLEMENTED = LocalDate.of(2024, 5, 1);

  /** Proposes "{word} {n}" in {@code region}; implemented on 2024-05-01 when asked. */
  private String innovation(String word, int n, String region, boolean implemented) {
    String id = newId();
    Instant at = Instant.parse("2023-06-01T03:00:00Z").plusSeconds(n * 60L);
    var stream =
        events()
            .innovation(id, at)
            .then(
                proposed(
                    id,
                    profile(
                        word + " " + n,
                        region,
                        "Rancangan, \"kutipan\"\nbaris dua",
                        GovernmentAffair.KESEHATAN),
                    at));
    if (implemented) {
      stream
          .then(new InnovationReviewedEvent(id, region, true, "Layak", LocalDate.of(2024, 1, 5)))
          .then(
              new InnovationEstablishedEvent(id, region, "188/12/2024", LocalDate.of(2024, 1, 10)))
          .then(new InnovationTrialStartedEvent(id, region, LocalDate.of(2024, 2, 1)))
          .then(new InnovationImplementedEvent(id, region, IMPLEMENTED));
    }
    return id;
  }

  private void awaitSearchable(String query, int total) {
    Api api = api();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> api.search(query + "&size=0").get("total").asLong() == total);
  }

  private static List<CSVRecord> csv(String text) throws IOException {
    assertThat(text).startsWith("\uFEFF");
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text.substring(1)))) {
      assertThat(parser.getHeaderNames()).isEqualTo(InnovationColumns.HEADERS);
      return parser.getRecords();
    }
  }

  @Test
  void csvExportHoldsEveryMatchOnceWithTheImportsHeaders() throws IOException {
    String word = "Ekspor" + Integer.toUnsignedString(newId().hashCode());
    Set<String> inJawaTimur = new HashSet<>();
    // more than one export page (1,000), so search_after paging is exercised
    int count = 1_050;
    for (int i = 0; i < count; i++) {
      inJawaTimur.add(innovation(word, i, "35.79", i % 100 == 0));
    }
    innovation(word, 9_999, "32.73", true);
    awaitSearchable("q=" + word, count + 1);

    FileResponse response =
        api().download("/api/innovations/export?format=csv&province=35&q=" + word);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("text/csv");
    assertThat(response.contentDisposition()).startsWith("attachment").contains(".csv");
    List<CSVRecord> rows = csv(response.text());
    assertThat(rows).hasSize(count);
    assertThat(rows.stream().map(r -> r.get("ID Inovik")).collect(Collectors.toSet()))
        .isEqualTo(inJawaTimur);
    CSVRecord implemented =
        rows.stream().filter(r -> r.get("Nama Inovasi").equals(word + " 100")).findFirst().get();
    assertThat(implemented.toMap())
        .containsEntry("Kode Wilayah", "35.79")
        .containsEntry("Pemda", "Kota Batu")
        .containsEntry("Tahapan", "Penerapan")
        .containsEntry("Inisiator", "Aparatur Sipil Negara")
        .containsEntry("Jenis", "Digital")
        .containsEntry("Bentuk", "Inovasi pelayanan publik")
        .containsEntry("Urusan Utama", "Kesehatan")
        .containsEntry("Urusan Lain", "Komunikasi dan Informatika")
        .containsEntry("Waktu Uji Coba", "2024-02-01")
        .containsEntry("Waktu Penerapan", "2024-05-01")
        .containsEntry("Rancang Bangun", "Rancangan, \"kutipan\"\nbaris dua")
        .containsEntry("Anggaran", "150000000")
        .containsEntry("Nomor SK", "188/12/2024")
        .containsEntry("Tanggal SK", "2024-01-10")
        .containsEntry("OPD", "Dinas Kependudukan dan Pencatatan Sipil");
    CSVRecord proposedOnly =
        rows.stream().filter(r -> r.get("Nama Inovasi").equals(word + " 1")).findFirst().get();
    assertThat(proposedOnly.get("Tahapan")).isEqualTo("Usulan");
    // the profile's planned dates
    assertThat(proposedOnly.get("Waktu Penerapan")).isEqualTo("2024-05-01");
    assertThat(proposedOnly.get("Nomor SK")).isEmpty();

    List<CSVRecord> onlyImplemented =
        csv(
            api()
                .download("/api/innovations/export?q=" + word + "&stage=PENERAPAN&sort=name")
                .text());
    assertThat(onlyImplemented)
        .extracting(r -> r.get("Nama Inovasi"))
        .containsExactly(
            word + " 0",
            word + " 100",
            word + " 1000",
            word + " 200",
            word + " 300",
            word + " 400",
            word + " 500",
            word + " 600",
            word + " 700",
            word + " 800",
            word + " 900",
            word + " 9999");
  }

  @Test
  void xlsxExportHasTheSameRowsWithRealDates() throws IOException {
    String word = "Lembar" + Integer.toUnsignedString(newId().hashCode());
    for (int i = 0; i < 5; i++) {
      innovation(word, i, "35.79", i < 2);
    }
    awaitSearchable("q=" + word, 5);

    FileResponse response = api().download("/api/innovations/export?format=XLSX&q=" + word);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).contains("spreadsheetml");
    assertThat(response.contentDisposition()).contains(".xlsx");
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
      Sheet sheet = book.getFirstSheet();
      assertThat(sheet.getName()).isEqualTo("Inovasi");
      List<Row> rows = sheet.read();
      assertThat(rows).hasSize(6);
      List<String> headers = rows.getFirst().stream().map(c -> c.getRawValue()).toList();
      assertThat(headers).isEqualTo(InnovationColumns.HEADERS);
      int name = headers.indexOf("Nama Inovasi");
      int implemented = headers.indexOf("Waktu Penerapan");
      int stage = headers.indexOf("Tahapan");
      int budget = headers.indexOf("Anggaran");
      Row first =
          rows.stream()
              .filter(r -> r.getCellAsString(name).orElse("").equals(word + " 0"))
              .findFirst()
              .get();
      assertThat(first.getCellAsString(stage)).contains("Penerapan");
      assertThat(first.getCellAsDate(implemented)).contains(IMPLEMENTED.atStartOfDay());
      assertThat(first.getCellAsNumber(budget).get().longValue()).isEqualTo(150_000_000L);
    }
  }

  @Test
  void badParametersAnswerTheSearchProblem() {
    FileResponse response =
        api().download("/api/innovations/export?format=pdf&size=10&stage=SELESAI&region=99.99");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("type").asString()).endsWith("invalid-request");
    Set<String> fields =
        problem
            .get("errors")
            .valueStream()
            .map(e -> e.get("field").asString())
            .collect(Collectors.toSet());
    assertThat(fields).containsExactlyInAnyOrder("format", "size", "stage", "region");
  }

  @Test
  void regionProfileCountsAndListsTheRegionsOwnInnovations() throws IOException {
    String region = "81.03";
    String word = "Tanimbar" + Integer.toUnsignedString(newId().hashCode());
    innovation(word, 1, region, true);
    innovation(word, 2, region, true);
    innovation(word, 3, region, false);
    awaitSearchable("region=" + region + "&q=" + word, 3);

    FileResponse xlsx = api().download("/api/regions/" + region + "/profile?format=xlsx");

    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.contentDisposition()).contains("profil-81-03.xlsx");
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Map<String, List<Row>> sheets =
          book.getSheets()
              .collect(
                  Collectors.toMap(
                      Sheet::getName,
                      s -> {
                        try {
                          return s.read();
                        } catch (IOException e) {
                          throw new IllegalStateException(e);
                        }
                      }));
      assertThat(sheets.keySet())
          .containsExactlyInAnyOrder(
              "Wilayah", "Per Tahapan", "Per Urusan", "Per Jenis", "Per Tahun", "Daftar Inovasi");
      Row identity = sheets.get("Wilayah").get(1);
      assertThat(identity.getCellAsString(0)).contains("81.03");
      assertThat(identity.getCellAsString(1)).contains("Kabupaten Kepulauan Tanimbar");
      assertThat(identity.getCellAsString(2)).contains("Kabupaten");
      assertThat(identity.getCellAsString(4)).contains("Maluku");
      assertThat(identity.getCellAsString(5)).contains("Maluku");
      assertThat(identity.getCellAsNumber(7).get().intValue()).isEqualTo(3);
      Map<String, Integer> stages =
          sheets.get("Per Tahapan").stream()
              .skip(1)
              .collect(
                  Collectors.toMap(
                      r -> r.getCellAsString(0).get(), r -> r.getCellAsNumber(1).get().intValue()));
      assertThat(stages).containsEntry("Penerapan", 2).containsEntry("Usulan", 1);
      assertThat(sheets.get("Per Urusan").get(1).getCellAsString(0)).contains("Kesehatan");
      assertThat(sheets.get("Per Urusan").get(1).getCellAsNumber(1).get().intValue()).isEqualTo(3);
      List<Row> years = sheets.get("Per Tahun");
      assertThat(years.get(1).getCellAsNumber(0).get().intValue()).isEqualTo(2023);
      assertThat(years.get(1).getCellAsNumber(1).get().intValue()).isEqualTo(3);
      assertThat(years.get(2).getCellAsNumber(0).get().intValue()).isEqualTo(2024);
      assertThat(years.get(2).getCellAsNumber(2).get().intValue()).isEqualTo(2);
      List<Row> list = sheets.get("Daftar Inovasi");
      assertThat(list.subList(1, list.size()))
          .extracting(r -> r.getCellAsString(3).orElse(""))
          .containsExactly(word + " 1", word + " 2", word + " 3");
    }

    String csv = api().download("/api/regions/" + region + "/profile?format=csv").text();
    assertThat(csv)
        .contains("Wilayah\r\nKode Wilayah,Nama Pemda,")
        .contains("\r\n\r\nPer Tahapan\r\nTahapan,Jumlah Inovasi\r\n")
        .contains("\r\nPenerapan,2\r\n")
        .contains("\r\nNon Digital,0\r\n")
        .contains("\r\nDaftar Inovasi\r\n" + String.join(",", InnovationColumns.HEADERS));
  }

  @Test
  void unknownRegionIsNotFound() {
    FileResponse response = api().download("/api/regions/99.99/profile?format=csv");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }
}
