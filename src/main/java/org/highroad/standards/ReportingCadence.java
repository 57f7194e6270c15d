package org.highroad.standards;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * How often a contractor reports its certified payroll under a standard version: the reporting period. Davis-Bacon
 * asks a payroll for every week (29 CFR 5.5(a)(3)(ii)(A)); living-wage ordinances and service contracts often ask
 * monthly or quarterly reports (Boston's Living Wage Ordinance: quarterly reports; LA Metro's Construction Careers
 * Policy: monthly), some programs biweekly.
 *
 * <p>A period is known by its last day (the {@code week_ending} key of the payroll tables is the period's end). Work
 * weeks run Sunday to Saturday ({@link #WORK_WEEK_ENDS_ON}); overtime is counted per work week whatever the period
 * (40 U.S.C. 3702(a): hours over 40 "in any workweek"), so a period longer than a week lists its hours per work week.
 * <ul>
 * <li>{@link #WEEKLY}: Sunday to Saturday.</li>
 * <li>{@link #BIWEEKLY}: two work weeks, Sunday to the second Saturday, counted from the work week in which the contract
 * period starts (the contract's own fortnights; every contractor on the contract shares them).</li>
 * <li>{@link #SEMI_MONTHLY}: the 1st to the 15th, and the 16th to the month's last day.</li>
 * <li>{@link #MONTHLY}: a calendar month.</li>
 * <li>{@link #QUARTERLY}: a calendar quarter (January to March, April to June, July to September, October to
 * December).</li>
 * </ul>
 */
public enum ReportingCadence {
    WEEKLY, BIWEEKLY, SEMI_MONTHLY, MONTHLY, QUARTERLY;

    /** WH-347 work weeks commonly end on Saturday. */
    public static final DayOfWeek WORK_WEEK_ENDS_ON = DayOfWeek.SATURDAY;

    /** The Saturday ending the work week that contains {@code day}. */
    public static LocalDate workWeekEnding(LocalDate day) {
        return day.with(TemporalAdjusters.nextOrSame(WORK_WEEK_ENDS_ON));
    }

    /**
     * The last day of the period that contains {@code day}; {@code anchor} is the first day of the contract period (only
     * the biweekly cadence needs it: its fortnights start with the work week that contains the anchor).
     */
    public LocalDate periodEnding(LocalDate day, LocalDate anchor) {
        return switch (this) {
            case WEEKLY -> workWeekEnding(day);
            case BIWEEKLY -> {
                LocalDate firstEnd = workWeekEnding(anchor).plusWeeks(1);
                long weeks = ChronoUnit.WEEKS.between(firstEnd, workWeekEnding(day));
                // a day before the anchor's fortnight falls in the fortnight before it
                long fortnights = Math.floorDiv(weeks + 1, 2);
                yield firstEnd.plusWeeks(2 * fortnights);
            }
            case SEMI_MONTHLY -> day.getDayOfMonth() <= 15 ? day.withDayOfMonth(15)
                    : day.with(TemporalAdjusters.lastDayOfMonth());
            case MONTHLY -> day.with(TemporalAdjusters.lastDayOfMonth());
            case QUARTERLY -> {
                int lastMonth = ((day.getMonthValue() - 1) / 3) * 3 + 3;
                yield day.withDayOfMonth(1).withMonth(lastMonth).with(TemporalAdjusters.lastDayOfMonth());
            }
        };
    }

    /** The first day of the period ending on {@code end} (a day {@link #periodEnding} returns). */
    public LocalDate periodStart(LocalDate end) {
        return switch (this) {
            case WEEKLY -> end.minusDays(6);
            case BIWEEKLY -> end.minusDays(13);
            case SEMI_MONTHLY -> end.getDayOfMonth() <= 15 ? end.withDayOfMonth(1) : end.withDayOfMonth(16);
            case MONTHLY -> end.withDayOfMonth(1);
            case QUARTERLY -> end.withDayOfMonth(1).minusMonths(2);
        };
    }

    /** Whether {@code end} is the last day of one of this cadence's periods (for the biweekly cadence: of any fortnight). */
    public boolean endsAPeriod(LocalDate end, LocalDate anchor) {
        return periodEnding(end, anchor).equals(end);
    }

    /** The most days a period of this cadence can span: how far after a day the period holding it may end. */
    public int longestPeriodDays() {
        return switch (this) {
            case WEEKLY -> 7;
            case BIWEEKLY -> 14;
            case SEMI_MONTHLY -> 16;
            case MONTHLY -> 31;
            case QUARTERLY -> 92;
        };
    }

    /** The period in words, as clauses and documents name it: "week", "calendar quarter". */
    public String periodName() {
        return switch (this) {
            case WEEKLY -> "week";
            case BIWEEKLY -> "two-week period";
            case SEMI_MONTHLY -> "half-month";
            case MONTHLY -> "calendar month";
            case QUARTERLY -> "calendar quarter";
        };
    }
}
