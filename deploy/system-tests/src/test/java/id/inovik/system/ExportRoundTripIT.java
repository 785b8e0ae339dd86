package id.inovik.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An IID export imported through the command service, exported again from the query service (CSV
 * and XLSX), and imported once more: the second import finds every row a duplicate and creates
 * nothing, so the export's columns and values are the import's.
 */
class ExportRoundTripIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static String command;
  private static String query;

  @BeforeAll
  static void system() {
    SystemUnderTest system = SystemUnderTest.get();
    command = system.command.baseUrl();
    query = system.query.baseUrl();
  }

  private static HttpResponse<byte[]> send(HttpRequest request) throws Exception {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static JsonNode importFile(byte[] file, String contentType, boolean dryRun)
      throws Exception {
    HttpResponse<byte[]> r =
        send(
            HttpRequest.newBuilder(URI.create(command + "/api/imports?dryRun=" + dryRun))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .build());
    assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static byte[] export(String format, String word) throws Exception {
    HttpResponse<byte[]> r =
        send(
            HttpRequest.newBuilder(
                    URI.create(query + "/api/innovations/export?format=" + format + "&q=" + word))
                .build());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
    return r.body();
  }

  @Test
  void anExportImportsAgainAsDuplicatesOnly() throws Exception {
    String word = "Pulang" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
    String file =
        """
        Kode Wilayah;Nama Inovasi;Tahapan;Inisiator;Nama Inisiator;Jenis;Bentuk;Tematik;Urusan Utama;Urusan Lain;Waktu Uji Coba;Waktu Penerapan;Rancang Bangun;Tujuan;Manfaat;Hasil Inovasi;OPD;Anggaran;Video
        35.79;%1$s Posyandu Digital;Penerapan;ASN;Sri Wahyuni;Digital;Inovasi Pelayanan Publik;Smart City;Kesehatan;Sosial;12/01/2023;3 Maret 2023;Kader mencatat penimbangan balita lewat aplikasi, tanpa kertas.;Data gizi balita tepat waktu.;Ibu tidak perlu antre.;Stunting turun 4 persen.;Dinas Kesehatan Kota Batu;Rp 75.000.000;https://video.example/a
        35.79;%1$s Pasar Rakyat;Uji coba;Kepala Daerah;Wali Kota Batu;Non Digital;Inovasi Tata Kelola Pemerintahan Daerah;;Perdagangan;;2024-02-01;2024-08-01;Pasar ditata ulang bersama pedagang.;Pasar bersih.;Pembeli bertambah.;;Dinas Perdagangan Kota Batu;;
        35.79;%1$s Sekolah Lapang;Inisiatif;Masyarakat;Kelompok Tani Makmur;Non Digital;Inovasi daerah lainnya;;Pertanian;;;;Petani belajar di lahan percontohan.;Panen naik.;Biaya pupuk turun.;;Dinas Pertanian Kota Batu;10000000;
        """
            .formatted(word);

    JsonNode first = importFile(file.getBytes(StandardCharsets.UTF_8), "text/csv", false);
    assertThat(first.get("created").asInt()).as(first.toString()).isEqualTo(3);

    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              HttpResponse<byte[]> r =
                  send(
                      HttpRequest.newBuilder(
                              URI.create(query + "/api/innovations/search?size=0&q=" + word))
                          .build());
              return JSON.readTree(r.body()).get("total").asInt() == 3;
            });

    for (String[] format :
        new String[][] {
          {"csv", "text/csv"},
          {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
        }) {
      byte[] exported = export(format[0], word);
      JsonNode again = importFile(exported, format[1], true);
      assertThat(again.get("rows").asInt()).as(format[0] + " " + again).isEqualTo(3);
      assertThat(again.get("duplicates").asInt()).as(format[0] + " " + again).isEqualTo(3);
      assertThat(again.get("created").asInt()).isZero();
      assertThat(again.get("advanced").asInt()).isZero();
      assertThat(again.get("rejectedRows").asInt()).as(format[0] + " " + again).isZero();
      assertThat(again.get("ignoredColumns").valueStream().map(JsonNode::asString))
          .containsExactlyInAnyOrder("Provinsi", "Status", "Tanggal Diusulkan", "ID Inovik");
    }
  }
}
