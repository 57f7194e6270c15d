package org.highroad.standards.scoring;

import java.math.BigDecimal;

/**
 * How one criterion scored, with enough context to show the line on its own.
 *
 * @param input   the answer used, as plain text; null when not answered
 * @param points  rounded to 2 decimals; always 0 for a mandatory floor
 * @param reason  a short factual sentence, e.g. "15.00 of target 20.00 = 75% of 30 points"
 */
public record CriterionScore(
        String code,
        String name,
        Principle principle,
        CriterionKind kind,
        BigDecimal weight,
        String input,
        BigDecimal points,
        Outcome outcome,
        String reason) {

    public enum Outcome {
        /** Points were computed (possibly 0). */
        SCORED,
        /** A mandatory floor is met. */
        PASSED,
        /** A mandatory floor is not met, or not answered: the whole submission is non-responsive. */
        FAILED,
        /** No answer for a criterion that gives points: it scores 0. */
        NOT_ANSWERED,
        /** The officer has not rated this criterion yet: 0 points for now. */
        AWAITING_RATING
    }

    static final String NOT_ANSWERED_REASON = "not answered";
    private static final BigDecimal NO_POINTS = BigDecimal.ZERO.setScale(2);

    static CriterionScore of(Criterion criterion, String input, BigDecimal points, Outcome outcome, String reason) {
        return new CriterionScore(criterion.code(), criterion.name(), criterion.principle(), criterion.kind(),
                criterion.weight(), input, points, outcome, reason);
    }

    static CriterionScore notAnswered(Criterion criterion) {
        return of(criterion, null, NO_POINTS, Outcome.NOT_ANSWERED, NOT_ANSWERED_REASON);
    }

    static CriterionScore awaitingRating(Criterion criterion) {
        return of(criterion, null, NO_POINTS, Outcome.AWAITING_RATING, "awaiting officer rating");
    }

    /** Floors never give points: they only decide whether the submission is responsive. */
    static CriterionScore floor(Criterion criterion, String input, boolean met, String reason) {
        return of(criterion, input, NO_POINTS, met ? Outcome.PASSED : Outcome.FAILED, reason);
    }
}
