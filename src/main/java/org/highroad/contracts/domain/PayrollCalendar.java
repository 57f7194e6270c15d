package org.highroad.contracts.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The weekly certified payrolls a contractor owes (29 CFR 5.5(a)(3)(ii): weekly, for every week work is performed;
 * a no-work statement answers a week without work): one per week ending on Saturday, from the week that contains the
 * first day of its work to the week that contains the last, each due a number of days after the week ends.
 */
public final class PayrollCalendar {

    /** WH-347 weeks commonly end on Saturday; a contractor's own pay week is a later refinement. */
    public static final DayOfWeek WEEK_ENDS_ON = DayOfWeek.SATURDAY;

    private PayrollCalendar() {
    }

    public static List<Week> weeks(LocalDate firstDay, LocalDate lastDay, int dueDaysAfterWeekEnd) {
        List<Week> weeks = new ArrayList<>();
        LocalDate weekEnding = firstDay.with(TemporalAdjusters.nextOrSame(WEEK_ENDS_ON));
        LocalDate lastWeekEnding = lastDay.with(TemporalAdjusters.nextOrSame(WEEK_ENDS_ON));
        while (!weekEnding.isAfter(lastWeekEnding)) {
            weeks.add(new Week(weekEnding, weekEnding.plusDays(dueDaysAfterWeekEnd)));
            weekEnding = weekEnding.plusWeeks(1);
        }
        return weeks;
    }

    /** A week's end and the day its payroll is due. */
    public record Week(LocalDate weekEnding, LocalDate dueOn) {
    }
}
