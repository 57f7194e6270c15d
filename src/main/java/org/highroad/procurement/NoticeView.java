package org.highroad.procurement;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A notice recorded to a bidder at award (awarded, unsuccessful, disqualified, non-responsive) or at cancellation: the
 * API answers its English {@code text}; a page writes it in its reader's language from {@code said}, which is null for
 * a notice recorded before what it says was kept and whose sentence could not be read back (the page then reads the
 * text).
 */
public record NoticeView(long bidId, long vendorId, String kind, String text, Instant createdAt, @JsonIgnore Said said) {

    /**
     * What the notice says: its code (a sentence {@code bidNotice.<code>}: awarded, unsuccessful, disqualified,
     * nonResponsive, cancelled), the solicitation, and the values the code needs (rank and points; the reason).
     */
    public record Said(long solicitationId, String code, String title, Integer rank, BigDecimal points, String reason) {
    }
}
