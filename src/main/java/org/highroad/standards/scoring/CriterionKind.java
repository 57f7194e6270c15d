package org.highroad.standards.scoring;

/** How a criterion turns an answer into points; each kind reads its own parameters of {@link Criterion}. */
public enum CriterionKind {

    /** Pass/fail, no points: a numeric answer within {@code minimum}/{@code maximum}, or a flag that must be true. */
    MANDATORY_FLOOR,

    /** Points grow in a straight line from {@code zeroPointsAt} to {@code fullPointsAt}; either end may be the higher. */
    LINEAR,

    /** Points in proportion to {@code target}, credited up to {@code cap} times the target. */
    PROPORTIONAL_TO_TARGET,

    /** The full weight when the flag is true, nothing otherwise. */
    YES_NO,

    /** An evaluating officer's rating between {@code minimum} and {@code maximum}, keyed by criterion code. */
    OFFICER_RATED,

    /** The lowest price among the bids gets the full weight, the others in proportion: lowest / price. */
    PRICE,

    /**
     * A share of the weight from a tier table that policy staff edit: a DMN decision named by {@code decisionRef},
     * looked up with the answer through a {@link TierTable}.
     */
    TIERED,

    /**
     * One input of the vendor's past performance across the agency's contracts over a look-back period (on-time
     * reporting, confirmed findings per 1,000 hours, restitution cured in time, workforce commitments met), keyed by
     * {@code metric}: scored on the tier table {@code decisionRef} when it names one, otherwise in a straight line from
     * {@code zeroPointsAt} to {@code fullPointsAt}. A vendor without history for the input gets the stated neutral
     * share {@code target} (percent of the weight, 100 when not set): no penalty. {@code maximum} is the look-back in
     * years (3 when not set).
     */
    PAST_PERFORMANCE
}
