package id.inovik.command.award;

import id.inovik.command.award.edition.Edition;
import id.inovik.command.award.jury.Jury;
import id.inovik.command.award.submission.Submission;
import java.util.function.Function;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Reads of the award aggregates for the REST API, so that controllers never touch the repository or
 * the event store (the package rule of CommandArchitectureTest). Loads must run inside a unit of
 * work; the caller provides it.
 */
@Component
public class AwardReads {

  private final Repository<Edition> editions;
  private final Repository<Submission> submissions;
  private final Repository<Jury> juries;
  private final EventStore eventStore;

  public AwardReads(
      Repository<Edition> editions,
      Repository<Submission> submissions,
      Repository<Jury> juries,
      EventStore eventStore) {
    this.editions = editions;
    this.submissions = submissions;
    this.juries = juries;
    this.eventStore = eventStore;
  }

  /** Whether any event exists for this edition, submission or jury id. */
  public boolean exists(String aggregateId) {
    return eventStore.lastSequenceNumberFor(aggregateId).isPresent();
  }

  /** A view of the edition, built from the loaded aggregate. */
  public <R> R edition(String id, Function<Edition, R> view) {
    return editions.load(id).invoke(view);
  }

  /** A view of the submission, built from the loaded aggregate. */
  public <R> R submission(String id, Function<Submission, R> view) {
    return submissions.load(id).invoke(view);
  }

  /** A view of an edition's jury, built from the loaded aggregate. */
  public <R> R jury(String id, Function<Jury, R> view) {
    return juries.load(id).invoke(view);
  }
}
