package id.inovik.command.award.lookup;

import id.inovik.api.award.AwardStage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a submission needs to know about other aggregates, read from a small table that an event
 * handler keeps in the event store's database (docs/adr/0012): whose an innovation is, and where an
 * edition stands, who its nominees and its proposals are. Never loads the other aggregates.
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

  /** Whether the region is a nominee of the edition in any category, as last declared. */
  boolean isNominee(String editionId, String regionCode);

  /** The region of a proposal entered to a jury-only edition, or empty when it was not entered. */
  Optional<String> regionOfProposal(String editionId, String innovationId);

  /** Every proposal entered to a jury-only edition (innovation ids, sorted). */
  List<String> proposals(String editionId);
}
