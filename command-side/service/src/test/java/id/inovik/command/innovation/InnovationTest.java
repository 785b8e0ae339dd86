package id.inovik.command.innovation;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.api.innovation.ConfirmInnovationProposalCommand;
import id.inovik.api.innovation.EstablishInnovationCommand;
import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.ImplementInnovationCommand;
import id.inovik.api.innovation.Initiator;
import id.inovik.api.innovation.InitiatorKind;
import id.inovik.api.innovation.InnovationEstablishedEvent;
import id.inovik.api.innovation.InnovationForm;
import id.inovik.api.innovation.InnovationImplementedEvent;
import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.innovation.InnovationProfileRevisedEvent;
import id.inovik.api.innovation.InnovationProposedEvent;
import id.inovik.api.innovation.InnovationResumedEvent;
import id.inovik.api.innovation.InnovationReviewedEvent;
import id.inovik.api.innovation.InnovationStoppedEvent;
import id.inovik.api.innovation.InnovationTrialStartedEvent;
import id.inovik.api.innovation.ProposeInnovationCommand;
import id.inovik.api.innovation.ResumeInnovationCommand;
import id.inovik.api.innovation.ReviewInnovationCommand;
import id.inovik.api.innovation.ReviseInnovationProfileCommand;
import id.inovik.api.innovation.StartInnovationTrialCommand;
import id.inovik.api.innovation.StopInnovationCommand;
import id.inovik.api.region.RegionCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public class InnovationTest {

  private static final String ID = "7d5a4c1e-0000-4000-8000-000000000001";
  private static final String REGION = "35.79";
  private static final Instant NOW = Instant.parse("2025-03-01T03:00:00Z");

  private AggregateTestFixture<Innovation> fixture;

  /** A valid profile of an innovation in Kota Batu. */
  public static InnovationProfile profile() {
    return new InnovationProfile(
        "Layanan Adminduk Keliling",
        REGION,
        "Dinas Kependudukan dan Pencatatan Sipil",
        new Initiator(InitiatorKind.ASN, "Sri Wahyuni"),
        false,
        InnovationForm.PELAYANAN_PUBLIK,
        List.of("Urusan wajib pelayanan dasar"),
        GovernmentAffair.ADMINISTRASI_KEPENDUDUKAN_PENCATATAN_SIPIL,
        List.of(GovernmentAffair.SOSIAL),
        "Petugas mendatangi desa dengan mobil layanan untuk merekam KTP-el dan mencetak KK.",
        "Mendekatkan pelayanan administrasi kependudukan ke warga desa terpencil.",
        "Warga tidak perlu ke kantor dinas; biaya dan waktu berkurang.",
        null,
        150_000_000L,
        LocalDate.of(2024, 2, 1),
        LocalDate.of(2024, 6, 1),
        "https://www.youtube.com/watch?v=abc123");
  }

  static InnovationProposedEvent proposed() {
    return new InnovationProposedEvent(ID, REGION, profile(), NOW, "key-1", "fp-1");
  }

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Innovation.class);
    fixture.registerInjectableResource(RegionCatalog.load());
    fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void proposesWithTheFullProfile() {
    fixture
        .givenNoPriorActivity()
        .when(new ProposeInnovationCommand(ID, profile(), "key-1", "fp-1"))
        .expectSuccessfulHandlerExecution()
        .expectEvents(proposed());
  }

  @Test
  void replayedIdempotencyKeyIsConfirmedWithTheCurrentVersionWithoutNewEvents() {
    fixture
        .given(proposed(), reviewed())
        .when(new ConfirmInnovationProposalCommand(ID, "key-1", "fp-1"))
        .expectNoEvents()
        .expectResultMessagePayload(1L);
  }

  @Test
  void idempotencyKeyReusedForAnotherRequestIsRejected() {
    fixture
        .given(proposed())
        .when(new ConfirmInnovationProposalCommand(ID, "key-1", "other"))
        .expectNoEvents()
        .expectException(IdempotencyKeyReusedException.class);
  }

  @Test
  void cannotProposeInAnUnknownRegion() {
    InnovationProfile p = withRegion(profile(), "35.99");
    fixture
        .givenNoPriorActivity()
        .when(new ProposeInnovationCommand(ID, p, null, "fp"))
        .expectNoEvents()
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("regionCode"));
  }

  @Test
  void cannotProposeWithMalformedRegionCode() {
    assertViolations(withRegion(profile(), "3579"), "regionCode");
  }

  @Test
  void cannotProposeWithoutRequiredFields() {
    InnovationProfile p =
        new InnovationProfile(
            " ", REGION, null, null, true, null, null, null, null, null, "", null, null, null, null,
            null, null);
    assertViolations(
        p,
        "name",
        "owningAgency",
        "initiator",
        "form",
        "mainAffair",
        "design",
        "goals",
        "benefits");
  }

  @Test
  void cannotProposeTextsBeyondTheirLimits() {
    InnovationProfile base = profile();
    InnovationProfile p =
        new InnovationProfile(
            "x".repeat(201),
            REGION,
            base.owningAgency(),
            base.initiator(),
            false,
            base.form(),
            base.themes(),
            base.mainAffair(),
            base.relatedAffairs(),
            "d".repeat(20_001),
            base.goals(),
            base.benefits(),
            "r".repeat(5_001),
            base.budget(),
            base.plannedTrialDate(),
            base.plannedImplementationDate(),
            base.videoUrl());
    assertViolations(p, "name", "design", "results");
  }

  @Test
  void cannotPlanImplementationBeforeTrial() {
    InnovationProfile base = profile();
    InnovationProfile p =
        new InnovationProfile(
            base.name(),
            REGION,
            base.owningAgency(),
            base.initiator(),
            false,
            base.form(),
            base.themes(),
            base.mainAffair(),
            base.relatedAffairs(),
            base.design(),
            base.goals(),
            base.benefits(),
            null,
            base.budget(),
            LocalDate.of(2024, 6, 1),
            LocalDate.of(2024, 1, 1),
            base.videoUrl());
    assertViolations(p, "plannedImplementationDate");
  }

  @Test
  void cannotRepeatTheMainAffairAsRelatedOrUseABadVideoUrlOrNegativeBudget() {
    InnovationProfile base = profile();
    InnovationProfile p =
        new InnovationProfile(
            base.name(),
            REGION,
            base.owningAgency(),
            base.initiator(),
            false,
            base.form(),
            base.themes(),
            base.mainAffair(),
            List.of(base.mainAffair()),
            base.design(),
            base.goals(),
            base.benefits(),
            null,
            -1L,
            null,
            null,
            "ftp://video");
    assertViolations(p, "relatedAffairs", "budget", "videoUrl");
  }

  @Test
  void reviewsAsFeasible() {
    fixture
        .given(proposed())
        .when(new ReviewInnovationCommand(ID, null, true, null, LocalDate.of(2024, 1, 10)))
        .expectEvents(
            new InnovationReviewedEvent(ID, REGION, true, null, LocalDate.of(2024, 1, 10)))
        .expectResultMessagePayload(1L);
  }

  @Test
  void notFeasibleReviewNeedsAReason() {
    fixture
        .given(proposed())
        .when(new ReviewInnovationCommand(ID, null, false, " ", LocalDate.of(2024, 1, 10)))
        .expectNoEvents()
        .expectException(InvalidInnovationException.class);
  }

  @Test
  void cannotReviewTwice() {
    fixture
        .given(proposed(), reviewed())
        .when(new ReviewInnovationCommand(ID, null, true, null, LocalDate.of(2024, 1, 11)))
        .expectNoEvents()
        .expectException(LifecycleViolationException.class);
  }

  @Test
  void cannotReviewWithAFutureDate() {
    fixture
        .given(proposed())
        .when(new ReviewInnovationCommand(ID, null, true, null, LocalDate.of(2025, 3, 2)))
        .expectNoEvents()
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("future"));
  }

  @Test
  void establishesAFeasibleInnovationByDecree() {
    fixture
        .given(proposed(), reviewed())
        .when(
            new EstablishInnovationCommand(
                ID, null, "188.45/12/KEP/2024", LocalDate.of(2024, 1, 20)))
        .expectEvents(established());
  }

  @Test
  void cannotEstablishAnInnovationFoundNotFeasible() {
    fixture
        .given(
            proposed(),
            new InnovationReviewedEvent(
                ID, REGION, false, "Tumpang tindih", LocalDate.of(2024, 1, 10)))
        .when(
            new EstablishInnovationCommand(
                ID, null, "188.45/12/KEP/2024", LocalDate.of(2024, 1, 20)))
        .expectNoEvents()
        .expectException(LifecycleViolationException.class);
  }

  @Test
  void cannotEstablishBeforeTheReviewDate() {
    fixture
        .given(proposed(), reviewed())
        .when(
            new EstablishInnovationCommand(
                ID, null, "188.45/12/KEP/2024", LocalDate.of(2024, 1, 5)))
        .expectNoEvents()
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("decreeDate"));
  }

  @Test
  void startsTheTrialAfterTheDecree() {
    fixture
        .given(proposed(), reviewed(), established())
        .when(new StartInnovationTrialCommand(ID, null, LocalDate.of(2024, 2, 1)))
        .expectEvents(trial());
  }

  @Test
  void cannotStartTheTrialBeforeTheDecreeDate() {
    fixture
        .given(proposed(), reviewed(), established())
        .when(new StartInnovationTrialCommand(ID, null, LocalDate.of(2024, 1, 19)))
        .expectNoEvents()
        .expectException(InvalidInnovationException.class);
  }

  @Test
  void cannotStartTheTrialOfAnInnovationNotEstablished() {
    fixture
        .given(proposed(), reviewed())
        .when(new StartInnovationTrialCommand(ID, null, LocalDate.of(2024, 2, 1)))
        .expectNoEvents()
        .expectException(LifecycleViolationException.class);
  }

  @Test
  void implementsAfterTheTrial() {
    fixture
        .given(proposed(), reviewed(), established(), trial())
        .when(new ImplementInnovationCommand(ID, null, LocalDate.of(2024, 6, 1)))
        .expectEvents(implemented())
        .expectResultMessagePayload(4L);
  }

  @Test
  void cannotImplementWithoutATrial() {
    fixture
        .given(proposed(), reviewed(), established())
        .when(new ImplementInnovationCommand(ID, null, LocalDate.of(2024, 6, 1)))
        .expectNoEvents()
        .expectException(LifecycleViolationException.class);
  }

  @Test
  void cannotImplementBeforeTheTrialStarted() {
    fixture
        .given(proposed(), reviewed(), established(), trial())
        .when(new ImplementInnovationCommand(ID, null, LocalDate.of(2024, 1, 31)))
        .expectNoEvents()
        .expectException(InvalidInnovationException.class);
  }

  @Test
  void stopsARunningInnovationWithAReason() {
    fixture
        .given(proposed(), reviewed(), established(), trial(), implemented())
        .when(
            new StopInnovationCommand(ID, null, LocalDate.of(2024, 12, 31), "Anggaran dihentikan"))
        .expectEvents(stopped());
  }

  @Test
  void cannotStopAProposal() {
    fixture
        .given(proposed())
        .when(
            new StopInnovationCommand(ID, null, LocalDate.of(2024, 12, 31), "Anggaran dihentikan"))
        .expectNoEvents()
        .expectException(LifecycleViolationException.class);
  }

  @Test
  void cannotStopTwice() {
    fixture
        .given(proposed(), reviewed(), established(), trial(), implemented(), stopped())
        .when(new StopInnovationCommand(ID, null, LocalDate.of(2025, 1, 2), "Anggaran dihentikan"))
        .expectNoEvents()
        .expectException(LifecycleViolationException.class);
  }

  @Test
  void cannotAdvanceAStoppedInnovation() {
    fixture
        .given(
            proposed(),
            reviewed(),
            established(),
            trial(),
            new InnovationStoppedEvent(ID, REGION, LocalDate.of(2024, 3, 1), "Vakum"))
        .when(new ImplementInnovationCommand(ID, null, LocalDate.of(2024, 6, 1)))
        .expectNoEvents()
        .expectException(LifecycleViolationException.class);
  }

  @Test
  void resumesAStoppedInnovation() {
    fixture
        .given(proposed(), reviewed(), established(), trial(), implemented(), stopped())
        .when(new ResumeInnovationCommand(ID, null, LocalDate.of(2025, 2, 1)))
        .expectEvents(new InnovationResumedEvent(ID, REGION, LocalDate.of(2025, 2, 1)));
  }

  @Test
  void cannotResumeBeforeTheStopDate() {
    fixture
        .given(proposed(), reviewed(), established(), trial(), implemented(), stopped())
        .when(new ResumeInnovationCommand(ID, null, LocalDate.of(2024, 12, 1)))
        .expectNoEvents()
        .expectException(InvalidInnovationException.class);
  }

  @Test
  void cannotResumeARunningInnovation() {
    fixture
        .given(proposed(), reviewed(), established())
        .when(new ResumeInnovationCommand(ID, null, LocalDate.of(2024, 12, 1)))
        .expectNoEvents()
        .expectException(LifecycleViolationException.class);
  }

  @Test
  void revisesProfileFieldsAndNamesWhatChanged() {
    InnovationProfile base = profile();
    InnovationProfile revised =
        new InnovationProfile(
            "Layanan Adminduk Keliling (LAK)",
            REGION,
            base.owningAgency(),
            base.initiator(),
            true,
            base.form(),
            base.themes(),
            base.mainAffair(),
            base.relatedAffairs(),
            base.design(),
            base.goals(),
            base.benefits(),
            "12.000 dokumen tercetak",
            base.budget(),
            base.plannedTrialDate(),
            base.plannedImplementationDate(),
            base.videoUrl());
    fixture
        .given(proposed())
        .when(new ReviseInnovationProfileCommand(ID, null, revised))
        .expectEvents(
            new InnovationProfileRevisedEvent(
                ID, REGION, revised, List.of("name", "digital", "results")));
  }

  @Test
  void revisionThatChangesNothingWritesNothing() {
    fixture
        .given(proposed())
        .when(new ReviseInnovationProfileCommand(ID, null, profile()))
        .expectNoEvents()
        .expectResultMessagePayload(0L);
  }

  @Test
  void cannotMoveAnInnovationToAnotherRegion() {
    fixture
        .given(proposed())
        .when(new ReviseInnovationProfileCommand(ID, null, withRegion(profile(), "35.07")))
        .expectNoEvents()
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("regionCode"));
  }

  @Test
  void cannotReviseARejectedProposal() {
    fixture
        .given(
            proposed(),
            new InnovationReviewedEvent(
                ID, REGION, false, "Tumpang tindih", LocalDate.of(2024, 1, 10)))
        .when(new ReviseInnovationProfileCommand(ID, null, profile()))
        .expectNoEvents()
        .expectException(LifecycleViolationException.class);
  }

  @Test
  void aPatchIsAppliedToTheProfileTheAggregateHolds() {
    fixture
        .given(proposed())
        .when(
            new PatchInnovationProfileCommand(
                ID,
                null,
                current -> {
                  assertThat(current).isEqualTo(profile());
                  return withRegion(current, "35.07");
                }))
        .expectNoEvents()
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("regionCode"));
  }

  @Test
  void aPatchOfARejectedProposalIsRefusedAfterItIsWorkedOut() {
    fixture
        .given(
            proposed(),
            new InnovationReviewedEvent(
                ID, REGION, false, "Tumpang tindih", LocalDate.of(2024, 1, 10)))
        .when(new PatchInnovationProfileCommand(ID, null, current -> current))
        .expectNoEvents()
        .expectException(LifecycleViolationException.class);
  }

  private void assertViolations(InnovationProfile p, String... fields) {
    fixture
        .givenNoPriorActivity()
        .when(new ProposeInnovationCommand(ID, p, null, "fp"))
        .expectNoEvents()
        .expectException(InvalidInnovationException.class);
    List<FieldViolation> violations = ProfileRules.check(p, RegionCatalog.load());
    assertThat(violations).extracting(FieldViolation::field).contains(fields);
  }

  private static InnovationProfile withRegion(InnovationProfile b, String region) {
    return new InnovationProfile(
        b.name(),
        region,
        b.owningAgency(),
        b.initiator(),
        b.digital(),
        b.form(),
        b.themes(),
        b.mainAffair(),
        b.relatedAffairs(),
        b.design(),
        b.goals(),
        b.benefits(),
        b.results(),
        b.budget(),
        b.plannedTrialDate(),
        b.plannedImplementationDate(),
        b.videoUrl());
  }

  private static InnovationReviewedEvent reviewed() {
    return new InnovationReviewedEvent(ID, REGION, true, null, LocalDate.of(2024, 1, 10));
  }

  private static InnovationEstablishedEvent established() {
    return new InnovationEstablishedEvent(
        ID, REGION, "188.45/12/KEP/2024", LocalDate.of(2024, 1, 20));
  }

  private static InnovationTrialStartedEvent trial() {
    return new InnovationTrialStartedEvent(ID, REGION, LocalDate.of(2024, 2, 1));
  }

  private static InnovationImplementedEvent implemented() {
    return new InnovationImplementedEvent(ID, REGION, LocalDate.of(2024, 6, 1));
  }

  private static InnovationStoppedEvent stopped() {
    return new InnovationStoppedEvent(
        ID, REGION, LocalDate.of(2024, 12, 31), "Anggaran dihentikan");
  }
}
