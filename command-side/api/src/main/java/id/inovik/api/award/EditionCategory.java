package id.inovik.api.award;

/**
 * An award category of an edition, e.g. {@code kabupaten}. For the IGA the categories default to
 * the rubric edition's (the scoring catalogue's {@code awardCategories}).
 *
 * @param nominees how many nominees the category takes at most, or null when the committee has not
 *     fixed it (a nominee list longer than this is refused; {@code top} nominations take this many)
 * @param winners how many winners the category takes at most, or null when not fixed
 */
public record EditionCategory(String code, String label, Integer nominees, Integer winners) {

  /** A category whose numbers of nominees and winners are not fixed. */
  public EditionCategory(String code, String label) {
    this(code, label, null, null);
  }
}
