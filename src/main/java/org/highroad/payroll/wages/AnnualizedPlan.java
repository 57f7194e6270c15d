package org.highroad.payroll.wages;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A bona fide fringe plan that pays for all of a worker's work, public and private (a monthly health premium, for
 * example), as the Statement of Compliance files it: what the contractor contributes for one covered worker in a year
 * and the hours that worker works for the contractor on all work in that year.
 *
 * <p>29 CFR 5.25(c): contributions are "annualized" to find the hourly equivalent a contractor may credit against its
 * fringe obligation; 29 CFR 5.25(c)(1): the total cost of the contribution divided by the total hours worked on both
 * private (non-DBRA) and DBRA-covered work. The hourly credit is rounded once, to cents HALF_UP, as the WH-347 reports
 * an hourly credit in cents (Statement of Compliance item 4(a), col. 6B).
 *
 * @param workerRef the covered worker's identifying number (col. 1E), {@code null} when every worker is covered
 */
public record AnnualizedPlan(String name, String workerRef, BigDecimal annualContribution, BigDecimal annualHoursAllWork) {

    /**
     * The largest hourly credit a Statement of Compliance holds, typed or computed: six digits and cents (item 4(a),
     * col. 6B, as a typed credit is limited). A larger annualized figure is a contribution or hours typed wrongly.
     */
    public static final BigDecimal MOST_HOURLY_CREDIT = new BigDecimal("999999.99");

    public AnnualizedPlan {
        if (annualContribution == null || annualContribution.signum() < 0) {
            throw new IllegalArgumentException("annualContribution must be zero or more");
        }
        if (annualHoursAllWork == null || annualHoursAllWork.signum() <= 0) {
            throw new IllegalArgumentException("annualHoursAllWork must be more than zero");
        }
    }

    /** The credit per hour worked (29 CFR 5.25(c)(1)), in cents HALF_UP. */
    public BigDecimal hourlyCredit() {
        return annualContribution.divide(annualHoursAllWork, 2, RoundingMode.HALF_UP);
    }

    /** Whether {@link #hourlyCredit()} is at most {@link #MOST_HOURLY_CREDIT}. */
    public boolean creditWithinLimit() {
        return hourlyCredit().compareTo(MOST_HOURLY_CREDIT) <= 0;
    }

    boolean covers(String worker) {
        return workerRef == null || workerRef.strip().equals(worker.strip());
    }
}
