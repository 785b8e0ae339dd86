package id.inovik.api.iid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.Initiator;
import id.inovik.api.innovation.InitiatorKind;
import id.inovik.api.innovation.InnovationForm;
import id.inovik.api.innovation.InnovationProfile;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IidColumnTest {

  @Test
  void inoviksExportWritesTheDocumentedColumnsInOrder() {
    // query-side/README.md#exports lists them; an import of the export must find every column
    assertThat(IidColumn.headers(IidColumn.INOVIK_EXPORT))
        .containsExactly(
            "Kode Wilayah",
            "Pemda",
            "Provinsi",
            "Nama Inovasi",
            "Tahapan",
            "Status",
            "Inisiator",
            "Nama Inisiator",
            "Jenis",
            "Bentuk",
            "Tematik",
            "Urusan Utama",
            "Urusan Lain",
            "Waktu Uji Coba",
            "Waktu Penerapan",
            "Rancang Bangun",
            "Tujuan",
            "Manfaat",
            "Hasil Inovasi",
            "OPD",
            "Anggaran",
            "Video",
            "Nomor SK",
            "Tanggal SK",
            "Tanggal Diusulkan",
            "ID Inovik");
  }

  @Test
  void anIidExportIsItsRowNumberAndWhatAnImportReads() {
    assertThat(IidColumn.IID_EXPORT.getFirst()).isEqualTo(IidColumn.ROW_NUMBER);
    assertThat(IidColumn.IID_EXPORT.subList(1, IidColumn.IID_EXPORT.size()))
        .isEqualTo(IidColumn.IMPORTED);
    assertThat(IidColumn.INOVIK_EXPORT).containsAll(IidColumn.IMPORTED);
    assertThat(IidColumn.INOVIK_EXPORT)
        .filteredOn(c -> !c.imported())
        .extracting(IidColumn::header)
        .containsExactly("Provinsi", "Status", "Tanggal Diusulkan", "ID Inovik");
  }

  @Test
  void theImportRequiresTheProfilesMandatoryFieldsAndTheStage() {
    assertThat(IidColumn.IMPORTED)
        .filteredOn(IidColumn::required)
        .extracting(IidColumn::header)
        .containsExactly(
            "Nama Inovasi",
            "Tahapan",
            "Inisiator",
            "Jenis",
            "Bentuk",
            "Urusan Utama",
            "Rancang Bangun",
            "Tujuan",
            "Manfaat",
            "OPD");
  }

  @Test
  void matchesHeadersIgnoringCaseSpacingAndPunctuation() {
    assertThat(IidColumn.ofHeader("NAMA  INOVASI")).contains(IidColumn.NAME);
    assertThat(IidColumn.ofHeader("waktu_uji-coba")).contains(IidColumn.TRIAL_DATE);
    assertThat(IidColumn.ofHeader("\uFEFFKode Wilayah")).contains(IidColumn.REGION_CODE);
    assertThat(IidColumn.ofHeader("regionCode")).contains(IidColumn.REGION_CODE);
    assertThat(IidColumn.ofHeader("Urusan Lain yang Beririsan"))
        .contains(IidColumn.RELATED_AFFAIRS);
    assertThat(IidColumn.ofHeader("Waktu Penerapan Inovasi Daerah"))
        .contains(IidColumn.IMPLEMENTATION_DATE);
    assertThat(IidColumn.ofHeader("Waktu Uji Coba (dd/mm/yyyy) *")).contains(IidColumn.TRIAL_DATE);
    assertThat(IidColumn.ofHeader("Anggaran (Rp)")).contains(IidColumn.BUDGET);
    assertThat(IidColumn.ofHeader("Hasil Inovasi")).contains(IidColumn.RESULTS);
    assertThat(IidColumn.ofHeader("Inisiator Inovasi Daerah")).contains(IidColumn.INITIATOR_KIND);
    assertThat(IidColumn.ofHeader("Keterangan")).isEmpty();
  }

  @Test
  void everyJsonFieldNameIsAHeaderToo() {
    for (IidColumn c : IidColumn.values()) {
      if (c.field() != null) {
        assertThat(IidColumn.ofHeader(c.field())).as(c.field()).contains(c);
        assertThat(IidColumn.ofField(c.field())).contains(c);
      }
    }
    assertThat(IidColumn.ofHeader("initiatorName")).contains(IidColumn.INITIATOR_NAME);
    assertThat(IidColumn.ofField("nama")).isEmpty();
  }

  @Test
  void theExportsOwnColumnsAreKnownButNotImported() {
    assertThat(IidColumn.ofHeader("Provinsi")).contains(IidColumn.PROVINCE);
    assertThat(IidColumn.ofHeader("ID Inovik"))
        .hasValueSatisfying(c -> assertThat(c.imported()).isFalse());
    assertThat(IidColumn.ofHeader("No")).contains(IidColumn.ROW_NUMBER);
    assertThat(IidColumn.ROW_NUMBER.imported()).isFalse();
  }

  @Test
  void noSpellingNamesTwoColumns() {
    Map<String, IidColumn> seen = new HashMap<>();
    for (IidColumn c : IidColumn.values()) {
      for (String spelling : c.spellings()) {
        assertThat(seen.putIfAbsent(spelling, c)).as(spelling).isNull();
      }
      assertThat(IidColumn.ofHeader(c.header())).as(c.header()).contains(c);
    }
  }

  @Test
  void profileCellsAreSpelledAsTheImportReadsThem() {
    InnovationProfile profile = profile(false);

    assertThat(IidColumn.NAME.cellOf(profile)).isEqualTo("Puskesmas Ramah Lansia");
    assertThat(IidColumn.REGION_CODE.cellOf(profile)).isEqualTo("35.79");
    assertThat(IidColumn.INITIATOR_KIND.cellOf(profile))
        .isEqualTo(InitiatorKind.ASN.label())
        .isEqualTo("Aparatur Sipil Negara");
    assertThat(IidColumn.INITIATOR_NAME.cellOf(profile)).isEqualTo("dr. Rina Marlina");
    assertThat(IidColumn.DIGITAL.cellOf(profile)).isEqualTo("Non Digital");
    assertThat(IidColumn.FORM.cellOf(profile)).isEqualTo(InnovationForm.PELAYANAN_PUBLIK.label());
    assertThat(IidColumn.THEMES.cellOf(profile)).isEqualTo("Lansia; Stunting");
    assertThat(IidColumn.MAIN_AFFAIR.cellOf(profile)).isEqualTo("Kesehatan");
    assertThat(IidColumn.RELATED_AFFAIRS.cellOf(profile)).isEqualTo("Sosial; Pendidikan");
    assertThat(IidColumn.TRIAL_DATE.cellOf(profile)).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(IidColumn.IMPLEMENTATION_DATE.cellOf(profile)).isNull();
    assertThat(IidColumn.RESULTS.cellOf(profile)).isNull();
    assertThat(IidColumn.BUDGET.cellOf(profile)).isEqualTo(75_000_000L);
    assertThat(IidColumn.OWNING_AGENCY.cellOf(profile)).isEqualTo("Dinas Kesehatan Kota Batu");
    assertThat(IidColumn.VIDEO_URL.cellOf(profile)).isEqualTo("https://example.org/v");
    assertThat(IidColumn.DIGITAL.cellOf(profile(true))).isEqualTo("Digital");
    assertThatThrownBy(() -> IidColumn.STAGE.cellOf(profile))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyProfileFieldHasItsColumn() {
    // 17 profile fields, the initiator in two columns: kind and name
    List<IidColumn> profileColumns =
        List.of(IidColumn.values()).stream().filter(IidColumnTest::holdsProfile).toList();
    assertThat(profileColumns).hasSize(18);
    assertThat(profileColumns).allMatch(IidColumn::imported);
    assertThat(InnovationProfile.class.getRecordComponents()).hasSize(17);
    for (var component : InnovationProfile.class.getRecordComponents()) {
      String name = component.getName();
      assertThat(
              IidColumn.ofField(name)
                  .or(() -> IidColumn.ofField(name + ".kind"))
                  .filter(profileColumns::contains))
          .as(name)
          .isPresent();
    }
  }

  private static boolean holdsProfile(IidColumn c) {
    try {
      c.cellOf(profile(false));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static InnovationProfile profile(boolean digital) {
    return new InnovationProfile(
        "Puskesmas Ramah Lansia",
        "35.79",
        "Dinas Kesehatan Kota Batu",
        new Initiator(InitiatorKind.ASN, "dr. Rina Marlina"),
        digital,
        InnovationForm.PELAYANAN_PUBLIK,
        List.of("Lansia", "Stunting"),
        GovernmentAffair.KESEHATAN,
        List.of(GovernmentAffair.SOSIAL, GovernmentAffair.PENDIDIKAN),
        "Loket prioritas lansia.",
        "Lansia terlayani.",
        "Antrean turun.",
        null,
        75_000_000L,
        LocalDate.of(2024, 2, 1),
        null,
        "https://example.org/v");
  }
}
