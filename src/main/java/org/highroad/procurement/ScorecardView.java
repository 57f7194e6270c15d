package org.highroad.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/bids/{id}/scorecard}: points per criterion with the input used and the reason, principle
 * subtotals, total (the sum of the rounded criterion points) and status, plus the officer's ratings.
 */
public record ScorecardView(Long bidId, BidStatus bidStatus, String status, List<Line> criteria,
        Map<String, BigDecimal> subtotals, BigDecimal total, List<Rating> officerRatings, String outcomeReason) {

    public record Line(String code, String name, String principle, String kind, BigDecimal weight, String input,
            BigDecimal points, String outcome, String reason) {
    }

    public record Rating(String criterion, BigDecimal rating, String justification, String ratedBy, Instant ratedAt) {
    }
}
