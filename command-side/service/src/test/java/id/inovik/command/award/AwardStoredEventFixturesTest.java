package id.inovik.command.award;

import static id.inovik.command.award.AwardFixtures.EDITION;
import static id.inovik.command.award.AwardFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.api.award.AwardNomineesDeclaredEvent;
import id.inovik.api.award.AwardStage;
import id.inovik.api.award.AwardWinnersDeclaredEvent;
import id.inovik.api.award.ClaimsValidatedEvent;
import id.inovik.api.award.EditionResultsPublishedEvent;
import id.inovik.api.award.EditionStageClosedEvent;
import id.inovik.api.award.EditionStageOpenedEvent;
import id.inovik.api.award.EditionStageRescheduledEvent;
import id.inovik.api.award.Evidence;
import id.inovik.api.award.EvidenceKind;
import id.inovik.api.award.FieldScoredEvent;
import id.inovik.api.award.IndicatorClaim;
import id.inovik.api.award.InnovationClaimedEvent;
import id.inovik.api.award.JurorAssignedEvent;
import id.inovik.api.award.JurorRegisteredEvent;
import id.inovik.api.award.JuryAction;
import id.inovik.api.award.JuryConflictRefusedEvent;
import id.inovik.api.award.JuryStanding;
import id.inovik.api.award.PresentationScoredEvent;
import id.inovik.api.award.ProposalEnteredEvent;
import id.inovik.api.award.PublishedCategory;
import id.inovik.api.award.RankedEntry;
import id.inovik.api.award.Shortlist;
import id.inovik.api.award.ShortlistDecidedEvent;
import id.inovik.api.award.SpdClaimedEvent;
import id.inovik.api.award.StageCloseTrigger;
import id.inovik.api.award.ValidationDecision;
import id.inovik.api.award.ValidationOutcome;
import id.inovik.api.award.ValidatorRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The award events as they are stored, one JSON fixture per type and revision under {@code
 * events/award/}. A change to an event record that would make stored events unreadable fails here:
 * add a revision (and an upcaster where the old shape does not read as the new), and keep the old
 * fixture in {@link #earlierRevisions()}.
 */
class AwardStoredEventFixturesTest {

  private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();
  private final JsonMapper json = JsonMapper.builder().build();

  static Stream<Arguments> fixtures() {
    return Stream.of(editionEvents(), submissionEvents(), juryEvents())
        .flatMap(s -> s)
        .map(Arguments::of);
  }

  static Stream<Object> editionEvents() {
    return Stream.of(
        AwardFixtures.createdWithSizes(),
        new EditionStageOpenedEvent(
            EDITION,
            "IGA",
            2026,
            AwardStage.PENJARINGAN,
            NOW,
            Instant.parse("2026-08-23T17:00:00Z")),
        new EditionStageClosedEvent(
            EDITION,
            "IGA",
            2026,
            AwardStage.PENJARINGAN,
            Instant.parse("2026-08-23T17:00:04Z"),
            StageCloseTrigger.DEADLINE),
        new EditionStageRescheduledEvent(
            EDITION,
            "IGA",
            2026,
            AwardStage.PENJARINGAN,
            LocalDate.of(2026, 6, 20),
            LocalDate.of(2026, 8, 30),
            Instant.parse("2026-08-30T17:00:00Z"),
            "SE 400.10.11/3001/BSKDN",
            Instant.parse("2026-08-20T02:00:00Z")),
        new AwardNomineesDeclaredEvent(
            EDITION,
            "IGA",
            2026,
            "kota",
            List.of("35.79", "73.71"),
            Instant.parse("2026-10-18T03:00:00Z"),
            AwardFixtures.ranking()),
        new AwardWinnersDeclaredEvent(
            EDITION,
            "IGA",
            2026,
            "kota",
            List.of("73.71", "35.79"),
            Instant.parse("2026-12-01T05:00:00Z")),
        new EditionResultsPublishedEvent(
            EDITION,
            "IGA",
            2026,
            "400.10.11-6287",
            LocalDate.of(2026, 12, 6),
            List.of(
                new PublishedCategory(
                    "kota",
                    "Kota",
                    List.of("73.71", "35.79"),
                    List.of("35.79", "73.71"),
                    AwardFixtures.ranking(),
                    "PANEL_RESCALE presentation 0.5 field 0.5 iid 0.0",
                    List.of(
                        new JuryStanding(
                            "73.71",
                            new java.math.BigDecimal("84.5000"),
                            new java.math.BigDecimal("86.1250"),
                            new java.math.BigDecimal("80.0000"),
                            new java.math.BigDecimal("81.0000"),
                            new java.math.BigDecimal("83.5625"),
                            java.math.BigDecimal.ONE,
                            true)))),
            Instant.parse("2026-12-06T04:00:00Z")));
  }

  static Stream<Object> submissionEvents() {
    String id = "35.07@" + EDITION;
    Evidence letter =
        new Evidence(
            EvidenceKind.RESMI,
            "LHP BPK atas LKPD 2025",
            "45/LHP/XVIII.SBY/05/2026",
            LocalDate.of(2026, 5, 20),
            null,
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    Evidence video =
        new Evidence(
            EvidenceKind.VIDEO,
            "Video Layanan Adminduk Keliling",
            null,
            null,
            "https://www.youtube.com/watch?v=xyz",
            null);
    String innovation = "7d5a4c1e-0000-4000-8000-000000000001";
    return Stream.of(
        new SpdClaimedEvent(
            id, EDITION, "35.07", List.of(new IndicatorClaim("8", 3, null, List.of(letter))), NOW),
        new InnovationClaimedEvent(
            id,
            EDITION,
            "35.07",
            innovation,
            List.of(
                new IndicatorClaim("33", 2, "a", List.of(letter)),
                new IndicatorClaim("35", 3, null, List.of(video))),
            NOW),
        new ClaimsValidatedEvent(
            id,
            EDITION,
            "35.07",
            "Verifikator BSKDN 07",
            ValidatorRole.VERIFIER,
            List.of(
                new ValidationDecision(null, "8", ValidationOutcome.DOWNGRADED, 2, "Opini WDP"),
                new ValidationDecision(
                    innovation, "35", ValidationOutcome.ZEROED, 0, "Video privat")),
            Instant.parse("2026-09-10T02:30:00Z")));
  }

  /**
   * Events stored under an earlier revision, as the current record reads them: revision 1 of the
   * nominee list had no ranking, revision 1 of the creation no category sizes.
   */
  static Stream<Arguments> earlierRevisions() {
    AwardNomineesDeclaredEvent nominees =
        new AwardNomineesDeclaredEvent(
            EDITION,
            "IGA",
            2026,
            "kota",
            List.of("35.79", "73.71"),
            Instant.parse("2026-10-18T03:00:00Z"),
            null);
    return Stream.of(Arguments.of(nominees, "1"), Arguments.of(AwardFixtures.created(), "1"));
  }

  static Stream<Object> juryEvents() {
    String jury = EDITION + "/jury";
    java.util.Map<String, Integer> scores = new java.util.LinkedHashMap<>();
    scores.put("kebaruan", 80);
    scores.put("kemanfaatan", 85);
    scores.put("kewenangan-kolaborasi", 75);
    scores.put("replikasi", 70);
    scores.put("presentasi", 90);
    String kippEntry = "0b7e1c52-0000-4000-8000-000000000001";
    return Stream.of(
        new JurorRegisteredEvent(
            jury, EDITION, "j1", "Dr. Sri Wahyuni", "31", NOW, "juror-j1", "ab12"),
        new JurorAssignedEvent(jury, EDITION, "j1", "35.07", "35.07", NOW),
        new JuryConflictRefusedEvent(
            jury, EDITION, "j2", "35", "35.07", "35.07", JuryAction.ASSIGNMENT, NOW),
        new PresentationScoredEvent(
            jury,
            EDITION,
            "j1",
            "35.07",
            "35.07",
            AwardStage.PRESENTASI,
            scores,
            Instant.parse("2026-11-04T03:00:00Z")),
        new FieldScoredEvent(
            jury, EDITION, "j1", "35.07", "35.07", 78, Instant.parse("2026-11-12T06:00:00Z")),
        new ShortlistDecidedEvent(
            "KIPP-2026/jury",
            "KIPP-2026",
            Shortlist.TOP_99,
            List.of(new RankedEntry(kippEntry, 1, 81.5)),
            List.of(kippEntry),
            Instant.parse("2026-09-30T08:00:00Z")),
        new ProposalEnteredEvent("35.07@KIPP-2026", "KIPP-2026", "35.07", kippEntry, NOW));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void storedEventReadsBackAsTheEvent(Object expected) throws IOException {
    String revision = revision(expected);
    byte[] stored = fixture(expected, revision);
    SerializedObject<byte[]> serialized =
        new SimpleSerializedObject<>(stored, byte[].class, expected.getClass().getName(), revision);
    assertThat((Object) serializer.deserialize(serialized)).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void theEventStillWritesTheShapeOfItsRevision(Object event) throws IOException {
    SerializedObject<byte[]> written = serializer.serialize(event, byte[].class);
    assertThat(written.getType().getRevision()).isEqualTo(revision(event));
    assertThat(json.readTree(written.getData()))
        .isEqualTo(json.readTree(fixture(event, revision(event))));
  }

  @ParameterizedTest
  @MethodSource("earlierRevisions")
  void anEarlierRevisionStillReads(Object expected, String revision) throws IOException {
    byte[] stored = fixture(expected, revision);
    SerializedObject<byte[]> serialized =
        new SimpleSerializedObject<>(stored, byte[].class, expected.getClass().getName(), revision);
    assertThat((Object) serializer.deserialize(serialized)).isEqualTo(expected);
  }

  private static String revision(Object event) {
    Revision revision = event.getClass().getAnnotation(Revision.class);
    assertThat(revision).as("@Revision on " + event.getClass().getSimpleName()).isNotNull();
    return revision.value();
  }

  private byte[] fixture(Object event, String revision) throws IOException {
    String name = "/events/award/" + event.getClass().getSimpleName() + ".r" + revision + ".json";
    try (InputStream in = AwardStoredEventFixturesTest.class.getResourceAsStream(name)) {
      assertThat(in)
          .as(
              "fixture "
                  + name
                  + "; the event writes "
                  + new String(
                      serializer.serialize(event, byte[].class).getData(), StandardCharsets.UTF_8))
          .isNotNull();
      return in.readAllBytes();
    }
  }
}
