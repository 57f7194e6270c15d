package org.highroad.contracts;

import java.util.Arrays;
import java.util.Optional;

/** The prime contractor's answer to the contract legal review approved: accept it (executed), or reject it. */
public enum AcceptanceDecision {
    ACCEPT,
    REJECT;

    /** Why a form answer is not an acceptance decision. */
    static final String CHOOSE = "choose a decision: ACCEPT or REJECT";

    /** The decision a form answered (the {@code decision} field's value), or empty when it names none. */
    public static Optional<AcceptanceDecision> of(Object answer) {
        return Arrays.stream(values()).filter(d -> d.name().equals(answer)).findFirst();
    }
}
