package org.highroad.payroll.wages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of a WH-347 row (col. 4): the hours the payroll reports as straight time (ST sub-row) and as overtime (OT
 * sub-row) on {@code date}. Hours are decimal; {@code null} hours are read as zero.
 */
public record DayHours(LocalDate date, BigDecimal straightHours, BigDecimal overtimeHours) {

    public DayHours {
        Objects.requireNonNull(date, "date");
        straightHours = straightHours == null ? BigDecimal.ZERO : straightHours;
        overtimeHours = overtimeHours == null ? BigDecimal.ZERO : overtimeHours;
    }

    /** Hours worked that day on this row, straight and overtime together. */
    public BigDecimal totalHours() {
        return straightHours.add(overtimeHours);
    }
}
