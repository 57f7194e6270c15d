package org.highroad.contracts.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.highroad.standards.ReportingCadence;

/**
 * The certified payrolls a contractor owes, one per reporting period that its work touches, from the period that
 * contains the first day of its work to the period that contains the last, each due a number of days after the period
 * ends. Weekly (29 CFR 5.5(a)(3)(ii): weekly, for every week work is performed; a no-work statement answers a week
 * without work) unless the contract's reporting terms set another cadence ({@link ReportingCadence}).
 */
public final class PayrollCalendar {

    /** WH-347 weeks commonly end on Saturday; a contractor's own pay week is a later refinement. */
    public static final DayOfWeek WEEK_ENDS_ON = ReportingCadence.WORK_WEEK_ENDS_ON;

    private PayrollCalendar() {
    }

    /** Weekly periods (the calendar of a contract that reports weekly). */
    public static List<Week> weeks(LocalDate firstDay, LocalDate lastDay, int dueDaysAfterWeekEnd) {
        return periods(ReportingCadence.WEEKLY, firstDay, firstDay, lastDay, dueDaysAfterWeekEnd).stream()
                .map(p -> new Week(p.end(), p.dueOn())).toList();
    }

    /**
     * The periods of {@code cadence} that the days {@code firstDay} to {@code lastDay} touch; {@code anchor} is the
     * contract period's first day (biweekly periods are counted from its work week, so that a subcontractor's
     * fortnights are the prime's).
     */
    public static List<Period> periods(ReportingCadence cadence, LocalDate anchor, LocalDate firstDay, LocalDate lastDay,
            int dueDaysAfterPeriodEnd) {
        List<Period> periods = new ArrayList<>();
        LocalDate end = cadence.periodEnding(firstDay, anchor);
        LocalDate lastEnd = cadence.periodEnding(lastDay, anchor);
        while (!end.isAfter(lastEnd)) {
            periods.add(new Period(cadence.periodStart(end), end, end.plusDays(dueDaysAfterPeriodEnd)));
            end = cadence.periodEnding(end.plusDays(1), anchor);
        }
        return periods;
    }

    /** A week's end and the day its payroll is due. */
    public record Week(LocalDate weekEnding, LocalDate dueOn) {
    }

    /** A reporting period's first and last day, and the day its payroll is due. */
    public record Period(LocalDate start, LocalDate end, LocalDate dueOn) {
    }
}
