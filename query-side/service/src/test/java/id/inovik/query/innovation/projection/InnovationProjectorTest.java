package id.inovik.query.innovation.projection;

import static id.inovik.query.support.EventStream.profile;
import static id.inovik.query.support.EventStream.proposed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InnovationEstablishedEvent;
import id.inovik.api.innovation.InnovationEvent;
import id.inovik.api.innovation.InnovationImplementedEvent;
import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.innovation.InnovationProfileRevisedEvent;
import id.inovik.api.innovation.InnovationResumedEvent;
import id.inovik.api.innovation.InnovationReviewedEvent;
import id.inovik.api.innovation.InnovationStage;
import id.inovik.api.innovation.InnovationStoppedEvent;
import id.inovik.api.innovation.InnovationTrialStartedEvent;
import id.inovik.api.region.RegionCatalog;
import id.inovik.api.region.RegionType;
import id.inovik.query.innovation.InnovationDocument;
import id.inovik.query.innovation.InnovationStatus;
import id.inovik.query.innovation.projection.ProjectionFailure.Reason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InnovationProjectorTest {

  static final RegionCatalog REGIONS = RegionCatalog.load();
  static final Instant T0 = Instant.parse("2024-01-05T03:00:00Z");
  static final String ID = "inv-1";

  final InnovationProjector projector = new InnovationProjector(REGIONS);

  static DecodedEvent at(long sequence, InnovationEvent event) {
    return new DecodedEvent(
        "e" + sequence,
        event.getClass().getSimpleName(),
        event.innovationId(),
        sequence,
        T0.plusSeconds(sequence * 60),
        event,
        new SourceRecord("t", 0, sequence, event.regionCode(), "{}"));
  }

  static InnovationProfile batuProfile() {
    return profile(
        "Pelayanan Akta Keliling", "35.79", "Petugas datang ke desa.", GovernmentAffair.SOSIAL);
  }

  InnovationDocument fold(List<InnovationEvent> events) {
    InnovationDocument doc = null;
    for (int i = 0; i < events.size(); i++) {
      doc = projector.apply(doc, at(i, events.get(i)));
    }
    return doc;
  }

  @Test
  void aProposalBecomesAnActiveUsulanWithRegionNamesFromTheCatalogue() {
    InnovationDocument doc = fold(List.of(proposed(ID, batuProfile(), T0)));

    assertThat(doc.stage()).isEqualTo(InnovationStage.USULAN);
    assertThat(doc.status()).isEqualTo(InnovationStatus.AKTIF);
    assertThat(doc.regionName()).isEqualTo("Kota Batu");
    assertThat(doc.regionType()).isEqualTo(RegionType.KOTA);
    assertThat(doc.provinceCode()).isEqualTo("35");
    assertThat(doc.provinceName()).isEqualTo("Jawa Timur");
    assertThat(doc.affairs())
        .containsExactly(GovernmentAffair.SOSIAL, GovernmentAffair.KOMUNIKASI_INFORMATIKA);
    assertThat(doc.basicService()).isTrue();
    assertThat(doc.designWordCount()).isEqualTo(4);
    assertThat(doc.lastSequence()).isZero();
    assertThat(doc.updatedAt()).isEqualTo(T0);
  }

  @Test
  void eachLifecycleEventMovesStageOrStatus() {
    InnovationDocument doc =
        fold(
            List.of(
                proposed(ID, batuProfile(), T0),
                new InnovationReviewedEvent(ID, "35.79", true, "ok", LocalDate.of(2024, 1, 10)),
                new InnovationEstablishedEvent(ID, "35.79", "188/1", LocalDate.of(2024, 1, 20)),
                new InnovationTrialStartedEvent(ID, "35.79", LocalDate.of(2024, 2, 1)),
                new InnovationImplementedEvent(ID, "35.79", LocalDate.of(2024, 5, 1))));
    assertThat(doc.stage()).isEqualTo(InnovationStage.PENERAPAN);
    assertThat(doc.implementedOn()).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(doc.decreeNumber()).isEqualTo("188/1");

    InnovationDocument stopped =
        projector.apply(
            doc, at(5, new InnovationStoppedEvent(ID, "35.79", LocalDate.of(2024, 8, 1), "dana")));
    assertThat(stopped.status()).isEqualTo(InnovationStatus.BERHENTI);
    assertThat(stopped.stage()).isEqualTo(InnovationStage.PENERAPAN);
    InnovationDocument resumed =
        projector.apply(
            stopped, at(6, new InnovationResumedEvent(ID, "35.79", LocalDate.of(2024, 9, 1))));
    assertThat(resumed.status()).isEqualTo(InnovationStatus.AKTIF);
    assertThat(resumed.resumedOn()).isEqualTo(LocalDate.of(2024, 9, 1));
  }

  @Test
  void aNegativeReviewEndsInTidakLayakWithTheReason() {
    InnovationDocument doc =
        fold(
            List.of(
                proposed(ID, batuProfile(), T0),
                new InnovationReviewedEvent(
                    ID, "35.79", false, "Tidak ada kebaruan", LocalDate.of(2024, 1, 10))));
    assertThat(doc.stage()).isEqualTo(InnovationStage.TIDAK_LAYAK);
    assertThat(doc.reviewReason()).isEqualTo("Tidak ada kebaruan");
  }

  @Test
  void aRevisionReplacesTheProfileAndKeepsTheLifecycle() {
    InnovationProfile p = batuProfile();
    InnovationProfile renamed =
        new InnovationProfile(
            "Akta Kelahiran Jemput Bola",
            p.regionCode(),
            p.owningAgency(),
            p.initiator(),
            false,
            p.form(),
            List.of(),
            GovernmentAffair.PARIWISATA,
            List.of(),
            "Satu dua tiga",
            p.goals(),
            p.benefits(),
            p.results(),
            null,
            null,
            null,
            null);
    InnovationDocument doc =
        fold(
            List.of(
                proposed(ID, p, T0),
                new InnovationReviewedEvent(ID, "35.79", true, "ok", LocalDate.of(2024, 1, 10)),
                new InnovationProfileRevisedEvent(ID, "35.79", renamed, List.of("name"))));
    assertThat(doc.name()).isEqualTo("Akta Kelahiran Jemput Bola");
    assertThat(doc.digital()).isFalse();
    assertThat(doc.affairs()).containsExactly(GovernmentAffair.PARIWISATA);
    assertThat(doc.basicService()).isFalse();
    assertThat(doc.designWordCount()).isEqualTo(3);
    assertThat(doc.stage()).isEqualTo(InnovationStage.LAYAK);
    assertThat(doc.proposedAt()).isEqualTo(T0);
  }

  @Test
  void aLifecycleEventWithoutADocumentIsRejected() {
    assertThatThrownBy(
            () ->
                projector.apply(
                    null,
                    at(3, new InnovationTrialStartedEvent(ID, "35.79", LocalDate.of(2024, 2, 1)))))
        .isInstanceOfSatisfying(
            RejectedEventException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_DOCUMENT));
  }

  @Test
  void aGapInSequencesIsRejected() {
    InnovationDocument doc = fold(List.of(proposed(ID, batuProfile(), T0)));
    assertThatThrownBy(
            () ->
                projector.apply(
                    doc,
                    at(2, new InnovationTrialStartedEvent(ID, "35.79", LocalDate.of(2024, 2, 1)))))
        .isInstanceOfSatisfying(
            RejectedEventException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.OUT_OF_ORDER));
  }

  @Test
  void theSameEventsAlwaysGiveTheSameDocument() {
    List<InnovationEvent> events =
        List.of(
            proposed(ID, batuProfile(), T0),
            new InnovationReviewedEvent(ID, "35.79", true, "ok", LocalDate.of(2024, 1, 10)));
    assertThat(fold(events)).isEqualTo(fold(events));
  }
}
