package org.highroad.payroll.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * The errors of one reading, in file order. The first error tells the sink to discard its rows (once); past
 * {@link Limits#maxErrors()} one closing entry says the list was cut and the reading stops.
 */
final class ReadErrors {

    private final Limits limits;
    private final RowSink sink;
    private final List<RowError> errors = new ArrayList<>();
    private boolean discarded;

    ReadErrors(Limits limits, RowSink sink) {
        this.limits = limits;
        this.sink = sink;
    }

    void error(int row, String column, String reason) {
        if (!discarded) {
            discarded = true;
            sink.discard();
        }
        if (errors.size() >= limits.maxErrors()) {
            errors.add(new RowError(row, null, "too many errors: only the first " + limits.maxErrors()
                    + " are listed and reading stopped at this row; correct them and send the file again"));
            throw new StopReading();
        }
        errors.add(new RowError(row, column, reason));
    }

    void fatal(int row, String column, String reason) {
        error(row, column, reason);
        throw new StopReading();
    }

    /** How many errors so far: compare before and after a step to see whether it found any. */
    int count() {
        return errors.size();
    }

    /** True once an error was found: the sink has been told to discard and must get no more rows. */
    boolean discarded() {
        return discarded;
    }

    List<RowError> list() {
        return errors;
    }
}
