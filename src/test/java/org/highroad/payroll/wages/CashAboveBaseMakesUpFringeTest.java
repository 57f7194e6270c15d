package org.highroad.payroll.wages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.highroad.payroll.wages.WageCheckTest.CHECK;
import static org.highroad.payroll.wages.WageCheckTest.amounts;
import static org.highroad.payroll.wages.WageCheckTest.baseOwed;
import static org.highroad.payroll.wages.WageCheckTest.flat;
import static org.highroad.payroll.wages.WageCheckTest.journeyworker;
import static org.highroad.payroll.wages.WageCheckTest.restitution;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whether pay above the committed base makes up a fringe shortfall, the standard version's setting, worked by hand.
 * Committed: base $20.00 and fringe $5.00 an hour; overtime (Saturday, after 40 hours) at 1.5 × the base = $30.00.
 * Kept apart, the fringe owed is hours × (fringe − plan credit − cash in lieu). Combined (Davis-Bacon, 29 CFR
 * 5.5(a)(1)(i)), the cash paid above each hour's required rate is taken off that: 40 h at $25.00 pay $200.00 above the
 * base.
 */
class CashAboveBaseMakesUpFringeTest {

    private static final BigDecimal WEEKLY = new BigDecimal("40");
    private static final BigDecimal TIME_AND_A_HALF = new BigDecimal("1.5");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // sentence,                                                                  days,        st,    ot,    credit, apart,  combined
            "$5.00 above the base and no fringe: apart 40 × $5 = $200.00; combined $200 − $200 = nothing, 8 8 8 8 8, 25.00,      , 0.00, 200.00, 0.00",
            "$3.00 above the base and no fringe: apart $200.00; combined 40 × ($5 − $3) = $80.00,         8 8 8 8 8, 23.00,      , 0.00, 200.00, 80.00",
            "$2.00 above the base and $3.00 to plans: apart 40 × $2 = $80.00; combined nothing,           8 8 8 8 8, 22.00,      , 3.00, 80.00,  0.00",
            "$1.50 above the base and $3.00 to plans: apart $80.00; combined $80 − 40 × $1.50 = $20.00,   8 8 8 8 8, 21.50,      , 3.00, 80.00,  20.00",
            "the base exactly and no fringe: $200.00 either way (nothing above the base to credit),       8 8 8 8 8, 20.00,      , 0.00, 200.00, 200.00",
            "overtime at exactly 1.5 × base adds nothing: apart 48 × $5 = $240; combined $240 − $200 = $40, 8 8 8 8 8 0/8, 25.00, 30.00, 0.00, 240.00, 40.00",
            "overtime at $37.50 adds 8 × $7.50: apart $240.00; combined $240 − $200 − $60 = nothing,      8 8 8 8 8 0/8, 25.00, 37.50, 0.00, 240.00, 0.00"})
    void cashAboveTheBaseMakesUpTheFringeOnlyWhereTheStandardCombinesThem(String sentence, String days, BigDecimal st,
            BigDecimal ot, String credit, BigDecimal apartOwed, BigDecimal combinedOwed) {
        var row = List.of(journeyworker(1, "1234", "Carpenter", days, st, ot, credit, "0"));
        var rules = flat("Carpenter", new BigDecimal("20.00"), "5.00");

        var apart = CHECK.check(row, List.of(), new WagePolicy(WEEKLY, null, TIME_AND_A_HALF, false), rules);
        var combined = CHECK.check(row, List.of(), new WagePolicy(WEEKLY, null, TIME_AND_A_HALF, true), rules);

        assertThat(fringeOwed(apart)).as("kept apart").isEqualByComparingTo(apartOwed);
        assertThat(fringeOwed(combined)).as("combined").isEqualByComparingTo(combinedOwed);
        assertThat(amounts(apart)).isEqualTo(List.of("1:FRINGE_SHORTFALL:" + apartOwed));
        assertThat(amounts(combined)).isEqualTo(combinedOwed.signum() == 0 ? List.of()
                : List.of("1:FRINGE_SHORTFALL:" + combinedOwed));
        assertThat(baseOwed(apart, 1)).as("the base was paid in full").isZero();
        assertThat(baseOwed(combined, 1)).isZero();
        if (combinedOwed.signum() > 0 && combinedOwed.compareTo(apartOwed) < 0) {
            assertThat(combined.findings().get(0).detail()).contains("cash paid above the base");
            assertThat(combined.findings().get(0).citation()).contains("29 CFR 5.5(a)(1)");
        }
    }

    private static BigDecimal fringeOwed(CheckResult result) {
        return restitution(result, 1).map(Restitution::fringe).orElse(BigDecimal.ZERO);
    }
}
