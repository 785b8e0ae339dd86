package id.inovik.command.imports;

/**
 * Why a row was not imported: its number as the spreadsheet shows it (header = row 1), the column
 * header as written in the file, and the reason.
 */
public record RowProblem(int row, String column, String reason) {}
