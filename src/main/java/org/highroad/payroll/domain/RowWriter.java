package org.highroad.payroll.domain;

import org.highroad.payroll.intake.ParsedRow;

/**
 * Writes the accepted rows of one payroll submission into {@code payroll_row} and {@code payroll_row_day} in bulk, the
 * way the database does it best ({@link PayrollRowWriters} chooses). Rows are numbered 1, 2, ... in the order they are
 * added ({@code position}). A writer works on the connection of the caller's Spring transaction, so a rolled-back
 * submission leaves nothing; it buffers a bounded chunk at a time, never the whole payroll. Not thread-safe: one writer
 * per submission, used by one thread.
 */
public interface RowWriter {

    /** Buffers {@code row}, writing the buffered chunk when it is full. */
    void add(ParsedRow row);

    /** Writes whatever is buffered and returns the number of rows written so far, in total. */
    int flush();
}
