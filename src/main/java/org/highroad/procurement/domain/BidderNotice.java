package org.highroad.procurement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A notice to a bidder (award, unsuccessful, disqualified, non-responsive), recorded for the file. */
@Entity
@Table(name = "bidder_notice")
public class BidderNotice {

    /** Why the bidder is written to. */
    public enum Kind { AWARDED, UNSUCCESSFUL, DISQUALIFIED, NON_RESPONSIVE, SOLICITATION_CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "solicitation_id")
    private long solicitationId;
    @Column(name = "bid_id")
    private long bidId;
    @Column(name = "vendor_id")
    private long vendorId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String text;
    @Column(name = "created_at")
    private Instant createdAt;

    protected BidderNotice() {
    }

    public BidderNotice(long solicitationId, long bidId, long vendorId, Kind kind, String text, Instant createdAt) {
        this.solicitationId = solicitationId;
        this.bidId = bidId;
        this.vendorId = vendorId;
        this.kind = kind;
        this.text = text;
        this.createdAt = createdAt;
    }

    public long bidId() {
        return bidId;
    }

    public long vendorId() {
        return vendorId;
    }

    public Kind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
