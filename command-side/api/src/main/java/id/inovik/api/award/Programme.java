package id.inovik.api.award;

import java.util.List;

/**
 * An award programme whose editions Inovik runs. Programmes are data ({@link ProgrammeCatalog}):
 * the Innovative Government Award scores with the IID rubric of an edition year; a jury-only
 * programme (KIPP, for example) has no rubric and may use other stages.
 *
 * @param code short upper-case code used in identifiers and URLs, e.g. {@code IGA}
 * @param scoring how claims are scored
 * @param stages the stages an edition goes through, in order; the first collects the entries and
 *     closes by itself at its deadline
 */
public record Programme(String code, String name, Scoring scoring, List<AwardStage> stages) {

  /** How a programme's entries are scored. */
  public enum Scoring {
    /** Claims against the IID indicators of a rubric edition (the scoring module's catalogue). */
    IID,
    /** Only jury scores; editions carry no rubric. */
    JURY
  }

  public Programme {
    stages = List.copyOf(stages);
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("programme " + code + " has no stages");
    }
  }

  /** The stage that collects entries and closes at its deadline. */
  public AwardStage collectionStage() {
    return stages.getFirst();
  }

  /**
   * The stage after {@code stage}, or null when it is the last (or not a stage of this programme).
   */
  public AwardStage next(AwardStage stage) {
    int i = stages.indexOf(stage);
    return i < 0 || i + 1 >= stages.size() ? null : stages.get(i + 1);
  }
}
