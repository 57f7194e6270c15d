package org.highroad.enforcement.escalation;

import java.util.Objects;
import java.util.Optional;

/**
 * What the escalation ladder recommends for a case, and why (the rationale cites its source). People act on it and
 * the step is recorded with who, when and this rationale.
 */
public record EscalationAdvice(NextStep nextStep, String rationale) {

    public EscalationAdvice {
        Objects.requireNonNull(nextStep, "nextStep");
        if (rationale == null || rationale.isBlank()) {
            throw new IllegalArgumentException("an escalation advice needs a rationale");
        }
    }

    /** What to do next: close the case, move it up to a step, or wait where it is. */
    public enum NextStep {
        CLOSE, WITHHOLDING, FINES, DEBARMENT_REFERRAL, WAIT;

        /** The step the case moves to, or empty when it stays where it is ({@link #WAIT}) or leaves the ladder ({@link #CLOSE}). */
        public Optional<EscalationStep> step() {
            return switch (this) {
                case WITHHOLDING -> Optional.of(EscalationStep.WITHHOLDING);
                case FINES -> Optional.of(EscalationStep.FINES);
                case DEBARMENT_REFERRAL -> Optional.of(EscalationStep.DEBARMENT_REFERRAL);
                case CLOSE, WAIT -> Optional.empty();
            };
        }
    }
}
