package id.inovik.command.imports;

import java.util.List;

/**
 * The outcome of an import.
 *
 * @param dryRun true when nothing was written: {@code created} and {@code advanced} then say what
 *     an import would do
 * @param rows data rows read (blank rows are not counted)
 * @param created innovations proposed and brought to their row's stage
 * @param advanced innovations that were already stored and moved on to a later stage of the row
 * @param duplicates rows whose innovation is already stored at that stage, or repeated in the file
 * @param rejectedRows rows skipped because of problems
 * @param rejected every problem, by row and column
 * @param duplicateRows which rows were duplicates and of what
 * @param ignoredColumns headers of the file that the import does not use
 * @param edition the award edition claims were made in ({@code ?edition=IGA-2026}), else null
 * @param claimedRows rows whose claims (SPD, SID or both) were stored, or in a dry run would be
 * @param claimRefusedRows rows with a claim refused; their innovation part still counts above
 * @param refusedClaims every refused claim, by row and column, with what of the row was stored
 */
public record ImportReport(
    boolean dryRun,
    int rows,
    int created,
    int advanced,
    int duplicates,
    int rejectedRows,
    List<RowProblem> rejected,
    List<Duplicate> duplicateRows,
    List<String> ignoredColumns,
    String edition,
    int claimedRows,
    int claimRefusedRows,
    List<ClaimRefusal> refusedClaims) {

  /**
   * A claim of a row that was not stored.
   *
   * @param stored what of the row was stored all the same (the innovation, its claims, the SPD)
   */
  public record ClaimRefusal(int row, String column, String reason, String stored) {}

  /**
   * A row that added nothing.
   *
   * @param of "row N" for a repeat within the file, else the stored innovation's id
   */
  public record Duplicate(int row, String of, String innovationId) {}

  /** Progress while an import runs. */
  public record Progress(int rows, int created, int advanced, int duplicates, int rejectedRows) {}
}
