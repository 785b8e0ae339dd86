package id.inovik.scoring.edition;

/**
 * The version of the scoring arithmetic, recorded beside every ranking that a decision is taken
 * from (nominees, published results). Together with the rubric's fingerprint ({@link
 * id.inovik.scoring.catalogue.RubricCatalogue#fingerprint(int)}) it says exactly which rules
 * produced a number.
 *
 * <p>Change {@link #CURRENT} in the same commit as any change that can move a score or a rank (the
 * formula, rounding, tie-breaks, the mandatory-indicator or basic-service rules); refactorings that
 * keep every result leave it alone. {@code EngineVersionTest} pins the results of the shipped
 * example, so such a change cannot pass unnoticed.
 */
public final class EngineVersion {

  /** {@code iid-engine/} and a counter that grows with every change of results. */
  public static final String CURRENT = "iid-engine/1";

  private EngineVersion() {}
}
