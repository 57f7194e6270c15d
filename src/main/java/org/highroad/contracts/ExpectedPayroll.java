package org.highroad.contracts;

import java.time.LocalDate;

/**
 * A certified payroll expected from a contractor for one reporting period, and when it is due. {@code weekEnding} is
 * the period's last day (the key every payroll table uses; a Saturday for weekly and biweekly periods),
 * {@code periodStart} its first.
 */
public record ExpectedPayroll(Long vendorId, LocalDate weekEnding, LocalDate dueOn, LocalDate periodStart) {

    /** A weekly payroll: the week runs from the Sunday before its Saturday end. */
    public ExpectedPayroll(Long vendorId, LocalDate weekEnding, LocalDate dueOn) {
        this(vendorId, weekEnding, dueOn, weekEnding.minusDays(6));
    }
}
