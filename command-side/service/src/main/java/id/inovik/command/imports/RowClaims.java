package id.inovik.command.imports;

import id.inovik.api.award.IndicatorClaim;
import java.util.List;

/**
 * The claims part of a row: its SPD claims (region level) and its SID claims (for the row's
 * innovation), each with the problems that keep it from being sent. A part with problems is not
 * sent at all (it is one command); problems of columns that are no indicator of the rubric only get
 * reported.
 */
record RowClaims(
    List<IndicatorClaim> spd,
    List<IndicatorClaim> sid,
    List<RowProblem> spdProblems,
    List<RowProblem> sidProblems,
    List<RowProblem> otherProblems) {

  static final RowClaims NONE =
      new RowClaims(List.of(), List.of(), List.of(), List.of(), List.of());

  RowClaims {
    spd = List.copyOf(spd);
    sid = List.copyOf(sid);
    spdProblems = List.copyOf(spdProblems);
    sidProblems = List.copyOf(sidProblems);
    otherProblems = List.copyOf(otherProblems);
  }

  /** True when the row claims nothing and has no claim problem. */
  boolean isEmpty() {
    return spd.isEmpty()
        && sid.isEmpty()
        && spdProblems.isEmpty()
        && sidProblems.isEmpty()
        && otherProblems.isEmpty();
  }

  /** The same claims without the SPD part (sent by an earlier row of the region). */
  RowClaims withoutSpd(List<RowProblem> extra) {
    return new RowClaims(
        List.of(),
        sid,
        List.of(),
        sidProblems,
        java.util.stream.Stream.concat(otherProblems.stream(), extra.stream()).toList());
  }
}
