package org.highroad.payroll.wages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.highroad.contracts.WageRule;
import org.highroad.payroll.wages.WorkerWeek.Level;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wage checks on one payroll of a reporting period longer than a week (here the third quarter of 2027), listed per work
 * week: overtime counts each work week on its own (40 U.S.C. 3702(a), "in any workweek"), and each day is paid at
 * the rule in force that day. Worked by hand. One carpenter, entry 1, paid $20.00 straight time; overtime past 40
 * hours a week at 1.5 × the base in force that day. The committed base is $20.00, raised to $21.00 from Sunday
 * 2027-08-15 in the cases that say so. A row spec is "week-ending:day=hours,...", several rows separated by spaces;
 * hours are straight time unless written "st/ot".
 */
class PeriodWageCheckTest {

    static final WageCheck CHECK = new WageCheck();
    static final LocalDate RAISE = LocalDate.of(2027, 8, 15);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // 40 + 40 hours in two work weeks: 80 hours in the period, no hour past 40 in a week
            "two 40-hour work weeks owe nothing; 2027-07-10:mon=8,tue=8,wed=8,thu=8,fri=8 2027-07-17:mon=8,tue=8,wed=8,thu=8,fri=8; false; 0.00; 0.00",
            // 48 h then 32 h: 8 premium hours (Saturday 07-10) at 1.5 × $20 = $30, paid $20: 8 × $10 = $80.00
            "48 then 32 hours: only the first week's last 8 hours are overtime; 2027-07-10:mon=8,tue=8,wed=8,thu=8,fri=8,sat=8 2027-07-17:mon=8,tue=8,wed=8,thu=8; false; 0.00; 80.00",
            // overtime paid as such in week one (8 h at $30), 40 h straight in week two: nothing owed
            "overtime paid at $30 in its own week owes nothing; 2027-07-10:mon=8,tue=8,wed=8,thu=8,fri=8,sat=0/8 2027-07-17:mon=8,tue=8,wed=8,thu=8,fri=8; false; 0.00; 0.00",
            // the raise on 08-15: week ending 08-14 at $20 owes nothing; week ending 08-21, 40 h at $20 against $21:
            // 40 × $1.00 = $40.00
            "a raise inside the period applies from its day; 2027-08-14:mon=8,tue=8,wed=8,thu=8,fri=8 2027-08-21:mon=8,tue=8,wed=8,thu=8,fri=8; true; 40.00; 0.00",
            // both weeks 48 h at $20 straight. Week ending 08-14 (base $20): 8 h × ($30.00 − $20) = $80.00 overtime.
            // Week ending 08-21 (base $21): 40 straight hours × $1.00 = $40.00 base, 8 premium hours × ($31.50 − $20)
            // = $92.00 overtime. In all $40.00 base and $172.00 overtime.
            "overtime before and after the raise is priced at each day's base; 2027-08-14:mon=8,tue=8,wed=8,thu=8,fri=8,sat=8 2027-08-21:mon=8,tue=8,wed=8,thu=8,fri=8,sat=8; true; 40.00; 172.00"})
    void eachWorkWeekStandsAloneAndEachDayHasItsRule(String sentence, String rows, boolean raise, BigDecimal base,
            BigDecimal overtime) {
        RuleLookup rules = (c, d) -> new WageRule(1L, 1, c, d, raise && !d.isBefore(RAISE) ? new BigDecimal("21.00")
                : new BigDecimal("20.00"), BigDecimal.ZERO, "offer", "Contract HR-1 §7.2", null);

        CheckResult result = CHECK.check(rows(rows), List.of(), WagePolicy.cwhssa(), rules);

        BigDecimal baseOwed = result.restitution().stream().map(Restitution::base).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal overtimeOwed = result.restitution().stream().map(Restitution::overtime).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(baseOwed).as("base owed").isEqualByComparingTo(base);
        assertThat(overtimeOwed).as("overtime owed").isEqualByComparingTo(overtime);
        assertThat(result.findings().stream().map(WageFinding::amountOwed).filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).as("findings owe what the rows owe").isEqualByComparingTo(base.add(overtime));
    }

    /**
     * April 2027 starts on a Thursday: its first work week, Sunday 03-28 to Saturday 04-03, began in March, whose
     * payroll reported Monday to Wednesday. Those hours come first in the week and count toward its 40; the premium
     * hours fall on the last hours of the week, which are April's. March's hours are not priced again.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // 30 h in March + 24 h in April = 54 h: 14 premium hours, Saturday's 8 and Friday's last 6: 14 × $10
            "30 March hours and 24 April hours: 14 h of April's are overtime; 10 10 10; 2027-04-03:thu=8,fri=8,sat=8 2027-04-10:mon=8,tue=8,wed=8,thu=8,fri=8; 140.00",
            // without March's hours April's 24 h owe nothing
            "no earlier hours: no overtime; ''; 2027-04-03:thu=8,fri=8,sat=8; 0.00",
            // 24 + 16 = 40 h: nothing past 40
            "24 March hours and 16 April hours are exactly 40; 8 8 8; 2027-04-03:thu=8,fri=8; 0.00",
            // 36 + 8 = 44 h: Thursday's last 4 hours: 4 × $10; March's own hours are March's payroll's business
            "36 March hours and 8 April hours: 4 h of Thursday's are overtime; 12 12 12; 2027-04-03:thu=8; 40.00"})
    void theWorkWeekAcrossThePeriodsStartCountsTheEarlierPayrollsHoursFirst(String sentence, String march, String rows,
            BigDecimal overtime) {
        List<DayHours> earlier = new ArrayList<>();
        String[] hours = march.isBlank() ? new String[0] : march.trim().split("\\s+");
        for (int i = 0; i < hours.length; i++) {
            earlier.add(new DayHours(LocalDate.of(2027, 3, 29).plusDays(i), new BigDecimal(hours[i]), BigDecimal.ZERO));
        }
        RuleLookup rules = (c, d) -> new WageRule(1L, 1, c, d, new BigDecimal("20.00"), BigDecimal.ZERO, "offer",
                "Contract HR-1 §7.2", null);

        CheckResult result = CHECK.check(rows(rows), List.of(), FringePlans.NONE, WagePolicy.cwhssa(), rules,
                ApprenticeCensus.of(rows(rows)), Map.of("1234", earlier));

        assertThat(result.restitution().stream().map(Restitution::overtime).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(overtime);
        assertThat(result.restitution().stream().map(Restitution::base).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("0");
        assertThat(result.findings()).as("nothing is found on March's days").noneSatisfy(f -> assertThat(f.date())
                .isBefore(LocalDate.of(2027, 4, 1)));
        assertThat(result.findings().stream().map(WageFinding::amountOwed).filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(overtime);
    }

    private static List<WorkerWeek> rows(String spec) {
        List<WorkerWeek> rows = new ArrayList<>();
        for (String row : spec.trim().split("\\s+")) {
            String[] weekAndDays = row.split(":");
            LocalDate sunday = LocalDate.parse(weekAndDays[0]).minusDays(6);
            List<DayHours> days = new ArrayList<>();
            for (String dh : weekAndDays[1].split(",")) {
                String[] d = dh.split("=");
                int index = List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat").indexOf(d[0]);
                String[] stOt = d[1].split("/");
                days.add(new DayHours(sunday.plusDays(index), new BigDecimal(stOt[0]),
                        stOt.length > 1 ? new BigDecimal(stOt[1]) : BigDecimal.ZERO));
            }
            rows.add(new WorkerWeek(1, "1234", "Carpenter", Level.JOURNEYWORKER, null, days, new BigDecimal("20.00"),
                    new BigDecimal("30.00"), BigDecimal.ZERO, BigDecimal.ZERO));
        }
        return rows;
    }
}
