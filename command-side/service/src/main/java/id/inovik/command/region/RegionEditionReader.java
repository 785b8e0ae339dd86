package id.inovik.command.region;

import id.inovik.api.region.RegionDesignation;
import id.inovik.command.dispatch.CommandDispatcher;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Reads the designation changes recorded for a region in one edition, straight from its {@link
 * RegionEdition} stream (a short one: only the changes). Nothing is written.
 */
@Component
public class RegionEditionReader {

  private final Repository<RegionEdition> repository;
  private final EventStore eventStore;
  private final CommandDispatcher dispatcher;

  RegionEditionReader(
      Repository<RegionEdition> repository, EventStore eventStore, CommandDispatcher dispatcher) {
    this.repository = repository;
    this.eventStore = eventStore;
    this.dispatcher = dispatcher;
  }

  /**
   * What the edition's events say.
   *
   * @param version the stream's version
   * @param changed the designations with a recorded change
   * @param members of those, the ones the region holds
   */
  public record Recorded(
      long version, Set<RegionDesignation> changed, Set<RegionDesignation> members) {}

  /**
   * The recorded changes, or empty when no change was ever recorded for that region and edition.
   */
  public Optional<Recorded> read(String regionEditionId) {
    if (eventStore.lastSequenceNumberFor(regionEditionId).isEmpty()) {
      return Optional.empty();
    }
    var result =
        DefaultUnitOfWork.startAndGet(null)
            .executeWithResult(
                () ->
                    repository
                        .load(regionEditionId)
                        .invoke(
                            a -> {
                              var changed = EnumSet.noneOf(RegionDesignation.class);
                              var members = EnumSet.noneOf(RegionDesignation.class);
                              for (RegionDesignation d : RegionDesignation.values()) {
                                a.recorded(d)
                                    .ifPresent(
                                        member -> {
                                          changed.add(d);
                                          if (member) {
                                            members.add(d);
                                          }
                                        });
                              }
                              return new Recorded(a.version(), changed, members);
                            }));
    if (result.isExceptional()) {
      if (result.exceptionResult() instanceof AggregateNotFoundException) {
        return Optional.empty();
      }
      dispatcher.rethrow(result.exceptionResult(), "ReadRegionEdition");
    }
    return Optional.of(result.getPayload());
  }
}
