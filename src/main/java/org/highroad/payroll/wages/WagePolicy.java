package org.highroad.payroll.wages;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The overtime standard that applies to the contract.
 *
 * @param weeklyOvertimeAfterHours hours in the workweek after which premium pay is due (40 under CWHSSA,
 *                                 40 U.S.C. 3702(a))
 * @param dailyOvertimeAfterHours  hours in a day after which premium pay is due, {@code null} when the standard has no
 *                                 daily overtime (CWHSSA has none since 1986; some state and local standards do)
 * @param overtimeMultiplier       1.5 under CWHSSA
 * @param cashAboveBaseMakesUpFringe whether cash paid above the rate an hour requires is credited to that hour's
 *                                 committed fringe (the standard version's setting, carried into the contract)
 */
public record WagePolicy(BigDecimal weeklyOvertimeAfterHours, BigDecimal dailyOvertimeAfterHours,
        BigDecimal overtimeMultiplier, boolean cashAboveBaseMakesUpFringe) {

    /** A policy that keeps base and fringe apart. */
    public WagePolicy(BigDecimal weeklyOvertimeAfterHours, BigDecimal dailyOvertimeAfterHours,
            BigDecimal overtimeMultiplier) {
        this(weeklyOvertimeAfterHours, dailyOvertimeAfterHours, overtimeMultiplier, false);
    }

    public WagePolicy {
        Objects.requireNonNull(weeklyOvertimeAfterHours, "weeklyOvertimeAfterHours");
        Objects.requireNonNull(overtimeMultiplier, "overtimeMultiplier");
    }

    /** CWHSSA: 1.5 times the basic rate for hours over 40 in the workweek, no daily overtime. */
    public static WagePolicy cwhssa() {
        return new WagePolicy(new BigDecimal("40"), null, new BigDecimal("1.5"));
    }
}
