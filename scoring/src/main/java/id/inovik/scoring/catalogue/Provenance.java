package id.inovik.scoring.catalogue;

/**
 * Where a catalogue value comes from and how sure we are, so that a committee member (and the next
 * engineer) can see which numbers rest on an assumption.
 *
 * @param confidence the confidence mark (docs/sources.md#confidence)
 * @param source source codes defined in docs/sources.md, e.g. "S20, S47"; may be empty
 * @param note what was assumed and why; may be empty
 */
public record Provenance(Confidence confidence, String source, String note) {
  public Provenance {
    source = source == null ? "" : source;
    note = note == null ? "" : note;
  }
}
