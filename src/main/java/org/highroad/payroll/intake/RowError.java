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

    /** The longest column name an error list keeps (payroll_error.column_name, migration V8). */
    public static final int MAX_COLUMN = 60;
    /** The longest reason an error list keeps (payroll_error.reason, migration V8). */
    public static final int MAX_REASON = 1000;

    /** Cuts a column name or reason that would not fit where errors are kept, with "…" to say so. */
    public RowError {
        column = cut(column, MAX_COLUMN);
        reason = cut(reason, MAX_REASON);
    }

    /** {@code text} within {@code max} UTF-16 code units, ending in "…" when cut, never splitting a surrogate pair. */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    @Override
    public String toString() {
        return "row " + row + (column == null ? "" : ", " + column) + ": " + reason;
    }
}
