package org.highroad.payroll.intake;

/**
 * Receives the rows of a certified-payroll CSV one at a time, as they are read; the reader keeps none of them.
 *
 * <p>Contract: {@link #accept} is called for valid rows, in file order, only as long as no error has been found in the
 * file. At the first error (in a row, in the header, or about the file: encoding, size, limits) {@link #discard()} is
 * called exactly once and {@code accept} is never called again; reading then goes on to collect the remaining errors.
 * A submission is all or nothing: rows already accepted must be thrown away (roll back the transaction or delete the
 * batch). If {@code discard()} was not called, {@link ReadResult#valid()} is true and the caller flushes its last batch.
 * An exception thrown by the sink ends the reading and propagates to the caller.
 */
public interface RowSink {

    void accept(ParsedRow row);

    /** The file has an error: forget every row accepted so far. Called at most once. */
    default void discard() {
    }
}
