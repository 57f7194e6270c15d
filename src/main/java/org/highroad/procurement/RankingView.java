package org.highroad.procurement;

import java.math.BigDecimal;
import java.util.List;

/** {@code GET /api/solicitations/{id}/ranking}: responsive bids in rank order, then the rest with their outcome. */
public record RankingView(Long solicitationId, SolicitationStatus status, String tieBreak, List<Entry> entries) {

    public record Entry(Integer rank, Long bidId, Long vendorId, BidStatus status, BigDecimal totalScore,
            BigDecimal price, String outcomeReason) {
    }
}
