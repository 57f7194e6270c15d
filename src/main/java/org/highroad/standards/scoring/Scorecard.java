package org.highroad.standards.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of scoring one set of answers against a rubric.
 *
 * @param criteria     one line per criterion, in rubric order
 * @param subtotals    points per {@link Principle#name()} in principle order, then "PRICE"; only keys that have
 *                     criteria (a principle with only floors shows 0.00)
 * @param total        sum of the rounded points, so it always equals the sum of the lines a reader sees
 * @param status       whether the submission can be ranked yet
 * @param failedFloors codes of the mandatory floors that were not met
 */
public record Scorecard(
        List<CriterionScore> criteria,
        Map<String, BigDecimal> subtotals,
        BigDecimal total,
        Status status,
        List<String> failedFloors) {

    /** Subtotal key of the price criterion, which belongs to no principle. */
    public static final String PRICE = "PRICE";

    public enum Status {
        /** Every floor is met and every criterion is scored: the total can be ranked. */
        RESPONSIVE,
        /** A mandatory floor failed: the submission is out, whatever its points. */
        NON_RESPONSIVE,
        /** Floors are met but an officer still has to rate: the total is provisional. */
        AWAITING_OFFICER_RATING
    }

    public Scorecard {
        criteria = List.copyOf(criteria);
        subtotals = Collections.unmodifiableMap(new LinkedHashMap<>(subtotals));
        failedFloors = List.copyOf(failedFloors);
    }

    static Scorecard of(List<CriterionScore> scores) {
        Map<Principle, BigDecimal> byPrinciple = new EnumMap<>(Principle.class);
        BigDecimal price = null;
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        List<String> failedFloors = new ArrayList<>();
        boolean awaitingRating = false;
        for (CriterionScore score : scores) {
            total = total.add(score.points());
            if (score.kind() == CriterionKind.PRICE) {
                price = price == null ? score.points() : price.add(score.points());
            } else {
                byPrinciple.merge(score.principle(), score.points(), BigDecimal::add);
            }
            if (score.outcome() == CriterionScore.Outcome.FAILED) {
                failedFloors.add(score.code());
            }
            awaitingRating |= score.outcome() == CriterionScore.Outcome.AWAITING_RATING;
        }
        // EnumMap iterates in declaration order, which gives the documented principle order for free.
        Map<String, BigDecimal> subtotals = new LinkedHashMap<>();
        byPrinciple.forEach((principle, sum) -> subtotals.put(principle.name(), sum));
        if (price != null) {
            subtotals.put(PRICE, price);
        }
        return new Scorecard(scores, subtotals, total, status(failedFloors, awaitingRating), failedFloors);
    }

    // A failed floor wins over a missing rating: no rating can make a non-responsive bid responsive.
    private static Status status(List<String> failedFloors, boolean awaitingRating) {
        if (!failedFloors.isEmpty()) {
            return Status.NON_RESPONSIVE;
        }
        return awaitingRating ? Status.AWAITING_OFFICER_RATING : Status.RESPONSIVE;
    }
}
