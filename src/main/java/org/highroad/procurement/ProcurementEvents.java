package org.highroad.procurement;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Events the procurement module publishes for its own process adapters (same transaction as the change). */
public final class ProcurementEvents {

    private ProcurementEvents() {
    }

    public record SolicitationPublished(long solicitationId, OffsetDateTime submissionDeadline) {
    }

    public record SolicitationCancelled(long solicitationId, String reason) {
    }

    public record BidSubmitted(long bidId, long solicitationId) {
    }

    public record BidReplaced(long replacedBidId, long newBidId) {
    }

    /** The submission deadline passed and the sealed bids were opened: their evaluations go on to review. */
    public record BidsOpened(long solicitationId, Instant openedAt) {
    }
}
