package org.highroad.enforcement.ledger;

import java.math.BigDecimal;

/**
 * One contractor's restitution and withholding in the case. {@code outstanding} and {@code overpaid} are the sums of
 * its workers' (so one worker's overpayment never reduces another's outstanding restitution); {@code held} is
 * {@code withheld − released}.
 */
public record ContractorTotals(long vendorId, BigDecimal owed, BigDecimal paid, BigDecimal outstanding,
        BigDecimal overpaid, BigDecimal withheld, BigDecimal released, BigDecimal held, int workers,
        int workersOutstanding) {

    static ContractorTotals none(long vendorId) {
        return new ContractorTotals(vendorId, LedgerAmounts.ZERO, LedgerAmounts.ZERO, LedgerAmounts.ZERO, LedgerAmounts.ZERO, LedgerAmounts.ZERO, LedgerAmounts.ZERO,
                LedgerAmounts.ZERO, 0, 0);
    }

    /**
     * What to withhold from this contractor's next payment: its outstanding restitution minus what is already held,
     * at least $0.00.
     *
     * <p>Rule: the outstanding restitution is withheld, and no more (the ceiling of
     * {@link RestitutionLedger#withholdingRefusal}). The contract's remedies (clause REPORTING,
     * "Certified payroll, cure and remedies": "The Agency may withhold from payments the amounts needed to satisfy
     * restitution (29 CFR 5.5(a)(2))") and 29 CFR 5.9 (payments suspended until enough is withheld to pay the workers)
     * allow withholding accrued payments. Overpayments to other workers are not credited.
     */
    public BigDecimal recommendedWithholding() {
        return LedgerAmounts.positivePart(outstanding.subtract(held));
    }

    /**
     * Withholding held beyond what this contractor still owes on the case (an earlier overwithholding, or the debt fell
     * after payments or a revision): to release. Rule: as {@link RestitutionLedger#withholdingRefusal}, held never
     * needs to exceed the outstanding restitution (29 CFR 5.9).
     */
    public BigDecimal heldBeyondOwed() {
        return LedgerAmounts.positivePart(held.subtract(outstanding));
    }
}
