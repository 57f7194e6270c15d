package org.highroad.payroll.wages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.highroad.contracts.WageRule;
import org.highroad.contracts.domain.CommitmentRules;
import org.highroad.payroll.wages.WageFinding.Kind;
import org.highroad.payroll.wages.WorkerWeek.Level;
import org.highroad.standards.WageRate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fringe owed when a determination publishes it as an amount, a percentage of the basic hourly rate, or both
 * ({@code 4.75+28%}): the percentage is taken of the determination's basic hourly rate, so each hour worked owes the
 * same fringe, overtime hours included (29 CFR 5.5(a)(1); 29 CFR 5.32). Worked by hand in the comments; the rule goes
 * from the pinned rate through the contract's rule ({@link CommitmentRules}) to the payroll check.
 */
class PercentageFringeTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // 4.75 + 28% × 44.12 = 4.75 + 12.3536 = 17.1036 → 17.10
            "amount and percentage|44.12|4.75|28|17.10",
            // 29.70% × 30.00 = 8.91
            "percentage only|30.00||29.70|8.91",
            "amount only|25.04|10.42||10.42",
            // 28.40 + 3% × 55.90 = 28.40 + 1.677 = 30.077 → 30.08
            "rounded up at a third decimal of 7|55.90|28.40|3|30.08",
            // 5% × 30.50 = 1.525 → 1.53 (HALF_UP; HALF_EVEN would give 1.52)
            "an exact half cent rounds up|30.50|0.00|5|1.53",
    })
    void fringePerHourIsTheAmountPlusThePercentageOfTheBasicHourlyRate(String label, String base, String amount,
            String percent, String expected) {
        WageRate rate = new WageRate("X", null, new BigDecimal(base), amount == null ? BigDecimal.ZERO : new BigDecimal(amount),
                percent == null ? null : new BigDecimal(percent), null);
        assertThat(rate.fringePerHour()).isEqualByComparingTo(expected);
        assertThat(rate.fringePerHour().scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // 48 h (Sat 8 h overtime), owed 17.10/h, credit 10.00: 48 × 7.10 = 340.80. Taking 28% of the overtime rate
            // 66.18 for the Saturday hours would have claimed 390.24.
            "overtime week, amount and percentage|44.12|4.75|28|8,8,8,8,8,8|66.18|10.00|0.00|340.80",
            // 44 h, owed 8.91/h, paid 8.91 as plan credit: nothing owed although 4 hours are overtime
            "overtime week, percentage fully credited|30.00||29.70|8,8,8,8,8,4|45.00|8.91|0.00|0.00",
            // 45 h, owed 10.42/h, 10.00 credit: 45 × 0.42 = 18.90
            "overtime week, amount only|25.04|10.42||9,9,9,9,9,0|37.56|10.00|0.00|18.90",
            // 50 h (10 h a day), owed 30.08/h, 28.00 credit + 2.00 cash: 50 × 0.08 = 4.00
            "overtime on every day, credit and cash|55.90|28.40|3|10,10,10,10,10,0|83.85|28.00|2.00|4.00",
            // 40 h, no overtime, owed 1.53/h, 1.52 credit: 40 × 0.01 = 0.40
            "straight time only, half cent rounded up|30.50|0.00|5|8,8,8,8,8,0|45.75|1.52|0.00|0.40",
    })
    void fringeOwedIsTheSameForEveryHourOvertimeIncluded(String label, String base, String amount, String percent,
            String hoursPerDay, String overtimeRatePaid, String credit, String cash, String expectedFringeOwed) {
        WageRate prevailing = new WageRate("CARPENTER", "CARP0033-001", new BigDecimal(base),
                amount == null ? BigDecimal.ZERO : new BigDecimal(amount), percent == null ? null : new BigDecimal(percent),
                LocalDate.of(2025, 9, 1));
        WorkerWeek week = new WorkerWeek(1, "4821", "CARPENTER", Level.JOURNEYWORKER, null, days(hoursPerDay),
                new BigDecimal(base), new BigDecimal(overtimeRatePaid), new BigDecimal(credit), new BigDecimal(cash));
        RuleLookup rules = (classification, date) -> rule(prevailing, date);

        CheckResult result = new WageCheck().check(List.of(week), List.of(), WagePolicy.cwhssa(), rules);

        BigDecimal owed = result.restitution().stream().map(Restitution::fringe).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(owed).isEqualByComparingTo(expectedFringeOwed);
        // base and overtime were paid at the rate and 1.5 × the rate: only fringe can be owed
        assertThat(result.findings()).extracting(WageFinding::kind).allMatch(k -> k == Kind.FRINGE_SHORTFALL);
        assertThat(result.restitution()).allSatisfy(r -> {
            assertThat(r.base()).isEqualByComparingTo("0");
            assertThat(r.overtime()).isEqualByComparingTo("0");
        });
    }

    private static WageRule rule(WageRate prevailing, LocalDate date) {
        return CommitmentRules.legalMinimum(9L, 1, prevailing, List.of(), "CARPENTER", date).orElseThrow();
    }

    /** Monday to Saturday; hours over 40 in the week are reported on the OT row of the days they fall on. */
    private static List<DayHours> days(String hoursPerDay) {
        List<DayHours> days = new ArrayList<>();
        BigDecimal week = BigDecimal.ZERO;
        String[] hours = hoursPerDay.split(",");
        for (int i = 0; i < hours.length; i++) {
            BigDecimal h = new BigDecimal(hours[i]);
            BigDecimal straight = h.min(new BigDecimal("40").subtract(week).max(BigDecimal.ZERO));
            days.add(new DayHours(MONDAY.plusDays(i), straight, h.subtract(straight)));
            week = week.add(h);
        }
        return days;
    }
}
