package org.highroad.enforcement.escalation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The facts of an enforcement case the escalation ladder decides on.
 *
 * @param currentStep where the case is on the ladder
 * @param cured the contractor has corrected the violations and paid the restitution
 * @param outstandingRestitution back wages still owed to workers, in dollars (0 when none)
 * @param businessDaysPastCure business days since the cure period ended; 0 until it has
 * @param violationCount violations still open (fines are charged per open violation per day)
 * @param repeatOffender another confirmed case on the vendor in the last 3 years
 * @param missingPayrolls confirmed late reports whose certified payroll has still not been accepted
 */
public record EscalationInput(EscalationStep currentStep, boolean cured, BigDecimal outstandingRestitution,
        int businessDaysPastCure, int violationCount, boolean repeatOffender, int missingPayrolls) {

    /** A case with no payroll missing. */
    public EscalationInput(EscalationStep currentStep, boolean cured, BigDecimal outstandingRestitution,
            int businessDaysPastCure, int violationCount, boolean repeatOffender) {
        this(currentStep, cured, outstandingRestitution, businessDaysPastCure, violationCount, repeatOffender, 0);
    }

    public EscalationInput {
        Objects.requireNonNull(currentStep, "currentStep");
        Objects.requireNonNull(outstandingRestitution, "outstandingRestitution");
        if (outstandingRestitution.signum() < 0) {
            throw new IllegalArgumentException("outstandingRestitution must not be negative: " + outstandingRestitution);
        }
        if (businessDaysPastCure < 0) {
            throw new IllegalArgumentException("businessDaysPastCure must not be negative (0 until the cure period has ended): "
                    + businessDaysPastCure);
        }
        if (missingPayrolls < 0) {
            throw new IllegalArgumentException("missingPayrolls must not be negative: " + missingPayrolls);
        }
        if (violationCount < 0) {
            throw new IllegalArgumentException("violationCount must not be negative: " + violationCount);
        }
    }
}
