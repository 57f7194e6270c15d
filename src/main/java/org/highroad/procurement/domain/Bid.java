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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.highroad.platform.errors.ConflictException;
import org.highroad.procurement.BidStatus;
import org.highroad.procurement.BidSubmission;
import org.highroad.procurement.BidView;
import org.highroad.procurement.ScorecardView;
import org.highroad.standards.scoring.CriterionScore;
import org.highroad.standards.scoring.Principle;
import org.highroad.standards.scoring.Scorecard;

/**
 * A vendor's bid with its commitments and its evaluation: the outcome of each step, the stored scorecard and the
 * officer's ratings. A resubmission before the deadline is a new bid; the old one is kept as REPLACED.
 */
@Entity
@Table(name = "bid")
public class Bid {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "solicitation_id")
    private long solicitationId;
    @Column(name = "vendor_id")
    private long vendorId;
    @Enumerated(EnumType.STRING)
    private BidStatus status = BidStatus.SUBMITTED;
    private BigDecimal price;
    @ElementCollection
    @CollectionTable(name = "bid_wage_offer", joinColumns = @JoinColumn(name = "bid_id"))
    @OrderColumn(name = "position")
    private List<BidSubmission.WageOffer> wageOffers = new ArrayList<>();
    @Column(name = "lowest_hourly_wage")
    private BigDecimal lowestHourlyWage;
    @Column(name = "employer_health_premium_share_percent")
    private BigDecimal employerHealthPremiumSharePercent;
    @Column(name = "paid_leave_days_per_year")
    private BigDecimal paidLeaveDaysPerYear;
    @Column(name = "retirement_contribution_percent")
    private BigDecimal retirementContributionPercent;
    @Column(name = "schedule_notice_days")
    private Integer scheduleNoticeDays;
    @Column(name = "full_time_share_percent")
    private BigDecimal fullTimeSharePercent;
    @Column(name = "local_resident_hours_share_percent")
    private BigDecimal localResidentHoursSharePercent;
    @Column(name = "people_of_color_hours_share_percent")
    private BigDecimal peopleOfColorHoursSharePercent;
    @Column(name = "women_hours_share_percent")
    private BigDecimal womenHoursSharePercent;
    @Column(name = "apprentice_hours_share_percent")
    private BigDecimal apprenticeHoursSharePercent;
    @Column(name = "training_hours_per_worker_per_year")
    private BigDecimal trainingHoursPerWorkerPerYear;
    @Column(name = "advancement_plan")
    private String advancementPlan;
    @Column(name = "has_collective_agreement")
    private Boolean hasCollectiveAgreement;
    @Column(name = "has_worker_committee")
    private Boolean hasWorkerCommittee;
    @Column(name = "serious_safety_citations_3y")
    private Integer seriousSafetyCitationsLast3Years;
    @ElementCollection
    @CollectionTable(name = "bid_principle_statement", joinColumns = @JoinColumn(name = "bid_id"))
    @OrderColumn(name = "position")
    private List<PrincipleStatement> principleStatements = new ArrayList<>();
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "replaces_bid_id")
    private Long replacesBidId;
    @ElementCollection
    @CollectionTable(name = "bid_score_line", joinColumns = @JoinColumn(name = "bid_id"))
    @OrderColumn(name = "position")
    private List<ScoreLine> scoreLines = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "bid_officer_rating", joinColumns = @JoinColumn(name = "bid_id"))
    private List<OfficerRating> officerRatings = new ArrayList<>();
    @Column(name = "total_score")
    private BigDecimal totalScore;
    @Column(name = "scorecard_status")
    private String scorecardStatus;
    @Column(name = "outcome_reason")
    private String outcomeReason;
    @Column(name = "ranking")
    private Integer rank;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Bid() {
    }

    public Bid(long solicitationId, long vendorId, BidSubmission s, String by, Instant at, Long replaces) {
        this.solicitationId = solicitationId;
        this.vendorId = vendorId;
        this.submittedBy = by;
        this.submittedAt = at;
        this.replacesBidId = replaces;
        price = s.price();
        wageOffers.addAll(s.wageOffers());
        lowestHourlyWage = s.lowestHourlyWage();
        employerHealthPremiumSharePercent = s.employerHealthPremiumSharePercent();
        paidLeaveDaysPerYear = s.paidLeaveDaysPerYear();
        retirementContributionPercent = s.retirementContributionPercent();
        scheduleNoticeDays = s.scheduleNoticeDays();
        fullTimeSharePercent = s.fullTimeSharePercent();
        localResidentHoursSharePercent = s.localResidentHoursSharePercent();
        peopleOfColorHoursSharePercent = s.peopleOfColorHoursSharePercent();
        womenHoursSharePercent = s.womenHoursSharePercent();
        apprenticeHoursSharePercent = s.apprenticeHoursSharePercent();
        trainingHoursPerWorkerPerYear = s.trainingHoursPerWorkerPerYear();
        advancementPlan = s.advancementPlan();
        hasCollectiveAgreement = s.hasCollectiveAgreement();
        hasWorkerCommittee = s.hasWorkerCommittee();
        seriousSafetyCitationsLast3Years = s.seriousSafetyCitationsLast3Years();
        s.principleStatements().forEach((p, text) -> principleStatements.add(new PrincipleStatement(p, text)));
    }

    public BidSubmission commitments() {
        Map<Principle, String> statements = new EnumMap<>(Principle.class);
        principleStatements.forEach(p -> statements.put(p.principle(), p.statement()));
        return new BidSubmission(price, List.copyOf(wageOffers), lowestHourlyWage, employerHealthPremiumSharePercent,
                paidLeaveDaysPerYear, retirementContributionPercent, scheduleNoticeDays, fullTimeSharePercent,
                localResidentHoursSharePercent, peopleOfColorHoursSharePercent, womenHoursSharePercent,
                apprenticeHoursSharePercent, trainingHoursPerWorkerPerYear, advancementPlan, hasCollectiveAgreement,
                hasWorkerCommittee, seriousSafetyCitationsLast3Years, statements);
    }

    /** Ends the evaluation with a ruling-out outcome (disqualified, non-responsive) and the reason. */
    public void ruleOut(BidStatus outcome, String reason) {
        requireInEvaluation();
        status = outcome;
        outcomeReason = bounded(reason);
    }

    /** The solicitation was cancelled: a bid still in the competition ends here. */
    public boolean cancelWithSolicitation(String reason) {
        if (status == BidStatus.REPLACED || status == BidStatus.DISQUALIFIED || status == BidStatus.NON_RESPONSIVE) {
            return false;
        }
        status = BidStatus.CANCELLED;
        outcomeReason = bounded("solicitation cancelled: " + reason);
        return true;
    }

    // The column holds 4,000 characters; the audit trail keeps the reason too.
    private static String bounded(String reason) {
        return reason == null || reason.length() <= 4000 ? reason : reason.substring(0, 3999) + "…";
    }

    public void scored(Scorecard card) {
        requireInEvaluation();
        keep(card);
        if (status == BidStatus.SUBMITTED) {
            status = BidStatus.SCORED;
        }
    }

    /**
     * At ranking only the price line changes (price points are relative to the lowest evaluated price); the
     * job-quality lines the officer confirmed stay as they were. The total is the sum of the stored lines.
     */
    public void repriced(CriterionScore priceLine) {
        if (status != BidStatus.EVALUATED) {
            throw new ConflictException("bid " + id + " is " + status.name().toLowerCase() + " and is not ranked");
        }
        scoreLines.replaceAll(line -> line.kind().equals(priceLine.kind().name()) ? ScoreLine.of(priceLine) : line);
        totalScore = scoreLines.stream().map(ScoreLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void keep(Scorecard card) {
        scoreLines.clear();
        card.criteria().forEach(line -> scoreLines.add(ScoreLine.of(line)));
        totalScore = card.total();
        scorecardStatus = card.status().name();
    }

    public void rate(String criterion, BigDecimal rating, String justification, String by, Instant at) {
        if (status != BidStatus.SCORED) {
            throw new ConflictException("bid " + id + " is " + status.name().toLowerCase() + ", not awaiting review");
        }
        officerRatings.removeIf(r -> r.criterion().equals(criterion));
        officerRatings.add(new OfficerRating(criterion, rating, justification, by, at));
    }

    public void confirmReview() {
        if (status != BidStatus.SCORED) {
            throw new ConflictException("bid " + id + " is " + status.name().toLowerCase() + ", not awaiting review");
        }
        status = BidStatus.EVALUATED;
    }

    public void replaced() {
        status = BidStatus.REPLACED;
        outcomeReason = "replaced by a resubmission before the deadline";
    }

    public void ranked(Integer position) {
        rank = position;
    }

    public void awarded() {
        status = BidStatus.AWARDED;
    }

    public void unsuccessful(String reason) {
        if (status == BidStatus.EVALUATED) {
            status = BidStatus.UNSUCCESSFUL;
            outcomeReason = reason;
        }
    }

    private void requireInEvaluation() {
        if (status != BidStatus.SUBMITTED && status != BidStatus.SCORED) {
            throw new ConflictException("bid " + id + " is " + status.name().toLowerCase() + "; its evaluation has ended");
        }
    }

    public Map<String, BigDecimal> ratings() {
        Map<String, BigDecimal> ratings = new java.util.HashMap<>();
        officerRatings.forEach(r -> ratings.put(r.criterion(), r.rating()));
        return ratings;
    }

    public BidView toView() {
        return new BidView(id, solicitationId, vendorId, status, submittedAt, submittedBy, replacesBidId, commitments(),
                totalScore, scorecardStatus, outcomeReason, rank);
    }

    /**
     * What the bidder may see before the award: its commitments and job-quality lines, but not its price points,
     * total or rank, which depend on the other bids (the lowest price would leak, inviting a lower resubmission).
     */
    public BidView toBidderView() {
        return new BidView(id, solicitationId, vendorId, status, submittedAt, submittedBy, replacesBidId, commitments(),
                null, scorecardStatus, outcomeReason, null);
    }

    public ScorecardView toScorecard(Map<String, BigDecimal> subtotals) {
        return new ScorecardView(id, status, scorecardStatus, scoreLines.stream().map(ScoreLine::toLine).toList(),
                subtotals, totalScore, officerRatings.stream().map(OfficerRating::toView).toList(), outcomeReason);
    }

    /** The scorecard before the award, for the bidder: see {@link #toBidderView()}. */
    public ScorecardView toBidderScorecard() {
        Map<String, BigDecimal> subtotals = new java.util.LinkedHashMap<>(subtotals());
        subtotals.remove("PRICE");
        List<ScorecardView.Line> lines = scoreLines.stream().map(ScoreLine::toLine)
                .map(l -> l.kind().equals("PRICE") ? new ScorecardView.Line(l.code(), l.name(), l.principle(), l.kind(),
                        l.weight(), l.input(), null, "SCORED_AT_RANKING",
                        "scored against the lowest evaluated price after the deadline") : l).toList();
        return new ScorecardView(id, status, scorecardStatus, lines, subtotals, null,
                officerRatings.stream().map(OfficerRating::toView).toList(), outcomeReason);
    }

    /** Principle subtotals recomputed from the stored lines (sums of rounded points). */
    public Map<String, BigDecimal> subtotals() {
        Map<String, BigDecimal> sums = new java.util.LinkedHashMap<>();
        for (ScoreLine line : scoreLines) {
            sums.merge(line.principle() == null ? "PRICE" : line.principle(), line.points(), BigDecimal::add);
        }
        return sums;
    }

    public Long id() {
        return id;
    }

    public long solicitationId() {
        return solicitationId;
    }

    public long vendorId() {
        return vendorId;
    }

    public BidStatus status() {
        return status;
    }

    public BigDecimal price() {
        return price;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public BigDecimal totalScore() {
        return totalScore;
    }

    public Integer rank() {
        return rank;
    }

    public String outcomeReason() {
        return outcomeReason;
    }
}
