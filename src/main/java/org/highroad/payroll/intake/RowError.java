package org.highroad.payroll.intake;

/**
 * One problem found in a certified-payroll CSV. The reason never contains the content of a cell (a misplaced Social
 * Security number must not be echoed back); it says what was expected instead.
 *
 * @param row    the 1-based data row; 0 is the header row and the file as a whole (empty file, encoding, size)
 * @param column the layout column name, {@code null} when the error is about the whole row or the whole file
 * @param reason what is wrong and what is expected, in plain language
 */
public record RowError(int row, String column, String reason) {

    @Override
    public String toString() {
        return "row " + row + (column == null ? "" : ", " + column) + ": " + reason;
    }
}
