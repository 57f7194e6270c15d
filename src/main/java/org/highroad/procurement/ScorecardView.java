package org.highroad.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.highroad.platform.security.HighroadUser;

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

    /** Agency staff read which officer rated; the bidder reads the ratings and their justifications, not the name. */
    public ScorecardView asReadBy(HighroadUser reader) {
        if (reader.isAgencyStaff()) {
            return this;
        }
        return new ScorecardView(bidId, bidStatus, status, criteria, subtotals, total, officerRatings.stream()
                .map(r -> new Rating(r.criterion(), r.rating(), r.justification(), null, r.ratedAt())).toList(), outcomeReason);
    }
}
