package id.inovik.command.award.edition;

import static id.inovik.command.award.AwardFixtures.EDITION;
import static id.inovik.command.award.AwardFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.api.award.AwardNomineesDeclaredEvent;
import id.inovik.api.award.AwardStage;
import id.inovik.api.award.AwardWinnersDeclaredEvent;
import id.inovik.api.award.CloseEditionStageCommand;
import id.inovik.api.award.ConfirmEditionCreationCommand;
import id.inovik.api.award.CreateEditionCommand;
import id.inovik.api.award.DeclareNomineesCommand;
import id.inovik.api.award.DeclareWinnersCommand;
import id.inovik.api.award.EditionCategory;
import id.inovik.api.award.EditionCreatedEvent;
import id.inovik.api.award.EditionResultsPublishedEvent;
import id.inovik.api.award.EditionStageClosedEvent;
import id.inovik.api.award.EditionStageOpenedEvent;
import id.inovik.api.award.EditionStageRescheduledEvent;
import id.inovik.api.award.OpenEditionStageCommand;
import id.inovik.api.award.ProgrammeCatalog;
import id.inovik.api.award.PublishResultsCommand;
import id.inovik.api.award.RescheduleStageCommand;
import id.inovik.api.award.StageCloseTrigger;
import id.inovik.api.award.StageSchedule;
import id.inovik.api.region.RegionCatalog;
import id.inovik.command.award.AwardConflictException;
import id.inovik.command.award.AwardFixtures;
import id.inovik.command.award.AwardIdempotencyKeyReusedException;
import id.inovik.command.award.InvalidAwardInputException;
import id.inovik.command.award.ScheduleClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EditionTest {

  /** The end of 23 August 2026 in WIB. */
  static final Instant CLOSES = Instant.parse("2026-08-23T17:00:00Z");

  private AggregateTestFixture<Edition> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Edition.class);
    fixture.registerInjectableResource(ProgrammeCatalog.load());
    fixture.registerInjectableResource(RegionCatalog.load());
    fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    fixture.registerInjectableResource(ScheduleClock.calendar());
  }

  static EditionStageOpenedEvent opened(AwardStage stage, Instant closesAt) {
    return new EditionStageOpenedEvent(EDITION, "IGA", 2026, stage, NOW, closesAt);
  }

  static EditionStageClosedEvent closed(AwardStage stage, StageCloseTrigger trigger) {
    return new EditionStageClosedEvent(EDITION, "IGA", 2026, stage, NOW, trigger);
  }

  static OpenEditionStageCommand open(AwardStage stage) {
    return new OpenEditionStageCommand(EDITION, null, stage);
  }

  @Test
  void anIgaEditionTakesItsRubricsCategoriesAndSchedule() {
    fixture
        .givenNoPriorActivity()
        .when(AwardFixtures.create())
        .expectEvents(AwardFixtures.created());
  }

  @Test
  void anUnknownRubricEditionIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(
            new CreateEditionCommand(
                EDITION, "IGA", 2026, 2019, List.of(), AwardFixtures.schedule(), null, null))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("rubricEdition"))
        .expectNoEvents();
  }

  @Test
  void aYearWithoutARubricNeedsOneNamed() {
    var violations =
        EditionRules.check(
            new CreateEditionCommand(
                "IGA-2030", "IGA", 2030, null, List.of(), AwardFixtures.schedule(), null, null),
            ProgrammeCatalog.load());
    assertThat(violations).extracting(v -> v.field()).contains("rubricEdition");
  }

  @Test
  void everyStageNeedsDatesInOrder() {
    List<StageSchedule> bad =
        List.of(
            new StageSchedule(
                AwardStage.PENJARINGAN, LocalDate.of(2026, 6, 20), LocalDate.of(2026, 8, 23)),
            new StageSchedule(
                AwardStage.PENGUKURAN, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 7, 18)));
    var violations =
        EditionRules.check(
            new CreateEditionCommand(EDITION, "IGA", 2026, 2026, List.of(), bad, null, null),
            ProgrammeCatalog.load());
    assertThat(violations)
        .extracting(v -> v.field())
        .containsExactlyInAnyOrder(
            "schedule.pengukuran.closesOn",
            "schedule.pengukuran.opensOn",
            "schedule.presentasi",
            "schedule.validasi-lapangan",
            "schedule.pleno");
  }

  @Test
  void givenCategoriesReplaceTheRubricsAndMustBeWellFormed() {
    var violations =
        EditionRules.check(
            new CreateEditionCommand(
                EDITION,
                "IGA",
                2026,
                2026,
                List.of(new EditionCategory("kota", "Kota"), new EditionCategory("kota", "")),
                AwardFixtures.schedule(),
                null,
                null),
            ProgrammeCatalog.load());
    assertThat(violations)
        .extracting(v -> v.field())
        .containsExactly("categories[1].code", "categories[1].label");
  }

  @Test
  void aReplayedKeyedCreationAnswersTheVersion() {
    fixture
        .given(
            new EditionCreatedEvent(
                EDITION,
                "IGA",
                2026,
                2026,
                AwardFixtures.categories(),
                AwardFixtures.schedule(),
                NOW,
                "k1",
                "f1"))
        .when(new ConfirmEditionCreationCommand(EDITION, "k1", "f1"))
        .expectNoEvents()
        .expectResultMessagePayload(0L);
  }

  @Test
  void aKeyReusedForAnotherRequestIsRefused() {
    fixture
        .given(AwardFixtures.created())
        .when(new ConfirmEditionCreationCommand(EDITION, "k1", "other"))
        .expectException(AwardIdempotencyKeyReusedException.class);
  }

  @Test
  void openingCollectionSchedulesItsCloseAtTheEndOfTheLastDayInWib() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(AwardFixtures.created())
        .when(open(AwardStage.PENJARINGAN))
        .expectEvents(opened(AwardStage.PENJARINGAN, CLOSES))
        .expectScheduledDeadlineWithName(Duration.between(NOW, CLOSES), Edition.COLLECTION_DEADLINE)
        .expectResultMessagePayload(1L);
  }

  @Test
  void onACompressedClockTheStageLastsItsDaysTimesTheDayLength() {
    StageSchedule collection = AwardFixtures.schedule().getFirst();
    assertThat(ScheduleClock.compressed(Duration.ofMinutes(1)).closesAt(collection, NOW))
        .isEqualTo(NOW.plus(Duration.ofMinutes(65)));
  }

  @Test
  void theDeadlineClosesTheCollectionStage() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(AwardFixtures.created())
        .andGivenCommands(open(AwardStage.PENJARINGAN))
        .whenTimeAdvancesTo(CLOSES.plusSeconds(1))
        .expectEvents(closed(AwardStage.PENJARINGAN, StageCloseTrigger.DEADLINE));
  }

  @Test
  void closingByCommandCancelsTheDeadline() {
    fixture
        .given(AwardFixtures.created(), opened(AwardStage.PENJARINGAN, CLOSES))
        .when(new CloseEditionStageCommand(EDITION, null, AwardStage.PENJARINGAN))
        .expectEvents(closed(AwardStage.PENJARINGAN, StageCloseTrigger.COMMAND))
        .expectNoScheduledDeadlines();
  }

  @Test
  void aDeadlineThatFiresAfterTheStageClosedWritesNothing() {
    fixture
        .givenCurrentTime(NOW)
        .andGiven(AwardFixtures.created())
        .andGivenCommands(
            open(AwardStage.PENJARINGAN),
            new CloseEditionStageCommand(EDITION, null, AwardStage.PENJARINGAN))
        .whenTimeAdvancesTo(CLOSES.plusSeconds(1))
        .expectNoEvents();
  }

  @Test
  void openingTheNextStageClosesTheOpenOne() {
    fixture
        .given(AwardFixtures.created(), opened(AwardStage.PENJARINGAN, CLOSES))
        .when(open(AwardStage.PENGUKURAN))
        .expectEvents(
            closed(AwardStage.PENJARINGAN, StageCloseTrigger.COMMAND),
            opened(AwardStage.PENGUKURAN, null));
  }

  @Test
  void stagesOpenOnlyInTheProgrammesOrder() {
    fixture
        .given(AwardFixtures.created())
        .when(open(AwardStage.PRESENTASI))
        .expectException(AwardConflictException.class)
        .expectNoEvents();
  }

  @Test
  void openingTheOpenStageAgainWritesNothing() {
    fixture
        .given(AwardFixtures.created(), opened(AwardStage.PENJARINGAN, CLOSES))
        .when(open(AwardStage.PENJARINGAN))
        .expectNoEvents()
        .expectResultMessagePayload(1L);
  }

  @Test
  void collectionCannotOpenOnceItsLastDayHasPassed() {
    var late = new AggregateTestFixture<>(Edition.class);
    late.registerInjectableResource(ProgrammeCatalog.load());
    late.registerInjectableResource(
        Clock.fixed(Instant.parse("2026-08-24T00:00:00Z"), ZoneOffset.UTC));
    late.registerInjectableResource(ScheduleClock.calendar());
    late.given(AwardFixtures.created())
        .when(open(AwardStage.PENJARINGAN))
        .expectException(AwardConflictException.class);
  }

  @Test
  void nomineesAreDeclaredDuringMeasurement() {
    fixture
        .given(
            AwardFixtures.created(),
            opened(AwardStage.PENJARINGAN, CLOSES),
            closed(AwardStage.PENJARINGAN, StageCloseTrigger.DEADLINE),
            opened(AwardStage.PENGUKURAN, null))
        .when(
            new DeclareNomineesCommand(
                EDITION, null, "kota", List.of("35.79", "73.71"), AwardFixtures.ranking()))
        .expectEvents(
            new AwardNomineesDeclaredEvent(
                EDITION,
                "IGA",
                2026,
                "kota",
                List.of("35.79", "73.71"),
                NOW,
                AwardFixtures.ranking()));
  }

  @Test
  void nomineesOfAnUnknownCategoryOrRegionAreRefused() {
    fixture
        .given(AwardFixtures.created(), opened(AwardStage.PENJARINGAN, CLOSES))
        .andGivenCommands(open(AwardStage.PENGUKURAN))
        .when(new DeclareNomineesCommand(EDITION, null, "desa", List.of("35.99"), null))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("regionCodes[0]"));
  }

  @Test
  void winnersMustBeNomineesAndAreDeclaredInThePlenary() {
    fixture
        .given(
            AwardFixtures.created(),
            opened(AwardStage.PENJARINGAN, CLOSES),
            closed(AwardStage.PENJARINGAN, StageCloseTrigger.DEADLINE),
            opened(AwardStage.PENGUKURAN, null),
            nominated("35.79", "73.71"))
        .andGivenCommands(
            open(AwardStage.PRESENTASI), open(AwardStage.VALIDASI_LAPANGAN), open(AwardStage.PLENO))
        .when(new DeclareWinnersCommand(EDITION, null, "kota", List.of("73.71", "35.08")))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("not a nominee"));
  }

  @Test
  void winnersAreDeclaredFirstPlaceFirst() {
    fixture
        .given(
            AwardFixtures.created(),
            opened(AwardStage.PENJARINGAN, CLOSES),
            closed(AwardStage.PENJARINGAN, StageCloseTrigger.DEADLINE),
            opened(AwardStage.PENGUKURAN, null),
            nominated("35.79", "73.71"))
        .andGivenCommands(
            open(AwardStage.PRESENTASI), open(AwardStage.VALIDASI_LAPANGAN), open(AwardStage.PLENO))
        .when(new DeclareWinnersCommand(EDITION, null, "kota", List.of("73.71", "35.79")))
        .expectEvents(
            new AwardWinnersDeclaredEvent(
                EDITION, "IGA", 2026, "kota", List.of("73.71", "35.79"), NOW));
  }

  private static AwardNomineesDeclaredEvent nominated(String... codes) {
    return new AwardNomineesDeclaredEvent(
        EDITION, "IGA", 2026, "kota", List.of(codes), NOW, AwardFixtures.ranking());
  }

  @Test
  void nomineesOfAScoredProgrammeNeedTheRankingTheyComeFrom() {
    fixture
        .given(AwardFixtures.created(), opened(AwardStage.PENJARINGAN, CLOSES))
        .andGivenCommands(open(AwardStage.PENGUKURAN))
        .when(new DeclareNomineesCommand(EDITION, null, "kota", List.of("35.79"), null))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("ranking"));
  }

  @Test
  void aNomineeOutsideTheCategorysRankingIsRefused() {
    // 35.78 (Kota Surabaya) is a real kota, but not in the recorded ranking of the category
    fixture
        .given(AwardFixtures.created(), opened(AwardStage.PENJARINGAN, CLOSES))
        .andGivenCommands(open(AwardStage.PENGUKURAN))
        .when(
            new DeclareNomineesCommand(
                EDITION, null, "kota", List.of("73.71", "35.78"), AwardFixtures.ranking()))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(
            org.hamcrest.Matchers.allOf(
                org.hamcrest.Matchers.containsString("regionCodes[1]"),
                org.hamcrest.Matchers.containsString("does not compete in kota")));
  }

  @Test
  void aCategoryTakesNoMoreNomineesOrWinnersThanItsSize() {
    EditionCreatedEvent created = AwardFixtures.createdWithSizes();
    List<EditionCategory> smaller =
        created.categories().stream()
            .map(c -> c.code().equals("kota") ? new EditionCategory("kota", "Kota", 2, 1) : c)
            .toList();
    EditionCreatedEvent sized =
        new EditionCreatedEvent(
            EDITION, "IGA", 2026, 2026, smaller, AwardFixtures.schedule(), NOW, null, null);
    fixture
        .given(
            sized,
            opened(AwardStage.PENJARINGAN, CLOSES),
            closed(AwardStage.PENJARINGAN, StageCloseTrigger.DEADLINE),
            opened(AwardStage.PENGUKURAN, null),
            nominated("35.79", "73.71"))
        .andGivenCommands(
            open(AwardStage.PRESENTASI), open(AwardStage.VALIDASI_LAPANGAN), open(AwardStage.PLENO))
        .when(new DeclareWinnersCommand(EDITION, null, "kota", List.of("73.71", "35.79")))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("at most 1 winners"));
  }

  @Test
  void resultsArePublishedOnceWithTheirDecreeAndStandings() {
    var standings = java.util.Map.of("kota", AwardFixtures.ranking());
    fixture
        .given(
            AwardFixtures.created(),
            opened(AwardStage.PENJARINGAN, CLOSES),
            closed(AwardStage.PENJARINGAN, StageCloseTrigger.DEADLINE),
            opened(AwardStage.PENGUKURAN, null),
            nominated("35.79", "73.71"))
        .andGivenCommands(
            open(AwardStage.PRESENTASI),
            open(AwardStage.VALIDASI_LAPANGAN),
            open(AwardStage.PLENO),
            new DeclareWinnersCommand(EDITION, null, "kota", List.of("73.71")))
        .when(
            new PublishResultsCommand(
                EDITION,
                null,
                " 400.10.11-6287 ",
                java.time.LocalDate.of(2026, 12, 6),
                standings,
                null,
                java.util.Map.of()))
        .expectEventsMatching(
            org.axonframework.test.matchers.Matchers.payloadsMatching(
                org.axonframework.test.matchers.Matchers.exactSequenceOf(
                    org.hamcrest.Matchers.<Object>allOf(
                        org.hamcrest.Matchers.instanceOf(EditionResultsPublishedEvent.class),
                        org.hamcrest.Matchers.hasToString(
                            org.hamcrest.Matchers.containsString("decreeNumber=400.10.11-6287,")),
                        org.hamcrest.Matchers.hasToString(
                            org.hamcrest.Matchers.containsString("winners=[73.71]"))),
                    org.axonframework.test.matchers.Matchers.andNoMore())));
  }

  @Test
  void afterPublicationWinnersDoNotChangeAndNothingIsPublishedTwice() {
    EditionResultsPublishedEvent published =
        new EditionResultsPublishedEvent(
            EDITION,
            "IGA",
            2026,
            "400.10.11-6287",
            java.time.LocalDate.of(2026, 12, 6),
            List.of(),
            NOW);
    fixture
        .given(
            AwardFixtures.created(),
            opened(AwardStage.PENJARINGAN, CLOSES),
            closed(AwardStage.PENJARINGAN, StageCloseTrigger.DEADLINE),
            opened(AwardStage.PENGUKURAN, null),
            nominated("35.79", "73.71"))
        .andGivenCommands(
            open(AwardStage.PRESENTASI), open(AwardStage.VALIDASI_LAPANGAN), open(AwardStage.PLENO))
        .andGiven(published)
        .when(new DeclareWinnersCommand(EDITION, null, "kota", List.of("35.79")))
        .expectException(AwardConflictException.class)
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("400.10.11-6287"));
  }

  @Test
  void publicationNeedsADecreeAndWinners() {
    fixture
        .given(
            AwardFixtures.created(),
            opened(AwardStage.PENJARINGAN, CLOSES),
            closed(AwardStage.PENJARINGAN, StageCloseTrigger.DEADLINE),
            opened(AwardStage.PENGUKURAN, null))
        .andGivenCommands(
            open(AwardStage.PRESENTASI), open(AwardStage.VALIDASI_LAPANGAN), open(AwardStage.PLENO))
        .when(
            new PublishResultsCommand(
                EDITION, null, " ", null, java.util.Map.of(), null, java.util.Map.of()))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(
            org.hamcrest.Matchers.allOf(
                org.hamcrest.Matchers.containsString("decreeNumber"),
                org.hamcrest.Matchers.containsString("decreeDate"),
                org.hamcrest.Matchers.containsString("winners")));
  }

  @Test
  void extendingTheOpenCollectionMovesItsDeadline() {
    Instant extended = Instant.parse("2026-08-30T17:00:00Z");
    // measurement starts later first, then the collection takes the freed week
    fixture
        .given(AwardFixtures.created(), opened(AwardStage.PENJARINGAN, CLOSES))
        .andGivenCommands(
            new RescheduleStageCommand(
                EDITION,
                null,
                AwardStage.PENGUKURAN,
                java.time.LocalDate.of(2026, 9, 1),
                java.time.LocalDate.of(2026, 10, 18),
                "SE 400.10.11/3001/BSKDN"))
        .when(
            new RescheduleStageCommand(
                EDITION,
                null,
                AwardStage.PENJARINGAN,
                java.time.LocalDate.of(2026, 6, 20),
                java.time.LocalDate.of(2026, 8, 30),
                "SE 400.10.11/3001/BSKDN"))
        .expectEvents(
            new EditionStageRescheduledEvent(
                EDITION,
                "IGA",
                2026,
                AwardStage.PENJARINGAN,
                java.time.LocalDate.of(2026, 6, 20),
                java.time.LocalDate.of(2026, 8, 30),
                extended,
                "SE 400.10.11/3001/BSKDN",
                NOW))
        .expectScheduledDeadlineWithName(extended, Edition.COLLECTION_DEADLINE)
        .expectNoScheduledDeadlineWithName(CLOSES, Edition.COLLECTION_DEADLINE);
  }

  @Test
  void aClosedStageKeepsItsDatesAndAnOpenOneItsOpeningDay() {
    fixture
        .given(
            AwardFixtures.created(),
            opened(AwardStage.PENJARINGAN, CLOSES),
            closed(AwardStage.PENJARINGAN, StageCloseTrigger.DEADLINE))
        .when(
            new RescheduleStageCommand(
                EDITION,
                null,
                AwardStage.PENJARINGAN,
                java.time.LocalDate.of(2026, 6, 20),
                java.time.LocalDate.of(2026, 8, 30),
                "late"))
        .expectException(AwardConflictException.class);
    fixture
        .given(AwardFixtures.created(), opened(AwardStage.PENJARINGAN, CLOSES))
        .when(
            new RescheduleStageCommand(
                EDITION,
                null,
                AwardStage.PENJARINGAN,
                java.time.LocalDate.of(2026, 6, 25),
                java.time.LocalDate.of(2026, 10, 30),
                ""))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(
            org.hamcrest.Matchers.allOf(
                org.hamcrest.Matchers.containsString("opensOn"),
                org.hamcrest.Matchers.containsString("reason")));
  }

  @Test
  void aStageCannotBeMovedIntoTheNextOne() {
    fixture
        .given(AwardFixtures.created(), opened(AwardStage.PENJARINGAN, CLOSES))
        .when(
            new RescheduleStageCommand(
                EDITION,
                null,
                AwardStage.PENJARINGAN,
                java.time.LocalDate.of(2026, 6, 20),
                java.time.LocalDate.of(2026, 9, 10),
                "SE 400.10.11/3001/BSKDN"))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(org.hamcrest.Matchers.containsString("pengukuran"));
  }
}
