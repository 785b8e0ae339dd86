package id.inovik.scoring.iid;

/**
 * A rule of the edition and what it did to this region.
 *
 * @param code stable id: {@code pembagi}, {@code skor-jumlah-inovasi}, {@code
 *     urusan-pelayanan-dasar}, {@code indikator-wajib}, {@code validasi}
 * @param label Indonesian name of the rule
 * @param fired true when the rule changed the score (a penalty, a cap, a lost bonus, a zeroing)
 * @param detail the numbers, in words
 */
public record RuleExplanation(String code, String label, boolean fired, String detail) {}
