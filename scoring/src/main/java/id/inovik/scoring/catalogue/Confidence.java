package id.inovik.scoring.catalogue;

/** How sure the sources are about a catalogue value (docs/sources.md#confidence). */
public enum Confidence {
  /** Read directly in a source. */
  R,
  /** Read in a third-party transcription; plausible but not the official text. */
  T,
  /** Inferred, not confirmed by a source. */
  I
}
