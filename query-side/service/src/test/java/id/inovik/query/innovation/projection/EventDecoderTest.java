package id.inovik.query.innovation.projection;

import static id.inovik.query.support.EventStream.envelope;
import static id.inovik.query.support.EventStream.profile;
import static id.inovik.query.support.EventStream.proposed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InnovationImplementedEvent;
import id.inovik.api.innovation.InnovationProposedEvent;
import id.inovik.query.innovation.projection.ProjectionFailure.Reason;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventDecoderTest {

  static final Instant AT = Instant.parse("2024-02-03T04:05:06.789Z");
  final EventDecoder decoder = new EventDecoder();

  static SourceRecord record(String value) {
    return new SourceRecord("topic", 1, 42, "35.79", value);
  }

  static Reason reasonFor(String value) {
    try {
      new EventDecoder().decode(record(value));
    } catch (RejectedEventException e) {
      return e.reason();
    }
    throw new AssertionError("accepted " + value);
  }

  @Test
  void readsTheEnvelopeAndThePayloadAsTheCommandSideWritesThem() {
    InnovationProposedEvent event =
        proposed("inv-9", profile("Pelayanan", "35.79", "Rancangan", GovernmentAffair.SOSIAL), AT);

    DecodedEvent decoded = decoder.decode(record(envelope(event, 0, AT)));

    assertThat(decoded.event()).isEqualTo(event);
    assertThat(decoded.type()).isEqualTo("InnovationProposedEvent");
    assertThat(decoded.aggregateId()).isEqualTo("inv-9");
    assertThat(decoded.sequence()).isZero();
    assertThat(decoded.timestamp()).isEqualTo(AT);
    assertThat(decoded.source().offset()).isEqualTo(42);
  }

  @Test
  void fieldsAddedByALaterRevisionAreIgnored() {
    String value =
        envelope(new InnovationImplementedEvent("inv-9", "35.79", LocalDate.of(2024, 5, 1)), 4, AT)
            .replace("\"implementedOn\"", "\"verifiedBy\":\"bskdn\",\"implementedOn\"");
    assertThat(value).contains("verifiedBy");
    assertThat(decoder.decode(record(value)).event())
        .isEqualTo(new InnovationImplementedEvent("inv-9", "35.79", LocalDate.of(2024, 5, 1)));
  }

  @Test
  void theCurrentEnvelopeCarriesThePayloadAsAJsonObject() {
    String value =
        envelope(new InnovationImplementedEvent("inv-9", "35.79", LocalDate.of(2024, 5, 1)), 4, AT);
    assertThat(value)
        .contains("\"envelope\":2")
        .contains("\"payload\":{\"innovationId\":\"inv-9\"");
  }

  @Test
  void envelopesOfVersionOneStillOnTheTopicAreRead() {
    // As the publisher wrote them before envelope version 2: no version field, payload a string.
    String v1 =
        "{\"eventId\":\"e-1\",\"type\":\"InnovationImplementedEvent\",\"revision\":\"1\","
            + "\"aggregateId\":\"inv-9\",\"sequence\":4,\"globalIndex\":17,"
            + "\"timestamp\":\"2024-02-03T04:05:06.789Z\",\"payload\":\"{\\\"innovationId\\\":"
            + "\\\"inv-9\\\",\\\"regionCode\\\":\\\"35.79\\\",\\\"implementedOn\\\":"
            + "\\\"2024-05-01\\\"}\"}";
    DecodedEvent decoded = decoder.decode(record(v1));
    assertThat(decoded.event())
        .isEqualTo(new InnovationImplementedEvent("inv-9", "35.79", LocalDate.of(2024, 5, 1)));
    assertThat(decoded.sequence()).isEqualTo(4);
    assertThat(decoded.eventId()).isEqualTo("e-1");
    assertThat(decoded.timestamp()).isEqualTo(AT);
  }

  @Test
  void anEnvelopeNewerThanTheReaderIsRejected() {
    String value =
        envelope(new InnovationImplementedEvent("inv-9", "35.79", LocalDate.of(2024, 5, 1)), 4, AT)
            .replace("\"envelope\":2", "\"envelope\":3");
    assertThat(reasonFor(value)).isEqualTo(Reason.UNKNOWN_TYPE);
  }

  @Test
  void brokenRecordsAreRejectedWithTheirReason() {
    String good =
        envelope(new InnovationImplementedEvent("inv-9", "35.79", LocalDate.of(2024, 5, 1)), 4, AT);
    assertThat(reasonFor("not json")).isEqualTo(Reason.UNPARSEABLE);
    assertThat(reasonFor("{}")).isEqualTo(Reason.UNPARSEABLE);
    assertThat(reasonFor(good.replace("InnovationImplementedEvent", "InnovationTeleportedEvent")))
        .isEqualTo(Reason.UNKNOWN_TYPE);
    assertThat(reasonFor(good.replace("2024-05-01", "1 Mei 2024"))).isEqualTo(Reason.UNPARSEABLE);
    assertThat(reasonFor(good.replace("\"aggregateId\":\"inv-9\"", "\"aggregateId\":\"inv-8\"")))
        .isEqualTo(Reason.UNPARSEABLE);
    assertThatThrownBy(() -> decoder.decode(record(null)))
        .isInstanceOf(RejectedEventException.class);
  }
}
