package id.inovik.command.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InitiatorKind;
import id.inovik.api.innovation.InnovationForm;
import id.inovik.api.innovation.InnovationStage;
import id.inovik.command.imports.Values.BadValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-01-12",
        "12/01/2024",
        "12-01-2024",
        "12.1.2024",
        "12 Januari 2024",
        "12 januari 2024",
        "12 Jan 2024",
        "12 January 2024",
        "2024-01-12 00:00:00",
        "2024-01-12T08:00:00",
        "45303",
        "45303.5"
      })
  void readsIsoIndonesianAndExcelDates(String text) {
    assertThat(Values.date(text)).isEqualTo(LocalDate.of(2024, 1, 12));
  }

  @Test
  void readsIndonesianMonthNames() {
    assertThat(Values.date("1 Agustus 2023")).isEqualTo(LocalDate.of(2023, 8, 1));
    assertThat(Values.date("30 Nopember 2022")).isEqualTo(LocalDate.of(2022, 11, 30));
    assertThat(Values.date("5 Mei 2021")).isEqualTo(LocalDate.of(2021, 5, 5));
    assertThat(Values.date("17 Des 2020")).isEqualTo(LocalDate.of(2020, 12, 17));
    assertThat(Values.date("Senin, 8 Januari 2024")).isEqualTo(LocalDate.of(2024, 1, 8));
    assertThat(Values.date("Maret 2023")).isEqualTo(LocalDate.of(2023, 3, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"31/02/2024", "2024-13-01", "30 Februari 2024", "00/01/2024"})
  void refusesImpossibleDates(String text) {
    assertThatThrownBy(() -> Values.date(text))
        .isInstanceOf(BadValueException.class)
        .hasMessageContaining("not a valid date");
  }

  @Test
  void refusesTextThatIsNoDate() {
    assertThatThrownBy(() -> Values.date("awal 2024")).hasMessageContaining("is not a date");
    assertThatThrownBy(() -> Values.date("12 Brumaire 2024")).hasMessageContaining("Brumaire");
  }

  @Test
  void readsStagesAsTheIidWritesThem() {
    assertThat(Values.stage("Uji Coba")).isEqualTo(InnovationStage.UJI_COBA);
    assertThat(Values.stage("ujicoba")).isEqualTo(InnovationStage.UJI_COBA);
    assertThat(Values.stage(" PENERAPAN ")).isEqualTo(InnovationStage.PENERAPAN);
    assertThat(Values.stage("Inisiatif")).isEqualTo(InnovationStage.INISIATIF);
    assertThat(Values.stage("Penerapan (implementasi)")).isEqualTo(InnovationStage.PENERAPAN);
    assertThat(Values.stage("Tahap Uji Coba")).isEqualTo(InnovationStage.UJI_COBA);
    assertThatThrownBy(() -> Values.stage("uji coba / penerapan"))
        .isInstanceOf(BadValueException.class);
    assertThatThrownBy(() -> Values.stage("pengembangan"))
        .hasMessageContaining("inisiatif, uji coba or penerapan");
  }

  @Test
  void readsInitiatorsJenisAndBentuk() {
    assertThat(Values.initiator("OPD")).isEqualTo(InitiatorKind.PERANGKAT_DAERAH);
    assertThat(Values.initiator("Anggota DPRD")).isEqualTo(InitiatorKind.ANGGOTA_DPRD);
    assertThat(Values.initiator("kepala daerah")).isEqualTo(InitiatorKind.KEPALA_DAERAH);
    assertThat(Values.initiator("Kepala Daerah (Bupati/Wali Kota)"))
        .isEqualTo(InitiatorKind.KEPALA_DAERAH);
    assertThat(Values.initiator("Aparatur Sipil Negara (ASN)")).isEqualTo(InitiatorKind.ASN);
    assertThatThrownBy(() -> Values.initiator("Camat")).isInstanceOf(BadValueException.class);
    assertThat(Values.digital("Non Digital")).isFalse();
    assertThat(Values.digital("non-digital")).isFalse();
    assertThat(Values.digital("Digital")).isTrue();
    assertThat(Values.form("Inovasi Pelayanan Publik")).isEqualTo(InnovationForm.PELAYANAN_PUBLIK);
    assertThat(Values.form("Inovasi Tata Kelola Pemerintahan Daerah"))
        .isEqualTo(InnovationForm.TATA_KELOLA_PEMERINTAHAN);
    assertThat(
            Values.form(
                "Inovasi Daerah lainnya sesuai dengan Urusan Pemerintahan yang menjadi kewenangan"
                    + " Daerah"))
        .isEqualTo(InnovationForm.LAINNYA);
  }

  @Test
  void readsAffairsWhoseLabelsContainCommas() {
    assertThat(Values.affair("Kesehatan")).isEqualTo(GovernmentAffair.KESEHATAN);
    assertThat(Values.affair("Urusan Pemerintahan Bidang Pendidikan"))
        .isEqualTo(GovernmentAffair.PENDIDIKAN);
    assertThat(Values.affair("Ketentraman, Ketertiban Umum dan Perlindungan Masyarakat"))
        .isEqualTo(GovernmentAffair.KETENTRAMAN_KETERTIBAN_PERLINDUNGAN_MASYARAKAT);
    assertThat(Values.affairs("Sosial, Koperasi, Usaha Kecil, dan Menengah, Pariwisata"))
        .containsExactly(
            GovernmentAffair.SOSIAL,
            GovernmentAffair.KOPERASI_USAHA_KECIL_MENENGAH,
            GovernmentAffair.PARIWISATA);
    assertThat(Values.affairs("Kesehatan; Sosial; Kesehatan"))
        .containsExactly(GovernmentAffair.KESEHATAN, GovernmentAffair.SOSIAL);
    assertThat(Values.affair("Kepemudaan dan Olah Raga"))
        .isEqualTo(GovernmentAffair.KEPEMUDAAN_OLAHRAGA);
    assertThat(Values.affair("Keuangan")).isEqualTo(GovernmentAffair.KEUANGAN_DAERAH);
    assertThat(Values.affair("Urusan Wajib Pelayanan Dasar - Kesehatan"))
        .isEqualTo(GovernmentAffair.KESEHATAN);
    assertThatThrownBy(() -> Values.affair("Pemberdayaan")).isInstanceOf(BadValueException.class);
    assertThatThrownBy(() -> Values.affairs("Sosial, Antariksa")).hasMessageContaining("Antariksa");
  }

  @Test
  void readsAffairsAsRegionsWriteThemAndRefusesWithASuggestion() {
    assertThat(Values.affair("kependudukan dan pencatatan sipil"))
        .isEqualTo(GovernmentAffair.ADMINISTRASI_KEPENDUDUKAN_PENCATATAN_SIPIL);
    assertThat(Values.affair("Dinas Kesehatan Kabupaten Sidoarjo"))
        .isEqualTo(GovernmentAffair.KESEHATAN);
    assertThat(Values.affairs("Disdukcapil; Dinas Pendidikan dan Kebudayaan"))
        .containsExactly(
            GovernmentAffair.ADMINISTRASI_KEPENDUDUKAN_PENCATATAN_SIPIL,
            GovernmentAffair.PENDIDIKAN,
            GovernmentAffair.KEBUDAYAAN);
    assertThat(Values.affairs("Bappeda, Koperasi, Usaha Kecil, dan Menengah"))
        .containsExactly(
            GovernmentAffair.PERENCANAAN_PEMBANGUNAN,
            GovernmentAffair.KOPERASI_USAHA_KECIL_MENENGAH);
    assertThatThrownBy(() -> Values.affair("ksehtan"))
        .hasMessage("unknown affair 'ksehtan'; did you mean 'Kesehatan'?");
    assertThatThrownBy(() -> Values.affair("Disdikbud"))
        .hasMessageContaining("Pendidikan, Kebudayaan");
    assertThatThrownBy(() -> Values.affairs("Sosial, Pemberdayaan"))
        .hasMessageStartingWith("ambiguous affair 'Pemberdayaan'");
  }

  @Test
  void readsRupiahAmountsInLocalAndExcelForms() {
    assertThat(Values.rupiah("75000000")).isEqualTo(75_000_000L);
    assertThat(Values.rupiah("Rp 75.000.000")).isEqualTo(75_000_000L);
    assertThat(Values.rupiah("Rp75.000.000,00")).isEqualTo(75_000_000L);
    assertThat(Values.rupiah("75,000,000")).isEqualTo(75_000_000L);
    assertThat(Values.rupiah("7.5E7")).isEqualTo(75_000_000L);
    assertThatThrownBy(() -> Values.rupiah("tujuh juta")).isInstanceOf(BadValueException.class);
  }
}
