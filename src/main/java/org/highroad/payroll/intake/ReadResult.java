package org.highroad.payroll.intake;

import java.util.List;

/**
 * The outcome of {@link PayrollCsvReader#read}.
 *
 * @param rowsRead data rows read (blank rows not counted); when reading stopped early (a limit, a broken encoding, too
 *                 many errors) only the rows read up to that point
 * @param errors   every error found, in file order; empty means the whole file is valid and every row was handed to
 *                 the sink. Capped at {@link Limits#maxErrors()} entries plus one closing entry saying the list was cut
 */
public record ReadResult(int rowsRead, List<RowError> errors) {

    public ReadResult {
        errors = List.copyOf(errors);
    }

    /** True when the file was read to the end without any error: the rows handed to the sink may be kept. */
    public boolean valid() {
        return errors.isEmpty();
    }
}
