package org.highroad.payroll.statement;

import java.math.BigDecimal;

/** How often a contractor pays a fringe plan's contribution for a covered worker, and how many such periods a year has. */
public enum ContributionPeriod {
    WEEKLY(52), BIWEEKLY(26), SEMIMONTHLY(24), MONTHLY(12), QUARTERLY(4), ANNUAL(1);

    private final int perYear;

    ContributionPeriod(int perYear) {
        this.perYear = perYear;
    }

    /** The contribution for a year of this period's contributions (29 CFR 5.25(c): annualized over the plan year). */
    public BigDecimal annual(BigDecimal contribution) {
        return contribution.multiply(BigDecimal.valueOf(perYear));
    }
}
