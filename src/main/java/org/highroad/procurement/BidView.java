package org.highroad.procurement;

import java.math.BigDecimal;
import java.time.Instant;

/** A bid as read: its commitments, where it stands, and its score once scored. */
public record BidView(Long id, Long solicitationId, Long vendorId, BidStatus status, Instant submittedAt,
        String submittedBy, Long replacesBidId, BidSubmission commitments, BigDecimal totalScore,
        String scorecardStatus, String outcomeReason, Integer rank) {
}
