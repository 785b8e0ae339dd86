package id.inovik.command.region;

import id.inovik.api.region.ChangeRegionDesignationCommand;
import id.inovik.api.region.RegionCatalog;
import id.inovik.api.region.RegionDesignation;
import id.inovik.api.region.RegionDesignationChangedEvent;
import id.inovik.command.innovation.InvalidInnovationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RegionEditionTest {

  private static final Instant NOW = Instant.parse("2025-03-01T03:00:00Z");
  private AggregateTestFixture<RegionEdition> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(RegionEdition.class);
    fixture.registerInjectableResource(RegionCatalog.load());
    fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static ChangeRegionDesignationCommand change(
      String code, int edition, RegionDesignation d, boolean member) {
    return new ChangeRegionDesignationCommand(
        ChangeRegionDesignationCommand.idOf(code, edition),
        code,
        edition,
        d,
        member,
        "Perpres 63/2020 Lampiran");
  }

  @Test
  void listingARegionOutsideTheInitialListRecordsTheChange() {
    fixture
        .givenNoPriorActivity()
        .when(change("35.07", 2025, RegionDesignation.TERTINGGAL, true))
        .expectSuccessfulHandlerExecution()
        .expectEvents(
            new RegionDesignationChangedEvent(
                "35.07", 2025, RegionDesignation.TERTINGGAL, true, "Perpres 63/2020 Lampiran", NOW))
        .expectResultMessagePayload(0L);
  }

  @Test
  void unlistingARegionOfTheInitialListRecordsTheChange() {
    fixture
        .givenNoPriorActivity()
        .when(change("12.04", 2025, RegionDesignation.TERTINGGAL, false))
        .expectEvents(
            new RegionDesignationChangedEvent(
                "12.04",
                2025,
                RegionDesignation.TERTINGGAL,
                false,
                "Perpres 63/2020 Lampiran",
                NOW));
  }

  @Test
  void confirmingTheInitialListWritesNothing() {
    fixture
        .givenNoPriorActivity()
        .when(change("12.04", 2024, RegionDesignation.TERTINGGAL, true))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void repeatingARecordedChangeWritesNothing() {
    fixture
        .given(
            new RegionDesignationChangedEvent(
                "35.07", 2025, RegionDesignation.PERBATASAN, true, "uji", NOW))
        .when(change("35.07", 2025, RegionDesignation.PERBATASAN, true))
        .expectNoEvents()
        .expectResultMessagePayload(0L);
  }

  static Stream<ChangeRegionDesignationCommand> invalidChanges() {
    return Stream.of(
        change("35.79", 2025, RegionDesignation.TERTINGGAL, true),
        change("61", 2025, RegionDesignation.PERBATASAN, true),
        change("35.99", 2025, RegionDesignation.PERBATASAN, true),
        change("35.07", 1990, RegionDesignation.PERBATASAN, true),
        new ChangeRegionDesignationCommand(
            "35.07@2025", "35.07", 2025, RegionDesignation.PERBATASAN, true, " "),
        new ChangeRegionDesignationCommand(
            "35.07@2024", "35.07", 2025, RegionDesignation.PERBATASAN, true, "uji"));
  }

  /**
   * A kota cannot be underdeveloped (Perpres 63/2020 lists kabupaten), a province is no border
   * area, unknown regions, editions out of range, a missing basis and a mismatched identifier are
   * refused.
   */
  @ParameterizedTest
  @MethodSource("invalidChanges")
  void refusesChangesThatCannotHold(ChangeRegionDesignationCommand command) {
    fixture
        .givenNoPriorActivity()
        .when(command)
        .expectException(InvalidInnovationException.class)
        .expectNoEvents();
  }
}
