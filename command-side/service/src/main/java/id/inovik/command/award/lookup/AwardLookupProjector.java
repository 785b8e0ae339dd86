package id.inovik.command.award.lookup;

import id.inovik.api.award.AwardNomineesDeclaredEvent;
import id.inovik.api.award.EditionCreatedEvent;
import id.inovik.api.award.EditionStageClosedEvent;
import id.inovik.api.award.EditionStageOpenedEvent;
import id.inovik.api.award.ProposalEnteredEvent;
import id.inovik.api.innovation.InnovationProposedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the award lookup tables. Runs in a subscribing processor ({@link #GROUP}), so each row
 * changes in the transaction that stores its event: a claim sent right after an innovation was
 * proposed, or right after the collection closed, sees it. An error here fails the command.
 */
@Component
@ProcessingGroup(AwardLookupProjector.GROUP)
public class AwardLookupProjector {

  public static final String GROUP = "award-lookup";

  private final JdbcTemplate jdbc;

  public AwardLookupProjector(JdbcTemplate jdbc, AwardLookupSchema tables) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(InnovationProposedEvent event) {
    jdbc.update(
        "INSERT INTO inovik_award_innovation (innovation_id, region_code) VALUES (?, ?)",
        event.innovationId(),
        event.regionCode());
  }

  @EventHandler
  void on(EditionCreatedEvent event) {
    jdbc.update(
        "INSERT INTO inovik_award_edition (edition_id, programme, edition_year, rubric_edition,"
            + " stage, stage_open, collection_closes_at) VALUES (?, ?, ?, ?, NULL, FALSE, NULL)",
        event.editionId(),
        event.programme(),
        event.year(),
        event.rubricEdition());
  }

  @EventHandler
  void on(EditionStageOpenedEvent event) {
    if (event.closesAt() != null) {
      jdbc.update(
          "UPDATE inovik_award_edition SET stage = ?, stage_open = TRUE, collection_closes_at = ?"
              + " WHERE edition_id = ?",
          event.stage().name(),
          event.closesAt().toEpochMilli(),
          event.editionId());
    } else {
      jdbc.update(
          "UPDATE inovik_award_edition SET stage = ?, stage_open = TRUE WHERE edition_id = ?",
          event.stage().name(),
          event.editionId());
    }
  }

  @EventHandler
  void on(EditionStageClosedEvent event) {
    jdbc.update(
        "UPDATE inovik_award_edition SET stage = ?, stage_open = FALSE WHERE edition_id = ?",
        event.stage().name(),
        event.editionId());
  }

  /** The category's nominees: the new list replaces the one declared before. */
  @EventHandler
  void on(AwardNomineesDeclaredEvent event) {
    AwardLookupSchema.replaceNominees(
        jdbc, event.editionId(), event.category(), event.regionCodes());
  }

  @EventHandler
  void on(ProposalEnteredEvent event) {
    AwardLookupSchema.addProposal(
        jdbc, event.editionId(), event.innovationId(), event.regionCode());
  }
}
