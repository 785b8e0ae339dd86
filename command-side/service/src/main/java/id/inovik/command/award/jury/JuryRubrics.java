package id.inovik.command.award.jury;

import id.inovik.api.award.Programme;
import id.inovik.command.award.lookup.AwardLookup.EditionState;
import id.inovik.scoring.catalogue.JuryRubric;
import id.inovik.scoring.catalogue.RubricCatalogue;

/**
 * The jury rubric of an edition: an IID programme's comes with its rubric edition (the scoring
 * catalogue's {@code juryRubric}); a jury-only programme publishes its own ({@code
 * jury-kipp.json}).
 */
public final class JuryRubrics {

  private JuryRubrics() {}

  public static JuryRubric of(EditionState edition, Programme programme) {
    if (programme.scoring() == Programme.Scoring.IID) {
      return RubricCatalogue.edition(edition.rubricEdition()).juryRubric();
    }
    return RubricCatalogue.programmeJuryRubric(programme.code());
  }
}
