package id.inovik.api.award;

/**
 * An award category of an edition, e.g. {@code kabupaten}. For the IGA the categories default to
 * the rubric edition's (the scoring catalogue's {@code awardCategories}).
 */
public record EditionCategory(String code, String label) {}
