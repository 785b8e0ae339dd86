package id.inovik.api.iid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.inovik.api.award.Evidence;
import id.inovik.api.award.EvidenceKind;
import id.inovik.api.iid.IidIndicatorColumn.Part;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IidIndicatorColumnTest {

  @Test
  void readsTheHeadersOfIndicatorColumnsInTheirUsualSpellings() {
    assertThat(IidIndicatorColumn.ofHeader("Indikator 16"))
        .contains(new IidIndicatorColumn("16", Part.OPTION));
    assertThat(IidIndicatorColumn.ofHeader("Indikator SPD 2a"))
        .contains(new IidIndicatorColumn("2a", Part.OPTION));
    assertThat(IidIndicatorColumn.ofHeader("SPD 2.A"))
        .contains(new IidIndicatorColumn("2a", Part.OPTION));
    assertThat(IidIndicatorColumn.ofHeader("Opsi Indikator 05"))
        .contains(new IidIndicatorColumn("5", Part.OPTION));
    assertThat(IidIndicatorColumn.ofHeader("Bukti 16"))
        .contains(new IidIndicatorColumn("16", Part.EVIDENCE));
    assertThat(IidIndicatorColumn.ofHeader("Data Dukung Indikator SID 20"))
        .contains(new IidIndicatorColumn("20", Part.EVIDENCE));
    assertThat(IidIndicatorColumn.ofHeader("Dasar Manfaat 33"))
        .contains(new IidIndicatorColumn("33", Part.BENEFIT_BASIS));
    assertThat(IidIndicatorColumn.ofHeader("16")).isEqualTo(Optional.empty());
    assertThat(IidIndicatorColumn.ofHeader("Nama Inovasi")).isEmpty();
    assertThat(IidIndicatorColumn.ofHeader("Anggaran (Rp)")).isEmpty();
    for (IidIndicatorColumn c :
        List.of(
            IidIndicatorColumn.option("13b"),
            IidIndicatorColumn.evidence("35"),
            IidIndicatorColumn.benefitBasis("33"))) {
      assertThat(IidIndicatorColumn.ofHeader(c.header())).contains(c);
    }
  }

  @Test
  void anEvidenceCellRoundTripsAndBareLinksGetATitleAndKind() {
    List<Evidence> evidence =
        List.of(
            new Evidence(
                EvidenceKind.RESMI,
                "SK Bupati",
                "188/12/2025",
                LocalDate.of(2025, 3, 1),
                "https://jdih.example.go.id/sk.pdf",
                null),
            new Evidence(EvidenceKind.UMUM, "Laporan", null, null, null, "ab".repeat(32)),
            new Evidence(EvidenceKind.VIDEO, "Video", null, null, "https://youtu.be/abc", null));
    assertThat(IidIndicatorColumn.parseEvidence(IidIndicatorColumn.evidenceCell(evidence)))
        .isEqualTo(evidence);
    assertThat(IidIndicatorColumn.parseEvidence("https://data.example.org/spd/indikator-2a.pdf"))
        .containsExactly(
            new Evidence(
                EvidenceKind.UMUM,
                "indikator-2a.pdf",
                null,
                null,
                "https://data.example.org/spd/indikator-2a.pdf",
                null));
    assertThatThrownBy(() -> IidIndicatorColumn.parseEvidence("laporan.pdf"))
        .hasMessageContaining("needs a link");
    assertThatThrownBy(() -> IidIndicatorColumn.parseEvidence("RESMI | SK | https://x.org/a"))
        .hasMessageContaining("RESMI | title | number | date | link");
  }
}
