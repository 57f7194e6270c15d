package org.highroad.payroll.intake;

import java.util.List;

/**
 * The outcome of {@link PayrollCsvReader#read}.
 *
 * @param rowsRead data rows read (blank rows not counted); when reading stopped early (a limit, a broken encoding, too
 *                 many errors) only the rows read up to that point
 * @param errors   every error found, in file order; empty means the whole file is valid and every row was handed to
 *                 the sink. Capped at {@link Limits#maxErrors()} entries plus one closing entry saying the list was cut
 * @param namesRegistrations whether the header has the {@code apprentice_registration} column (the WH-347 Rev. January
 *                 2025 asks each apprentice's registration): then an apprentice row with a blank cell names no program
 */
public record ReadResult(int rowsRead, List<RowError> errors, boolean namesRegistrations) {

    public ReadResult {
        errors = List.copyOf(errors);
    }

    public ReadResult(int rowsRead, List<RowError> errors) {
        this(rowsRead, errors, false);
    }

    /** True when the file was read to the end without any error: the rows handed to the sink may be kept. */
    public boolean valid() {
        return errors.isEmpty();
    }
}
