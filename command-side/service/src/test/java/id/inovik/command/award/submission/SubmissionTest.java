package id.inovik.command.award.submission;

import static id.inovik.command.award.AwardFixtures.EDITION;
import static id.inovik.command.award.AwardFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import id.inovik.api.award.AwardStage;
import id.inovik.api.award.ClaimInnovationCommand;
import id.inovik.api.award.ClaimSpdCommand;
import id.inovik.api.award.ClaimsValidatedEvent;
import id.inovik.api.award.EnterProposalCommand;
import id.inovik.api.award.Evidence;
import id.inovik.api.award.EvidenceKind;
import id.inovik.api.award.IndicatorClaim;
import id.inovik.api.award.InnovationClaimedEvent;
import id.inovik.api.award.ProgrammeCatalog;
import id.inovik.api.award.ProposalEnteredEvent;
import id.inovik.api.award.SpdClaimedEvent;
import id.inovik.api.award.ValidateClaimsCommand;
import id.inovik.api.award.ValidationDecision;
import id.inovik.api.award.ValidationOutcome;
import id.inovik.api.award.ValidatorRole;
import id.inovik.api.region.RegionCatalog;
import id.inovik.command.award.AwardConflictException;
import id.inovik.command.award.InMemoryAwardLookup;
import id.inovik.command.award.InvalidAwardInputException;
import id.inovik.command.award.lookup.AwardLookup.EditionState;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class SubmissionTest {

  static final String REGION = "35.07";
  static final String ID = REGION + "@" + EDITION;
  static final String MINE = "7d5a4c1e-0000-4000-8000-000000000001";
  static final String THEIRS = "7d5a4c1e-0000-4000-8000-000000000002";
  static final Instant CLOSES = Instant.parse("2026-08-23T17:00:00Z");

  static final Evidence DECREE =
      new Evidence(
          EvidenceKind.RESMI,
          "Perbup Malang tentang Inovasi Daerah",
          "188.45/12/KEP/35.07/2024",
          LocalDate.of(2024, 1, 20),
          null,
          "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
  static final Evidence VIDEO =
      new Evidence(
          EvidenceKind.VIDEO,
          "Video inovasi",
          null,
          null,
          "https://www.youtube.com/watch?v=xyz",
          null);

  static EditionState stage(AwardStage stage, boolean open) {
    return new EditionState(EDITION, "IGA", 2026, 2026, stage, open, CLOSES);
  }

  static AggregateTestFixture<Submission> fixture(EditionState edition, Instant now) {
    var fixture = new AggregateTestFixture<>(Submission.class);
    fixture.registerInjectableResource(
        new InMemoryAwardLookup()
            .edition(edition)
            .innovation(MINE, REGION)
            .innovation(THEIRS, "35.79"));
    fixture.registerInjectableResource(RegionCatalog.load());
    fixture.registerInjectableResource(ProgrammeCatalog.load());
    fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
    return fixture;
  }

  static AggregateTestFixture<Submission> collecting() {
    return fixture(stage(AwardStage.PENJARINGAN, true), NOW);
  }

  static AggregateTestFixture<Submission> measuring() {
    return fixture(stage(AwardStage.PENGUKURAN, true), NOW);
  }

  static IndicatorClaim claim(String code, int option) {
    return new IndicatorClaim(code, option, null, List.of(DECREE));
  }

  static ClaimSpdCommand spd(IndicatorClaim... claims) {
    return new ClaimSpdCommand(ID, null, EDITION, REGION, List.of(claims));
  }

  static ClaimInnovationCommand sid(String innovationId, IndicatorClaim... claims) {
    return new ClaimInnovationCommand(ID, null, EDITION, REGION, innovationId, List.of(claims));
  }

  static SpdClaimedEvent spdClaimed(IndicatorClaim... claims) {
    return new SpdClaimedEvent(ID, EDITION, REGION, List.of(claims), NOW);
  }

  static InnovationClaimedEvent sidClaimed(IndicatorClaim... claims) {
    return new InnovationClaimedEvent(ID, EDITION, REGION, MINE, List.of(claims), NOW);
  }

  static ValidateClaimsCommand decide(ValidatorRole role, ValidationDecision... decisions) {
    return new ValidateClaimsCommand(ID, null, "Verifikator BSKDN 07", role, List.of(decisions));
  }

  static ClaimsValidatedEvent decided(ValidatorRole role, ValidationDecision... decisions) {
    return new ClaimsValidatedEvent(
        ID, EDITION, REGION, "Verifikator BSKDN 07", role, List.of(decisions), NOW);
  }

  static ValidationDecision spdDecision(ValidationOutcome outcome, Integer option, String note) {
    return new ValidationDecision(null, "8", outcome, option, note);
  }

  // --- claims ---------------------------------------------------------------------------------

  @Test
  void spdClaimsAreRecordedWithTheSubmissionTime() {
    collecting()
        .givenNoPriorActivity()
        .when(spd(claim("1", 3), claim("2A", 2)))
        .expectEvents(spdClaimed(claim("1", 3), claim("2a", 2)))
        .expectResultMessagePayload(0L)
        .expectState(s -> assertThat(s.submittedAt()).isEqualTo(NOW));
  }

  @Test
  void onlyRowsThatChangedAreWritten() {
    collecting()
        .given(spdClaimed(claim("1", 3), claim("8", 3)))
        .when(spd(claim("1", 3), claim("8", 2)))
        .expectEvents(spdClaimed(claim("8", 2)));
  }

  @Test
  void claimingWhatIsClaimedWritesNothing() {
    collecting()
        .given(spdClaimed(claim("1", 3)))
        .when(spd(claim("1", 3)))
        .expectNoEvents()
        .expectResultMessagePayload(0L);
  }

  @Test
  void aClaimAfterTheCollectionClosedIsRefused() {
    fixture(stage(AwardStage.PENJARINGAN, false), NOW)
        .givenNoPriorActivity()
        .when(spd(claim("1", 3)))
        .expectException(AwardConflictException.class)
        .expectExceptionMessage(containsString("closed"))
        .expectNoEvents();
  }

  @Test
  void aClaimPastTheDeadlineIsRefusedBeforeTheDeadlineHasFired() {
    fixture(stage(AwardStage.PENJARINGAN, true), CLOSES)
        .givenNoPriorActivity()
        .when(spd(claim("1", 3)))
        .expectException(AwardConflictException.class);
  }

  @Test
  void aClaimBeforeTheCollectionOpensIsRefused() {
    fixture(new EditionState(EDITION, "IGA", 2026, 2026, null, false, null), NOW)
        .givenNoPriorActivity()
        .when(spd(claim("1", 3)))
        .expectException(AwardConflictException.class)
        .expectExceptionMessage(containsString("not opened"));
  }

  @Test
  void rowsOptionsAndParentRowsAreCheckedAgainstTheRubric() {
    collecting()
        .givenNoPriorActivity()
        .when(spd(claim("2", 3), claim("99", 1), claim("8", 4), claim("16", 3)))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(containsString("claims.2 (has sub-rows 2a and 2b"))
        .expectExceptionMessage(containsString("claims.99 (is not an SPD indicator"))
        .expectExceptionMessage(containsString("claims.8.option"))
        .expectExceptionMessage(containsString("claims.16 (is an SID indicator"));
  }

  @Test
  void anOfficialLetterNeedsItsNumberAndDate() {
    Evidence letter = new Evidence(EvidenceKind.RESMI, "SK Bupati", null, null, null, null);
    collecting()
        .givenNoPriorActivity()
        .when(spd(new IndicatorClaim("1", 3, null, List.of(letter))))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(containsString("claims.1.evidence[0].number"))
        .expectExceptionMessage(containsString("claims.1.evidence[0].date"))
        .expectExceptionMessage(containsString("needs a url or the file's contentHash"));
  }

  @Test
  void aClaimWithoutEvidenceIsRefused() {
    collecting()
        .givenNoPriorActivity()
        .when(spd(new IndicatorClaim("1", 3, null, List.of())))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(containsString("claims.1.evidence"));
  }

  @Test
  void theRegionsInnovationIsClaimedWithTheBenefitBasis() {
    IndicatorClaim benefit = new IndicatorClaim("33", 2, "A", List.of(DECREE));
    collecting()
        .givenNoPriorActivity()
        .when(sid(MINE, claim("16", 3), benefit, new IndicatorClaim("35", 3, null, List.of(VIDEO))))
        .expectEvents(
            sidClaimed(
                claim("16", 3),
                new IndicatorClaim("33", 2, "a", List.of(DECREE)),
                new IndicatorClaim("35", 3, null, List.of(VIDEO))));
  }

  @Test
  void theBenefitIndicatorNeedsOneOfItsBases() {
    collecting()
        .givenNoPriorActivity()
        .when(sid(MINE, claim("33", 2), new IndicatorClaim("16", 3, "a", List.of(DECREE))))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(containsString("claims.33.benefitBasis (is required"))
        .expectExceptionMessage(containsString("claims.16.benefitBasis (applies only"));
  }

  @Test
  void anInnovationOfAnotherRegionIsRefused() {
    collecting()
        .givenNoPriorActivity()
        .when(sid(THEIRS, claim("16", 3)))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(containsString("innovationId (belongs to region 35.79"));
  }

  @Test
  void anUnknownInnovationIsRefused() {
    collecting()
        .givenNoPriorActivity()
        .when(sid("0b7e1c52-4f3a-4a9e-9d1e-2f7c8a6b5e10", claim("16", 3)))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(containsString("innovationId (is not a registered innovation"));
  }

  // --- validation ----------------------------------------------------------------------------

  @Test
  void aVerifierDowngradesWithANote() {
    measuring()
        .given(spdClaimed(claim("8", 3)))
        .when(
            decide(
                ValidatorRole.VERIFIER,
                spdDecision(ValidationOutcome.DOWNGRADED, 2, "Opini BPK 2025: WDP")))
        .expectEvents(
            decided(
                ValidatorRole.VERIFIER,
                spdDecision(ValidationOutcome.DOWNGRADED, 2, "Opini BPK 2025: WDP")));
  }

  @Test
  void aDowngradeNeedsALowerOptionAndANote() {
    measuring()
        .given(spdClaimed(claim("8", 3)))
        .when(decide(ValidatorRole.VERIFIER, spdDecision(ValidationOutcome.DOWNGRADED, 3, null)))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(containsString("a downgrade names a lower option, from 1 to 2"));
  }

  @Test
  void aZeroedClaimScoresNothingAndSaysWhy() {
    measuring()
        .given(spdClaimed(claim("8", 3)))
        .when(
            decide(
                ValidatorRole.VERIFIER,
                spdDecision(ValidationOutcome.ZEROED, null, "Dokumen tidak terbaca")))
        .expectEvents(
            decided(
                ValidatorRole.VERIFIER,
                spdDecision(ValidationOutcome.ZEROED, 0, "Dokumen tidak terbaca")));
  }

  @Test
  void noDecisionCanRaiseAClaim() {
    measuring()
        .given(spdClaimed(claim("8", 2)))
        .when(decide(ValidatorRole.VERIFIER, spdDecision(ValidationOutcome.ACCEPTED, 3, null)))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(containsString("can never raise the claim"));
  }

  /** Every decision written, whatever was asked, counts at most the claimed option. */
  static org.hamcrest.Matcher<List<org.axonframework.eventhandling.EventMessage<?>>> neverAbove(
      int claimed) {
    return new org.hamcrest.TypeSafeMatcher<>() {
      @Override
      protected boolean matchesSafely(
          List<org.axonframework.eventhandling.EventMessage<?>> events) {
        return events.stream()
            .map(org.axonframework.eventhandling.EventMessage::getPayload)
            .filter(ClaimsValidatedEvent.class::isInstance)
            .flatMap(e -> ((ClaimsValidatedEvent) e).decisions().stream())
            .allMatch(d -> d.option() >= 0 && d.option() <= claimed);
      }

      @Override
      public void describeTo(org.hamcrest.Description description) {
        description.appendText("decisions with options from 0 to " + claimed);
      }
    };
  }

  @Test
  void noDecisionOfEitherValidatorEverCountsAboveTheClaim() {
    int accepted = 0;
    for (int claimed = 1; claimed <= 3; claimed++) {
      for (ValidationOutcome verifier : ValidationOutcome.values()) {
        for (Integer verifierOption : new Integer[] {null, 0, 1, 2, 3, 4}) {
          measuring()
              .given(spdClaimed(claim("8", claimed)))
              .when(decide(ValidatorRole.VERIFIER, spdDecision(verifier, verifierOption, "cek")))
              .expectEventsMatching(neverAbove(claimed));
          for (ValidationOutcome control : ValidationOutcome.values()) {
            for (Integer controlOption : new Integer[] {null, 0, 1, 2, 3, 4}) {
              var given = measuring().given(spdClaimed(claim("8", claimed)));
              try {
                given =
                    given.andGivenCommands(
                        decide(
                            ValidatorRole.VERIFIER, spdDecision(verifier, verifierOption, "cek")));
              } catch (org.axonframework.test.FixtureExecutionException refused) {
                continue; // the verifier's decision was itself refused: nothing to review
              }
              given
                  .when(
                      decide(
                          ValidatorRole.QUALITY_CONTROL,
                          spdDecision(control, controlOption, "cek")))
                  .expectEventsMatching(neverAbove(claimed));
              accepted++;
            }
          }
        }
      }
    }
    assertThat(accepted).as("combinations reviewed by quality control").isPositive();
  }

  @Test
  void qualityControlConfirmsTheVerifiersOption() {
    measuring()
        .given(
            spdClaimed(claim("8", 3)),
            decided(ValidatorRole.VERIFIER, spdDecision(ValidationOutcome.DOWNGRADED, 2, "WDP")))
        .when(
            decide(
                ValidatorRole.QUALITY_CONTROL,
                spdDecision(ValidationOutcome.CONFIRMED, null, null)))
        .expectEvents(
            decided(
                ValidatorRole.QUALITY_CONTROL, spdDecision(ValidationOutcome.CONFIRMED, 2, null)));
  }

  @Test
  void qualityControlOverridesAndBothDecisionsStay() {
    measuring()
        .given(
            spdClaimed(claim("8", 3)),
            decided(ValidatorRole.VERIFIER, spdDecision(ValidationOutcome.ZEROED, 0, "tidak ada")))
        .when(
            decide(
                ValidatorRole.QUALITY_CONTROL,
                spdDecision(ValidationOutcome.ACCEPTED, null, "LHP BPK ada di lampiran 2")))
        .expectEvents(
            decided(
                ValidatorRole.QUALITY_CONTROL,
                spdDecision(ValidationOutcome.ACCEPTED, 3, "LHP BPK ada di lampiran 2")))
        .expectState(
            s -> {
              var c = s.claims().values().iterator().next();
              assertThat(c.verifier().outcome()).isEqualTo(ValidationOutcome.ZEROED);
              assertThat(c.qualityControl().outcome()).isEqualTo(ValidationOutcome.ACCEPTED);
              assertThat(c.effectiveOption()).isEqualTo(3);
            });
  }

  @Test
  void qualityControlReviewsOnlyWhatAVerifierDecided() {
    measuring()
        .given(spdClaimed(claim("8", 3)))
        .when(
            decide(
                ValidatorRole.QUALITY_CONTROL, spdDecision(ValidationOutcome.ACCEPTED, null, null)))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(containsString("has no verifier's decision yet"));
  }

  @Test
  void aVerifierCannotChangeWhatQualityControlDecided() {
    measuring()
        .given(
            spdClaimed(claim("8", 3)),
            decided(ValidatorRole.VERIFIER, spdDecision(ValidationOutcome.ACCEPTED, 3, null)),
            decided(
                ValidatorRole.QUALITY_CONTROL, spdDecision(ValidationOutcome.CONFIRMED, 3, null)))
        .when(decide(ValidatorRole.VERIFIER, spdDecision(ValidationOutcome.ZEROED, null, "ulang")))
        .expectException(InvalidAwardInputException.class);
  }

  @Test
  void claimsAreValidatedOnlyWhileMeasurementIsOpen() {
    collecting()
        .given(spdClaimed(claim("8", 3)))
        .when(decide(ValidatorRole.VERIFIER, spdDecision(ValidationOutcome.ACCEPTED, null, null)))
        .expectException(AwardConflictException.class);
  }

  @Test
  void aDecisionOnARowNotClaimedIsRefused() {
    measuring()
        .given(spdClaimed(claim("8", 3)), sidClaimed(claim("16", 3)))
        .when(
            decide(
                ValidatorRole.VERIFIER,
                new ValidationDecision(null, "9", ValidationOutcome.ACCEPTED, null, null),
                new ValidationDecision(MINE, "17", ValidationOutcome.ACCEPTED, null, null),
                new ValidationDecision(MINE, "16", ValidationOutcome.ACCEPTED, null, null)))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(containsString("decisions[0].indicator (has no claim in the SPD"))
        .expectExceptionMessage(
            containsString("decisions[1].indicator (has no claim for that innovation"));
  }

  @Test
  void repeatingADecisionWritesNothing() {
    measuring()
        .given(
            spdClaimed(claim("8", 3)),
            decided(ValidatorRole.VERIFIER, spdDecision(ValidationOutcome.ACCEPTED, 3, null)))
        .when(decide(ValidatorRole.VERIFIER, spdDecision(ValidationOutcome.ACCEPTED, null, null)))
        .expectNoEvents();
  }

  // --- proposals to a jury-only edition (KIPP) ------------------------------------------------

  static final String KIPP = "KIPP-2026";
  static final String KIPP_ID = REGION + "@" + KIPP;

  static AggregateTestFixture<Submission> kipp(boolean open) {
    return fixture(
        new EditionState(KIPP, "KIPP", 2026, null, AwardStage.PENJARINGAN, open, CLOSES), NOW);
  }

  @Test
  void aRegionEntersItsInnovationAsAProposalOnce() {
    ProposalEnteredEvent entered = new ProposalEnteredEvent(KIPP_ID, KIPP, REGION, MINE, NOW);
    kipp(true)
        .givenNoPriorActivity()
        .when(new EnterProposalCommand(KIPP_ID, null, KIPP, REGION, MINE))
        .expectEvents(entered)
        .expectResultMessagePayload(0L)
        .expectState(s -> assertThat(s.proposals()).containsExactly(MINE));
    kipp(true)
        .given(entered)
        .when(new EnterProposalCommand(KIPP_ID, null, KIPP, REGION, MINE))
        .expectNoEvents();
  }

  @Test
  void anotherRegionsOrAnUnknownInnovationIsNotAProposal() {
    kipp(true)
        .givenNoPriorActivity()
        .when(new EnterProposalCommand(KIPP_ID, null, KIPP, REGION, THEIRS))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(containsString("innovationId (belongs to region 35.79"));
    kipp(true)
        .givenNoPriorActivity()
        .when(new EnterProposalCommand(KIPP_ID, null, KIPP, REGION, "nope"))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(containsString("innovationId (is not a registered innovation"));
  }

  @Test
  void proposalsAreEnteredOnlyWhileTheCollectionIsOpenAndOnlyToAJuryOnlyEdition() {
    kipp(false)
        .givenNoPriorActivity()
        .when(new EnterProposalCommand(KIPP_ID, null, KIPP, REGION, MINE))
        .expectException(AwardConflictException.class)
        .expectExceptionMessage(containsString("closed"));
    collecting()
        .givenNoPriorActivity()
        .when(new EnterProposalCommand(ID, null, EDITION, REGION, MINE))
        .expectException(AwardConflictException.class)
        .expectExceptionMessage(containsString("scored on IID indicators"));
    kipp(true)
        .givenNoPriorActivity()
        .when(new ClaimSpdCommand(KIPP_ID, null, KIPP, REGION, List.of(claim("8", 3))))
        .expectException(AwardConflictException.class)
        .expectExceptionMessage(containsString("jury only"));
  }
}
