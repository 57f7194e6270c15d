package org.highroad.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Periods counted in business days, such as the cure period of a notice (the contract's
 * {@code ReportingTerms.curePeriodBusinessDays}: "A finding of non-compliance may be cured within N business days of
 * notice", clause REPORTING). A business day is a Monday to Friday that is not a holiday of this calendar.
 *
 * <p>Counting convention (after Fed. R. Civ. P. 6(a)(1)(A): "exclude the day of the event that triggers the
 * period"): the day the notice is served is day 0 and never counts, whatever day it is; day 1 is the first business
 * day after it, and the period ends at the end of its last business day. A notice served on a Friday with 10 business
 * days is due on the second Friday after (no holidays); served on the Saturday or Sunday after, it is due on the same
 * Friday. A period of 0 business days ends on the day of the event itself. Because only business days are counted,
 * the last day is always a business day, as Rule 6(a)(1)(C) requires of a last day.
 *
 * <p>Immutable and pure; the holidays are given (a set of dates) or the US federal holidays of every year
 * ({@link #usFederal()}). The calendar an agency keeps (federal holidays and its own) is
 * {@link AgencyCalendars#of(String)}.
 */
public final class BusinessDays {

    /** The Monday holidays of 5 U.S.C. 6103(a) as they stand began with MLK Day, first observed in 1986. */
    static final int FIRST_SUPPORTED_YEAR = 1986;
    /** Juneteenth National Independence Day, added to 5 U.S.C. 6103(a) by Pub. L. 117-17 (June 17, 2021). */
    static final int FIRST_JUNETEENTH = 2021;

    /** The federal holidays of each year asked for, computed once (a pure function of the year). */
    private static final Map<Integer, Set<LocalDate>> FEDERAL = new ConcurrentHashMap<>();

    private final Predicate<LocalDate> holiday;

    private BusinessDays(Predicate<LocalDate> holiday) {
        this.holiday = holiday;
    }

    /** A calendar with these holidays (federal, state or the agency's, as the contract says). */
    public static BusinessDays withHolidays(Set<LocalDate> holidays) {
        if (holidays == null) {
            throw new IllegalArgumentException("holidays are required (an empty set for none)");
        }
        Set<LocalDate> copy = Set.copyOf(holidays);
        return new BusinessDays(copy::contains);
    }

    /**
     * A calendar whose holidays are the US federal holidays (observed dates) of every year from
     * {@value #FIRST_SUPPORTED_YEAR}, so that a period may cross any year end: the New Year's Day of a year that starts
     * on a Saturday is observed on December 31 of the year before.
     */
    public static BusinessDays usFederal() {
        return new BusinessDays(BusinessDays::isUsFederalHoliday);
    }

    /** This calendar with more holidays (for instance a state holiday the agency also observes). */
    public BusinessDays plus(Set<LocalDate> more) {
        Set<LocalDate> copy = Set.copyOf(more == null ? Set.of() : more);
        Predicate<LocalDate> mine = holiday;
        return new BusinessDays(d -> mine.test(d) || copy.contains(d));
    }

    public boolean isBusinessDay(LocalDate date) {
        required(date, "date");
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holiday.test(date);
    }

    /**
     * The last day of a period of {@code days} business days after {@code start} (start excluded, see the class
     * comment): the {@code days}-th business day after {@code start}, or {@code start} itself for 0.
     */
    public LocalDate addBusinessDays(LocalDate start, int days) {
        required(start, "start");
        if (days < 0) {
            throw new IllegalArgumentException("days must be 0 or more, was " + days);
        }
        LocalDate d = start;
        for (int counted = 0; counted < days; ) {
            d = d.plusDays(1);
            if (isBusinessDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * The business days after {@code start} up to and including {@code end}, so that
     * {@code businessDaysBetween(start, addBusinessDays(start, n)) == n}: how many days of a cure period served on
     * {@code start} have run by the end of {@code end}. Negative when {@code end} is before {@code start}
     * ({@code businessDaysBetween(a, b) == -businessDaysBetween(b, a)}); 0 when they are the same day.
     */
    public int businessDaysBetween(LocalDate start, LocalDate end) {
        required(start, "start");
        required(end, "end");
        if (end.isBefore(start)) {
            return -businessDaysBetween(end, start);
        }
        int n = 0;
        for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
            if (isBusinessDay(d)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The observed dates of the year's legal public holidays, 5 U.S.C. 6103(a): New Year's Day (January 1), Birthday
     * of Martin Luther King, Jr. (third Monday in January), Washington's Birthday (third Monday in February), Memorial
     * Day (last Monday in May), Juneteenth National Independence Day (June 19, from 2021), Independence Day (July 4),
     * Labor Day (first Monday in September), Columbus Day (second Monday in October), Veterans Day (November 11),
     * Thanksgiving Day (fourth Thursday in November), Christmas Day (December 25): 11 dates (10 before 2021), in date
     * order.
     *
     * <p>Observed dates (5 U.S.C. 6103(b); Executive Order 11582): a holiday on a Saturday is observed on the Friday
     * before, one on a Sunday on the Monday after. So the observed New Year's Day of a year that starts on a Saturday
     * (2022, 2028) is December 31 of the year before, and is in this year's set, not the year before's.
     *
     * <p>Not included: Inauguration Day (a holiday only in the Washington, D.C. area, every fourth year) and days off
     * given by executive order for one year (for instance December 24, 2019 and 2020): add those with {@link #plus}.
     */
    public static Set<LocalDate> usFederalHolidays(int year) {
        if (year < FIRST_SUPPORTED_YEAR) {
            throw new IllegalArgumentException("US federal holidays are computed from " + FIRST_SUPPORTED_YEAR
                    + " (the first year of Martin Luther King, Jr. Day), not for " + year);
        }
        SortedSet<LocalDate> days = new TreeSet<>();
        days.add(observed(LocalDate.of(year, Month.JANUARY, 1)));
        days.add(nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY));
        days.add(nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        if (year >= FIRST_JUNETEENTH) {
            days.add(observed(LocalDate.of(year, Month.JUNE, 19)));
        }
        days.add(observed(LocalDate.of(year, Month.JULY, 4)));
        days.add(nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY));
        days.add(nth(year, Month.OCTOBER, 2, DayOfWeek.MONDAY));
        days.add(observed(LocalDate.of(year, Month.NOVEMBER, 11)));
        days.add(nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY));
        days.add(observed(LocalDate.of(year, Month.DECEMBER, 25)));
        return Collections.unmodifiableSortedSet(days);
    }

    /** Whether a date is an observed US federal holiday (of its own year, or the next year's New Year's Day). */
    static boolean isUsFederalHoliday(LocalDate date) {
        int year = date.getYear();
        if (year < FIRST_SUPPORTED_YEAR) {
            throw new IllegalArgumentException("US federal holidays are computed from " + FIRST_SUPPORTED_YEAR
                    + ", not for " + date);
        }
        return federal(year).contains(date)
                || date.getMonth() == Month.DECEMBER && federal(year + 1).contains(date);
    }

    private static Set<LocalDate> federal(int year) {
        return FEDERAL.computeIfAbsent(year, y -> new HashSet<>(usFederalHolidays(y)));
    }

    private static LocalDate observed(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.minusDays(1);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    private static LocalDate nth(int year, Month month, int n, DayOfWeek dow) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    }

    private static void required(LocalDate date, String name) {
        if (date == null) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
