package org.highroad.payroll.intake;

/**
 * Bounds on one certified-payroll CSV upload. Reading stops with a clear error as soon as a bound is passed; nothing is
 * buffered beyond one row (and at most about one {@code maxCellChars} cell while it is being read).
 *
 * @param maxBytes     size of the upload in bytes, counted as the bytes are read (the BOM included)
 * @param maxCellChars characters in one cell (quotes not counted)
 * @param maxRows      data rows (the header not counted)
 * @param maxErrors    errors listed before reading stops; one more entry then says that the list was cut
 */
public record Limits(long maxBytes, int maxCellChars, int maxRows, int maxErrors) {

    /** 64 MiB, 10,000 characters a cell, 250,000 rows, 1,000 errors. */
    public static final Limits DEFAULT = new Limits(64L * 1024 * 1024, 10_000, 250_000, 1_000);

    public Limits {
        if (maxBytes < 1 || maxCellChars < 1 || maxRows < 1 || maxErrors < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxBytes + ", " + maxCellChars + ", "
                    + maxRows + ", " + maxErrors);
        }
    }
}
