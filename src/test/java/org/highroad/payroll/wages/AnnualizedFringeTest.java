package org.highroad.payroll.wages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.highroad.contracts.domain.CommitmentRules;
import org.highroad.payroll.statement.ContributionPeriod;
import org.highroad.payroll.statement.StatementOfCompliance.FringePlan;
import org.highroad.payroll.wages.WageFinding.Kind;
import org.highroad.payroll.wages.WorkerWeek.Level;
import org.highroad.standards.WageRate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A plan that pays for all of a worker's work earns credit per hour only annualized over all the hours the worker
 * works for the contractor, public and private (29 CFR 5.25(c)(1)): the contribution for a year divided by the hours
 * on all work in that year, rounded to cents HALF_UP. Worked by hand in the comments.
 */
class AnnualizedFringeTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // 600 × 12 = 7,200 ÷ 2,000 = 3.60
            "a monthly premium over 2,000 hours|600.00|MONTHLY|2000|3.60",
            // 40 h public + 10 h private a week × 52 = 2,600 h; 7,200 ÷ 2,600 = 2.7692 → 2.77
            "a monthly premium over 40 public and 10 private hours a week|600.00|MONTHLY|2600|2.77",
            // 138.46 × 52 = 7,199.92 ÷ 2,080 = 3.4615 → 3.46
            "a weekly contribution over a full-time year|138.46|WEEKLY|2080|3.46",
            // 1,250 × 4 = 5,000 ÷ 1,500 = 3.3333 → 3.33
            "a quarterly contribution|1250.00|QUARTERLY|1500|3.33",
            // 9,000 ÷ 2,000 = 4.50
            "an annual contribution|9000.00|ANNUAL|2000|4.50",
            // 25 × 12 = 300 ÷ 2,400 = 0.125 → 0.13 (HALF_UP; HALF_EVEN would give 0.12)
            "an exact half cent rounds up|25.00|MONTHLY|2400|0.13",
    })
    void theHourlyCreditIsTheYearsContributionOverTheYearsHoursOnAllWork(String label, String contribution,
            ContributionPeriod period, String annualHours, String expected) {
        FringePlan plan = new FringePlan("Health", null, new BigDecimal(contribution), period, new BigDecimal(annualHours), null);

        assertThat(plan.isCreditedPerHourOrAnnualized()).isTrue();
        assertThat(plan.annualized().hourlyCredit()).isEqualByComparingTo(expected);
        assertThat(plan.annualized().hourlyCredit().scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // allowed 3.60; credited 3.60 against 4.00 committed: 40 × 0.40 = 16.00
            "a typed credit above the annualized one is cut to it|5.00|0.00|600.00|2000||0|16.00|FRINGE_CREDIT_ABOVE_ANNUALIZED,FRINGE_SHORTFALL",
            // typed 3.60 = allowed 3.60: no annualization finding; 40 × 0.40 = 16.00
            "a typed credit equal to the annualized one stands|3.60|0.00|600.00|2000||0|16.00|FRINGE_SHORTFALL",
            // allowed 3.60 + 1.00 per-hour plan = 4.60 ≥ 4.00: nothing owed, the typed 5.00 is still overstated
            "per-hour plans add to the annualized credit|5.00|0.00|600.00|2000||1.00|0.00|FRINGE_CREDIT_ABOVE_ANNUALIZED",
            // the plan covers worker 9999 only: 1234 keeps the typed 5.00 ≥ 4.00
            "a worker the plan does not cover keeps the typed credit|5.00|0.00|600.00|2000|9999|0|0.00|",
            // the plan names worker 1234: allowed 3.60, 40 × 0.40 = 16.00
            "a worker the plan names is annualized|5.00|0.00|600.00|2000|1234|0|16.00|FRINGE_CREDIT_ABOVE_ANNUALIZED,FRINGE_SHORTFALL",
            // 2,600 h → 2.77 + 0.50 cash = 3.27 against 4.00: 40 × 0.73 = 29.20
            "40 public and 10 private hours a week, cash in lieu counted|4.00|0.50|600.00|2600||0|29.20|FRINGE_CREDIT_ABOVE_ANNUALIZED,FRINGE_SHORTFALL",
    })
    void theWageCheckCreditsNoMoreThanTheAnnualizedFigure(String label, String typedCredit, String cash,
            String monthly, String annualHours, String coveredWorker, String perHourPlans, String fringeOwed,
            String kinds) {
        WageRate prevailing = new WageRate("CARPENTER", "CARP0033-001", new BigDecimal("30.00"), new BigDecimal("4.00"),
                LocalDate.of(2025, 9, 1));
        WorkerWeek week = new WorkerWeek(1, "1234", "CARPENTER", Level.JOURNEYWORKER, null, fortyHours(),
                new BigDecimal("30.00"), null, new BigDecimal(typedCredit), new BigDecimal(cash));
        FringePlans plans = new FringePlans(List.of(new FringePlan("Health", null, new BigDecimal(monthly),
                ContributionPeriod.MONTHLY, new BigDecimal(annualHours), coveredWorker).annualized()), new BigDecimal(perHourPlans));

        CheckResult result = new WageCheck().check(List.of(week), List.of(), plans, WagePolicy.cwhssa(),
                (c, d) -> CommitmentRules.legalMinimum(9L, 1, prevailing, List.of(), "CARPENTER", d).orElseThrow(),
                ApprenticeCensus.of(List.of(week)));

        assertThat(result.restitution().stream().map(Restitution::fringe).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(fringeOwed);
        assertThat(result.findings()).extracting(f -> f.kind().name())
                .containsExactlyInAnyOrder(kinds == null ? new String[0] : kinds.split(","));
        result.findings().stream().filter(f -> f.kind() == Kind.FRINGE_CREDIT_ABOVE_ANNUALIZED).forEach(f -> {
            assertThat(f.citation()).isEqualTo("29 CFR 5.25(c)(1)");
            assertThat(f.amountOwed()).isNull();
            assertThat(f.detail()).contains("claimed $" + typedCredit);
        });
    }

    /**
     * A plan listed twice for one worker pays one contribution for that worker's work, so it is credited once (29 CFR
     * 5.25(c)(1)). Worker 1234 types $8.00 an hour against $4.00 committed. Worked by hand:
     * <ol>
     * <li>"Health" $600 a month over 2,000 h ($3.60) for every worker and again naming 1234: one $3.60 credited (twice
     * would be $7.20 and hide the shortfall): 40 × ($4.00 − $3.60) = $16.00;</li>
     * <li>"Health" for every worker ($3.60) and "health " naming 1234 at $300 a month ($1.80): the entry naming the
     * worker, $1.80: 40 × $2.20 = $88.00;</li>
     * <li>"Health" named twice for 1234, $3.60 and $1.80: the smaller, $1.80: $88.00;</li>
     * <li>"Health" ($3.60) and "Dental" ($50 a month over 2,000 h, $0.30), two plans: $3.90, 40 × $0.10 = $4.00.</li>
     * </ol>
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the same plan for every worker and naming the worker | Health | 600.00 |      | Health  | 600.00 | 1234 | 16.00",
            "the entry naming the worker, not the one for all     | Health | 600.00 |      | health  | 300.00 | 1234 | 88.00",
            "the same plan named twice for the worker: the smaller| Health | 600.00 | 1234 | Health  | 300.00 | 1234 | 88.00",
            "two plans are both credited                          | Health | 600.00 |      | Dental  | 50.00  | 1234 | 4.00",
    })
    void aPlanListedTwiceForOneWorkerIsCreditedOnce(String label, String firstName, String firstMonthly, String firstWorker,
            String secondName, String secondMonthly, String secondWorker, String fringeOwed) {
        WageRate prevailing = new WageRate("CARPENTER", "CARP0033-001", new BigDecimal("30.00"), new BigDecimal("4.00"),
                LocalDate.of(2025, 9, 1));
        WorkerWeek week = new WorkerWeek(1, "1234", "CARPENTER", Level.JOURNEYWORKER, null, fortyHours(),
                new BigDecimal("30.00"), null, new BigDecimal("8.00"), BigDecimal.ZERO);
        FringePlans plans = new FringePlans(List.of(
                new FringePlan(firstName, null, new BigDecimal(firstMonthly), ContributionPeriod.MONTHLY, new BigDecimal("2000"),
                        firstWorker).annualized(),
                new FringePlan(secondName, null, new BigDecimal(secondMonthly), ContributionPeriod.MONTHLY, new BigDecimal("2000"),
                        secondWorker).annualized()), BigDecimal.ZERO);

        CheckResult result = new WageCheck().check(List.of(week), List.of(), plans, WagePolicy.cwhssa(),
                (c, d) -> CommitmentRules.legalMinimum(9L, 1, prevailing, List.of(), "CARPENTER", d).orElseThrow(),
                ApprenticeCensus.of(List.of(week)));

        assertThat(result.restitution().stream().map(Restitution::fringe).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(fringeOwed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a plan paid per hour|31.40|||true",
            "a plan that pays for all work||600.00|2000|true",
            "neither a credit nor a contribution||||false",
            "a typed credit beside a contribution|3.60|600.00|2000|false",
            "a contribution without its hours on all work||600.00||false",
    })
    void aPlanGivesItsHourlyCreditOrWhatAnnualizesIt(String label, String credit, String contribution, String hours,
            boolean valid) {
        FringePlan plan = new FringePlan("Health", credit == null ? null : new BigDecimal(credit),
                contribution == null ? null : new BigDecimal(contribution), contribution == null ? null : ContributionPeriod.MONTHLY,
                hours == null ? null : new BigDecimal(hours), null);
        assertThat(plan.isCreditedPerHourOrAnnualized()).isEqualTo(valid);
    }

    private static List<DayHours> fortyHours() {
        List<DayHours> days = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            days.add(new DayHours(MONDAY.plusDays(i), new BigDecimal("8"), BigDecimal.ZERO));
        }
        return days;
    }
}
