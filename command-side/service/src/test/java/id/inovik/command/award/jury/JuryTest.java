package id.inovik.command.award.jury;

import static id.inovik.command.award.AwardFixtures.EDITION;
import static id.inovik.command.award.AwardFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import id.inovik.api.award.AssignJurorCommand;
import id.inovik.api.award.AwardStage;
import id.inovik.api.award.DecideShortlistCommand;
import id.inovik.api.award.FieldScoredEvent;
import id.inovik.api.award.JurorAssignedEvent;
import id.inovik.api.award.JurorRegisteredEvent;
import id.inovik.api.award.JuryAction;
import id.inovik.api.award.JuryConflictRefusedEvent;
import id.inovik.api.award.PresentationScoredEvent;
import id.inovik.api.award.ProgrammeCatalog;
import id.inovik.api.award.RankedEntry;
import id.inovik.api.award.RegisterJurorCommand;
import id.inovik.api.award.ScoreFieldCommand;
import id.inovik.api.award.ScorePresentationCommand;
import id.inovik.api.award.Shortlist;
import id.inovik.api.award.ShortlistDecidedEvent;
import id.inovik.api.region.RegionCatalog;
import id.inovik.command.award.AwardConflictException;
import id.inovik.command.award.AwardIdempotencyKeyReusedException;
import id.inovik.command.award.InMemoryAwardLookup;
import id.inovik.command.award.InvalidAwardInputException;
import id.inovik.command.award.lookup.AwardLookup.EditionState;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class JuryTest {

  static final String JURY = EDITION + "/jury";
  static final String MALANG = "35.07";
  static final String MAKASSAR = "73.71";

  /** From DKI Jakarta: judges both nominees. */
  static final JurorRegisteredEvent JAKARTA =
      new JurorRegisteredEvent(JURY, EDITION, "j1", "Dr. Sri Wahyuni", "31", NOW, null, null);

  /** From Jawa Timur: may not judge Kabupaten Malang (35.07). */
  static final JurorRegisteredEvent EAST_JAVA =
      new JurorRegisteredEvent(JURY, EDITION, "j2", "Prof. Bambang Hartono", "35", NOW, null, null);

  static EditionState iga(AwardStage stage, boolean open) {
    return new EditionState(EDITION, "IGA", 2026, 2026, stage, open, null);
  }

  static AggregateTestFixture<Jury> fixture(InMemoryAwardLookup lookup) {
    var fixture = new AggregateTestFixture<>(Jury.class);
    fixture.registerInjectableResource(lookup);
    fixture.registerInjectableResource(RegionCatalog.load());
    fixture.registerInjectableResource(ProgrammeCatalog.load());
    fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    return fixture;
  }

  static AggregateTestFixture<Jury> iga(AwardStage stage) {
    return fixture(
        new InMemoryAwardLookup()
            .edition(iga(stage, true))
            .nominee(EDITION, MALANG)
            .nominee(EDITION, MAKASSAR));
  }

  static Map<String, Integer> presentation(int kebaruan) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    scores.put("kebaruan", kebaruan);
    scores.put("kemanfaatan", 85);
    scores.put("kewenangan-kolaborasi", 75);
    scores.put("replikasi", 70);
    scores.put("presentasi", 90);
    return scores;
  }

  static JurorAssignedEvent assigned(String juror, String entry, String region) {
    return new JurorAssignedEvent(JURY, EDITION, juror, entry, region, NOW);
  }

  // --- jurors ---------------------------------------------------------------------------------

  @Test
  void theFirstJurorCreatesTheJury() {
    iga(AwardStage.PENGUKURAN)
        .givenNoPriorActivity()
        .when(
            new RegisterJurorCommand(
                JURY, null, EDITION, "j1", " Dr. Sri Wahyuni ", "31", null, null))
        .expectEvents(JAKARTA)
        .expectResultMessagePayload(new JuryOutcome(0, null, true));
  }

  @Test
  void registeringTheSameJurorAgainWritesNothingButOtherDetailsAreAConflict() {
    iga(AwardStage.PENGUKURAN)
        .given(JAKARTA)
        .when(
            new RegisterJurorCommand(
                JURY, null, EDITION, "j1", "Dr. Sri Wahyuni", "31", null, null))
        .expectNoEvents()
        .expectResultMessagePayload(new JuryOutcome(0, null, false));
    iga(AwardStage.PENGUKURAN)
        .given(JAKARTA)
        .when(
            new RegisterJurorCommand(
                JURY, null, EDITION, "j1", "Dr. Sri Wahyuni", "32", null, null))
        .expectException(AwardConflictException.class)
        .expectExceptionMessage(containsString("registered already"));
  }

  @Test
  void aJurorNeedsAnIdANameAndARealProvince() {
    iga(AwardStage.PENGUKURAN)
        .givenNoPriorActivity()
        .when(new RegisterJurorCommand(JURY, null, EDITION, "j 1", "X", "35.07", null, null))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(
            allOf(
                containsString("id ("), containsString("name ("), containsString("provinceCode (")))
        .expectNoEvents();
    iga(AwardStage.PENGUKURAN)
        .givenNoPriorActivity()
        .when(new RegisterJurorCommand(JURY, null, EDITION, "j1", "Dr. Sri", "99", null, null))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(containsString("provinceCode"));
  }

  @Test
  void aReplayWithTheSameKeyIsAnsweredAndAnotherRequestWithItIsRefused() {
    JurorRegisteredEvent keyed =
        new JurorRegisteredEvent(JURY, EDITION, "j1", "Dr. Sri Wahyuni", "31", NOW, "k-1", "f-1");
    iga(AwardStage.PENGUKURAN)
        .given(keyed)
        .when(
            new RegisterJurorCommand(
                JURY, null, EDITION, "j1", "Dr. Sri Wahyuni", "31", "k-1", "f-1"))
        .expectNoEvents()
        .expectResultMessagePayload(new JuryOutcome(0, null, false));
    iga(AwardStage.PENGUKURAN)
        .given(keyed)
        .when(new RegisterJurorCommand(JURY, null, EDITION, "j9", "Ir. Lain", "32", "k-1", "f-2"))
        .expectException(AwardIdempotencyKeyReusedException.class);
  }

  // --- assignment and conflict of interest ------------------------------------------------------

  @Test
  void aJurorIsAssignedToACurrentNominee() {
    iga(AwardStage.PENGUKURAN)
        .given(JAKARTA)
        .when(new AssignJurorCommand(JURY, null, "j1", MALANG))
        .expectEvents(assigned("j1", MALANG, MALANG))
        .expectResultMessagePayload(new JuryOutcome(1, null, true));
    iga(AwardStage.PENGUKURAN)
        .given(JAKARTA, assigned("j1", MALANG, MALANG))
        .when(new AssignJurorCommand(JURY, null, "j1", MALANG))
        .expectNoEvents();
  }

  @Test
  void assignmentToANonNomineeOrByAnUnknownJurorIsRefusedByField() {
    iga(AwardStage.PENGUKURAN)
        .given(JAKARTA)
        .when(new AssignJurorCommand(JURY, null, "j7", "35.79"))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(
            allOf(
                containsString("jurorId (is not a juror"),
                containsString("entryId (is not a current nominee")))
        .expectNoEvents();
  }

  @Test
  void assignmentToARegionOfTheJurorsOwnProvinceIsRefusedAndRecorded() {
    JuryConflictRefusedEvent refused =
        new JuryConflictRefusedEvent(
            JURY, EDITION, "j2", "35", MALANG, MALANG, JuryAction.ASSIGNMENT, NOW);
    iga(AwardStage.PENGUKURAN)
        .given(EAST_JAVA)
        .when(new AssignJurorCommand(JURY, null, "j2", MALANG))
        .expectSuccessfulHandlerExecution()
        .expectEvents(refused)
        .expectResultMessagePayload(new JuryOutcome(1, refused, true))
        .expectState(
            j -> {
              assertThat(j.assignments()).isEmpty();
              assertThat(j.refusals()).containsExactly(refused);
            });
  }

  // --- presentation scores -------------------------------------------------------------------

  @Test
  void presentationScoresOnlyWhileThePresentationIsOpen() {
    iga(AwardStage.PENGUKURAN)
        .given(JAKARTA, assigned("j1", MALANG, MALANG))
        .when(new ScorePresentationCommand(JURY, null, "j1", MALANG, presentation(80)))
        .expectException(AwardConflictException.class)
        .expectExceptionMessage(containsString("presentasi is open"));
  }

  @Test
  void presentationScoresCoverEveryCriterionOfTheRubricFromZeroToHundred() {
    Map<String, Integer> bad = new LinkedHashMap<>(presentation(80));
    bad.remove("replikasi");
    bad.put("kemanfaatan", 101);
    bad.put("gaya", 50);
    iga(AwardStage.PRESENTASI)
        .given(JAKARTA, assigned("j1", MALANG, MALANG))
        .when(new ScorePresentationCommand(JURY, null, "j1", MALANG, bad))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(
            allOf(
                containsString("scores.replikasi (is required"),
                containsString("scores.kemanfaatan (is required: a whole number from 0 to 100"),
                containsString("scores.gaya (is not a criterion of presentation-2023"),
                not(containsString("scores.kebaruan"))))
        .expectNoEvents();
  }

  @Test
  void onlyAnAssignedJurorScores() {
    iga(AwardStage.PRESENTASI)
        .given(JAKARTA)
        .when(new ScorePresentationCommand(JURY, null, "j1", MALANG, presentation(80)))
        .expectException(AwardConflictException.class)
        .expectExceptionMessage(containsString("not assigned"));
  }

  @Test
  void aLaterScoreReplacesTheEarlierOneAndBothStayInHistory() {
    PresentationScoredEvent first =
        new PresentationScoredEvent(
            JURY, EDITION, "j1", MALANG, MALANG, AwardStage.PRESENTASI, presentation(80), NOW);
    PresentationScoredEvent second =
        new PresentationScoredEvent(
            JURY, EDITION, "j1", MALANG, MALANG, AwardStage.PRESENTASI, presentation(60), NOW);
    iga(AwardStage.PRESENTASI)
        .given(JAKARTA, assigned("j1", MALANG, MALANG), first)
        .when(new ScorePresentationCommand(JURY, null, "j1", MALANG, presentation(60)))
        .expectEvents(second)
        .expectState(
            j ->
                assertThat(j.presentationScores().values())
                    .singleElement()
                    .satisfies(s -> assertThat(s.scores().get("kebaruan")).isEqualTo(60)));
    iga(AwardStage.PRESENTASI)
        .given(JAKARTA, assigned("j1", MALANG, MALANG), first)
        .when(new ScorePresentationCommand(JURY, null, "j1", MALANG, presentation(80)))
        .expectNoEvents();
  }

  @Test
  void scoringARegionOfTheJurorsOwnProvinceIsRefusedAndRecorded() {
    JuryConflictRefusedEvent refused =
        new JuryConflictRefusedEvent(
            JURY, EDITION, "j2", "35", MALANG, MALANG, JuryAction.PRESENTATION_SCORE, NOW);
    iga(AwardStage.PRESENTASI)
        .given(EAST_JAVA)
        .when(new ScorePresentationCommand(JURY, null, "j2", MALANG, presentation(99)))
        .expectEvents(refused)
        .expectResultMessagePayload(new JuryOutcome(1, refused, true));
    JuryConflictRefusedEvent field =
        new JuryConflictRefusedEvent(
            JURY, EDITION, "j2", "35", MALANG, MALANG, JuryAction.FIELD_SCORE, NOW);
    iga(AwardStage.VALIDASI_LAPANGAN)
        .given(EAST_JAVA)
        .when(new ScoreFieldCommand(JURY, null, "j2", MALANG, 90))
        .expectEvents(field);
  }

  // --- field scores --------------------------------------------------------------------------

  @Test
  void fieldScoresOnlyWhileTheFieldValidationIsOpenFromZeroToHundred() {
    iga(AwardStage.PRESENTASI)
        .given(JAKARTA, assigned("j1", MALANG, MALANG))
        .when(new ScoreFieldCommand(JURY, null, "j1", MALANG, 78))
        .expectException(AwardConflictException.class)
        .expectExceptionMessage(containsString("validasi-lapangan is open"));
    iga(AwardStage.VALIDASI_LAPANGAN)
        .given(JAKARTA, assigned("j1", MALANG, MALANG))
        .when(new ScoreFieldCommand(JURY, null, "j1", MALANG, -1))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(containsString("score ("));
    FieldScoredEvent first = new FieldScoredEvent(JURY, EDITION, "j1", MALANG, MALANG, 78, NOW);
    iga(AwardStage.VALIDASI_LAPANGAN)
        .given(JAKARTA, assigned("j1", MALANG, MALANG), first)
        .when(new ScoreFieldCommand(JURY, null, "j1", MALANG, 82))
        .expectEvents(new FieldScoredEvent(JURY, EDITION, "j1", MALANG, MALANG, 82, NOW))
        .expectState(
            j ->
                assertThat(j.fieldScores().values())
                    .singleElement()
                    .extracting(s -> s.score())
                    .isEqualTo(82));
  }

  @Test
  void anIgaEditionHasNoShortlists() {
    iga(AwardStage.PLENO)
        .given(JAKARTA)
        .when(
            new DecideShortlistCommand(
                JURY, null, Shortlist.TOP_45, List.of(new RankedEntry(MALANG, 1, 80))))
        .expectException(AwardConflictException.class)
        .expectExceptionMessage(containsString("no proposal evaluation"));
  }

  // --- KIPP ----------------------------------------------------------------------------------

  static final String KIPP = "KIPP-2026";
  static final String KIPP_JURY = KIPP + "/jury";
  static final String BATU_APP = "0b7e1c52-0000-4000-8000-000000000001";
  static final String MAKASSAR_APP = "0b7e1c52-0000-4000-8000-000000000002";

  static final JurorRegisteredEvent KIPP_EAST_JAVA =
      new JurorRegisteredEvent(KIPP_JURY, KIPP, "t2", "Dr. Ratna Dewi", "35", NOW, null, null);

  static AggregateTestFixture<Jury> kipp(AwardStage stage, boolean open, String... moreProposals) {
    InMemoryAwardLookup lookup =
        new InMemoryAwardLookup()
            .edition(new EditionState(KIPP, "KIPP", 2026, null, stage, open, null))
            .proposal(KIPP, BATU_APP, "35.79")
            .proposal(KIPP, MAKASSAR_APP, MAKASSAR);
    for (String p : moreProposals) {
      lookup.proposal(KIPP, p, "73.71");
    }
    return fixture(lookup);
  }

  static Map<String, Integer> kippScores(int kebaruan) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    scores.put("kebaruan", kebaruan);
    scores.put("efektivitas", 70);
    scores.put("kemanfaatan", 80);
    scores.put("replikasi", 60);
    scores.put("keberlanjutan", 75);
    return scores;
  }

  static PresentationScoredEvent kippScored(AwardStage stage, String entry, String region) {
    return new PresentationScoredEvent(
        KIPP_JURY, KIPP, "t2", entry, region, stage, kippScores(80), NOW);
  }

  static ShortlistDecidedEvent top99(String... selected) {
    List<RankedEntry> ranking = new ArrayList<>();
    for (int i = 0; i < selected.length; i++) {
      ranking.add(new RankedEntry(selected[i], i + 1, 90 - i));
    }
    return new ShortlistDecidedEvent(
        KIPP_JURY, KIPP, Shortlist.TOP_99, ranking, List.of(selected), NOW);
  }

  @Test
  void aKippJurorScoresProposalsOnTheKippCriteriaAndTheInnovationsRegionDecidesTheConflict() {
    kipp(AwardStage.EVALUASI_PROPOSAL, true)
        .given(
            KIPP_EAST_JAVA,
            new JurorAssignedEvent(KIPP_JURY, KIPP, "t2", MAKASSAR_APP, MAKASSAR, NOW))
        .when(new ScorePresentationCommand(KIPP_JURY, null, "t2", MAKASSAR_APP, kippScores(80)))
        .expectEvents(kippScored(AwardStage.EVALUASI_PROPOSAL, MAKASSAR_APP, MAKASSAR));
    kipp(AwardStage.EVALUASI_PROPOSAL, true)
        .given(KIPP_EAST_JAVA)
        .when(new AssignJurorCommand(KIPP_JURY, null, "t2", BATU_APP))
        .expectEvents(
            new JuryConflictRefusedEvent(
                KIPP_JURY, KIPP, "t2", "35", BATU_APP, "35.79", JuryAction.ASSIGNMENT, NOW));
    kipp(AwardStage.EVALUASI_PROPOSAL, true)
        .given(KIPP_EAST_JAVA)
        .when(new AssignJurorCommand(KIPP_JURY, null, "t2", "0b7e1c52-0000-4000-8000-00000000dead"))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(containsString("is not a proposal entered to KIPP-2026"));
  }

  @Test
  void theIgaCriteriaAreNotTheKippOnes() {
    kipp(AwardStage.EVALUASI_PROPOSAL, true)
        .given(
            KIPP_EAST_JAVA,
            new JurorAssignedEvent(KIPP_JURY, KIPP, "t2", MAKASSAR_APP, MAKASSAR, NOW))
        .when(new ScorePresentationCommand(KIPP_JURY, null, "t2", MAKASSAR_APP, presentation(80)))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(
            allOf(
                containsString("scores.efektivitas (is required"),
                containsString("scores.presentasi (is not a criterion of kipp-proposal")));
  }

  @Test
  void kippHasNoFieldValidation() {
    kipp(AwardStage.PRESENTASI, true)
        .given(KIPP_EAST_JAVA)
        .when(new ScoreFieldCommand(KIPP_JURY, null, "t2", MAKASSAR_APP, 80))
        .expectException(AwardConflictException.class)
        .expectExceptionMessage(containsString("KIPP has no field validation"));
  }

  @Test
  void theTop99IsDecidedFromARankingOfEveryScoredProposal() {
    List<RankedEntry> ranking =
        List.of(new RankedEntry(MAKASSAR_APP, 1, 81.5), new RankedEntry(BATU_APP, 2, 77.25));
    kipp(AwardStage.EVALUASI_PROPOSAL, false)
        .given(
            KIPP_EAST_JAVA,
            kippScored(AwardStage.EVALUASI_PROPOSAL, MAKASSAR_APP, MAKASSAR),
            kippScored(AwardStage.EVALUASI_PROPOSAL, BATU_APP, "35.79"))
        .when(new DecideShortlistCommand(KIPP_JURY, null, Shortlist.TOP_99, ranking))
        .expectEvents(
            new ShortlistDecidedEvent(
                KIPP_JURY, KIPP, Shortlist.TOP_99, ranking, List.of(MAKASSAR_APP, BATU_APP), NOW));
  }

  @Test
  void aRankingMustListEveryEligibleScoredEntryOnceInRankOrder() {
    kipp(AwardStage.EVALUASI_PROPOSAL, true)
        .given(KIPP_EAST_JAVA, kippScored(AwardStage.EVALUASI_PROPOSAL, MAKASSAR_APP, MAKASSAR))
        .when(
            new DecideShortlistCommand(
                KIPP_JURY,
                null,
                Shortlist.TOP_99,
                List.of(
                    new RankedEntry(MAKASSAR_APP, 2, 80),
                    new RankedEntry(MAKASSAR_APP, 1, 80),
                    new RankedEntry("unknown", 3, 10))))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(
            allOf(
                containsString("ranking[1].entryId (repeats"),
                containsString("ranking[1].rank"),
                containsString("ranking[2].entryId (is not an eligible entry"),
                containsString("ranking (misses eligible entries: [" + BATU_APP + "]")))
        .expectNoEvents();
    kipp(AwardStage.EVALUASI_PROPOSAL, true)
        .given(KIPP_EAST_JAVA, kippScored(AwardStage.EVALUASI_PROPOSAL, MAKASSAR_APP, MAKASSAR))
        .when(
            new DecideShortlistCommand(
                KIPP_JURY,
                null,
                Shortlist.TOP_99,
                List.of(new RankedEntry(MAKASSAR_APP, 1, 80), new RankedEntry(BATU_APP, 2, 70))))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(
            containsString("ranking[1].entryId (has no jury score in evaluasi-proposal"));
  }

  @Test
  void aTieAcrossTheCutOfTheTop99MustBeBroken() {
    String[] more =
        IntStream.range(0, 98)
            .mapToObj(i -> "0b7e1c52-0000-4000-8000-%012d".formatted(100 + i))
            .toArray(String[]::new);
    List<Object> given = new ArrayList<>();
    given.add(KIPP_EAST_JAVA);
    List<String> all = new ArrayList<>(List.of(MAKASSAR_APP, BATU_APP));
    all.addAll(List.of(more));
    for (String entry : all) {
      given.add(kippScored(AwardStage.EVALUASI_PROPOSAL, entry, "73.71"));
    }
    List<RankedEntry> ranking = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      ranking.add(new RankedEntry(all.get(i), Math.min(i + 1, 99), 100 - i / 2.0));
    }
    kipp(AwardStage.EVALUASI_PROPOSAL, true, more)
        .given(given)
        .when(new DecideShortlistCommand(KIPP_JURY, null, Shortlist.TOP_99, ranking))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(containsString("100 entries are ranked within the top-99"));
    List<RankedEntry> broken = new ArrayList<>(ranking);
    broken.set(99, new RankedEntry(all.get(99), 100, 50));
    kipp(AwardStage.EVALUASI_PROPOSAL, true, more)
        .given(given)
        .when(new DecideShortlistCommand(KIPP_JURY, null, Shortlist.TOP_99, broken))
        .expectSuccessfulHandlerExecution()
        .expectState(
            j -> {
              List<String> selected = j.shortlists().get(Shortlist.TOP_99).selected();
              assertThat(selected).hasSize(99).doesNotContain(all.get(99));
            });
  }

  @Test
  void onlyTheTop99PresentAndTheTop45IsDecidedFromThemInThePlenary() {
    kipp(AwardStage.PRESENTASI, true)
        .given(
            KIPP_EAST_JAVA,
            new JurorAssignedEvent(KIPP_JURY, KIPP, "t2", BATU_APP, "35.79", NOW),
            top99(MAKASSAR_APP))
        .when(new ScorePresentationCommand(KIPP_JURY, null, "t2", BATU_APP, kippScores(70)))
        .expectException(InvalidAwardInputException.class)
        .expectExceptionMessage(containsString("is not on the Top 99"));
    List<RankedEntry> ranking = List.of(new RankedEntry(MAKASSAR_APP, 1, 88));
    kipp(AwardStage.PRESENTASI, true)
        .given(
            KIPP_EAST_JAVA,
            top99(MAKASSAR_APP),
            kippScored(AwardStage.PRESENTASI, MAKASSAR_APP, MAKASSAR))
        .when(new DecideShortlistCommand(KIPP_JURY, null, Shortlist.TOP_45, ranking))
        .expectException(AwardConflictException.class)
        .expectExceptionMessage(containsString("pleno is open"));
    kipp(AwardStage.PLENO, true)
        .given(KIPP_EAST_JAVA)
        .when(new DecideShortlistCommand(KIPP_JURY, null, Shortlist.TOP_45, ranking))
        .expectException(AwardConflictException.class)
        .expectExceptionMessage(containsString("Top 99"));
    kipp(AwardStage.PLENO, true)
        .given(
            KIPP_EAST_JAVA,
            top99(MAKASSAR_APP),
            kippScored(AwardStage.PRESENTASI, MAKASSAR_APP, MAKASSAR))
        .when(new DecideShortlistCommand(KIPP_JURY, null, Shortlist.TOP_45, ranking))
        .expectEvents(
            new ShortlistDecidedEvent(
                KIPP_JURY, KIPP, Shortlist.TOP_45, ranking, List.of(MAKASSAR_APP), NOW));
  }

  @Test
  void theProvinceOfARegionIsItsFirstTwoDigits() {
    assertThat(Jury.provinceOf("35.07")).isEqualTo("35");
    assertThat(Jury.provinceOf("35")).isEqualTo("35");
  }
}
