package org.highroad.standards.scoring;

import java.math.BigDecimal;

/**
 * Point tiers that policy staff own, kept outside the arithmetic: for a decision table and an answer, the share of
 * the criterion's weight (0 to 1) and the tier's label. The workflow layer backs it with DMN decisions; tests with
 * a map.
 */
@FunctionalInterface
public interface TierTable {

    /** For rubrics without {@link CriterionKind#TIERED} criteria. */
    TierTable NONE = (decision, value) -> {
        throw new IllegalStateException("no tier table given, but the rubric uses decision " + decision);
    };

    Tier tierFor(String decisionRef, BigDecimal value);

    /**
     * The table's tiers in its own order, each with its share and label, for telling a reader how answers become
     * points; none when the tiers cannot be listed (a table given as a function).
     */
    default java.util.List<Tier> tiers(String decisionRef) {
        return java.util.List.of();
    }

    /** One row of a tier table: the share of the weight it earns and how it reads ("7 to 13 days"). */
    record Tier(BigDecimal share, String label) {
    }
}
