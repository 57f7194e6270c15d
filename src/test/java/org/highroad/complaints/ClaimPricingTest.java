package org.highroad.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.highroad.complaints.ClaimPricing.PricedClaim;
import org.highroad.complaints.ClaimPricing.Rules;
import org.highroad.complaints.ClaimPricing.Week;
import org.highroad.complaints.domain.WorkerAccount;
import org.highroad.complaints.domain.WorkerAccount.PaidBy;
import org.highroad.contracts.ReportingTerms;
import org.highroad.contracts.WageRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Claims priced by hand against a committed base of $40.00 and a fringe of $10.00 an hour, overtime past 40 hours a
 * week (and, where the row says so, past 8 hours a day). The week ends Saturday 2026-06-06, so its days run from Sunday.
 */
class ClaimPricingTest {

    static final LocalDate WEEK = LocalDate.of(2026, 6, 6);

    static Rules rules(BigDecimal dailyAfter, boolean cashMakesUpFringe, LocalDate raisedOn, LocalDate noRuleOn) {
        return new Rules() {
            @Override
            public Optional<WageRule> wageRule(LocalDate day) {
                if (day.equals(noRuleOn)) {
                    return Optional.empty();
                }
                BigDecimal base = raisedOn != null && !day.isBefore(raisedOn) ? new BigDecimal("42.00") : new BigDecimal("40.00");
                return Optional.of(new WageRule(1, 1, "Carpenter", day, base, new BigDecimal("10.00"), "BID_OFFER", "clause", null));
            }

            @Override
            public ReportingTerms terms(LocalDate day) {
                return new ReportingTerms(7, 10, new BigDecimal("500"), BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("40"),
                        dailyAfter, cashMakesUpFringe);
            }
        };
    }

    static BigDecimal d(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                     | h/wk | h/day | paid by | amount | OT paid | daily | cash→fringe | straight | OT    | due     | paid    | short   | fringe | back
            forty hours at $30 an hour are $400 short and owe the fringe | 40   | 8     | HOURLY  | 30     | false   |       | false       | 40.00    | 0.00  | 1600.00 | 1200.00 | 400.00  | 400.00 | 800.00
            fifty hours at $30 with overtime unpaid                      | 50   | 10    | HOURLY  | 30     | false   |       | false       | 40.00    | 10.00 | 2200.00 | 1500.00 | 700.00  | 500.00 | 1200.00
            fifty hours at $30 with overtime paid at time and a half     | 50   | 10    | HOURLY  | 30     | true    |       | false       | 40.00    | 10.00 | 2200.00 | 1650.00 | 550.00  | 500.00 | 1050.00
            fifty hours for $1000 a week                                 | 50   | 10    | WEEKLY  | 1000   | false   |       | false       | 40.00    | 10.00 | 2200.00 | 1000.00 | 1200.00 | 500.00 | 1700.00
            forty-five hours for $2000 cash, fringe not made up by cash  | 45   |       | CASH    | 2000   | false   |       | false       | 40.00    | 5.00  | 1900.00 | 2000.00 | 0.00    | 450.00 | 450.00
            forty-five hours for $2000 cash, cash above base makes up    | 45   |       | CASH    | 2000   | false   |       | true        | 40.00    | 5.00  | 1900.00 | 2000.00 | 0.00    | 350.00 | 350.00
            ten-hour days where the standard sets daily overtime past 8  | 40   | 10    | HOURLY  | 30     | false   | 8     | false       | 32.00    | 8.00  | 1760.00 | 1200.00 | 560.00  | 400.00 | 960.00
            paid $50 an hour, cash above base makes up the whole fringe  | 40   | 8     | HOURLY  | 50     | false   |       | true        | 40.00    | 0.00  | 1600.00 | 2000.00 | 0.00    | 0.00   | 0.00
            """)
    void one_week_is_priced_as_worked_by_hand(String name, String perWeek, String perDay, PaidBy paidBy, String amount,
            boolean overtimePaid, String dailyAfter, boolean cashMakesUp, String straight, String overtime, String due,
            String paid, String wagesShort, String fringe, String back) {
        PricedClaim claim = ClaimPricing.price(new WorkerAccount(WEEK, WEEK, d(perWeek), d(perDay), paidBy, d(amount), overtimePaid),
                rules(d(dailyAfter), cashMakesUp, null, null));
        Week week = claim.weeks().get(0);
        assertEquals(ClaimPricing.LABEL, claim.label());
        assertEquals(1, claim.weeks().size());
        assertNull(week.unpriced());
        assertEquals(d(straight), week.straightHours());
        assertEquals(d(overtime), week.overtimeHours());
        assertEquals(d(due), week.wagesDue());
        assertEquals(d(paid), week.paid());
        assertEquals(d(wagesShort), week.wagesShort());
        assertEquals(d(fringe), week.fringeOwed());
        assertEquals(d(back), week.backWages());
        assertEquals(d(back), claim.backWages());
    }

    @Test
    void a_range_of_weeks_is_priced_at_the_rate_in_force_on_each_day_and_totalled() {
        // week 2 runs Sunday 06-07 to Saturday 06-13; the base rises to $42 on Wednesday 06-10:
        // 3 days × 8 h × $40 + 2 days × 8 h × $42 = 960 + 672 = 1632 due; 1200 paid; 432 short + 400 fringe = 832
        PricedClaim claim = ClaimPricing.price(new WorkerAccount(WEEK, WEEK.plusWeeks(1), d("40"), d("8"), PaidBy.HOURLY, d("30"), false),
                rules(null, false, LocalDate.of(2026, 6, 10), null));
        assertEquals(2, claim.weeks().size());
        assertEquals(d("800.00"), claim.weeks().get(0).backWages());
        assertEquals(d("1632.00"), claim.weeks().get(1).wagesDue());
        assertEquals(d("832.00"), claim.weeks().get(1).backWages());
        assertEquals(d("1632.00"), claim.backWages());
        assertTrue(claim.complete());
    }

    @Test
    void a_week_with_a_day_the_contract_has_no_rule_for_is_left_unpriced_and_the_claim_incomplete() {
        PricedClaim claim = ClaimPricing.price(new WorkerAccount(WEEK, WEEK.plusWeeks(1), d("40"), d("8"), PaidBy.HOURLY, d("30"), false),
                rules(null, false, null, WEEK.plusDays(2)));
        assertEquals("the contract has no wage rule for 2026-06-08", claim.weeks().get(1).unpriced());
        assertEquals(d("800.00"), claim.backWages());
        assertFalse(claim.complete());
    }
}
