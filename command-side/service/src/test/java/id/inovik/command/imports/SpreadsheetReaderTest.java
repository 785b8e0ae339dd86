package id.inovik.command.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.inovik.command.imports.SpreadsheetReader.SheetRow;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetReaderTest {

  private static List<SheetRow> read(byte[] bytes) {
    List<SheetRow> rows = new ArrayList<>();
    SpreadsheetReader.read(new ByteArrayInputStream(bytes), rows::add);
    return rows;
  }

  @Test
  void readsSemicolonCsvWithQuotedLineBreaksAsOneRowEach() {
    List<SheetRow> rows =
        read(
            "\uFEFFNama Inovasi;Rancang Bangun\nSI-CANTIK;\"baris satu\nbaris dua; masih sel sama\"\nPojok Baca;-\n"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).cells()).containsExactly("Nama Inovasi", "Rancang Bangun");
    assertThat(rows.get(1).cells())
        .containsExactly("SI-CANTIK", "baris satu\nbaris dua; masih sel sama");
    assertThat(rows.get(2).number()).isEqualTo(3);
  }

  @Test
  void blankLinesCountAsRowsSoNumbersMatchTheSpreadsheet() {
    List<SheetRow> rows = read("Nama;OPD\n\nPojok Baca;Dinas\n".getBytes(StandardCharsets.UTF_8));
    assertThat(rows.get(1).isBlank()).isTrue();
    assertThat(rows.get(2).number()).isEqualTo(3);
  }

  @Test
  void aHandlerFailureIsNotTakenForABrokenFile() {
    byte[] csv = "Nama;OPD\nPojok Baca;Dinas\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(
            () ->
                SpreadsheetReader.read(
                    new ByteArrayInputStream(csv),
                    row -> {
                      throw new IllegalStateException("handler says no");
                    }))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("handler says no");
  }

  @Test
  void picksTheDelimiterFromTheFirstLinesEvenUnderATitle() {
    assertThat(SpreadsheetReader.delimiterOf("DAFTAR INOVASI\nNo;Nama;Tahapan\n")).isEqualTo(';');
    assertThat(SpreadsheetReader.delimiterOf("No,Nama,\"A;B\"\n")).isEqualTo(',');
    assertThat(SpreadsheetReader.delimiterOf("No\tNama\tTahapan\n")).isEqualTo('\t');
  }

  @Test
  void readsAWindowsCsvThatIsNotUtf8() {
    byte[] cp1252 =
        "Nama Inovasi,OPD\nKampung Ta’aruf,Kantor Kemenag\n"
            .getBytes(Charset.forName("windows-1252"));
    assertThat(read(cp1252).get(1).cells()).containsExactly("Kampung Ta’aruf", "Kantor Kemenag");
  }
}
