package org.highroad.procurement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.paging.SortFields;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.Violation;
import java.time.Instant;
import org.highroad.procurement.domain.Bid;
import org.highroad.procurement.domain.BidRepository;
import org.highroad.procurement.domain.BidderNotice;
import org.highroad.procurement.domain.BidderNoticeRepository;
import org.highroad.procurement.domain.Solicitation;
import org.highroad.procurement.domain.SolicitationRepository;
import org.highroad.standards.DecisionTables;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.StandardVersionView;
import org.highroad.standards.scoring.Criterion;
import org.highroad.standards.scoring.CriterionKind;
import org.highroad.standards.scoring.RubricValidator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Solicitations: drafted and published by procurement officers. Publishing pins the standard version (it must be
 * adopted, and can then never change) and starts the solicitation's award process.
 */
@Service
public class Solicitations {

    static final String SUBJECT = "solicitation";

    private final SolicitationRepository solicitations;
    private final BidRepository bids;
    private final BidderNoticeRepository notices;
    private final StandardCatalog standards;
    private final DecisionTables decisions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Solicitations(SolicitationRepository solicitations, BidRepository bids, BidderNoticeRepository notices,
            StandardCatalog standards, DecisionTables decisions, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock) {
        this.solicitations = solicitations;
        this.bids = bids;
        this.notices = notices;
        this.standards = standards;
        this.decisions = decisions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public SolicitationView create(SolicitationDraft draft, HighroadUser by) {
        List<Criterion> rubric = checkedRubric(draft);
        Solicitation created = solicitations.saveAndFlush(new Solicitation(draft, rubric, by.userId(), clock.instant()));
        audit.record(SUBJECT, created.id(), "DRAFTED", by.userId(), null, draft.title());
        return created.toView();
    }

    /**
     * Drafts the solicitation of the officer's form with this one-time token, once: the same form sent again (a double
     * click, Back and send again) is the draft it made the first time. The token's unique index (stored with the
     * draft) refuses a second draft of the same form sent at the same moment: the caller then asks again and finds the
     * first. Another officer's token (unguessable: a random UUID) is refused as a reused key.
     */
    @Transactional
    public SolicitationView createOnce(SolicitationDraft draft, HighroadUser by, org.highroad.platform.validation.IdempotencyKey token) {
        java.util.Optional<Solicitation> before = solicitations.findByFormToken(token.hash());
        if (before.isPresent()) {
            if (!by.userId().equals(before.get().createdBy())) {
                throw new org.highroad.platform.validation.IdempotencyKey.Reused("solicitation form");
            }
            return before.get().toView();
        }
        List<Criterion> rubric = checkedRubric(draft);
        Solicitation unsaved = new Solicitation(draft, rubric, by.userId(), clock.instant());
        unsaved.keepFormToken(token.hash());
        Solicitation created = solicitations.saveAndFlush(unsaved);
        audit.record(SUBJECT, created.id(), "DRAFTED", by.userId(), null, draft.title());
        return created.toView();
    }

    @Transactional
    public SolicitationView revise(long id, SolicitationDraft draft, HighroadUser by) {
        Solicitation solicitation = find(id);
        solicitation.revise(draft, checkedRubric(draft));
        audit.record(SUBJECT, id, "REVISED", by.userId(), null, null);
        return solicitations.saveAndFlush(solicitation).toView();
    }

    /**
     * Agency policy: bids are due at most two years (730 days) after the solicitation is drafted or published. A
     * tender open longer would be bid on a wage determination that the Department of Labor has long since modified
     * (29 CFR 1.6(c): the solicitation must carry the determination current at bid opening) and on prices no bidder
     * can hold; and the deadline is published as OCDS {@code tenderPeriod.endDate}, an RFC 3339 date-time, whose year
     * has four digits. The engine's timer at the deadline needs a date it can compute as well.
     */
    public static final java.time.Duration LONGEST_TENDER_PERIOD = java.time.Duration.ofDays(730);
    static final String LONGEST_TENDER_PERIOD_REASON = "must be at most 2 years (730 days) ahead";

    private boolean beyondLongestTenderPeriod(Instant deadline) {
        return deadline.isAfter(clock.instant().plus(LONGEST_TENDER_PERIOD));
    }

    @Transactional
    public SolicitationView publish(long id, HighroadUser by) {
        Solicitation solicitation = find(id);
        if (beyondLongestTenderPeriod(solicitation.submissionDeadline().toInstant())) {
            throw new InvalidInputException("submissionDeadline", LONGEST_TENDER_PERIOD_REASON);
        }
        solicitation.publish(clock.instant());
        standards.recordUse(solicitation.standardCode(), solicitation.standardVersion(), SUBJECT, String.valueOf(id));
        audit.record(SUBJECT, id, "PUBLISHED", by.userId(), null, "deadline " + solicitation.submissionDeadline());
        events.publishEvent(new ProcurementEvents.SolicitationPublished(id, solicitation.submissionDeadline()));
        return solicitation.toView();
    }

    /** Cancels; bids still in the competition end as cancelled, and every bidder is told why. */
    @Transactional
    public SolicitationView cancel(long id, String reason, HighroadUser by) {
        Solicitation solicitation = find(id);
        boolean running = solicitation.status() != SolicitationStatus.DRAFT;
        solicitation.cancel();
        audit.record(SUBJECT, id, "CANCELLED", by.userId(), reason, null);
        Instant now = clock.instant();
        for (Bid bid : bids.findBySolicitationIdOrderByIdAsc(id)) {
            if (bid.cancelWithSolicitation(reason)) {
                audit.record(Bids.SUBJECT, bid.id(), "CANCELLED", by.userId(), reason, null);
            }
            if (bid.status() != BidStatus.REPLACED) {
                notices.save(new BidderNotice(id, bid.id(), bid.vendorId(), BidderNotice.Kind.SOLICITATION_CANCELLED,
                        "Solicitation " + id + " (" + solicitation.title() + ") was cancelled: " + reason,
                        new BidderNotice.Said(BidderNotice.CANCELLED, solicitation.title(), null, null, reason), now));
            }
        }
        if (running) {
            events.publishEvent(new ProcurementEvents.SolicitationCancelled(id, reason));
        }
        return solicitation.toView();
    }

    /** Contractors see published solicitations and later states, never drafts. */
    @Transactional(readOnly = true)
    public List<SolicitationView> list(HighroadUser caller) {
        List<Solicitation> all = caller.isAgencyStaff() ? solicitations.findAllByOrderByIdDesc()
                : solicitations.findByStatusInOrderByIdDesc(List.of(SolicitationStatus.PUBLISHED,
                        SolicitationStatus.CLOSED, SolicitationStatus.EVALUATED, SolicitationStatus.AWARDED));
        return all.stream().map(Solicitation::toView).map(v -> v.asReadBy(caller)).toList();
    }

    /** One page of {@link #list}: agency staff every solicitation, a contractor the published ones and later. */
    @Transactional(readOnly = true)
    public PageView<SolicitationView> page(HighroadUser caller, PageParams asked) {
        var query = asked.query(SORTS);
        var found = caller.isAgencyStaff() ? solicitations.findAll(query.pageable())
                : solicitations.findByStatusIn(List.of(SolicitationStatus.PUBLISHED, SolicitationStatus.CLOSED,
                        SolicitationStatus.EVALUATED, SolicitationStatus.AWARDED), query.pageable());
        return PageView.of(found).map(Solicitation::toView).map(v -> v.asReadBy(caller));
    }

    /** How the solicitations may be sorted: the newest first, by default. */
    public static final SortFields SORTS = SortFields.byId("id", org.springframework.data.domain.Sort.Direction.DESC)
            .allow("id").allow("title").allow("status").allow("submissionDeadline");

    @Transactional(readOnly = true)
    public SolicitationView get(long id, HighroadUser caller) {
        Solicitation solicitation = find(id);
        if (!caller.isAgencyStaff() && solicitation.status() == SolicitationStatus.DRAFT) {
            throw new NotFoundException("no solicitation " + id);
        }
        return solicitation.toView().asReadBy(caller);
    }

    /** For other modules (contracts): the solicitation as published, without a caller. */
    @Transactional(readOnly = true)
    public SolicitationView view(long id) {
        return find(id).toView();
    }

    /** Where a solicitation stands now, if there is one (the award process reads it before it starts). */
    @Transactional(readOnly = true)
    public java.util.Optional<SolicitationStatus> statusOf(long id) {
        return solicitations.findById(id).map(Solicitation::status);
    }

    Solicitation find(long id) {
        return solicitations.findById(id).orElseThrow(() -> new NotFoundException("no solicitation " + id));
    }

    Solicitation findForUpdate(long id) {
        return solicitations.findForUpdate(id).orElseThrow(() -> new NotFoundException("no solicitation " + id));
    }

    /** Whether the bids are opened, read with the solicitation row locked (see the repository). */
    boolean bidsOpenedLocking(long id) {
        Integer opened = solicitations.lockAndReadOpened(id);
        if (opened == null) {
            throw new NotFoundException("no solicitation " + id);
        }
        return opened == 1;
    }

    static final String NOT_PROCUREMENT = "is not a procurement standard: it sets the terms of a wage-subsidy program";

    /**
     * Whether bids may be scored on this standard version: a standard that sets wage-subsidy terms (WIOA on-the-job
     * training, 29 U.S.C. 3174(c)(3)(H)) ranks employers' subsidy requests, not bids, and its rubric asks for
     * nothing a bid states (no price); a solicitation pins a procurement standard only.
     */
    public static boolean isProcurementStandard(StandardVersionView version) {
        return version.content() == null || version.content().subsidyTerms() == null;
    }

    /** The rubric as drafted, or the standard version's; every problem reported at once, naming the field. */
    private List<Criterion> checkedRubric(SolicitationDraft draft) {
        List<Violation> violations = new ArrayList<>();
        StandardVersionView version = null;
        try {
            version = standards.version(draft.standardCode(), draft.standardVersion());
        } catch (NotFoundException e) {
            violations.add(new Violation("standardVersion", e.getMessage()));
        }
        if (version != null && !isProcurementStandard(version)) {
            violations.add(new Violation("standardCode", NOT_PROCUREMENT));
            version = null;
        }
        if (standards.agencies().stream().noneMatch(a -> a.code().equals(draft.agencyCode()))) {
            violations.add(new Violation("agencyCode", "no agency with code " + draft.agencyCode()));
        }
        if (!draft.submissionDeadline().toInstant().isAfter(clock.instant())) {
            violations.add(new Violation("submissionDeadline", "must be in the future"));
        } else if (beyondLongestTenderPeriod(draft.submissionDeadline().toInstant())) {
            violations.add(new Violation("submissionDeadline", LONGEST_TENDER_PERIOD_REASON));
        }
        if (draft.category() == SolicitationDraft.Category.WORKS && draft.classifications().isEmpty()) {
            violations.add(new Violation("classifications", "works solicitations must list the classifications covered"));
        }
        List<Criterion> rubric = draft.rubric() != null ? draft.rubric()
                : version == null ? List.of() : version.content().rubric();
        if (draft.rubric() != null) {
            violations.addAll(new RubricValidator().validate(rubric));
        }
        // No limit on officer-rated criteria: the Tasklist review form lists every one of them (ADR 0027, addendum).
        for (int i = 0; i < rubric.size(); i++) {
            Criterion c = rubric.get(i);
            if (c != null && (c.kind() == CriterionKind.TIERED || c.kind() == CriterionKind.PAST_PERFORMANCE) && c.decisionRef() != null && !c.decisionRef().isBlank() && !decisions.exists(c.decisionRef())) {
                violations.add(new Violation("rubric[" + i + "].decisionRef", "no decision table " + c.decisionRef() + " is deployed"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return rubric;
    }
}
