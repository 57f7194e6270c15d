package org.highroad.procurement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.highroad.platform.audit.AuditEntry;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.paging.SortFields;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.Violation;
import org.highroad.procurement.domain.Bid;
import org.highroad.procurement.domain.BidRepository;
import org.highroad.procurement.domain.Ranking;
import org.highroad.procurement.domain.Solicitation;
import org.highroad.vendors.VendorUsers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bids: submitted by a contractor for its own vendor while the solicitation is open; one live bid per vendor (a
 * resubmission replaces it and keeps it in history). Before award a contractor sees only its own bids. Bids are
 * sealed until they are opened at the submission deadline: until then agency staff read none of them (a sealed bid is
 * answered as an id that is no bid: 404, so ids cannot be probed for which solicitation has bids; a solicitation's
 * list of bids and ranking answer 409, saying until when), neither its price, its commitments, its points nor a
 * ranking, nor how many came in; a bidder always reads its own.
 */
@Service
public class Bids {

    static final String SUBJECT = "bid";
    /** Audit entries whose reason the agency writes for itself (see {@link #auditTrail}). */
    private static final Set<String> INTERNAL_NOTES = Set.of(BidEvaluation.REVIEW_CONFIRMED);

    private final BidRepository bids;
    private final Solicitations solicitations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final VendorUsers vendorUsers;
    private final BidResponsiveness responsiveness;

    Bids(BidRepository bids, Solicitations solicitations, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
            VendorUsers vendorUsers, BidResponsiveness responsiveness) {
        this.responsiveness = responsiveness;
        this.bids = bids;
        this.solicitations = solicitations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.vendorUsers = vendorUsers;
    }

    @Transactional
    public BidView submit(long solicitationId, BidSubmission submission, HighroadUser by) {
        if (by.vendorId() == null) {
            throw new ConflictException("user " + by.userId() + " is not linked to a vendor; ask an administrator");
        }
        Solicitation solicitation = solicitations.findForUpdate(solicitationId);
        if (solicitation.status() == SolicitationStatus.DRAFT) {
            throw new NotFoundException("no solicitation " + solicitationId);
        }
        Instant now = clock.instant();
        solicitation.requireOpenFor(now);
        checkOffers(solicitation, submission);
        // a rate below the prevailing wage or a wage floor is refused, nothing filed (ADR 0036; 29 CFR 5.5(a)(1),
        // FAR 14.404-2(a)): the vendor's current bid stays in place and the bidder corrects it before the deadline
        List<Violation> underFloors = BidResponsiveness.violations(responsiveness.ratesRefused(solicitation.standardCode(),
                solicitation.standardVersion(), submission.wageOffers()));
        if (!underFloors.isEmpty()) {
            throw new InvalidInputException(underFloors);
        }
        Long replaces = null;
        for (Bid earlier : bids.findBySolicitationIdAndVendorIdOrderByIdAsc(solicitationId, by.vendorId())) {
            if (earlier.status().replacedByANewBid()) {
                earlier.replaced();
                replaces = earlier.id();
                audit.record(SUBJECT, earlier.id(), "REPLACED", by.userId(), "resubmitted before the deadline", null);
            }
        }
        Bid bid = bids.saveAndFlush(new Bid(solicitationId, by.vendorId(), submission, by.userId(), now, replaces));
        // sealed: the audit trail names no amount of the bid (the bid row keeps it)
        audit.record(SUBJECT, bid.id(), "SUBMITTED", by.userId(), null, replaces == null ? null : "replaces bid " + replaces);
        if (replaces != null) {
            events.publishEvent(new ProcurementEvents.BidReplaced(replaces, bid.id()));
        }
        events.publishEvent(new ProcurementEvents.BidSubmitted(bid.id(), solicitationId));
        return bid.toView();
    }

    /**
     * The caller's vendor's current bid on a solicitation, as its bidder reads it: its latest bid not replaced and not
     * cancelled (the one a new bid would replace), for the bid form to start from. Empty for a caller of no vendor, or
     * when the vendor has none; never another vendor's bid.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<BidView> current(long solicitationId, HighroadUser caller) {
        if (caller.vendorId() == null || !caller.has(Role.CONTRACTOR)) {
            return java.util.Optional.empty();
        }
        List<Bid> mine = bids.findBySolicitationIdAndVendorIdOrderByIdAsc(solicitationId, caller.vendorId());
        for (int i = mine.size() - 1; i >= 0; i--) {
            if (mine.get(i).status().replacedByANewBid()) {
                return java.util.Optional.of(mine.get(i).toBidderView());
            }
        }
        return java.util.Optional.empty();
    }

    /** For the contracts module: the bid as read by agency staff (no caller). */
    @Transactional(readOnly = true)
    public BidView view(long bidId) {
        return bids.findById(bidId).orElseThrow(() -> new NotFoundException("no bid " + bidId)).toView();
    }

    /** For the contracts module drafting from an award: the bid's commitments as submitted. */
    @Transactional(readOnly = true)
    public BidSubmission commitmentsOf(long bidId) {
        return bids.findById(bidId).orElseThrow(() -> new NotFoundException("no bid " + bidId)).commitments();
    }

    @Transactional(readOnly = true)
    public BidView get(long bidId, HighroadUser caller) {
        Bid bid = readable(bidId, caller);
        return seesFullScore(bid, caller) ? bid.toView() : bid.toBidderView();
    }

    /** Agency staff see every bid with history; a contractor sees its own vendor's bids only. */
    @Transactional(readOnly = true)
    public PageView<BidView> list(long solicitationId, HighroadUser caller, PageParams asked) {
        var query = asked.query(SORTS);
        solicitations.get(solicitationId, caller);
        if (caller.isAgencyStaff()) {
            requireOpened(solicitations.find(solicitationId));
        }
        long vendor = caller.vendorId() == null ? -1 : caller.vendorId();
        return PageView.of(bids.pageOfSolicitation(solicitationId, caller.isAgencyStaff(), vendor, query.pageable()))
                .map(b -> seesFullScore(b, caller) ? b.toView() : b.toBidderView());
    }

    /** How a solicitation's bids may be sorted: in the order they came, by default. */
    public static final SortFields SORTS = SortFields.byId("id", org.springframework.data.domain.Sort.Direction.ASC)
            .allow("id").allow("price").allow("status").allow("vendorId").allow("submittedAt");

    @Transactional(readOnly = true)
    public ScorecardView scorecard(long bidId, HighroadUser caller) {
        Bid bid = readable(bidId, caller);
        return (seesFullScore(bid, caller) ? bid.toScorecard(bid.subtotals()) : bid.toBidderScorecard()).asReadBy(caller);
    }

    /** Staff see the ranking once the bids are opened; a bidder once the solicitation is awarded. */
    @Transactional(readOnly = true)
    public RankingView ranking(long solicitationId, HighroadUser caller) {
        Solicitation solicitation = solicitations.find(solicitationId);
        boolean bidder = caller.vendorId() != null && bids.findBySolicitationIdAndVendorIdOrderByIdAsc(solicitationId,
                caller.vendorId()).stream().findAny().isPresent();
        if (!caller.isAgencyStaff() && !(bidder && solicitation.status() == SolicitationStatus.AWARDED)) {
            throw new NotFoundException("the ranking of solicitation " + solicitationId + " is not published");
        }
        requireOpened(solicitation);
        List<Bid> all = bids.findBySolicitationIdOrderByIdAsc(solicitationId);
        List<RankingView.Entry> entries = new ArrayList<>();
        all.stream().filter(b -> b.rank() != null).sorted(java.util.Comparator.comparing(Bid::rank))
                .forEach(b -> entries.add(entry(b, caller)));
        all.stream().filter(b -> b.rank() == null && b.status() != BidStatus.REPLACED).sorted(java.util.Comparator.comparing(Bid::id)).forEach(b -> entries.add(entry(b, caller)));
        return new RankingView(solicitationId, solicitation.status(), Ranking.TIE_BREAK, entries);
    }

    /**
     * Who did what to the bid, when and why. Before award its bidder reads it without the details, which carry totals
     * and the lowest price among the bids (as its scorecard hides them). The officer's note confirming the scorecard
     * is the agency's own: the bidder reads that it was confirmed, not the note (a rating's justification is part of
     * its scorecard, a disqualification's reason its outcome, the award's reason is published with the award). The
     * bidder reads who acted when it was one of its own vendor's users or the workflow; which staff member of the
     * agency rated, confirmed, disqualified, awarded or cancelled is the agency's.
     */
    @Transactional(readOnly = true)
    public PageView<AuditEntry> auditTrail(long bidId, HighroadUser caller, PageParams asked) {
        Bid bid = readable(bidId, caller);
        PageView<AuditEntry> entries = audit.page(SUBJECT, bidId, asked);
        if (caller.isAgencyStaff()) {
            return entries;
        }
        boolean details = seesFullScore(bid, caller);
        Set<String> named = new HashSet<>(vendorUsers.usersOf(bid.vendorId()));
        named.add(HighroadUser.WORKFLOW_ID);
        return entries.map(e -> new AuditEntry(e.subjectType(), e.subjectId(), e.action(),
                named.contains(e.actor()) ? e.actor() : null, e.at(), INTERNAL_NOTES.contains(e.action()) ? null : e.reason(),
                details ? e.detail() : null));
    }

    Bid visible(long bidId, HighroadUser caller) {
        Bid bid = bids.findById(bidId).orElseThrow(() -> new NotFoundException("no bid " + bidId));
        if (!caller.mayActFor(bid.vendorId())) {
            throw new NotFoundException("no bid " + bidId);
        }
        return bid;
    }

    /**
     * A bid the caller may read now: its own bidder's at any time; agency staff's once the bids are opened (sealed
     * bidding, see {@link Solicitation#closeAndOpen}). Before then a sealed bid is, to anyone else, what an id that is
     * no bid is (the same 404): not even that the number is a bid, nor of which solicitation, shows through.
     */
    private Bid readable(long bidId, HighroadUser caller) {
        Bid bid = visible(bidId, caller);
        boolean ownBid = caller.has(Role.CONTRACTOR) && Objects.equals(caller.vendorId(), bid.vendorId());
        if (!ownBid && solicitations.find(bid.solicitationId()).sealed()) {
            throw new NotFoundException("no bid " + bidId);
        }
        return bid;
    }

    private static void requireOpened(Solicitation solicitation) {
        if (solicitation.sealed()) {
            throw new ConflictException(solicitation.sealedNotice());
        }
    }

    /** Agency staff always; a bidder once the solicitation is awarded (price points depend on the other bids). */
    private boolean seesFullScore(Bid bid, HighroadUser caller) {
        return caller.isAgencyStaff() || solicitations.find(bid.solicitationId()).status() == SolicitationStatus.AWARDED;
    }

    // Why another bidder was ruled out is that bidder's business; scores and prices are public after award.
    private static RankingView.Entry entry(Bid b, HighroadUser caller) {
        return new RankingView.Entry(b.rank(), b.id(), b.vendorId(), b.status(), b.totalScore(), b.price(),
                caller.mayActFor(b.vendorId()) ? b.outcomeReason() : null);
    }

    /** Offers must name classifications the solicitation covers, once each. */
    private static void checkOffers(Solicitation solicitation, BidSubmission submission) {
        List<Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < submission.wageOffers().size(); i++) {
            String classification = submission.wageOffers().get(i).classification();
            String key = classification.trim().toUpperCase();
            if (solicitation.classifications().stream().noneMatch(c -> c.trim().equalsIgnoreCase(classification.trim()))) {
                violations.add(new Violation("wageOffers[" + i + "].classification",
                        classification + " is not covered by this solicitation " + solicitation.classifications()));
            } else if (!seen.add(key)) {
                violations.add(new Violation("wageOffers[" + i + "].classification", classification + " is offered twice"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
