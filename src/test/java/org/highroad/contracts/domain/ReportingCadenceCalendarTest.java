package org.highroad.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.highroad.standards.ReportingCadence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The payroll calendar at every cadence, worked by hand on a real calendar. 2027-01-04 is a Monday; its work week ends
 * Saturday 2027-01-09. Each case: the contract period (its first day is also the biweekly anchor), the cadence, the
 * periods expected (first day / last day), each due 10 days after its last day.
 */
class ReportingCadenceCalendarTest {

    @ParameterizedTest(name = "{2} from {0} to {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // weekly, as before: Sunday to Saturday
            "2027-01-04; 2027-01-20; WEEKLY; 2027-01-03/2027-01-09 2027-01-10/2027-01-16 2027-01-17/2027-01-23",
            // biweekly: fortnights from the anchor's work week (Sun 01-03 to Sat 01-16), then 01-17 to 01-30
            "2027-01-04; 2027-01-20; BIWEEKLY; 2027-01-03/2027-01-16 2027-01-17/2027-01-30",
            // a start on a Saturday: the anchor's work week is the one ending that day
            "2027-01-09; 2027-01-24; BIWEEKLY; 2027-01-03/2027-01-16 2027-01-17/2027-01-30",
            // semi-monthly: 1st to 15th, 16th to the month's end (28 days in February 2027)
            "2027-01-04; 2027-02-20; SEMI_MONTHLY; 2027-01-01/2027-01-15 2027-01-16/2027-01-31 2027-02-01/2027-02-15 2027-02-16/2027-02-28",
            // a leap February
            "2028-02-16; 2028-02-29; SEMI_MONTHLY; 2028-02-16/2028-02-29",
            // monthly: calendar months
            "2027-01-04; 2027-03-26; MONTHLY; 2027-01-01/2027-01-31 2027-02-01/2027-02-28 2027-03-01/2027-03-31",
            // quarterly: calendar quarters; work from May to August touches the second and third
            "2027-05-10; 2027-08-02; QUARTERLY; 2027-04-01/2027-06-30 2027-07-01/2027-09-30",
            "2027-12-31; 2028-01-01; QUARTERLY; 2027-10-01/2027-12-31 2028-01-01/2028-03-31"})
    void everyPeriodTheWorkTouchesOwesAPayrollDueAfterItsEnd(LocalDate from, LocalDate to, ReportingCadence cadence,
            String expected) {
        List<PayrollCalendar.Period> periods = PayrollCalendar.periods(cadence, from, from, to, 10);

        assertThat(periods).extracting(p -> p.start() + "/" + p.end()).containsExactly(expected.split(" "));
        assertThat(periods).allSatisfy(p -> assertThat(p.dueOn()).isEqualTo(p.end().plusDays(10)));
        assertThat(periods).allSatisfy(p -> assertThat(cadence.periodStart(p.end())).isEqualTo(p.start()));
    }

    /**
     * A subcontractor joining later shares the prime's fortnights: anchored on the contract's first day 2027-01-04, a
     * subcontractor working 2027-02-01 (Monday) to 2027-02-10 reports the fortnights 01-31 to 02-13 only (2 × 14 days
     * after 01-03 to 01-16 and 01-17 to 01-30).
     */
    @ParameterizedTest(name = "work {1} to {2}, contract from {0}: {3}")
    @CsvSource(delimiter = ';', value = {
            "2027-01-04; 2027-02-01; 2027-02-10; 2027-01-31/2027-02-13",
            "2027-01-04; 2027-01-01; 2027-01-02; 2026-12-20/2027-01-02",
            "2027-01-04; 2027-02-14; 2027-02-14; 2027-02-14/2027-02-27"})
    void biweeklyPeriodsAreTheContractsFortnightsWhoeverWorks(LocalDate anchor, LocalDate from, LocalDate to, String expected) {
        assertThat(PayrollCalendar.periods(ReportingCadence.BIWEEKLY, anchor, from, to, 7))
                .extracting(p -> p.start() + "/" + p.end()).containsExactly(expected.split(" "));
    }
}
