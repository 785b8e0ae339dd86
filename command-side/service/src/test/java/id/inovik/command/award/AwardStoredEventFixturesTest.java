package id.inovik.command.award;

import static id.inovik.command.award.AwardFixtures.EDITION;
import static id.inovik.command.award.AwardFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.api.award.AwardNomineesDeclaredEvent;
import id.inovik.api.award.AwardStage;
import id.inovik.api.award.AwardWinnersDeclaredEvent;
import id.inovik.api.award.EditionStageClosedEvent;
import id.inovik.api.award.EditionStageOpenedEvent;
import id.inovik.api.award.StageCloseTrigger;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
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
 * add a revision and an upcaster, and keep the old fixture.
 */
class AwardStoredEventFixturesTest {

  private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();
  private final JsonMapper json = JsonMapper.builder().build();

  static Stream<Arguments> fixtures() {
    return Stream.concat(editionEvents(), submissionEvents()).map(Arguments::of);
  }

  static Stream<Object> editionEvents() {
    return Stream.of(
        AwardFixtures.created(),
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
        new AwardNomineesDeclaredEvent(
            EDITION,
            "IGA",
            2026,
            "kota",
            List.of("35.79", "73.71"),
            Instant.parse("2026-10-18T03:00:00Z")),
        new AwardWinnersDeclaredEvent(
            EDITION,
            "IGA",
            2026,
            "kota",
            List.of("73.71", "35.79"),
            Instant.parse("2026-12-01T05:00:00Z")));
  }

  static Stream<Object> submissionEvents() {
    return Stream.of();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void storedRevisionOneReadsBackAsTheEvent(Object expected) throws IOException {
    byte[] stored = fixture(expected);
    SerializedObject<byte[]> serialized =
        new SimpleSerializedObject<>(stored, byte[].class, expected.getClass().getName(), "1");
    assertThat((Object) serializer.deserialize(serialized)).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void theEventStillWritesTheShapeOfRevisionOne(Object event) throws IOException {
    SerializedObject<byte[]> written = serializer.serialize(event, byte[].class);
    assertThat(written.getType().getRevision()).isEqualTo("1");
    assertThat(json.readTree(written.getData())).isEqualTo(json.readTree(fixture(event)));
  }

  private byte[] fixture(Object event) throws IOException {
    String name = "/events/award/" + event.getClass().getSimpleName() + ".r1.json";
    try (InputStream in = AwardStoredEventFixturesTest.class.getResourceAsStream(name)) {
      assertThat(in)
          .as(
              "fixture "
                  + name
                  + "; the event writes "
                  + new String(serializer.serialize(event, byte[].class).getData()))
          .isNotNull();
      return in.readAllBytes();
    }
  }
}
