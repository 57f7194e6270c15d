package org.highroad.contracts;

import java.util.Arrays;
import java.util.Optional;

/** The procurement officer's legal review of a draft: approve it for the prime's acceptance, or return it to drafting. */
public enum LegalReviewDecision {
    APPROVE,
    RETURN;

    /** Why a form answer is not a legal review decision. */
    static final String CHOOSE = "choose a decision: APPROVE or RETURN";

    /** The decision a form answered (the {@code decision} field's value), or empty when it names none. */
    public static Optional<LegalReviewDecision> of(Object answer) {
        return Arrays.stream(values()).filter(d -> d.name().equals(answer)).findFirst();
    }
}
