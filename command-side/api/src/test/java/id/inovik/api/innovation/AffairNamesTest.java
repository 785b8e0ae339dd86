package id.inovik.api.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.inovik.api.innovation.AffairNames.Entry;
import id.inovik.api.innovation.AffairNames.Known;
import id.inovik.api.innovation.AffairNames.Several;
import id.inovik.api.innovation.AffairNames.Unknown;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AffairNamesTest {

  @Test
  void recognisesTheAffairAsRegionsWriteIt() {
    GovernmentAffair adminduk = GovernmentAffair.ADMINISTRASI_KEPENDUDUKAN_PENCATATAN_SIPIL;
    for (String text :
        List.of(
            "kependudukan dan pencatatan sipil",
            "Administrasi Kependudukan dan Pencatatan Sipil",
            "ADMINISTRASI KEPENDUDUKAN & PENCATATAN SIPIL",
            "Dinas Kependudukan dan Pencatatan Sipil",
            "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sidoarjo",
            "Disdukcapil",
            "Dukcapil Kab. Malang",
            "Administrasi  Kependudukan, Pencatatan-Sipil",
            "ADMINISTRASI_KEPENDUDUKAN_PENCATATAN_SIPIL")) {
      assertThat(AffairNames.affair(text)).as(text).isEqualTo(adminduk);
    }
    assertThat(AffairNames.affair("Dinkes")).isEqualTo(GovernmentAffair.KESEHATAN);
    assertThat(AffairNames.affair("DPMPTSP")).isEqualTo(GovernmentAffair.PENANAMAN_MODAL);
    assertThat(AffairNames.affair("Bappeda")).isEqualTo(GovernmentAffair.PERENCANAAN_PEMBANGUNAN);
    assertThat(AffairNames.affair("Satpol PP"))
        .isEqualTo(GovernmentAffair.KETENTRAMAN_KETERTIBAN_PERLINDUNGAN_MASYARAKAT);
    assertThat(AffairNames.affair("Ketentraman, Ketertiban Umum dan Perlindungan Masyarakat"))
        .isEqualTo(GovernmentAffair.KETENTRAMAN_KETERTIBAN_PERLINDUNGAN_MASYARAKAT);
    assertThat(AffairNames.affair("Urusan Wajib Pelayanan Dasar - Kesehatan"))
        .isEqualTo(GovernmentAffair.KESEHATAN);
    assertThat(AffairNames.affair("Urusan Pemerintahan Bidang Pendidikan"))
        .isEqualTo(GovernmentAffair.PENDIDIKAN);
    assertThat(AffairNames.affair("Kepemudaan dan Olah Raga"))
        .isEqualTo(GovernmentAffair.KEPEMUDAAN_OLAHRAGA);
    assertThat(AffairNames.affair("Koperasi & UKM"))
        .isEqualTo(GovernmentAffair.KOPERASI_USAHA_KECIL_MENENGAH);
    assertThat(AffairNames.affair("Badan Pendapatan Daerah"))
        .isEqualTo(GovernmentAffair.KEUANGAN_DAERAH);
  }

  @Test
  void smallTyposAreForgivenWhenOnlyOneAffairIsThatClose() {
    assertThat(AffairNames.affair("kesehatn")).isEqualTo(GovernmentAffair.KESEHATAN);
    assertThat(AffairNames.affair("Pendidkan")).isEqualTo(GovernmentAffair.PENDIDIKAN);
    assertThat(AffairNames.affair("Kependudukan dan Pencatatn Sipl"))
        .isEqualTo(GovernmentAffair.ADMINISTRASI_KEPENDUDUKAN_PENCATATAN_SIPIL);
    assertThat(AffairNames.affair("Perhubungn")).isEqualTo(GovernmentAffair.PERHUBUNGAN);
    assertThat(AffairNames.affair("Disdukcpail"))
        .isEqualTo(GovernmentAffair.ADMINISTRASI_KEPENDUDUKAN_PENCATATAN_SIPIL);
  }

  @Test
  void anAgencyOfSeveralAffairsIsNoMainAffairButListsThemAll() {
    assertThat(AffairNames.resolve("Dinas Pendidikan dan Kebudayaan"))
        .isEqualTo(
            new Several(List.of(GovernmentAffair.PENDIDIKAN, GovernmentAffair.KEBUDAYAAN), true));
    assertThatThrownBy(() -> AffairNames.affair("Disdikbud"))
        .hasMessage(
            "'Disdikbud' is an agency of several affairs (Pendidikan, Kebudayaan); give the one"
                + " the innovation belongs to");
    assertThat(AffairNames.affairs("Disperindag"))
        .containsExactly(GovernmentAffair.PERDAGANGAN, GovernmentAffair.PERINDUSTRIAN);
  }

  @Test
  void ambiguousTextIsRefusedWithTheCandidates() {
    assertThat(AffairNames.resolve("Pemberdayaan"))
        .isEqualTo(
            new Several(
                List.of(
                    GovernmentAffair.PEMBERDAYAAN_PEREMPUAN_PERLINDUNGAN_ANAK,
                    GovernmentAffair.PEMBERDAYAAN_MASYARAKAT_DESA),
                false));
    assertThatThrownBy(() -> AffairNames.affair("Pemberdayaan"))
        .hasMessage(
            "ambiguous affair 'Pemberdayaan': could be Pemberdayaan Perempuan dan Pelindungan Anak"
                + " or Pemberdayaan Masyarakat dan Desa");
    // one letter from Pertanian and one from Pertanahan
    assertThat(AffairNames.resolve("Pertanihan")).isInstanceOf(Several.class);
    assertThatThrownBy(() -> AffairNames.affairs("Pemberdayaan"))
        .hasMessageStartingWith("ambiguous affair");
  }

  @Test
  void unknownTextIsRefusedWithTheClosestAffair() {
    assertThat(AffairNames.resolve("ksehtan")).isEqualTo(new Unknown("Kesehatan"));
    assertThatThrownBy(() -> AffairNames.affair("ksehtan"))
        .hasMessage("unknown affair 'ksehtan'; did you mean 'Kesehatan'?");
    assertThatThrownBy(() -> AffairNames.affair("Urusan Antariksa"))
        .hasMessageStartingWith("unknown affair 'Urusan Antariksa'");
    assertThat(AffairNames.resolve("  ")).isEqualTo(new Unknown(null));
    assertThat(AffairNames.resolve("Sekretariat Daerah")).isInstanceOf(Unknown.class);
  }

  /**
   * The names of different affairs are at least two edits apart, so that one typo can never turn
   * one affair's name into another's (short abbreviations are not corrected, so they are exempt).
   */
  @Test
  void namesOfDifferentAffairsAreAtLeastTwoEditsApart() {
    List<Entry> entries = AffairNames.entries();
    List<String> clashes = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      for (int j = i + 1; j < entries.size(); j++) {
        Entry a = entries.get(i);
        Entry b = entries.get(j);
        if (a.affairs().equals(b.affairs())
            || a.compact().length() < 5
            || b.compact().length() < 5) {
          continue;
        }
        if (AffairNames.distance(a.compact(), b.compact()) < 2) {
          clashes.add(a.name() + " / " + b.name());
        }
      }
    }
    assertThat(clashes).isEmpty();
  }

  @Test
  void everyAffairHasItsLabelAndConstant() {
    for (GovernmentAffair a : GovernmentAffair.values()) {
      assertThat(AffairNames.resolve(a.label())).isEqualTo(new Known(a));
      assertThat(AffairNames.resolve(a.name())).isEqualTo(new Known(a));
      assertThat(AffairNames.resolve(a.label().toUpperCase(java.util.Locale.ROOT)))
          .isEqualTo(new Known(a));
    }
  }

  @Test
  void distanceCountsASwapAsOneEdit() {
    assertThat(AffairNames.distance("kesehatan", "kesehtaan")).isEqualTo(1);
    assertThat(AffairNames.distance("kesehatan", "kesehatn")).isEqualTo(1);
    assertThat(AffairNames.distance("abc", "abc")).isZero();
  }
}
