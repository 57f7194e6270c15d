package org.highroad.procurement.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.highroad.platform.errors.ConflictException;
import org.highroad.procurement.SolicitationDraft;
import org.highroad.procurement.SolicitationStatus;
import org.highroad.procurement.SolicitationView;
import org.highroad.standards.StoredCriterion;
import org.highroad.standards.scoring.Criterion;

/**
 * A solicitation (aggregate root) and its lifecycle draft → published → closed (bids opened) → evaluated → awarded,
 * or cancelled. What bidders are judged by (standard version, rubric, classifications, deadline) is fixed at
 * publication; its bids are sealed from publication until they are opened at the submission deadline.
 */
@Entity
@Table(name = "solicitation")
public class Solicitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "agency_code")
    private String agencyCode;
    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    private SolicitationDraft.Category category;
    private String region;
    @Column(name = "estimated_value")
    private BigDecimal estimatedValue;
    @Column(name = "standard_code")
    private String standardCode;
    @Column(name = "standard_version")
    private int standardVersion;
    @Column(name = "submission_deadline")
    private Instant submissionDeadline;
    @Column(name = "requires_prequalification")
    private boolean requiresPrequalification;
    @ElementCollection
    @CollectionTable(name = "solicitation_classification", joinColumns = @JoinColumn(name = "solicitation_id"))
    @OrderColumn(name = "position")
    @Column(name = "classification")
    private List<String> classifications = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "solicitation_criterion", joinColumns = @JoinColumn(name = "solicitation_id"))
    @OrderColumn(name = "position")
    private List<StoredCriterion> rubric = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    private SolicitationStatus status = SolicitationStatus.DRAFT;
    @Column(name = "awarded_bid_id")
    private Long awardedBidId;
    @Column(name = "award_reason")
    private String awardReason;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "opened_at")
    private Instant openedAt;
    /** The SHA-256 of the officer's form's one-time token it was drafted from (unique); null when drafted otherwise. */
    @Column(name = "form_token")
    private String formToken;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Solicitation() {
    }

    public Solicitation(SolicitationDraft draft, List<Criterion> rubric, String by, Instant at) {
        this.createdBy = by;
        this.createdAt = at;
        apply(draft, rubric);
    }

    /** Keeps the hash of the one-time token of the form that drafted it, so the same form sent again finds it. */
    public void keepFormToken(String hash) {
        this.formToken = hash;
    }

    /** Who drafted it (a user id). */
    public String createdBy() {
        return createdBy;
    }

    public void revise(SolicitationDraft draft, List<Criterion> rubric) {
        require(SolicitationStatus.DRAFT, "revised");
        apply(draft, rubric);
    }

    public void publish(Instant at) {
        require(SolicitationStatus.DRAFT, "published");
        if (!submissionDeadline.isAfter(at)) {
            throw new ConflictException("the submission deadline " + submissionDeadline + " has already passed");
        }
        status = SolicitationStatus.PUBLISHED;
        publishedAt = at;
    }

    /** Whether a bid may come in at {@code at}: published and before the deadline. */
    public void requireOpenFor(Instant at) {
        if (status != SolicitationStatus.PUBLISHED) {
            throw new ConflictException("solicitation " + id + " is " + status.name().toLowerCase() + ", not open for bids");
        }
        if (!at.isBefore(submissionDeadline)) {
            throw new ConflictException("the submission deadline " + submissionDeadline + " has passed; late bids are refused");
        }
    }

    /**
     * At the submission deadline submissions close and the sealed bids are opened; never before it. Bids received
     * before the time set for opening are kept secure and are not opened or viewed until then (sealed bidding,
     * FAR 14.401(a); opened at that time, FAR 14.402-1(a)). Returns whether this call opened them: not again, and not
     * for a cancelled solicitation, whose bids stay sealed.
     */
    public boolean closeAndOpen(Instant at) {
        if (at.isBefore(submissionDeadline)) {
            throw new ConflictException("the bids of solicitation " + id + " cannot be opened before the submission deadline "
                    + submissionDeadline);
        }
        if (status == SolicitationStatus.PUBLISHED) {
            status = SolicitationStatus.CLOSED;
        }
        if (status != SolicitationStatus.CLOSED || openedAt != null) {
            return false;
        }
        openedAt = at;
        return true;
    }

    /** Bids came in (it was published) and have not been opened: no one but each bidder may read them. */
    public boolean sealed() {
        return status != SolicitationStatus.DRAFT && openedAt == null;
    }

    /** Why agency staff cannot read the bids yet. */
    public String sealedNotice() {
        return status == SolicitationStatus.CANCELLED
                ? "the bids of solicitation " + id + " stay sealed: it was cancelled before they were opened"
                : "the bids of solicitation " + id + " are sealed until they are opened at the submission deadline "
                        + submissionDeadline;
    }

    public void evaluated() {
        require(SolicitationStatus.CLOSED, "marked evaluated");
        status = SolicitationStatus.EVALUATED;
    }

    public void award(long bidId, String reason) {
        require(SolicitationStatus.EVALUATED, "awarded");
        status = SolicitationStatus.AWARDED;
        awardedBidId = bidId;
        awardReason = reason;
    }

    public void cancel() {
        if (status == SolicitationStatus.AWARDED || status == SolicitationStatus.CANCELLED) {
            throw new ConflictException("solicitation " + id + " is " + status.name().toLowerCase() + " and cannot be cancelled");
        }
        status = SolicitationStatus.CANCELLED;
    }

    private void apply(SolicitationDraft d, List<Criterion> criteria) {
        agencyCode = d.agencyCode();
        title = d.title();
        description = d.description();
        category = d.category();
        region = d.region();
        estimatedValue = d.estimatedValue();
        standardCode = d.standardCode();
        standardVersion = d.standardVersion();
        submissionDeadline = d.submissionDeadline().toInstant();
        requiresPrequalification = Boolean.TRUE.equals(d.requiresPrequalification());
        classifications.clear();
        classifications.addAll(d.classifications());
        rubric.clear();
        criteria.forEach(c -> rubric.add(StoredCriterion.of(c)));
    }

    private void require(SolicitationStatus expected, String action) {
        if (status != expected) {
            throw new ConflictException("solicitation " + id + " is " + status.name().toLowerCase()
                    + " and cannot be " + action);
        }
    }

    public SolicitationView toView() {
        return new SolicitationView(id, agencyCode, title, description, category, region, estimatedValue,
                standardCode, standardVersion, submissionDeadline.atOffset(ZoneOffset.UTC), List.copyOf(classifications),
                requiresPrequalification, rubric(), status, awardedBidId, awardReason, createdBy, createdAt, publishedAt,
                openedAt);
    }

    public List<Criterion> rubric() {
        return rubric.stream().map(StoredCriterion::toCriterion).toList();
    }

    public Long id() {
        return id;
    }

    public SolicitationStatus status() {
        return status;
    }

    public String standardCode() {
        return standardCode;
    }

    public int standardVersion() {
        return standardVersion;
    }

    public SolicitationDraft.Category category() {
        return category;
    }

    public List<String> classifications() {
        return List.copyOf(classifications);
    }

    public boolean requiresPrequalification() {
        return requiresPrequalification;
    }

    public OffsetDateTime submissionDeadline() {
        return submissionDeadline.atOffset(ZoneOffset.UTC);
    }

    public String title() {
        return title;
    }
}
