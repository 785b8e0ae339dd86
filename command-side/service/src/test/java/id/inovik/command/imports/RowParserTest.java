package id.inovik.command.imports;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.api.award.Evidence;
import id.inovik.api.award.EvidenceKind;
import id.inovik.api.award.IndicatorClaim;
import id.inovik.api.iid.IidColumn;
import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InitiatorKind;
import id.inovik.api.innovation.InnovationStage;
import id.inovik.api.region.RegionCatalog;
import id.inovik.command.imports.SpreadsheetReader.SheetRow;
import id.inovik.scoring.catalogue.RubricCatalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowParserTest {

  private static final RegionCatalog REGIONS = RegionCatalog.load();
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

  /** What an import reads but the optional columns this test does not need. */
  private static final List<IidColumn> COLUMNS =
      IidColumn.IMPORTED.stream()
          .filter(
              c ->
                  !EnumSet.of(
                          IidColumn.THEMES,
                          IidColumn.RESULTS,
                          IidColumn.BUDGET,
                          IidColumn.VIDEO_URL,
                          IidColumn.DECREE_NUMBER)
                      .contains(c))
          .toList();

  private static final List<String> HEADER = IidColumn.headers(COLUMNS);

  private final RowParser parser = RowParser.of(new SheetRow(1, HEADER), REGIONS, TODAY).parser();

  /** A valid penerapan row; {@code changes} are header/value pairs. */
  private static SheetRow row(String... changes) {
    Map<IidColumn, String> valid = new EnumMap<>(IidColumn.class);
    valid.put(IidColumn.REGION_CODE, "35.79");
    valid.put(IidColumn.NAME, "Puskesmas Ramah Lansia");
    valid.put(IidColumn.STAGE, "Penerapan");
    valid.put(IidColumn.INITIATOR_KIND, "ASN");
    valid.put(IidColumn.INITIATOR_NAME, "dr. Rina Marlina");
    valid.put(IidColumn.DIGITAL, "Non Digital");
    valid.put(IidColumn.FORM, "Inovasi Pelayanan Publik");
    valid.put(IidColumn.MAIN_AFFAIR, "Kesehatan");
    valid.put(IidColumn.RELATED_AFFAIRS, "Sosial; Kesehatan");
    valid.put(IidColumn.TRIAL_DATE, "01/02/2024");
    valid.put(IidColumn.IMPLEMENTATION_DATE, "2 Mei 2024");
    valid.put(IidColumn.DESIGN, "Loket prioritas lansia.");
    valid.put(IidColumn.GOALS, "Lansia terlayani.");
    valid.put(IidColumn.BENEFITS, "Antrean turun.");
    valid.put(IidColumn.OWNING_AGENCY, "Dinas Kesehatan Kota Batu");
    List<String> cells =
        new ArrayList<>(COLUMNS.stream().map(c -> valid.getOrDefault(c, "")).toList());
    for (int i = 0; i + 1 < changes.length; i += 2) {
      cells.set(HEADER.indexOf(changes[i]), changes[i + 1]);
    }
    return new SheetRow(7, cells);
  }

  private static List<String> columns(RowParser.Result result) {
    return result.problems().stream().map(RowProblem::column).toList();
  }

  @Test
  void aValidRowBecomesTheProfileAndTheStagePlan() {
    ImportRow row = parser.parse(row()).row();
    assertThat(row.profile().regionCode()).isEqualTo("35.79");
    assertThat(row.profile().initiator().kind()).isEqualTo(InitiatorKind.ASN);
    assertThat(row.profile().relatedAffairs()).containsExactly(GovernmentAffair.SOSIAL);
    assertThat(row.stage()).isEqualTo(InnovationStage.PENERAPAN);
    assertThat(row.trialDate()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(row.implementationDate()).isEqualTo(LocalDate.of(2024, 5, 2));
    assertThat(row.decreeDate()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(row.decreeNumber()).isEqualTo(RowParser.NO_DECREE_NUMBER);
  }

  @Test
  void findsTheRegionByCodeWithoutDotOrByName() {
    assertThat(parser.parse(row("Kode Wilayah", "3507")).row().profile().regionCode())
        .isEqualTo("35.07");
    assertThat(parser.parse(row("Kode Wilayah", "35.1")).row().profile().regionCode())
        .as("a code stored as a number in the sheet loses its trailing zero")
        .isEqualTo("35.10");
    assertThat(
            parser
                .parse(row("Kode Wilayah", "", "Pemda", "Pemerintah Kabupaten Malang"))
                .row()
                .profile()
                .regionCode())
        .isEqualTo("35.07");
    RowParser.Result mismatch = parser.parse(row("Pemda", "Kota Malang"));
    assertThat(columns(mismatch)).containsExactly("Pemda");
    assertThat(mismatch.problems().getFirst().reason()).contains("35.73", "35.79");
    assertThat(columns(parser.parse(row("Kode Wilayah", "")))).containsExactly("Kode Wilayah");
  }

  @Test
  void aPenerapanRowWithoutTrialDateStartsTheTrialOnTheImplementationDate() {
    ImportRow row = parser.parse(row("Waktu Uji Coba", "")).row();
    assertThat(row.trialDate()).isEqualTo(LocalDate.of(2024, 5, 2));
    assertThat(row.decreeDate()).isEqualTo(LocalDate.of(2024, 5, 2));
  }

  @Test
  void anInisiatifRowIsEstablishedOnItsEarliestPassedDateElseToday() {
    ImportRow planned =
        parser.parse(row("Tahapan", "Inisiatif", "Waktu Penerapan", "01/01/2026")).row();
    assertThat(planned.decreeDate()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(planned.trialDate()).isNull();
    assertThat(planned.profile().plannedImplementationDate()).isEqualTo(LocalDate.of(2026, 1, 1));
    ImportRow undated =
        parser
            .parse(row("Tahapan", "inisiatif", "Waktu Uji Coba", "", "Waktu Penerapan", ""))
            .row();
    assertThat(undated.decreeDate()).isEqualTo(TODAY);
  }

  @Test
  void checksStageDatesAsTheAggregateWould() {
    assertThat(columns(parser.parse(row("Tahapan", "Uji Coba", "Waktu Uji Coba", ""))))
        .containsExactly("Waktu Uji Coba");
    assertThat(columns(parser.parse(row("Waktu Penerapan", "2025-03-02"))))
        .containsExactly("Waktu Penerapan");
    assertThat(columns(parser.parse(row("Tanggal SK", "2024-03-01"))))
        .containsExactly("Tanggal SK");
    assertThat(parser.parse(row("Tanggal SK", "2024-01-20")).row().decreeDate())
        .isEqualTo(LocalDate.of(2024, 1, 20));
    assertThat(columns(parser.parse(row("Waktu Uji Coba", "12/12/1912"))))
        .containsExactly("Waktu Uji Coba");
  }

  @Test
  void reportsEveryBadCellOfARowOnce() {
    RowParser.Result result =
        parser.parse(
            row(
                "Nama Inovasi", "",
                "Jenis", "kadang digital",
                "Urusan Utama", "",
                "Nama Inisiator", ""));
    assertThat(columns(result))
        .containsExactlyInAnyOrder("Nama Inovasi", "Jenis", "Urusan Utama", "Nama Inisiator");
    assertThat(result.row()).isNull();
  }

  @Test
  void aDashIsAnEmptyCell() {
    ImportRow row = parser.parse(row("Tahapan", "Uji Coba", "Waktu Penerapan", "-")).row();
    assertThat(row.profile().plannedImplementationDate()).isNull();
    assertThat(columns(parser.parse(row("Rancang Bangun", "-")))).containsExactly("Rancang Bangun");
  }

  @Test
  void anOpdInitiatorWithoutANameIsTheOpd() {
    ImportRow row = parser.parse(row("Inisiator", "OPD", "Nama Inisiator", "")).row();
    assertThat(row.profile().initiator().name()).isEqualTo("Dinas Kesehatan Kota Batu");
  }

  @Test
  void problemsNameTheColumnAsTheFileWritesIt() {
    RowParser shouting =
        RowParser.of(
                new SheetRow(1, HEADER.stream().map(h -> h.toUpperCase(Locale.ROOT)).toList()),
                REGIONS,
                TODAY)
            .parser();
    assertThat(columns(shouting.parse(row("Tahapan", "Pengembangan")))).containsExactly("TAHAPAN");
    assertThat(shouting.headerOf(IidColumn.NAME)).isEqualTo("NAMA INOVASI");
    assertThat(shouting.headerOf(IidColumn.VIDEO_URL)).isEqualTo("Video");
  }

  @Test
  void aHeaderWithoutMandatoryColumnsSaysWhichAreMissing() {
    RowParser.Header header =
        RowParser.of(new SheetRow(1, List.of("Nama Inovasi", "Pemda", "OPD")), REGIONS, TODAY);
    assertThat(header.missing().stream().map(v -> v.field()))
        .contains("Tahapan", "Inisiator", "Jenis", "Bentuk", "Urusan Utama", "Rancang Bangun")
        .doesNotContain("Kode Wilayah", "Nama Inovasi");
    assertThat(header.recognised()).isEqualTo(3);
  }

  @Test
  void anAffairWrittenAsTheAgencyOrWithATypoIsRecognisedElseRefusedWithASuggestion() {
    assertThat(parser.parse(row("Urusan Utama", "Disdukcapil")).row().profile().mainAffair())
        .isEqualTo(GovernmentAffair.ADMINISTRASI_KEPENDUDUKAN_PENCATATAN_SIPIL);
    assertThat(parser.parse(row("Urusan Utama", "kesehatn")).row().profile().mainAffair())
        .isEqualTo(GovernmentAffair.KESEHATAN);
    RowParser.Result bad = parser.parse(row("Urusan Utama", "ksehtan"));
    assertThat(bad.problems())
        .containsExactly(
            new RowProblem(
                7, "Urusan Utama", "unknown affair 'ksehtan'; did you mean 'Kesehatan'?"));
  }

  @Test
  void withAnEditionTheIndicatorColumnsBecomeSpdAndSidClaims() {
    List<String> header = new ArrayList<>(HEADER);
    header.addAll(List.of("Indikator 2a", "Bukti 2a", "Indikator 16", "Bukti 16", "Indikator 99"));
    RowParser claiming =
        RowParser.of(new SheetRow(1, header), REGIONS, TODAY, RubricCatalogue.edition(2026))
            .parser();
    List<String> cells = new ArrayList<>(row().cells());
    cells.addAll(
        List.of(
            "2", "Perbup | https://jdih.example.go.id/perbup-12.pdf", "3", "bukan tautan", "1"));
    ImportRow row = claiming.parse(new SheetRow(7, cells)).row();
    assertThat(row.claims().spd())
        .containsExactly(
            new IndicatorClaim(
                "2a",
                2,
                null,
                List.of(
                    new Evidence(
                        EvidenceKind.UMUM,
                        "Perbup",
                        null,
                        null,
                        "https://jdih.example.go.id/perbup-12.pdf",
                        null))));
    assertThat(row.claims().sid()).isEmpty();
    assertThat(row.claims().sidProblems())
        .extracting(RowProblem::column)
        .containsExactly("Bukti 16");
    assertThat(row.claims().otherProblems())
        .extracting(RowProblem::column)
        .containsExactly("Indikator 99");
    assertThat(RowParser.of(new SheetRow(1, header), REGIONS, TODAY).ignored())
        .contains("Indikator 2a", "Bukti 16");
  }
}
