package org.highroad.subsidies.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.highroad.payroll.PayrollEvidence;
import org.highroad.platform.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One hire's claim, by hand: 50% of the approved $22.00 ($11.00 an hour) for each qualifying hour. The week ends on
 * Saturday 2027-04-10; the agreement was accepted on {@code agreed}, the hire started on {@code started}; five days of
 * {@code daily} hours Monday 04-05 to Friday 04-09 at {@code rate}.
 */
class ClaimRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a full week after the agreement        | 2027-04-01 | 2027-04-04 | 8 | 22.00 | 1040 | 8000.00 | 40 | 440.00",
            "accepted on Wednesday: Mon, Tue refused | 2027-04-07 | 2027-04-04 | 8 | 22.00 | 1040 | 8000.00 | 24 | 264.00",
            "started on Thursday                    | 2027-04-01 | 2027-04-08 | 8 | 22.00 | 1040 | 8000.00 | 16 | 176.00",
            "31 hours: below the weekly minimum     | 2027-04-01 | 2027-04-04 | 6.2 | 22.00 | 1040 | 8000.00 | 0 | 0.00",
            "32 hours: at the weekly minimum        | 2027-04-01 | 2027-04-04 | 6.4 | 22.00 | 1040 | 8000.00 | 32 | 352.00",
            "paid a cent below the approved wage    | 2027-04-01 | 2027-04-04 | 8 | 21.99 | 1040 | 8000.00 | 0 | 0.00",
            "paid above the approved wage           | 2027-04-01 | 2027-04-04 | 8 | 30.00 | 1040 | 8000.00 | 40 | 440.00",
            "only 10 training hours left            | 2027-04-01 | 2027-04-04 | 8 | 22.00 | 10 | 8000.00 | 10 | 110.00",
            "only $100.00 left of the cap           | 2027-04-01 | 2027-04-04 | 8 | 22.00 | 1040 | 100.00 | 40 | 100.00"})
    void aHiresWeekIsPaidOnlyForQualifyingHours(String what, LocalDate agreed, LocalDate started, BigDecimal daily, BigDecimal rate,
            BigDecimal hoursLeft, BigDecimal moneyLeft, BigDecimal paidHours, BigDecimal paid) {
        List<PayrollEvidence.WorkedDay> days = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            days.add(new PayrollEvidence.WorkedDay("T-1", LocalDate.of(2027, 4, 5).plusDays(d), daily, rate));
        }
        days.add(new PayrollEvidence.WorkedDay("OTHER", LocalDate.of(2027, 4, 5), new BigDecimal("8"), new BigDecimal("15.00")));
        PayrollEvidence.Week week = new PayrollEvidence.Week(LocalDate.of(2027, 4, 10), days, List.of());

        ClaimRules.HireResult result = ClaimRules.assess("T-1", List.of(week), new ClaimRules.Terms(new BigDecimal("50"),
                new BigDecimal("22.00"), new BigDecimal("32"), agreed, started, hoursLeft, Money.of(moneyLeft)));

        assertThat(result.hoursPaid()).isEqualByComparingTo(paidHours);
        assertThat(result.amount().amount()).isEqualByComparingTo(paid);
        assertThat(result.wageBelowApproved()).isEqualTo(rate.compareTo(new BigDecimal("22.00")) < 0);
        assertThat(result.reasons().isEmpty()).as(result.reasons().toString())
                .isEqualTo(paidHours.compareTo(daily.multiply(BigDecimal.valueOf(5))) == 0);
    }
}
