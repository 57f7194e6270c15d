package org.highroad.procurement;

import java.time.Instant;

/** A notice recorded to a bidder at award (awarded, unsuccessful, disqualified, non-responsive). */
public record NoticeView(long bidId, long vendorId, String kind, String text, Instant createdAt) {
}
