package org.highroad.payroll;

import java.math.BigDecimal;
import java.util.List;

/**
 * One worker row of a payroll as checked: what was reported, and for each failed check what is owed. The name is
 * shown to those who may see the payroll (the contractor who filed it and agency staff), never in findings.
 */
public record RowResult(int position, int entryNumber, String lastName, String firstName, String workerRef,
        String classification, String level, BigDecimal hours, BigDecimal straightRate, BigDecimal fringeCreditPerHour,
        BigDecimal cashInLieuPerHour, BigDecimal grossThisProject, String result, List<Flag> findings,
        Owed restitution) {

    /** A failed check on the row. */
    public record Flag(long findingId, String kind, java.time.LocalDate workDate, BigDecimal amountOwed, String detail,
            String ruleCited) {
    }

    /** Back wages owed on the row, per component, to the cent. */
    public record Owed(BigDecimal base, BigDecimal overtime, BigDecimal fringe, BigDecimal total) {
    }
}
