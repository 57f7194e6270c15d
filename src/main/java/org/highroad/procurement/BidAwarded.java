package org.highroad.procurement;

import java.math.BigDecimal;
import java.time.Instant;

/** Published when a procurement officer awards a bid; the contracts module drafts the contract from it. */
public record BidAwarded(long solicitationId, long bidId, long vendorId, String standardCode, int standardVersion,
        BigDecimal price, String awardedBy, Instant awardedAt, String reason) {
}
