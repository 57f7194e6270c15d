package org.highroad.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 11 legal public holidays of 5 U.S.C. 6103(a) with their observed dates, checked against the federal holiday
 * lists the Office of Personnel Management publishes for each year.
 */
class UsFederalHolidaysTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // New Year's Day Thursday; Independence Day a Saturday, observed Friday July 3
            "2026 | 2026-01-01 2026-01-19 2026-02-16 2026-05-25 2026-06-19 2026-07-03 2026-09-07 2026-10-12 2026-11-11 2026-11-26 2026-12-25",
            // Juneteenth a Saturday (observed Friday June 18), Independence Day a Sunday (observed Monday July 5),
            // Christmas a Saturday (observed Friday December 24)
            "2027 | 2027-01-01 2027-01-18 2027-02-15 2027-05-31 2027-06-18 2027-07-05 2027-09-06 2027-10-11 2027-11-11 2027-11-25 2027-12-24",
            // New Year's Day 2028 is a Saturday, observed Friday December 31, 2027, and listed with 2028
            "2028 | 2027-12-31 2028-01-17 2028-02-21 2028-05-29 2028-06-19 2028-07-04 2028-09-04 2028-10-09 2028-11-10 2028-11-23 2028-12-25",
            // the first Juneteenth: June 19, 2021 was a Saturday, observed Friday June 18
            "2021 | 2021-01-01 2021-01-18 2021-02-15 2021-05-31 2021-06-18 2021-07-05 2021-09-06 2021-10-11 2021-11-11 2021-11-25 2021-12-24",
            "2022 | 2021-12-31 2022-01-17 2022-02-21 2022-05-30 2022-06-20 2022-07-04 2022-09-05 2022-10-10 2022-11-11 2022-11-24 2022-12-26",
            // New Year's Day a Sunday (observed Monday January 2), Veterans Day a Saturday (observed Friday Nov 10)
            "2023 | 2023-01-02 2023-01-16 2023-02-20 2023-05-29 2023-06-19 2023-07-04 2023-09-04 2023-10-09 2023-11-10 2023-11-23 2023-12-25",
            // before Juneteenth: 10 holidays
            "2020 | 2020-01-01 2020-01-20 2020-02-17 2020-05-25 2020-07-03 2020-09-07 2020-10-12 2020-11-11 2020-11-26 2020-12-25"})
    void observedFederalHolidaysOfAYear(int year, String dates) {
        List<LocalDate> expected = Arrays.stream(dates.split(" ")).map(LocalDate::parse).toList();

        assertThat(BusinessDays.usFederalHolidays(year)).containsExactlyElementsOf(expected);
    }

    @Test
    void everyYearHasItsHolidaysOnWeekdaysAtTheirPlaceInTheMonth() {
        for (int year = 1986; year <= 2100; year++) {
            var days = List.copyOf(BusinessDays.usFederalHolidays(year));

            assertThat(days).as("%d", year).hasSize(year >= 2021 ? 11 : 10).isSorted().doesNotHaveDuplicates();
            assertThat(days).as("%d", year).allSatisfy(d -> assertThat(d.getDayOfWeek())
                    .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
            // the Monday holidays and Thanksgiving fall within their week of the month
            assertThat(days).as("%d", year)
                    .anySatisfy(d -> monday(d, Month.JANUARY, 15, 21))
                    .anySatisfy(d -> monday(d, Month.FEBRUARY, 15, 21))
                    .anySatisfy(d -> monday(d, Month.MAY, 25, 31))
                    .anySatisfy(d -> monday(d, Month.SEPTEMBER, 1, 7))
                    .anySatisfy(d -> monday(d, Month.OCTOBER, 8, 14))
                    .anySatisfy(d -> {
                        assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
                        assertThat(d.getMonth()).isEqualTo(Month.NOVEMBER);
                        assertThat(d.getDayOfMonth()).isBetween(22, 28);
                    });
            // a fixed-date holiday is observed on its day, or the Friday before / the Monday after a weekend
            for (LocalDate fixed : List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 7, 4),
                    LocalDate.of(year, 11, 11), LocalDate.of(year, 12, 25))) {
                LocalDate observed = switch (fixed.getDayOfWeek()) {
                    case SATURDAY -> fixed.minusDays(1);
                    case SUNDAY -> fixed.plusDays(1);
                    default -> fixed;
                };
                assertThat(days).as("%s", fixed).contains(observed);
            }
        }
    }

    private static void monday(LocalDate d, Month month, int from, int to) {
        assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(d.getMonth()).isEqualTo(month);
        assertThat(d.getDayOfMonth()).isBetween(from, to);
    }

    @Test
    void theListIsReadOnlyAndStartsIn1986() {
        var days = BusinessDays.usFederalHolidays(2026);

        assertThatThrownBy(() -> days.add(LocalDate.of(2026, 4, 20))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(BusinessDays.usFederalHolidays(1986)).contains(LocalDate.of(1986, 1, 20));
        assertThatThrownBy(() -> BusinessDays.usFederalHolidays(1985)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("US federal holidays are computed from 1986 (the first year of Martin Luther King, Jr. "
                        + "Day), not for 1985");
    }
}
