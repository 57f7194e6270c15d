package org.highroad.subsidies.domain;

import java.math.BigDecimal;
import org.highroad.platform.money.Money;

/**
 * The money of a request. Reimbursement per hire = share × hourly wage × training hours, rounded half up once to the
 * cent ({@link Money}), then capped at the program's cap per hire (20 CFR 680.720: the employer is reimbursed a share
 * of the trainee's wage for the extraordinary costs of training; local policy caps the amount per trainee). The total
 * is the capped amount per hire times the hires, so it always equals what the agreement lists per hire.
 */
public final class Reimbursement {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Reimbursement() {
    }

    public static Money perHire(BigDecimal sharePercent, BigDecimal hourlyWage, int trainingHours, BigDecimal capPerHire) {
        Money uncapped = Money.of(sharePercent.multiply(hourlyWage).multiply(BigDecimal.valueOf(trainingHours)).divide(HUNDRED));
        Money cap = Money.of(capPerHire);
        return uncapped.compareTo(cap) > 0 ? cap : uncapped;
    }

    public static Money total(Money perHire, int hires) {
        return Money.of(perHire.amount().multiply(BigDecimal.valueOf(hires)));
    }

    /** The share of qualifying wages paid on a claim: share × hours × wage, to the cent, never above what is left. */
    public static Money claimPayment(BigDecimal sharePercent, BigDecimal hourlyWage, BigDecimal qualifyingHours, Money leftForHire) {
        Money due = Money.of(sharePercent.multiply(hourlyWage).multiply(qualifyingHours).divide(HUNDRED));
        return due.compareTo(leftForHire) > 0 ? leftForHire : due;
    }
}
