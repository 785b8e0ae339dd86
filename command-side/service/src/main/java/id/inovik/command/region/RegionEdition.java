package id.inovik.command.region;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import id.inovik.api.region.ChangeRegionDesignationCommand;
import id.inovik.api.region.Region;
import id.inovik.api.region.RegionCatalog;
import id.inovik.api.region.RegionDesignation;
import id.inovik.api.region.RegionDesignationChangedEvent;
import id.inovik.command.innovation.FieldViolation;
import id.inovik.command.innovation.InvalidInnovationException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The designations (border area, underdeveloped region) of one kabupaten/kota in one award edition.
 * It starts from the initial lists of the reference data ({@link RegionCatalog#initialListing}) and
 * holds only the changes made since, as events; the first change creates it.
 */
@Aggregate
public class RegionEdition {

  public static final int FIRST_EDITION = 2017;
  public static final int LAST_EDITION = 2100;

  @SuppressWarnings("UnusedVariable") // read by Axon through the annotation
  @AggregateIdentifier
  private String regionEditionId;

  private long version = -1;
  private final Map<RegionDesignation, Boolean> changed = new EnumMap<>(RegionDesignation.class);

  protected RegionEdition() {
    // for Axon
  }

  /**
   * Lists or unlists the region. A change to the state it already has writes nothing and answers
   * the current version.
   */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  public long handle(ChangeRegionDesignationCommand command, RegionCatalog regions, Clock clock) {
    List<FieldViolation> v = new ArrayList<>();
    Optional<Region> region = regions.find(command.regionCode());
    if (region.isEmpty()) {
      v.add(new FieldViolation("regionCode", "is not a known kabupaten or kota code"));
    } else if (command.designation() != null
        && !command.designation().appliesTo(region.get().type())) {
      v.add(
          new FieldViolation(
              "designation",
              command.designation()
                  + " does not apply to a "
                  + region.get().type().label().toLowerCase(Locale.ROOT)));
    }
    if (command.designation() == null) {
      v.add(new FieldViolation("designation", "is required (PERBATASAN or TERTINGGAL)"));
    }
    if (command.edition() < FIRST_EDITION || command.edition() > LAST_EDITION) {
      v.add(
          new FieldViolation(
              "edition", "must be a year from " + FIRST_EDITION + " to " + LAST_EDITION));
    }
    String basis = command.basis() == null ? "" : command.basis().strip();
    if (basis.length() < 3 || basis.length() > 500) {
      v.add(
          new FieldViolation(
              "basis", "is required: the regulation or reason for the change (3-500 characters)"));
    }
    if (!command
        .regionEditionId()
        .equals(ChangeRegionDesignationCommand.idOf(command.regionCode(), command.edition()))) {
      v.add(new FieldViolation("regionEditionId", "does not match the region and edition"));
    }
    if (!v.isEmpty()) {
      throw new InvalidInnovationException(v);
    }
    if (isMember(command.designation(), command.regionCode(), command.edition(), regions)
        == command.member()) {
      return version;
    }
    apply(
        new RegionDesignationChangedEvent(
            command.regionCode(),
            command.edition(),
            command.designation(),
            command.member(),
            basis,
            Instant.now(clock)));
    return version;
  }

  /** Membership after the changes recorded so far, falling back to the initial list. */
  public boolean isMember(
      RegionDesignation designation, String regionCode, int edition, RegionCatalog regions) {
    Boolean explicit = changed.get(designation);
    if (explicit != null) {
      return explicit;
    }
    return regions.initialListing(regionCode, designation, edition).isPresent();
  }

  /** The membership a command recorded for {@code designation} in this edition, if any. */
  public Optional<Boolean> recorded(RegionDesignation designation) {
    return Optional.ofNullable(changed.get(designation));
  }

  public long version() {
    return version;
  }

  @EventSourcingHandler
  void on(RegionDesignationChangedEvent event) {
    regionEditionId = ChangeRegionDesignationCommand.idOf(event.regionCode(), event.edition());
    changed.put(event.designation(), event.member());
    version++;
  }
}
