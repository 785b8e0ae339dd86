package id.inovik.api.award;

import java.util.Locale;

/** How the award aggregates are named. */
public final class EditionIds {

  private EditionIds() {}

  /** An edition of a programme, e.g. {@code IGA-2026}. */
  public static String edition(String programme, int year) {
    return programme.strip().toUpperCase(Locale.ROOT) + "-" + year;
  }

  /** A region's submission to an edition, e.g. {@code 35.07@IGA-2026}. */
  public static String submission(String regionCode, String editionId) {
    return regionCode + "@" + editionId;
  }

  /**
   * The jury of an edition, e.g. {@code IGA-2026/jury}. The slash cannot occur in an edition or a
   * submission id, so the jury's stream never shares an id with them in the event table.
   */
  public static String jury(String editionId) {
    return editionId + "/jury";
  }
}
