package org.highroad.enforcement.escalation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.highroad.contracts.ReportingTerms;

/**
 * Fines on the escalation ladder: fine per violation per day × open violations × days, capped at the contract's fine
 * cap (no cap when the contract has none), in dollars rounded to cents HALF_UP once, after the cap. Pure arithmetic.
 *
 * <p>The cap applies to what one call computes, meant as a case's total: a caller that fines a case in parts (say,
 * periods with different numbers of open violations) caps the sum of the parts' {@link Fine#uncapped()} amounts,
 * never adds capped parts.
 */
public final class FineCalculator {

    private final BigDecimal perViolationPerDay;
    private final BigDecimal cap;

    /**
     * @param perViolationPerDay fine per violation per day (Boston Residents Jobs Policy: up to $300), not negative
     * @param cap the most a case is fined in total, or {@code null} for no cap; not negative
     */
    public FineCalculator(BigDecimal perViolationPerDay, BigDecimal cap) {
        Objects.requireNonNull(perViolationPerDay, "perViolationPerDay");
        if (perViolationPerDay.signum() < 0) {
            throw new IllegalArgumentException("the fine per violation per day must not be negative: " + perViolationPerDay);
        }
        if (cap != null && cap.signum() < 0) {
            throw new IllegalArgumentException("the fine cap must not be negative: " + cap);
        }
        this.perViolationPerDay = perViolationPerDay;
        this.cap = cap;
    }

    /** The contract's fines: {@link ReportingTerms#finePerViolationPerDay()} and {@link ReportingTerms#fineCap()}. */
    public static FineCalculator of(ReportingTerms terms) {
        return new FineCalculator(terms.finePerViolationPerDay(), terms.fineCap());
    }

    /** The fine for {@code violations} open violations over {@code days} days, capped, in cents. */
    public BigDecimal fine(int violations, int days) {
        return assess(violations, days).amount();
    }

    /** The fine with its uncapped amount, so a record can say that the cap applied. */
    public Fine assess(int violations, int days) {
        if (violations < 0) {
            throw new IllegalArgumentException("violations must not be negative: " + violations);
        }
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        BigDecimal uncapped = perViolationPerDay.multiply(BigDecimal.valueOf(violations)).multiply(BigDecimal.valueOf(days));
        boolean capped = cap != null && uncapped.compareTo(cap) > 0;
        return new Fine(cents(capped ? cap : uncapped), cents(uncapped), capped);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * A fine.
     *
     * @param amount what is fined, in cents: the uncapped amount or the cap, whichever is lower
     * @param uncapped fine per violation per day × violations × days, in cents
     * @param capped whether the cap applied
     */
    public record Fine(BigDecimal amount, BigDecimal uncapped, boolean capped) {
    }
}
