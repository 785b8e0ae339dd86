package id.inovik.scoring.catalogue;

/** How sure the domain notes are about a catalogue value (DOMAIN.md's confidence marks). */
public enum Confidence {
  /** Read directly in a source. */
  R,
  /** Read in a third-party transcription; plausible but not the official text. */
  T,
  /** Inferred, not confirmed by a source. */
  I
}
