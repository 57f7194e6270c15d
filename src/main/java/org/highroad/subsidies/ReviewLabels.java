package org.highroad.subsidies;

/**
 * What workforce staff read on the review task, as names and amounts: the employer, the hires and wage, the scorecard
 * in a line, the flags and the money. All computed by the module (the company name aside, no text a person typed,
 * ADR 0013); the decision is the staff's answer, never one of these.
 */
public record ReviewLabels(String employer, String hiresAndWage, String scorecard, String flags, String perHire, String total,
        String programBudgetLeft) {
}
