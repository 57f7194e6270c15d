package org.highroad.payroll.utilization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Hours one worker worked on one day in one classification's trade at one level (straight and overtime together: the
 * shares are shares of hours worked, not of pay).
 */
public record HoursWorked(String workerRef, String trade, Level level, LocalDate day, BigDecimal hours) {

    public HoursWorked {
        if (workerRef == null || workerRef.isBlank()) {
            throw new IllegalArgumentException("hours need a worker reference");
        }
        if (trade == null || trade.isBlank()) {
            throw new IllegalArgumentException("hours need a trade");
        }
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(hours, "hours");
        if (hours.signum() < 0) {
            throw new IllegalArgumentException("negative hours for worker " + workerRef + " on " + day);
        }
    }
}
