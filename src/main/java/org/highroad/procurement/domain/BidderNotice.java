package org.highroad.procurement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A notice to a bidder (award, unsuccessful, disqualified, non-responsive, cancelled), recorded for the file: its
 * sentence in English ({@code text}, which the API answers and mail sends) and what that sentence says as a code and
 * its values ({@code reason_code}, the solicitation's title, the bid's rank and points, the reason), from which a page
 * writes it again in its reader's language. A notice recorded before the values were kept and whose sentence V89 could
 * not read has no code: a page then reads its English sentence as it was written.
 */
@Entity
@Table(name = "bidder_notice")
public class BidderNotice {

    /** What a notice says, each code a sentence of the pages' bundle ({@code bidNotice.<code>}). */
    public static final String AWARDED = "awarded";
    public static final String UNSUCCESSFUL = "unsuccessful";
    public static final String DISQUALIFIED = "disqualified";
    public static final String NON_RESPONSIVE = "nonResponsive";
    public static final String CANCELLED = "cancelled";

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
    @Column(name = "reason_code")
    private String reasonCode;
    @Column(name = "solicitation_title")
    private String solicitationTitle;
    @Column(name = "bid_rank")
    private Integer bidRank;
    @Column(name = "total_points")
    private BigDecimal totalPoints;
    private String reason;

    protected BidderNotice() {
    }

    /**
     * @param text the notice's sentence in English, as the API answers it
     * @param said what it says, as a page writes it again in its reader's language
     */
    public BidderNotice(long solicitationId, long bidId, long vendorId, Kind kind, String text, Said said, Instant createdAt) {
        this.solicitationId = solicitationId;
        this.bidId = bidId;
        this.vendorId = vendorId;
        this.kind = kind;
        this.text = text;
        this.reasonCode = said.code();
        this.solicitationTitle = said.title();
        this.bidRank = said.rank();
        this.totalPoints = said.points();
        this.reason = said.reason();
        this.createdAt = createdAt;
    }

    /**
     * What a notice says: its code ({@link #AWARDED}, ...), the solicitation's title as it was, and, as the code needs
     * them, the bid's rank and total points (unsuccessful) or the reason (the bid's outcome when ruled out, in the
     * screening's English; the officer's words when cancelled).
     */
    public record Said(String code, String title, Integer rank, BigDecimal points, String reason) {
    }

    public long solicitationId() {
        return solicitationId;
    }

    /** What the notice says, or empty for a notice recorded before it was kept and not read back since. */
    public java.util.Optional<Said> said() {
        return reasonCode == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Said(reasonCode, solicitationTitle, bidRank, totalPoints, reason));
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
