package org.highroad.procurement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.process.FormText;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.procurement.domain.Bid;
import org.highroad.procurement.domain.BidAnswers;
import org.highroad.procurement.domain.BidRepository;
import org.highroad.procurement.domain.BidScreening;
import org.highroad.procurement.domain.Solicitation;
import org.highroad.procurement.domain.WageFloors;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.scoring.Answers;
import org.highroad.standards.scoring.Criterion;
import org.highroad.standards.scoring.CriterionKind;
import org.highroad.standards.scoring.CriterionScore;
import org.highroad.standards.scoring.RubricScorer;
import org.highroad.standards.scoring.Scorecard;
import org.highroad.standards.scoring.TierTable;
import org.highroad.vendors.Eligibility;
import org.highroad.vendors.PastPerformance;
import org.highroad.vendors.VendorQualifications;
import org.highroad.vendors.VendorRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a bid's evaluation, one method each, called by the bid-evaluation process: completeness, vendor
 * eligibility, mandatory floors (judged with the floors in force on the bid date), scoring, then, once the bids are
 * opened at the submission deadline, scoring against the other opened bids and the officer's review. Each step
 * records its outcome on the bid and in the audit trail (no amount before the opening); a step that rules the bid out
 * says why, and its bidder sees it at once.
 */
@Service
public class BidEvaluation {

    /** The officer confirmed the scorecard; the reason is the agency's note, not the bidder's to read. */
    static final String REVIEW_CONFIRMED = "REVIEW CONFIRMED";
    private static final HighroadUser SCREENER = HighroadUser.workflowAs(Role.PROCUREMENT_OFFICER);

    private final BidRepository bids;
    private final Solicitations solicitations;
    private final StandardCatalog standards;
    private final VendorRegistry vendors;
    private final VendorQualifications qualifications;
    private final AuditTrail audit;
    private final Clock clock;
    private final RubricScorer scorer = new RubricScorer();

    BidEvaluation(BidRepository bids, Solicitations solicitations, StandardCatalog standards, VendorRegistry vendors,
            VendorQualifications qualifications, AuditTrail audit, Clock clock) {
        this.bids = bids;
        this.solicitations = solicitations;
        this.standards = standards;
        this.vendors = vendors;
        this.qualifications = qualifications;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The screening on submission, in one step: completeness, then eligibility, then the floors, then the score, each
     * ruling the bid out with its reason as it fails (its bidder sees it at once). The bid is sealed: what it found stays
     * with the bid (read through procurement's access rules) and tells the process nothing until the opening
     * ({@link #screening}), so the engine (its variables, history and the path an evaluation takes) is the same for
     * every sealed bid (FAR 14.401(a): nothing of a bid is disclosed before the opening). False, and nothing done, when
     * the bid was replaced or its solicitation cancelled before its screening ran.
     */
    @Transactional
    public boolean screen(long bidId, long solicitationId, TierTable tiers) {
        // the lock a resubmission and a cancellation take, before the bid is read: either they come after this step
        // and stop the evaluation waiting for the opening, or this step comes after them and finds the bid withdrawn
        solicitations.findForUpdate(solicitationId);
        if (bid(bidId).status() != BidStatus.SUBMITTED) {
            return false;
        }
        if (checkCompleteness(bidId) && checkEligibility(bidId) && checkFloors(bidId)) {
            score(bidId, tiers);
        }
        return true;
    }

    /** What the screening on submission found, for the process once the bids are opened. */
    public record Screening(boolean complete, boolean eligible, boolean floorsMet) {
    }

    /**
     * What the screening on submission found, read from the bid once the bids are opened (refused while they are
     * sealed): a bid ruled out as non-responsive was incomplete or below a floor (its reason says which), a disqualified
     * one was ineligible; any other passed every check.
     */
    @Transactional(readOnly = true)
    public Screening screening(long bidId) {
        Bid bid = bid(bidId);
        Solicitation solicitation = solicitations.find(bid.solicitationId());
        if (solicitation.sealed()) {
            throw new ConflictException(solicitation.sealedNotice());
        }
        if (bid.status() == BidStatus.DISQUALIFIED) {
            return new Screening(true, false, false);
        }
        if (bid.status() == BidStatus.NON_RESPONSIVE) {
            boolean incomplete = bid.outcomeReason() != null && bid.outcomeReason().startsWith("incomplete: ");
            return new Screening(!incomplete, !incomplete, false);
        }
        return new Screening(true, true, true);
    }

    /** Works need an offer per covered classification; services and goods a lowest hourly wage. */
    @Transactional
    public boolean checkCompleteness(long bidId) {
        Bid bid = bid(bidId);
        Solicitation solicitation = solicitations.find(bid.solicitationId());
        List<String> missing = BidScreening.missing(solicitation.category(), solicitation.classifications(), bid.commitments());
        return passOrRuleOut(bid, missing.isEmpty(), BidStatus.NON_RESPONSIVE, "incomplete: missing " + String.join(", ", missing));
    }

    /**
     * The standard version's eligibility rules, as of the bid date (debarment, wage theft, safety record), and the
     * solicitation's pre-qualification requirement when it has one.
     */
    @Transactional
    public boolean checkEligibility(long bidId) {
        Bid bid = bid(bidId);
        Solicitation solicitation = solicitations.find(bid.solicitationId());
        Eligibility eligibility = vendors.eligibility(bid.vendorId(), solicitation.standardCode(),
                solicitation.standardVersion(), bidDate(bid), SCREENER);
        List<String> reasons = new ArrayList<>(eligibility.reasons().stream()
                .map(r -> r.rule() + ": " + r.detail() + " (" + r.citation() + ")").toList());
        if (solicitation.requiresPrequalification()
                && qualifications.prequalification(bid.vendorId(), solicitation.standardCode(), bidDate(bid)).isEmpty()) {
            reasons.add("PREQUALIFICATION: the vendor is not pre-qualified under " + solicitation.standardCode() + " on "
                    + bidDate(bid) + " (required by solicitation " + solicitation.id() + ")");
        }
        return passOrRuleOut(bid, reasons.isEmpty(), BidStatus.DISQUALIFIED, "ineligible vendor: " + String.join("; ", reasons));
    }

    /** Wage floors and prevailing rates in force on the bid date, and the rubric's mandatory floors. */
    @Transactional
    public boolean checkFloors(long bidId) {
        Bid bid = bid(bidId);
        Solicitation solicitation = solicitations.find(bid.solicitationId());
        WageFloors floors = floors(solicitation, bid);
        List<String> failures = new ArrayList<>(BidScreening.floorFailures(bid.commitments(), floors).stream()
                .map(BidScreening.Failure::toString).toList());
        List<Criterion> rubricFloors = solicitation.rubric().stream()
                .filter(c -> c.kind() == CriterionKind.MANDATORY_FLOOR).toList();
        Scorecard card = scorer.score(rubricFloors, BidAnswers.of(bid.commitments(), floors, Map.of(), null, Answers.none()));
        card.criteria().stream().filter(s -> s.outcome().name().equals("FAILED"))
                .forEach(s -> failures.add(s.code() + ": " + s.reason() + " (standard " + solicitation.standardCode()
                        + " v" + solicitation.standardVersion() + ")"));
        return passOrRuleOut(bid, failures.isEmpty(), BidStatus.NON_RESPONSIVE, "below a mandatory floor: "
                + String.join("; ", failures));
    }

    /**
     * Scores against the solicitation's rubric on submission (its bidder sees its job-quality lines at once). Price
     * points use the lowest price among the bids still in the competition now; the opening and the ranking rescore
     * them. The bid is sealed: the audit trail gets no total.
     */
    @Transactional
    public Scorecard score(long bidId, TierTable tiers) {
        Bid bid = bid(bidId);
        Scorecard card = scoreWith(bid, lowestLivePriceUnchanged(bid.solicitationId()), tiers);
        bid.scored(card);
        audit.record(Bids.SUBJECT, bidId, "SCORED", HighroadUser.WORKFLOW_ID, null, card.status().name());
        return card;
    }

    /**
     * Whether the bid's solicitation has opened its bids, read with the solicitation row locked (the opening locks it
     * too): an evaluation that finds them sealed waits for the opening message, which cannot be sent before its wait
     * is committed; one that finds them opened goes straight on.
     */
    @Transactional
    public boolean bidsOpened(long bidId) {
        return solicitations.bidsOpenedLocking(bid(bidId).solicitationId());
    }

    /**
     * Once the bids are opened, before the officer's review: rescores the bid against the lowest price among the
     * opened bids still in the competition, so the officer reviews the scorecard as it stands among them.
     */
    @Transactional
    public Scorecard scoreAtOpening(long bidId, TierTable tiers) {
        Bid bid = bid(bidId);
        Solicitation solicitation = solicitations.find(bid.solicitationId());
        if (solicitation.sealed()) {
            throw new ConflictException(solicitation.sealedNotice());
        }
        BigDecimal lowest = lowestLivePriceUnchanged(bid.solicitationId());
        Scorecard card = scoreWith(bid, solicitation, lowest, tiers);
        bid.scored(card);
        audit.record(Bids.SUBJECT, bidId, "SCORED", HighroadUser.WORKFLOW_ID, "rescored among the opened bids",
                "lowest price among them " + lowest + "; total " + card.total() + ", " + card.status());
        return card;
    }

    /** Why an officer's review cannot be recorded as given, or empty when it can. */
    @Transactional(readOnly = true)
    public Optional<String> reviewRefusal(long bidId, ScorecardReview review, boolean byProcurementOfficer) {
        Bid bid = bid(bidId);
        if (!byProcurementOfficer) {
            return Optional.of("only a procurement officer may review a scorecard");
        }
        Solicitation solicitation = solicitations.find(bid.solicitationId());
        if (solicitation.sealed()) {
            return Optional.of(solicitation.sealedNotice());
        }
        if (bid.status() != BidStatus.SCORED) {
            return Optional.of("bid " + bidId + " is " + bid.status().name().toLowerCase() + ", not awaiting review");
        }
        if (review.reason() == null || review.reason().isBlank()) {
            return Optional.of("a reason is required for the record");
        }
        Map<String, Criterion> rated = solicitation.rubric().stream()
                .filter(c -> c.kind() == CriterionKind.OFFICER_RATED).collect(Collectors.toMap(Criterion::code, c -> c));
        for (ScorecardReview.Rating r : review.ratings()) {
            Criterion c = rated.get(r.criterion());
            if (c == null) {
                return Optional.of(r.criterion() + " is not an officer-rated criterion of this solicitation");
            }
            if (r.rating().compareTo(c.minimum()) < 0 || r.rating().compareTo(c.maximum()) > 0) {
                return Optional.of(r.criterion() + " must be rated from " + c.minimum().toPlainString() + " to "
                        + c.maximum().toPlainString() + ", not " + r.rating().toPlainString());
            }
            if (r.justification() == null || r.justification().isBlank()) {
                return Optional.of(r.criterion() + " needs a written justification");
            }
        }
        Set<String> ratedNow = new java.util.HashSet<>(bid.ratings().keySet());
        review.ratings().forEach(r -> ratedNow.add(r.criterion()));
        if (review.decision() == ScorecardReview.Decision.CONFIRM && !ratedNow.containsAll(rated.keySet())) {
            return Optional.of("rate every officer-rated criterion before confirming: " + rated.keySet());
        }
        return Optional.empty();
    }

    /** Saves the ratings with their justifications, rescores, then confirms or disqualifies; all in one transaction. */
    @Transactional
    public void recordReview(long bidId, ScorecardReview review, String officer, TierTable tiers) {
        Bid bid = bid(bidId);
        for (ScorecardReview.Rating r : review.ratings()) {
            bid.rate(r.criterion(), r.rating(), r.justification(), officer, clock.instant());
            audit.record(Bids.SUBJECT, bidId, "RATED", officer, r.justification(), r.criterion() + " rated " + r.rating());
        }
        bid.scored(scoreWith(bid, lowestLivePrice(bid.solicitationId()), tiers));
        if (review.decision() == ScorecardReview.Decision.CONFIRM) {
            bid.confirmReview();
            audit.record(Bids.SUBJECT, bidId, REVIEW_CONFIRMED, officer, review.reason(), "total " + bid.totalScore());
        } else {
            bid.ruleOut(BidStatus.DISQUALIFIED, "disqualified by the procurement officer: " + review.reason());
            audit.record(Bids.SUBJECT, bidId, "DISQUALIFIED", officer, review.reason(), null);
        }
    }

    /** The solicitation's officer-rated criteria, for the review form. */
    @Transactional(readOnly = true)
    public List<Criterion> officerRatedCriteria(long bidId) {
        return solicitations.find(bid(bidId).solicitationId()).rubric().stream()
                .filter(c -> c.kind() == CriterionKind.OFFICER_RATED).toList();
    }

    @Transactional(readOnly = true)
    public long solicitationOf(long bidId) {
        return bid(bidId).solicitationId();
    }

    /** Still waiting for the officer's review (a refused completion leaves it so). */
    @Transactional(readOnly = true)
    public boolean awaitingReview(long bidId) {
        return bid(bidId).status() == BidStatus.SCORED;
    }

    /** The price line of a bid against the lowest evaluated price, for re-pricing at ranking. */
    Optional<CriterionScore> priceLine(Bid bid, BigDecimal lowestPrice, TierTable tiers) {
        return scoreWith(bid, lowestPrice, tiers).criteria().stream().filter(s -> s.kind() == CriterionKind.PRICE)
                .findFirst();
    }

    /** Criteria the bid does not answer fall back to the vendor's current pre-qualification profile, if any. */
    Scorecard scoreWith(Bid bid, BigDecimal lowestPrice, TierTable tiers) {
        return scoreWith(bid, solicitations.find(bid.solicitationId()), lowestPrice, tiers);
    }

    private Scorecard scoreWith(Bid bid, Solicitation solicitation, BigDecimal lowestPrice, TierTable tiers) {
        List<Criterion> rubric = solicitation.rubric();
        Answers profile = qualifications.profileAnswers(bid.vendorId(), solicitation.standardCode(), bidDate(bid))
                .orElse(Answers.none());
        Map<String, PastPerformance> past = pastPerformance(bid, rubric);
        for (Map.Entry<String, PastPerformance> p : past.entrySet()) {
            BigDecimal value = p.getValue().input(p.getKey()).value();
            profile = value == null ? profile : profile.withNumber(p.getKey(), value);
        }
        Answers answers = BidAnswers.of(bid.commitments(), floors(solicitation, bid), bid.ratings(), lowestPrice, profile);
        Scorecard card = scorer.score(rubric, answers, tiers);
        return past.isEmpty() ? card : withCasesBehind(card, rubric, past);
    }

    /**
     * The vendor's past performance for each past-performance criterion's metric, over the criterion's look-back
     * before the bid date (read from the vendor's record, not from the bid: a bidder cannot answer it).
     */
    private Map<String, PastPerformance> pastPerformance(Bid bid, List<Criterion> rubric) {
        Map<Integer, PastPerformance> byLookback = new HashMap<>();
        Map<String, PastPerformance> byMetric = new java.util.LinkedHashMap<>();
        for (Criterion c : rubric) {
            if (c.kind() == CriterionKind.PAST_PERFORMANCE) {
                byMetric.putIfAbsent(c.metric(), byLookback.computeIfAbsent(c.lookbackYears(),
                        years -> vendors.pastPerformance(bid.vendorId(), bidDate(bid), years)));
            }
        }
        return byMetric;
    }

    /**
     * Each past-performance line says how its input was counted, over which days, and which cases are behind it. The
     * line is a sentence staff read on the scorecard's Tasklist form and in the API: its days are written as Tasklist
     * writes dates, "Jul 1, 2027" (ADR 0027); the look-back's days as data stay ISO in the vendor's record
     * ({@code PastPerformance.from/to}).
     */
    private static Scorecard withCasesBehind(Scorecard card, List<Criterion> rubric, Map<String, PastPerformance> past) {
        Map<String, String> metricOf = rubric.stream().filter(c -> c.kind() == CriterionKind.PAST_PERFORMANCE)
                .collect(Collectors.toMap(Criterion::code, Criterion::metric));
        List<CriterionScore> lines = card.criteria().stream().map(s -> {
            PastPerformance p = s.kind() == CriterionKind.PAST_PERFORMANCE ? past.get(metricOf.get(s.code())) : null;
            if (p == null) {
                return s;
            }
            PastPerformance.Input input = p.input(metricOf.get(s.code()));
            // the line is stored in 1,000 characters: the first 20 cases are named, the others counted
            List<Long> ids = input.caseIds();
            String cases = ids.isEmpty() ? "" : "; cases " + String.join(", ", ids.stream().limit(20).map(String::valueOf)
                    .toList()) + (ids.size() > 20 ? " and " + (ids.size() - 20) + " more" : "");
            return new CriterionScore(s.code(), s.name(), s.principle(), s.kind(), s.weight(), s.input(), s.points(),
                    s.outcome(), s.reason() + " (" + input.basis() + ", " + FormText.date(p.from()) + " to "
                            + FormText.date(p.to()) + cases + ")");
        }).toList();
        return new Scorecard(lines, card.subtotals(), card.total(), card.status(), card.failedFloors());
    }

    /** The bids still in the competition: submitted, scored or evaluated (not ruled out, replaced or cancelled). */
    private static final Set<BidStatus> LIVE = Set.of(BidStatus.SUBMITTED, BidStatus.SCORED, BidStatus.EVALUATED);

    // one aggregate read (the query flushes this transaction's changes first, so a bid ruled out a step ago is out)
    private BigDecimal lowestLivePrice(long solicitationId) {
        return bids.lowestPrice(solicitationId, LIVE);
    }

    /*
     * The same read for the two scoring steps, without flushing the job's changes first: when they ask, nothing in
     * their transaction has changed a bid's price or status. The checks before the scoring on submission change the
     * bid only to rule it out, and a ruled-out bid is not scored ({@link #screen}); the rescoring at the opening runs in
     * its own job (asynchronous continuation) after a step that only reads, and asks before it scores.
     * A flush there would write nothing and only dirty-check every entity the job has loaded. The officer's review
     * rates the bid first and keeps the flushing read. LIVE's three statuses go as three parameters: Hibernate
     * translates a query with a list parameter to SQL again on every execution.
     */
    private BigDecimal lowestLivePriceUnchanged(long solicitationId) {
        return bids.lowestPriceWithoutFlush(solicitationId, BidStatus.SUBMITTED, BidStatus.SCORED, BidStatus.EVALUATED);
    }

    // a published solicitation's standard version is adopted and pinned: the catalog keeps its content once read
    private WageFloors floors(Solicitation solicitation, Bid bid) {
        return new WageFloors(standards.content(solicitation.standardCode(), solicitation.standardVersion()), bidDate(bid));
    }

    private boolean passOrRuleOut(Bid bid, boolean passed, BidStatus outcome, String reason) {
        if (!passed) {
            bid.ruleOut(outcome, reason);
            audit.record(Bids.SUBJECT, bid.id(), outcome.name(), HighroadUser.WORKFLOW_ID, reason, null);
        }
        return passed;
    }

    // Floors and eligibility are judged as of the day the bid came in (agency time zone: UTC for now).
    private static LocalDate bidDate(Bid bid) {
        return bid.submittedAt().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /**
     * Whether a bid's evaluation may still start: the bid is read under its solicitation's row lock, the lock a
     * resubmission and a cancellation take, so either the resubmission finds the started evaluation and stops it, or
     * this finds the bid replaced or cancelled and no evaluation starts (a start delivered late, by another node after
     * a crash, must not evaluate a bid that is no longer in the running).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public boolean mayStartEvaluation(long bidId, long solicitationId) {
        solicitations.findForUpdate(solicitationId);
        return bids.findById(bidId).map(b -> b.status() == BidStatus.SUBMITTED).orElse(false);
    }

    private Bid bid(long bidId) {
        return bids.findById(bidId).orElseThrow(() -> new NotFoundException("no bid " + bidId));
    }
}
