package id.inovik.api.award;

import java.util.Locale;
import java.util.Optional;

/**
 * The shortlists of a jury-only programme shaped like KIPP: the Top 99 after the proposal
 * evaluation, then the Top 45 after the presentations and interviews.
 */
public enum Shortlist {
  TOP_99("top-99", 99),
  TOP_45("top-45", 45);

  private final String slug;
  private final int size;

  Shortlist(String slug, int size) {
    this.slug = slug;
    this.size = size;
  }

  public String slug() {
    return slug;
  }

  /** How many entries it holds at most. */
  public int size() {
    return size;
  }

  /** Parses {@code top-99}, {@code TOP_99} or {@code top99}, ignoring case. */
  public static Optional<Shortlist> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String normal = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (Shortlist s : values()) {
      if (s.slug.equals(normal) || s.slug.replace("-", "").equals(normal)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
