package org.highroad.subsidies;

/**
 * What workforce staff read on the review task, as names and amounts: the employer, the position, the scorecard in a
 * line, the flags and the money. Labels only: the decision is the staff's answer, never one of these.
 */
public record ReviewLabels(String employer, String position, String scorecard, String flags, String perHire, String total,
        String programBudgetLeft) {
}
