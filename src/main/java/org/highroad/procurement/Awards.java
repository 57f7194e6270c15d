package org.highroad.procurement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.security.HighroadUser;
import org.highroad.procurement.domain.Bid;
import org.highroad.procurement.domain.BidRepository;
import org.highroad.procurement.domain.BidderNotice;
import org.highroad.procurement.domain.BidderNoticeRepository;
import org.highroad.procurement.domain.Ranking;
import org.highroad.procurement.domain.Solicitation;
import org.highroad.standards.scoring.TierTable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The solicitation-level steps: close submissions at the deadline, rank once every bid is evaluated, and record the
 * officer's award (publishing {@link BidAwarded}, marking the other bids unsuccessful, writing a notice to each bidder).
 */
@Service
public class Awards {

    private final Solicitations solicitations;
    private final BidRepository bids;
    private final BidEvaluation evaluation;
    private final BidderNoticeRepository notices;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Awards(Solicitations solicitations, BidRepository bids, BidEvaluation evaluation, BidderNoticeRepository notices,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.solicitations = solicitations;
        this.bids = bids;
        this.evaluation = evaluation;
        this.notices = notices;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * At the submission deadline: closes submissions and opens the sealed bids (refused before the deadline), both in
     * the audit trail, and publishes {@link ProcurementEvents.BidsOpened} so the evaluations waiting for the opening
     * go on to the officer's review. The solicitation row is locked first, so a bid still coming in or an evaluation
     * checking whether the bids are opened is taken one at a time with the opening.
     */
    @Transactional
    public void closeSubmissions(long solicitationId) {
        Solicitation solicitation = solicitations.findForUpdate(solicitationId);
        boolean open = solicitation.status() == SolicitationStatus.PUBLISHED;
        Instant now = clock.instant();
        if (!solicitation.closeAndOpen(now)) {
            return;
        }
        if (open) {
            audit.record(Solicitations.SUBJECT, solicitationId, "CLOSED", HighroadUser.WORKFLOW_ID, "submission deadline passed", null);
        }
        long received = bids.findBySolicitationIdOrderByIdAsc(solicitationId).stream()
                .filter(b -> b.status() != BidStatus.REPLACED).count();
        audit.record(Solicitations.SUBJECT, solicitationId, "OPENED", HighroadUser.WORKFLOW_ID,
                "sealed bids opened at the submission deadline " + solicitation.submissionDeadline().toInstant(),
                received + (received == 1 ? " bid" : " bids"));
        events.publishEvent(new ProcurementEvents.BidsOpened(solicitationId, now));
    }

    /** Every bid (replaced ones aside) has finished its evaluation. */
    @Transactional(readOnly = true)
    public boolean allEvaluated(long solicitationId) {
        return bids.findBySolicitationIdOrderByIdAsc(solicitationId).stream().allMatch(b -> b.status().evaluationFinished());
    }

    /**
     * Re-prices the evaluated bids against the final lowest price among them (price points are relative; the
     * confirmed job-quality lines stay), ranks them by {@link Ranking#ORDER}, and writes to every bidder ruled out.
     * Returns how many are ranked.
     */
    @Transactional
    public int rank(long solicitationId, TierTable tiers) {
        Solicitation solicitation = solicitations.find(solicitationId);
        solicitation.evaluated();
        List<Bid> evaluated = evaluatedBids(solicitationId);
        BigDecimal lowest = evaluated.stream().map(Bid::price).min(BigDecimal::compareTo).orElse(null);
        for (Bid bid : evaluated) {
            evaluation.priceLine(bid, lowest, tiers).ifPresent(line -> {
                bid.repriced(line);
                audit.record(Bids.SUBJECT, bid.id(), "REPRICED", HighroadUser.WORKFLOW_ID, "priced against the lowest evaluated price",
                        "lowest evaluated price " + lowest + "; total " + bid.totalScore());
            });
        }
        Instant now = clock.instant();
        bids.findBySolicitationIdOrderByIdAsc(solicitationId).forEach(b -> notifyRuledOut(solicitation, b, now));
        List<Bid> ordered = evaluated.stream().sorted(Ranking.ORDER).toList();
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).ranked(i + 1);
        }
        audit.record(Solicitations.SUBJECT, solicitationId, "RANKED", HighroadUser.WORKFLOW_ID, Ranking.TIE_BREAK,
                ordered.stream().map(b -> "#" + b.rank() + " bid " + b.id() + " " + b.totalScore()).collect(Collectors.joining(", ")));
        return ordered.size();
    }

    /** The top-ranked bid, which the officer confirms or overrides with a reason. */
    @Transactional(readOnly = true)
    public Optional<Long> recommended(long solicitationId) {
        return evaluatedBids(solicitationId).stream().filter(b -> b.rank() != null && b.rank() == 1).map(Bid::id).findFirst();
    }

    /**
     * Why the officer's choice cannot be recorded, or empty: a procurement officer, a responsive bid, and a reason
     * when it is not the top-ranked one.
     */
    @Transactional(readOnly = true)
    public Optional<String> awardRefusal(long solicitationId, long bidId, String reason, boolean byProcurementOfficer) {
        if (!byProcurementOfficer) {
            return Optional.of("only a procurement officer may approve an award");
        }
        Optional<Bid> bid = bids.findById(bidId).filter(b -> b.solicitationId() == solicitationId);
        if (bid.isEmpty() || bid.get().status() != BidStatus.EVALUATED) {
            return Optional.of("bid " + bidId + " is not a responsive, evaluated bid of solicitation " + solicitationId);
        }
        boolean top = Integer.valueOf(1).equals(bid.get().rank());
        if (!top && (reason == null || reason.isBlank())) {
            return Optional.of("awarding bid " + bidId + " instead of the top-ranked bid needs a reason");
        }
        return Optional.empty();
    }

    @Transactional
    public BidAwarded award(long solicitationId, long bidId, String officer, String reason) {
        Solicitation solicitation = solicitations.find(solicitationId);
        Instant now = clock.instant();
        solicitation.award(bidId, reason);
        for (Bid bid : bids.findBySolicitationIdOrderByIdAsc(solicitationId)) {
            if (bid.id() == bidId) {
                bid.awarded();
                audit.record(Bids.SUBJECT, bid.id(), "AWARDED", officer, reason, null);
                notify(solicitation, bid, BidderNotice.Kind.AWARDED, "Your bid was awarded: " + solicitation.title(),
                        new BidderNotice.Said(BidderNotice.AWARDED, solicitation.title(), null, null, null), now);
            } else if (bid.status() == BidStatus.EVALUATED) {
                bid.unsuccessful("another bid was awarded");
                audit.record(Bids.SUBJECT, bid.id(), "UNSUCCESSFUL", officer, "bid " + bidId + " was awarded", null);
                notify(solicitation, bid, BidderNotice.Kind.UNSUCCESSFUL, "Your bid ranked #" + bid.rank() + " with "
                        + bid.totalScore() + " points and was not awarded.", new BidderNotice.Said(BidderNotice.UNSUCCESSFUL,
                                solicitation.title(), bid.rank(), bid.totalScore(), null), now);
            }
        }
        audit.record(Solicitations.SUBJECT, solicitationId, "AWARDED", officer, reason, "bid " + bidId);
        Bid winner = bids.findById(bidId).orElseThrow();
        BidAwarded awarded = new BidAwarded(solicitationId, bidId, winner.vendorId(), solicitation.standardCode(),
                solicitation.standardVersion(), winner.price(), officer, now, reason);
        events.publishEvent(awarded);
        return awarded;
    }

    /** Staff see every notice; a contractor the notices to its own vendor. */
    @Transactional(readOnly = true)
    public List<NoticeView> notices(long solicitationId, HighroadUser caller) {
        solicitations.get(solicitationId, caller);
        return notices.findBySolicitationIdOrderByIdAsc(solicitationId).stream()
                .filter(n -> caller.mayActFor(n.vendorId()))
                .map(n -> new NoticeView(n.bidId(), n.vendorId(), n.kind().name(), n.text(), n.createdAt(),
                        n.said().map(s -> new NoticeView.Said(n.solicitationId(), s.code(), s.title(), s.rank(), s.points(),
                                s.reason())).orElse(null))).toList();
    }

    @Transactional(readOnly = true)
    public PageView<org.highroad.platform.audit.AuditEntry> auditTrail(long solicitationId, PageParams asked) {
        solicitations.find(solicitationId);
        return audit.page(Solicitations.SUBJECT, solicitationId, asked);
    }

    private void notifyRuledOut(Solicitation solicitation, Bid bid, Instant now) {
        switch (bid.status()) {
            case DISQUALIFIED -> notify(solicitation, bid, BidderNotice.Kind.DISQUALIFIED, "Your bid was disqualified: "
                    + bid.outcomeReason(), new BidderNotice.Said(BidderNotice.DISQUALIFIED, solicitation.title(), null, null,
                            bid.outcomeReason()), now);
            case NON_RESPONSIVE -> notify(solicitation, bid, BidderNotice.Kind.NON_RESPONSIVE, "Your bid was non-responsive: "
                    + bid.outcomeReason(), new BidderNotice.Said(BidderNotice.NON_RESPONSIVE, solicitation.title(), null, null,
                            bid.outcomeReason()), now);
            default -> { }
        }
    }

    /** The English sentence for the API and the file, and what it says for the pages (written from it, never read). */
    private void notify(Solicitation solicitation, Bid bid, BidderNotice.Kind kind, String text, BidderNotice.Said said,
            Instant now) {
        String full = "Solicitation " + solicitation.id() + " (" + solicitation.title() + "). " + text;
        notices.save(new BidderNotice(solicitation.id(), bid.id(), bid.vendorId(), kind,
                full.length() <= 4000 ? full : full.substring(0, 3999), said, now));
    }

    private List<Bid> evaluatedBids(long solicitationId) {
        return bids.findBySolicitationIdOrderByIdAsc(solicitationId).stream()
                .filter(b -> b.status() == BidStatus.EVALUATED).toList();
    }
}
