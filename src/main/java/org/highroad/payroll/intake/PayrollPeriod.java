package org.highroad.payroll.intake;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * The reporting period a payroll covers, {@code start} to {@code end} (both included): one work week, Sunday to the
 * Saturday week ending, for a weekly contract; longer for another cadence (two weeks, a half-month, a month, a
 * quarter). A payroll of a period longer than one work week lists each worker's hours per work week: one row per
 * worker, classification and work week, its {@code week_ending} column the Saturday ending the row's work week, so
 * every hour falls on a real date and overtime is counted per work week (40 U.S.C. 3702(a): "in any workweek").
 */
public record PayrollPeriod(LocalDate start, LocalDate end) {

    public PayrollPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a period ends on or after its start: " + start + " to " + end);
        }
    }

    /** The weekly period ending on {@code weekEnding}: the Sunday before it to it. */
    public static PayrollPeriod week(LocalDate weekEnding) {
        return new PayrollPeriod(weekEnding.minusDays(6), weekEnding);
    }

    /** Whether the period is exactly one work week (Sunday to Saturday): the rows need no {@code week_ending}. */
    public boolean oneWorkWeek() {
        return end.getDayOfWeek() == DayOfWeek.SATURDAY && start.equals(end.minusDays(6));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** Whether the work week ending on Saturday {@code weekEnding} has a day in the period. */
    public boolean touchesWorkWeek(LocalDate weekEnding) {
        return !weekEnding.isBefore(start) && !weekEnding.minusDays(6).isAfter(end);
    }

    /** The first and last work weeks' Saturdays, for messages. */
    public LocalDate firstWorkWeekEnding() {
        return start.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    public LocalDate lastWorkWeekEnding() {
        return end.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    @Override
    public String toString() {
        return start + " to " + end;
    }
}
