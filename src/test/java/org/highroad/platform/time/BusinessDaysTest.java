package org.highroad.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cure periods in business days, counted by hand on the 2026 and 2027 calendars with the US federal holidays. The day
 * of the notice is day 0; day 1 is the first business day after it.
 */
class BusinessDaysTest {

    static final BusinessDays FEDERAL = BusinessDays.usFederal();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a notice served on Friday with 10 business days is due on the second Friday after | 2026-03-06 | 10 | 2026-03-20",
            "served on the Saturday after, the same Friday                                   | 2026-03-07 | 10 | 2026-03-20",
            "served on the Sunday after, the same Friday                                     | 2026-03-08 | 10 | 2026-03-20",
            "served on Monday, day 10 is the Monday two weeks later                          | 2026-03-09 | 10 | 2026-03-23",
            "one business day after a Monday is Tuesday                                      | 2026-03-02 | 1  | 2026-03-03",
            "one business day after a Friday is Monday                                       | 2026-03-06 | 1  | 2026-03-09",
            "one business day after a Saturday is Monday                                     | 2026-03-07 | 1  | 2026-03-09",
            "five business days after a Wednesday end on Wednesday                           | 2026-03-04 | 5  | 2026-03-11",
            "zero days end on the day of the event                                           | 2026-03-06 | 0  | 2026-03-06",
            "zero days from a Sunday end on that Sunday: nothing is counted                   | 2026-03-08 | 0  | 2026-03-08",
            "MLK Day is skipped: served Friday Jan 9, day 10 is Monday Jan 26                 | 2026-01-09 | 10 | 2026-01-26",
            "served on a holiday (MLK Day), day 1 is the next day                             | 2026-01-19 | 1  | 2026-01-20",
            "Independence Day 2026 observed Friday Jul 3: day 1 after Thursday is Monday      | 2026-07-02 | 1  | 2026-07-06",
            "Thanksgiving: served Wednesday Nov 25, day 3 is Tuesday Dec 1                    | 2026-11-25 | 3  | 2026-12-01",
            "Christmas and New Year's Day: served Thursday Dec 24 2026, day 5 is Monday Jan 4 | 2026-12-24 | 5  | 2027-01-04",
            "Juneteenth 2027 observed Friday Jun 18: day 1 after Thursday is Monday Jun 21    | 2027-06-17 | 1  | 2027-06-21",
            "Independence Day 2027 observed Monday Jul 5: day 1 after Friday is Tuesday       | 2027-07-02 | 1  | 2027-07-06",
            "Christmas 2027 observed Friday Dec 24: day 1 after Thursday is Monday Dec 27     | 2027-12-23 | 1  | 2027-12-27",
            "New Year's Day 2028 observed Friday Dec 31 2027: day 1 after Thursday is Jan 3  | 2027-12-30 | 1  | 2028-01-03",
            "30 days from Monday Nov 15 2027 skip Thanksgiving and Dec 24: Wednesday Dec 29   | 2027-11-15 | 30 | 2027-12-29"})
    void aPeriodEndsOnItsLastBusinessDayCountedFromTheDayAfterTheEvent(String sentence, LocalDate start, int days,
            LocalDate due) {
        assertThat(FEDERAL.addBusinessDays(start, days)).isEqualTo(due);
        assertThat(FEDERAL.businessDaysBetween(start, due)).isEqualTo(days);
        if (days > 0) {
            assertThat(FEDERAL.isBusinessDay(due)).isTrue();
            assertThat(FEDERAL.addBusinessDays(start, days - 1)).isBefore(due);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Friday to the second Friday after                                  | 2026-03-06 | 2026-03-20 | 10",
            "the same day                                                       | 2026-03-06 | 2026-03-06 | 0",
            "Friday to Saturday: a weekend day does not count                   | 2026-03-06 | 2026-03-07 | 0",
            "Friday to Monday                                                   | 2026-03-06 | 2026-03-09 | 1",
            "Saturday to Monday                                                 | 2026-03-07 | 2026-03-09 | 1",
            "Friday Jan 16 to MLK Day: the holiday does not count               | 2026-01-16 | 2026-01-19 | 0",
            "over MLK Day, Friday Jan 9 to Monday Jan 26                        | 2026-01-09 | 2026-01-26 | 10",
            "backwards: the negative of the forward count                       | 2026-03-20 | 2026-03-06 | -10",
            "all of 2026: 365 days − 104 weekend days − 11 holidays             | 2025-12-31 | 2026-12-31 | 250",
            "all of 2027: 261 weekdays − 11 holidays − New Year's 2028 (Dec 31) | 2026-12-31 | 2027-12-31 | 249"})
    void businessDaysBetweenCountsTheDaysAfterTheStartUpToTheEnd(String sentence, LocalDate start, LocalDate end,
            int n) {
        assertThat(FEDERAL.businessDaysBetween(start, end)).isEqualTo(n);
        assertThat(FEDERAL.businessDaysBetween(end, start)).isEqualTo(-n);
    }

    @Test
    void countingForwardAndBackAgreeOnEveryStartOfTwoYears() {
        for (LocalDate start = LocalDate.of(2026, 1, 1); start.getYear() < 2028; start = start.plusDays(1)) {
            for (int n : new int[] {0, 1, 2, 5, 10, 15, 30}) {
                LocalDate due = FEDERAL.addBusinessDays(start, n);
                assertThat(FEDERAL.businessDaysBetween(start, due)).as("%s + %d", start, n).isEqualTo(n);
                assertThat(due).as("%s + %d", start, n).isAfterOrEqualTo(start);
                // the period never ends more than n calendar weeks + a holiday weekend after its start
                assertThat(due).isBeforeOrEqualTo(start.plusDays(n / 5 * 7 + 7));
            }
        }
    }

    @Test
    void aCalendarHasTheHolidaysItIsGiven() {
        // no holidays: only weekends are skipped, so MLK Day counts (Friday Jan 9 + 10 = Friday Jan 23)
        var weekendsOnly = BusinessDays.withHolidays(Set.of());
        assertThat(weekendsOnly.addBusinessDays(LocalDate.of(2026, 1, 9), 10)).isEqualTo(LocalDate.of(2026, 1, 23));

        // the 2027 list alone does not hold New Year's Day 2028, observed on Friday Dec 31 2027: give both years
        var only2027 = BusinessDays.withHolidays(BusinessDays.usFederalHolidays(2027));
        assertThat(only2027.addBusinessDays(LocalDate.of(2027, 12, 30), 1)).isEqualTo(LocalDate.of(2027, 12, 31));
        Set<LocalDate> both = new HashSet<>(BusinessDays.usFederalHolidays(2027));
        both.addAll(BusinessDays.usFederalHolidays(2028));
        assertThat(BusinessDays.withHolidays(both).addBusinessDays(LocalDate.of(2027, 12, 30), 1))
                .isEqualTo(LocalDate.of(2028, 1, 3));

        // an agency that also observes a state holiday (Patriots' Day, Massachusetts, Monday April 20, 2026)
        var massachusetts = FEDERAL.plus(Set.of(LocalDate.of(2026, 4, 20)));
        assertThat(FEDERAL.addBusinessDays(LocalDate.of(2026, 4, 17), 1)).isEqualTo(LocalDate.of(2026, 4, 20));
        assertThat(massachusetts.addBusinessDays(LocalDate.of(2026, 4, 17), 1)).isEqualTo(LocalDate.of(2026, 4, 21));
        assertThat(massachusetts.addBusinessDays(LocalDate.of(2026, 1, 9), 10)).isEqualTo(LocalDate.of(2026, 1, 26));

        // the set given is copied: changing it later changes nothing
        Set<LocalDate> mutable = new HashSet<>();
        var calendar = BusinessDays.withHolidays(mutable);
        mutable.add(LocalDate.of(2026, 3, 9));
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 3, 9))).isTrue();
    }

    @Test
    void weekendsAndHolidaysAreNotBusinessDays() {
        assertThat(FEDERAL.isBusinessDay(LocalDate.of(2026, 3, 6))).isTrue();
        assertThat(LocalDate.of(2026, 3, 7).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(FEDERAL.isBusinessDay(LocalDate.of(2026, 3, 7))).isFalse();
        assertThat(FEDERAL.isBusinessDay(LocalDate.of(2026, 3, 8))).isFalse();
        assertThat(FEDERAL.isBusinessDay(LocalDate.of(2026, 11, 26))).isFalse();
        // July 4, 2026 is a Saturday: not a business day anyway, and Friday July 3 is the holiday
        assertThat(FEDERAL.isBusinessDay(LocalDate.of(2026, 7, 3))).isFalse();
        assertThat(FEDERAL.isBusinessDay(LocalDate.of(2027, 12, 31))).isFalse();
        assertThat(FEDERAL.isBusinessDay(LocalDate.of(2026, 12, 31))).isTrue();
    }

    @Test
    void nonsenseIsRefused() {
        LocalDate friday = LocalDate.of(2026, 3, 6);

        assertThatThrownBy(() -> FEDERAL.addBusinessDays(friday, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("days must be 0 or more, was -1");
        assertThatThrownBy(() -> FEDERAL.addBusinessDays(null, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("start is required");
        assertThatThrownBy(() -> FEDERAL.businessDaysBetween(friday, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("end is required");
        assertThatThrownBy(() -> BusinessDays.withHolidays(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("holidays are required (an empty set for none)");
        assertThatThrownBy(() -> FEDERAL.isBusinessDay(LocalDate.of(1985, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 1986");
    }
}
