package id.inovik.command.innovation;

import static org.assertj.core.api.Assertions.assertThat;

import id.inovik.api.innovation.InnovationEstablishedEvent;
import id.inovik.api.innovation.InnovationImplementedEvent;
import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.innovation.InnovationProfileRevisedEvent;
import id.inovik.api.innovation.InnovationResumedEvent;
import id.inovik.api.innovation.InnovationReviewedEvent;
import id.inovik.api.innovation.InnovationStoppedEvent;
import id.inovik.api.innovation.InnovationTrialStartedEvent;
import id.inovik.api.region.RegionDesignation;
import id.inovik.api.region.RegionDesignationChangedEvent;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
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
 * Events as they are stored, one JSON fixture per event type and revision. A change to an event
 * record that would make stored events unreadable fails here: add a revision and an upcaster, and
 * keep the old fixture.
 */
class StoredEventFixturesTest {

  private static final String ID = "7d5a4c1e-0000-4000-8000-000000000001";
  private static final String REGION = "35.79";
  private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();
  private final JsonMapper json = JsonMapper.builder().build();

  static Stream<Arguments> fixtures() {
    InnovationProfile p = InnovationTest.profile();
    InnovationProfile revised =
        new InnovationProfile(
            "Layanan Adminduk Keliling (LAK)",
            REGION,
            p.owningAgency(),
            p.initiator(),
            true,
            p.form(),
            p.themes(),
            p.mainAffair(),
            p.relatedAffairs(),
            p.design(),
            p.goals(),
            p.benefits(),
            "12.000 dokumen tercetak",
            p.budget(),
            p.plannedTrialDate(),
            p.plannedImplementationDate(),
            p.videoUrl());
    return Stream.of(
        Arguments.of(InnovationTest.proposed()),
        Arguments.of(
            new InnovationReviewedEvent(ID, REGION, true, null, LocalDate.of(2024, 1, 10))),
        Arguments.of(
            new InnovationEstablishedEvent(
                ID, REGION, "188.45/12/KEP/2024", LocalDate.of(2024, 1, 20))),
        Arguments.of(new InnovationTrialStartedEvent(ID, REGION, LocalDate.of(2024, 2, 1))),
        Arguments.of(new InnovationImplementedEvent(ID, REGION, LocalDate.of(2024, 6, 1))),
        Arguments.of(
            new InnovationStoppedEvent(
                ID, REGION, LocalDate.of(2024, 12, 31), "Anggaran dihentikan")),
        Arguments.of(new InnovationResumedEvent(ID, REGION, LocalDate.of(2025, 2, 1))),
        Arguments.of(
            new InnovationProfileRevisedEvent(
                ID, REGION, revised, List.of("name", "digital", "results"))),
        Arguments.of(
            new RegionDesignationChangedEvent(
                "53.21",
                2025,
                RegionDesignation.TERTINGGAL,
                false,
                "Perpres penetapan daerah tertinggal 2025-2029",
                Instant.parse("2025-03-01T03:00:00Z"))));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void storedRevisionOneReadsBackAsTheEvent(Object expected) throws IOException {
    byte[] stored = fixture(expected.getClass().getSimpleName() + ".r1.json");
    SerializedObject<byte[]> serialized =
        new SimpleSerializedObject<>(stored, byte[].class, expected.getClass().getName(), "1");
    Object read = serializer.deserialize(serialized);
    assertThat(read).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void theEventStillWritesTheShapeOfRevisionOne(Object event) throws IOException {
    SerializedObject<byte[]> written = serializer.serialize(event, byte[].class);
    assertThat(written.getType().getRevision()).isEqualTo("1");
    assertThat(json.readTree(written.getData()))
        .isEqualTo(json.readTree(fixture(event.getClass().getSimpleName() + ".r1.json")));
  }

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = StoredEventFixturesTest.class.getResourceAsStream("/events/" + name)) {
      assertThat(in).as("fixture " + name).isNotNull();
      return in.readAllBytes();
    }
  }
}
