package org.highroad.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Each agency's calendar, counted by hand on the 2026 and 2027 calendars: CITY-BOSTON also observes Patriots' Day
 * (Massachusetts, third Monday in April: April 20, 2026) and, as its own day, Wednesday, March 11, 2026; every other
 * agency keeps the US federal holidays only. Day 0 is the day of the event (see {@link BusinessDays}).
 */
class AgencyCalendarsTest {

    /** Configured the way application.yaml does it, through Spring's binder. */
    static final AgencyCalendars CALENDARS = new AgencyCalendars(new Binder(new MapConfigurationPropertySource(Map.of(
            "highroad.business-days.agency-holidays[CITY-BOSTON][0]", "2026-04-20",
            "highroad.business-days.agency-holidays[CITY-BOSTON][1]", "2026-03-11",
            "highroad.business-days.agency-holidays[county-ames][0]", "2026-10-09")))
            .bindOrCreate("highroad.business-days", AgencyHolidays.class));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a weekday that is nobody's holiday is a business day                 | CITY-BOSTON | 2026-04-21 | true",
            "the agency's own holiday is not its business day                    | CITY-BOSTON | 2026-04-20 | false",
            "but it is another agency's business day                             | STATE-DOT   | 2026-04-20 | true",
            "the agency keeps the federal holidays too (MLK Day)                 | CITY-BOSTON | 2026-01-19 | false",
            "a federal holiday is every agency's (Labor Day)                     | STATE-DOT   | 2026-09-07 | false",
            "Independence Day on a Saturday is observed on Friday July 3, 2026  | STATE-DOT   | 2026-07-03 | false",
            "and the Saturday itself is a weekend day anyway                     | STATE-DOT   | 2026-07-04 | false",
            "Independence Day on a Sunday is observed on Monday July 5, 2027    | STATE-DOT   | 2027-07-05 | false",
            "New Year's Day 2028 on a Saturday is observed on Friday Dec 31, 2027 | STATE-DOT  | 2027-12-31 | false",
            "the agency code is matched whatever its case                        | city-boston | 2026-04-20 | false",
            "a code configured in lower case is matched too                      | COUNTY-AMES | 2026-10-09 | false"})
    void anAgencysBusinessDaysSkipWeekendsFederalHolidaysAndItsOwnHolidays(String why, String agency, LocalDate day,
            boolean businessDay) {
        assertThat(CALENDARS.of(agency).isBusinessDay(day)).isEqualTo(businessDay);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "10 days from Friday Apr 10: Patriots' Day is skipped, due Monday Apr 27  | CITY-BOSTON | 2026-04-10 | 10 | 2026-04-27",
            "the same notice to a federal-only agency is due Friday Apr 24            | STATE-DOT   | 2026-04-10 | 10 | 2026-04-24",
            "both own holidays in one period: Mar 6 + 30 days skip Mar 11 and Apr 20 | CITY-BOSTON | 2026-03-06 | 30 | 2026-04-21",
            "and the federal-only agency counts them                                | STATE-DOT   | 2026-03-06 | 30 | 2026-04-17",
            "served on the agency's holiday, day 1 is the next business day          | CITY-BOSTON | 2026-04-20 | 1  | 2026-04-21"})
    void aPeriodOfAnAgencysBusinessDaysEndsLaterByItsOwnHolidays(String why, String agency, LocalDate start, int days,
            LocalDate due) {
        BusinessDays calendar = CALENDARS.of(agency);
        assertThat(calendar.addBusinessDays(start, days)).isEqualTo(due);
        assertThat(calendar.businessDaysBetween(start, due)).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Friday Apr 17 to Friday Apr 24 without Patriots' Day: 4       | CITY-BOSTON | 2026-04-17 | 2026-04-24 | 4",
            "the same week for a federal-only agency: 5                    | STATE-DOT   | 2026-04-17 | 2026-04-24 | 5",
            "all of 2026 for Boston: 250 federal business days − 2 own     | CITY-BOSTON | 2025-12-31 | 2026-12-31 | 248",
            "backwards is negative                                         | CITY-BOSTON | 2026-04-24 | 2026-04-17 | -4"})
    void businessDaysBetweenTwoDatesCountTheAgencysOwnHolidaysOut(String why, String agency, LocalDate start,
            LocalDate end, int days) {
        assertThat(CALENDARS.of(agency).businessDaysBetween(start, end)).isEqualTo(days);
    }

    @Test
    void withNothingConfiguredEveryAgencyKeepsTheFederalHolidaysOnly() {
        AgencyCalendars none = new AgencyCalendars(new AgencyHolidays(null));
        assertThat(none.of("CITY-BOSTON").isBusinessDay(LocalDate.of(2026, 4, 20))).isTrue();
        assertThat(none.of("CITY-BOSTON").isBusinessDay(LocalDate.of(2026, 1, 19))).isFalse();
    }

    @Test
    void anAgencyListedTwiceInDifferentCaseIsRefusedAtStartUpInsteadOfLosingOneList() {
        // "[CITY-BOSTON]" in application.yaml and "[city-boston]" in a profile's file are the same agency: keeping the
        // list bound last would silently drop the other's holidays, and every cure period would end too early.
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "highroad.business-days.agency-holidays[CITY-BOSTON][0]", "2026-04-20",
                "highroad.business-days.agency-holidays[city-boston][0]", "2026-03-11")));
        assertThatThrownBy(() -> binder.bindOrCreate("highroad.business-days", AgencyHolidays.class))
                .rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("highroad.business-days.agency-holidays")
                .hasMessageContaining("CITY-BOSTON").hasMessageContaining("city-boston")
                .hasMessageContaining("listed twice");
    }

    @Test
    void aHolidayThatIsNotADateIsRefusedAtStartUpNamingTheAgencyAndTheValue() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "highroad.business-days.agency-holidays[CITY-BOSTON][0]", "2026-02-30")));
        assertThatThrownBy(() -> binder.bindOrCreate("highroad.business-days", AgencyHolidays.class))
                .hasMessageContaining("highroad.business-days.agency-holidays[CITY-BOSTON][0]")
                .rootCause().hasMessageContaining("2026-02-30");
    }

    @Test
    void aCalendarIsAskedForAnAgency() {
        assertThatThrownBy(() -> CALENDARS.of(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an agency code is required");
    }
}
