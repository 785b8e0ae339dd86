package id.inovik.command.award;

import id.inovik.api.award.EditionIds;
import id.inovik.api.award.Programme;
import id.inovik.api.award.ProgrammeCatalog;
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
  private final ProgrammeCatalog programmes;

  public AwardReads(
      Repository<Edition> editions,
      Repository<Submission> submissions,
      Repository<Jury> juries,
      EventStore eventStore,
      ProgrammeCatalog programmes) {
    this.programmes = programmes;
    this.editions = editions;
    this.submissions = submissions;
    this.juries = juries;
    this.eventStore = eventStore;
  }

  /** The edition id of a programme (any case) and year; 404 when the programme is unknown. */
  public String editionId(String programme, int year) {
    Programme p =
        programmes
            .find(programme)
            .orElseThrow(
                () -> new AwardNotFoundException("No award programme " + programme.strip()));
    return EditionIds.edition(p.code(), year);
  }

  /** The edition id of a path, or 404 when nothing is stored under it. */
  public String existingEdition(String programme, int year) {
    String id = editionId(programme, year);
    if (!exists(id)) {
      throw new AwardNotFoundException("No edition " + id);
    }
    return id;
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
