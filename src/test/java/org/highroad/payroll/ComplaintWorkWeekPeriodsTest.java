package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.highroad.contracts.ExpectedPayroll;
import org.highroad.payroll.WorkerClaims.Periods;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which reporting periods a worker's claimed work week is compared in, and which findings of those periods are about
 * that work week, worked by hand from calendars written out here (cadences as in
 * docs/adr/0011-reporting-cadence-period-end-key.md; work weeks Sunday to Saturday). Vendor 7 is the contractor; vendor
 * 8's periods are another contractor's and never count.
 */
class ComplaintWorkWeekPeriodsTest {

    private static final long VENDOR = 7;

    private static ExpectedPayroll period(long vendor, String start, String end, String due) {
        return new ExpectedPayroll(vendor, LocalDate.parse(end), LocalDate.parse(due), LocalDate.parse(start));
    }

    /** Weekly: weeks ending Saturday 2027-01-09 and 01-16, due 7 days after. */
    private static final List<ExpectedPayroll> WEEKLY = List.of(period(VENDOR, "2027-01-03", "2027-01-09", "2027-01-16"),
            period(VENDOR, "2027-01-10", "2027-01-16", "2027-01-23"));
    /** Biweekly: fortnights 2027-01-03 to 01-16 and 01-17 to 01-30. */
    private static final List<ExpectedPayroll> BIWEEKLY = List.of(period(VENDOR, "2027-01-03", "2027-01-16", "2027-01-23"),
            period(VENDOR, "2027-01-17", "2027-01-30", "2027-02-06"));
    /** Semi-monthly: 2027-01-01 (Friday) to 01-15 (Friday), 01-16 to 01-31 (Sunday). */
    private static final List<ExpectedPayroll> SEMI_MONTHLY = List.of(period(VENDOR, "2027-01-01", "2027-01-15", "2027-01-22"),
            period(VENDOR, "2027-01-16", "2027-01-31", "2027-02-07"));
    /** Monthly: January 2027 (ends on a Sunday) and February 2027 (ends on a Sunday). */
    private static final List<ExpectedPayroll> MONTHLY = List.of(period(VENDOR, "2027-01-01", "2027-01-31", "2027-02-07"),
            period(VENDOR, "2027-02-01", "2027-02-28", "2027-03-07"));
    /** Quarterly: Q1 2027 (ends Wednesday 03-31) and Q2 2027, and another contractor's Q1. */
    private static final List<ExpectedPayroll> QUARTERLY = List.of(period(VENDOR, "2027-01-01", "2027-03-31", "2027-04-07"),
            period(VENDOR, "2027-04-01", "2027-06-30", "2027-07-07"), period(8, "2027-01-01", "2027-03-31", "2027-04-07"));

    static Stream<Arguments> weeks() {
        return Stream.of(
                // calendar, work week (Saturday), periods' ends holding it, compared as a weekly payroll, filed under
                Arguments.of("weekly, a week of the calendar", WEEKLY, "2027-01-16", List.of("2027-01-16"), true, "2027-01-16"),
                Arguments.of("weekly, a week outside the calendar", WEEKLY, "2027-01-23", List.of(), true, "2027-01-23"),
                Arguments.of("biweekly, the fortnight's first week", BIWEEKLY, "2027-01-09", List.of("2027-01-16"), false, "2027-01-16"),
                Arguments.of("biweekly, the fortnight's last week is still a week of a longer period", BIWEEKLY, "2027-01-16",
                        List.of("2027-01-16"), false, "2027-01-16"),
                Arguments.of("semi-monthly, Sunday 01-10 to Saturday 01-16 spans the 15th", SEMI_MONTHLY, "2027-01-16",
                        List.of("2027-01-15", "2027-01-31"), false, "2027-01-31"),
                Arguments.of("semi-monthly, a week inside the first half", SEMI_MONTHLY, "2027-01-09", List.of("2027-01-15"), false,
                        "2027-01-15"),
                Arguments.of("monthly, Sunday 01-31 is January's, the rest of the week February's", MONTHLY, "2027-02-06",
                        List.of("2027-01-31", "2027-02-28"), false, "2027-02-28"),
                Arguments.of("monthly, a week inside January", MONTHLY, "2027-01-16", List.of("2027-01-31"), false, "2027-01-31"),
                Arguments.of("quarterly, the first week holds only Friday 01-01 and Saturday 01-02", QUARTERLY, "2027-01-02",
                        List.of("2027-03-31"), false, "2027-03-31"),
                Arguments.of("quarterly, a week inside the quarter", QUARTERLY, "2027-02-20", List.of("2027-03-31"), false,
                        "2027-03-31"),
                Arguments.of("quarterly, Sunday 03-28 to Saturday 04-03 spans both quarters", QUARTERLY, "2027-04-03",
                        List.of("2027-03-31", "2027-06-30"), false, "2027-06-30"),
                Arguments.of("quarterly, the quarter's last day is a Wednesday, not a work week's end", QUARTERLY, "2027-03-31",
                        List.of(), true, "2027-03-31"),
                Arguments.of("quarterly, after the calendar", QUARTERLY, "2027-07-10", List.of(), true, "2027-07-10"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("weeks")
    void theWorkWeekIsComparedInThePeriodsHoldingIt(String name, List<ExpectedPayroll> calendar, String week, List<String> ends,
            boolean weekly, String filedUnder) {
        Periods periods = Periods.of(calendar, VENDOR, LocalDate.parse(week));
        assertThat(periods.periods().stream().map(e -> e.weekEnding().toString()).toList()).isEqualTo(ends);
        assertThat(periods.weekly()).isEqualTo(weekly);
        assertThat(periods.filedUnder()).isEqualTo(LocalDate.parse(filedUnder));
    }

    private static FindingView finding(String periodEnd, String workDate, String detail) {
        return new FindingView(1L, "UNDERPAID_BASE", "OPEN", 1L, VENDOR, LocalDate.parse(periodEnd), 1L, 1, "1234", "E",
                workDate == null ? null : LocalDate.parse(workDate), null, null, null, new BigDecimal("80.00"), null, detail, "r",
                Instant.EPOCH);
    }

    static Stream<Arguments> findings() {
        List<Arguments> cases = new ArrayList<>();
        // calendar, work week claimed, the finding (period end, its day, its detail), about the week
        cases.add(Arguments.of("weekly: every finding of the week", WEEKLY, "2027-01-16",
                finding("2027-01-16", null, "pay below the committed rate"), true));
        cases.add(Arguments.of("quarterly: a day of the work week", QUARTERLY, "2027-02-20",
                finding("2027-03-31", "2027-02-15", "Work week ending 2027-02-20: base"), true));
        cases.add(Arguments.of("quarterly: Saturday, the week's last day", QUARTERLY, "2027-02-20",
                finding("2027-03-31", "2027-02-20", "Work week ending 2027-02-20: base"), true));
        cases.add(Arguments.of("quarterly: the Saturday before is another week's", QUARTERLY, "2027-02-20",
                finding("2027-03-31", "2027-02-13", "Work week ending 2027-02-13: base"), false));
        cases.add(Arguments.of("quarterly: no day, the detail names the week", QUARTERLY, "2027-02-20",
                finding("2027-03-31", null, "Work week ending 2027-02-20: investigation: x"), true));
        cases.add(Arguments.of("quarterly: no day, the detail names another week", QUARTERLY, "2027-02-20",
                finding("2027-03-31", null, "Work week ending 2027-01-16: investigation: x"), false));
        cases.add(Arguments.of("quarterly: no day, no week named, the quarter ends after the week", QUARTERLY, "2027-02-20",
                finding("2027-03-31", null, "fringe plan"), false));
        cases.add(Arguments.of("biweekly: no day, no week named, the fortnight ends on the week's Saturday", BIWEEKLY,
                "2027-01-16", finding("2027-01-16", null, "fringe plan"), true));
        cases.add(Arguments.of("biweekly: the same finding is not about the fortnight's first week", BIWEEKLY, "2027-01-09",
                finding("2027-01-16", null, "fringe plan"), false));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("findings")
    void aFindingIsCreditedOnlyToItsOwnWorkWeek(String name, List<ExpectedPayroll> calendar, String week, FindingView f,
            boolean about) {
        assertThat(Periods.of(calendar, VENDOR, LocalDate.parse(week)).about(f)).isEqualTo(about);
    }
}
