package id.inovik.command.award.lookup;

import id.inovik.api.award.AwardNomineesDeclaredEvent;
import id.inovik.api.award.EditionCreatedEvent;
import id.inovik.api.award.EditionStageClosedEvent;
import id.inovik.api.award.EditionStageOpenedEvent;
import id.inovik.api.award.EditionStageRescheduledEvent;
import id.inovik.api.award.InnovationClaimedEvent;
import id.inovik.api.award.ProposalEnteredEvent;
import id.inovik.api.award.SpdClaimedEvent;
import id.inovik.api.award.SubmissionEvent;
import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.innovation.InnovationProfileRevisedEvent;
import id.inovik.api.innovation.InnovationProposedEvent;
import java.util.List;
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
    InnovationProfile p = event.profile();
    jdbc.update(
        "INSERT INTO inovik_award_innovation (innovation_id, region_code, name, main_affair,"
            + " related_affairs) VALUES (?, ?, ?, ?, ?)",
        event.innovationId(),
        event.regionCode(),
        p == null ? null : p.name(),
        p == null || p.mainAffair() == null ? null : p.mainAffair().name(),
        p == null ? null : joinAffairs(p.relatedAffairs().stream().map(Enum::name).toList()));
  }

  @EventHandler
  void on(InnovationProfileRevisedEvent event) {
    InnovationProfile p = event.profile();
    jdbc.update(
        "UPDATE inovik_award_innovation SET name = ?, main_affair = ?, related_affairs = ?"
            + " WHERE innovation_id = ?",
        p.name(),
        p.mainAffair() == null ? null : p.mainAffair().name(),
        joinAffairs(p.relatedAffairs().stream().map(Enum::name).toList()),
        event.innovationId());
  }

  @EventHandler
  void on(SpdClaimedEvent event) {
    rememberSubmission(event);
  }

  @EventHandler
  void on(InnovationClaimedEvent event) {
    rememberSubmission(event);
  }

  private void rememberSubmission(SubmissionEvent event) {
    jdbc.update(
        "INSERT INTO inovik_award_submission (submission_id, edition_id, region_code)"
            + " SELECT ?, ?, ? WHERE NOT EXISTS"
            + " (SELECT 1 FROM inovik_award_submission WHERE submission_id = ?)",
        event.submissionId(),
        event.editionId(),
        event.regionCode(),
        event.submissionId());
  }

  /** Affair constants joined by commas, as the lookup stores them. */
  static String joinAffairs(List<String> affairs) {
    return String.join(",", affairs);
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
  void on(EditionStageRescheduledEvent event) {
    if (event.closesAt() != null) {
      jdbc.update(
          "UPDATE inovik_award_edition SET collection_closes_at = ? WHERE edition_id = ?",
          event.closesAt().toEpochMilli(),
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
