package org.highroad.complaints.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a worker can say about their pay, in their own terms: which weeks (one week, or a range such as "the last two
 * months"), usual hours a week and a day, how they were paid, and whether overtime was paid. Only auditors read it; a
 * contractor never does (29 CFR 5.6(a)(5)).
 *
 * @param firstWeekEnding the last day of the first week claimed
 * @param lastWeekEnding  the last day of the last week claimed (the same as the first for one week)
 * @param hoursPerWeek    usual hours worked a week
 * @param hoursPerDay     usual hours worked a day, or null when the worker does not say
 * @param paidBy          how they were paid
 * @param amount          the hourly rate, or the amount a week for {@link PaidBy#WEEKLY} and {@link PaidBy#CASH}
 * @param overtimePaid    whether hours past the overtime threshold were paid at one and a half times the hourly rate
 *                        (meaningful for {@link PaidBy#HOURLY}; a weekly or cash amount is what it is)
 */
public record WorkerAccount(LocalDate firstWeekEnding, LocalDate lastWeekEnding, BigDecimal hoursPerWeek,
        BigDecimal hoursPerDay, PaidBy paidBy, BigDecimal amount, boolean overtimePaid) {

    /** How the worker says they were paid. */
    public enum PaidBy {
        /** An hourly rate ({@code amount} per hour). */
        HOURLY,
        /** A fixed amount a week, whatever the hours. */
        WEEKLY,
        /** Cash in hand, {@code amount} a week. */
        CASH
    }

    public WorkerAccount {
        Objects.requireNonNull(firstWeekEnding, "firstWeekEnding");
        Objects.requireNonNull(lastWeekEnding, "lastWeekEnding");
        Objects.requireNonNull(hoursPerWeek, "hoursPerWeek");
        Objects.requireNonNull(paidBy, "paidBy");
        Objects.requireNonNull(amount, "amount");
        if (lastWeekEnding.isBefore(firstWeekEnding)) {
            throw new IllegalArgumentException("the last week ends before the first");
        }
    }
}
