package id.inovik.command.award.lookup;

import id.inovik.api.award.AwardStage;
import java.time.Instant;
import java.util.Optional;

/**
 * What a submission needs to know about other aggregates, read from a small table that an event
 * handler keeps in the event store's database (docs/adr/0012): whose an innovation is, and where an
 * edition stands. Never loads the other aggregates.
 */
public interface AwardLookup {

  /**
   * Where an edition stands, as of the last edition event committed.
   *
   * @param rubricEdition the scoring catalogue edition, or null (jury-only programme)
   * @param stage the last stage opened, or null before the first
   * @param collectionClosesAt the collection stage's deadline once it opened, else null
   */
  record EditionState(
      String editionId,
      String programme,
      int year,
      Integer rubricEdition,
      AwardStage stage,
      boolean stageOpen,
      Instant collectionClosesAt) {

    /** True while {@code stage} is the open stage. */
    public boolean isOpen(AwardStage s) {
      return stage == s && stageOpen;
    }
  }

  /**
   * The edition's state. Inside a command's transaction on PostgreSQL the row is read with a shared
   * lock, so a claim and the closing of the collection stage never overlap: whichever commits first
   * is seen by the other.
   */
  Optional<EditionState> edition(String editionId);

  /** The region code of a proposed innovation, or empty when no such innovation exists. */
  Optional<String> regionOfInnovation(String innovationId);
}
