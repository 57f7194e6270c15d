package org.highroad.subsidies;

import java.time.Clock;
import java.util.List;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.paging.SortFields;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.platform.validation.IdempotencyKey;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.Violation;
import org.highroad.subsidies.domain.Budgets;
import org.highroad.subsidies.domain.SubsidyProgram;
import org.highroad.subsidies.domain.SubsidyProgramRepository;
import org.highroad.subsidies.domain.SubsidyRequest;
import org.highroad.subsidies.domain.SubsidyRequestRepository;
import org.highroad.vendors.VendorRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employer's requests: a contractor user drafts, submits, revises and withdraws requests for its own vendor; agency
 * staff read every request. Another vendor's request is not found (404), so its existence is not disclosed.
 */
@Service
public class SubsidyRequests {

    static final String AUDIT_SUBJECT = "subsidy-request";
    private static final java.util.Set<RequestStatus> WITHDRAWABLE = java.util.EnumSet.of(RequestStatus.SUBMITTED,
            RequestStatus.IN_REVIEW, RequestStatus.APPROVED);
    private static final java.util.Set<RequestStatus> REDUCIBLE = java.util.EnumSet.of(RequestStatus.APPROVED,
            RequestStatus.AGREED);

    private final SubsidyRequestRepository requests;
    private final SubsidyProgramRepository programs;
    private final VendorRegistry vendors;
    private final Budgets budgets;
    private final org.highroad.subsidies.domain.Agreements agreements;
    private final org.highroad.subsidies.domain.SubsidyLedger ledger;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubsidyRequests(SubsidyRequestRepository requests, SubsidyProgramRepository programs, VendorRegistry vendors,
            Budgets budgets, org.highroad.subsidies.domain.Agreements agreements,
            org.highroad.subsidies.domain.SubsidyLedger ledger, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.agreements = agreements;
        this.ledger = ledger;
        this.requests = requests;
        this.programs = programs;
        this.vendors = vendors;
        this.budgets = budgets;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public RequestView draft(NewRequest body, HighroadUser employer) {
        return create(body, employer, null);
    }

    /** What a request form with a one-time token made: the request, and whether the form had made it before. */
    public record Drafted(RequestView request, boolean before) {
    }

    /**
     * Drafts the request of the form with this one-time token, once: the same form sent again (a double click, Back
     * and send again) is the request it drafted the first time; while that one is still a draft it takes the form's
     * answers as an edit would. The token's unique index (stored with the request) refuses a second draft of the
     * same form sent at the same moment: the caller then asks again and finds the first. A token of another
     * employer's form (unguessable: a random UUID) is refused as a reused key.
     */
    @Transactional
    public Drafted draftOnce(NewRequest body, HighroadUser employer, IdempotencyKey token) {
        Long vendor = vendorOf(employer);
        java.util.Optional<SubsidyRequest> before = requests.findByFormToken(token.hash());
        if (before.isPresent()) {
            SubsidyRequest first = before.get();
            if (first.vendorId() != vendor || first.programId() != body.programId()) {
                throw new IdempotencyKey.Reused("request form");
            }
            SubsidyRequest locked = requests.findLocked(first.id()).orElseThrow();
            if (locked.status() == RequestStatus.DRAFT) {
                locked.update(body.content());
            }
            return new Drafted(view(locked, employer), true);
        }
        return new Drafted(create(body, employer, token.hash()), false);
    }

    private RequestView create(NewRequest body, HighroadUser employer, String formToken) {
        Long vendor = vendorOf(employer);
        if (!programs.existsById(body.programId())) {
            throw new InvalidInputException("programId", "no subsidy program " + body.programId());
        }
        SubsidyRequest unsaved = new SubsidyRequest(body.programId(), vendor, body.content(), employer.userId(), clock.instant());
        unsaved.keepFormToken(formToken);
        SubsidyRequest request = requests.saveAndFlush(unsaved);
        request.startLineage();
        audit.record(AUDIT_SUBJECT, request.id(), "DRAFTED", employer.userId(), null, "version 1");
        return view(request, employer);
    }

    @Transactional
    public RequestView update(long id, RequestContent content, HighroadUser employer) {
        SubsidyRequest request = ownLocked(id, employer);
        request.update(content);
        return view(request, employer);
    }

    /** Submits a draft: every field the review needs must be there (422 naming each one missing); then it never changes. */
    @Transactional
    public RequestView submit(long id, HighroadUser employer) {
        SubsidyRequest request = ownLocked(id, employer);
        if (request.status() != RequestStatus.DRAFT) {
            throw new ConflictException("version " + request.version() + " of request " + request.lineageId() + " is "
                    + request.status() + "; it was submitted already");
        }
        List<Violation> missing = request.content().missing().stream()
                .map(f -> new Violation("content." + f, "is required to submit")).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        request.submit(employer.userId(), clock.instant());
        audit.record(AUDIT_SUBJECT, request.id(), "SUBMITTED", employer.userId(), null, "version " + request.version());
        events.publishEvent(new SubsidyRequestSubmitted(request.id(), request.vendorId(), label(request)));
        return view(request, employer);
    }

    /** A returned request's next version, as a draft with the same content, to be corrected and submitted. */
    @Transactional
    public RequestView revise(long id, HighroadUser employer) {
        SubsidyRequest returned = ownLocked(id, employer);
        SubsidyRequest next = requests.saveAndFlush(returned.revision(employer.userId(), clock.instant()));
        audit.record(AUDIT_SUBJECT, next.id(), "REVISED", employer.userId(), null, "version " + next.version()
                + " of request " + next.lineageId());
        return view(next, employer);
    }

    /**
     * Withdraws a request not yet agreed: its reservation is released to the program and its review ends
     * ({@link SubsidyWithdrawn}).
     */
    @Transactional
    public RequestView withdraw(long id, String reason, HighroadUser employer) {
        SubsidyRequest request = ownLocked(id, employer);
        if (!WITHDRAWABLE.contains(request.status())) {
            // the state in words, as the employer's page names it (a Spanish page by the term's code)
            throw new ConflictException("this request cannot be withdrawn: it is "
                    + request.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        java.math.BigDecimal released = budgets.release(id);
        request.moveTo(RequestStatus.WITHDRAWN, employer.userId(), reason, clock.instant());
        audit.record(AUDIT_SUBJECT, id, "WITHDRAWN", employer.userId(), reason,
                org.highroad.platform.money.Money.of(released) + " released");
        events.publishEvent(new SubsidyWithdrawn(id));
        return view(request, employer);
    }

    /**
     * Fewer hires than approved: the request keeps its amount per hire, its total and its reservation go down, and
     * the difference returns to the program's budget.
     */
    @Transactional
    public RequestView reduce(long id, int hires, HighroadUser employer) {
        SubsidyRequest request = ownLocked(id, employer);
        if (!REDUCIBLE.contains(request.status())) {
            throw new ConflictException("a request " + request.status() + " cannot be reduced");
        }
        if (hires < 1 || hires >= request.content().hires()) {
            throw new InvalidInputException("hires", "must be at least 1 and fewer than the " + request.content().hires()
                    + " approved; withdraw the request to give up every hire");
        }
        // Each named hire may be reimbursed up to the amount per hire: the reservation never drops below what they can
        // be paid, or the program's budget would be over-committed by the claims.
        int named = ledger.hires(id).size();
        if (hires < named) {
            throw new InvalidInputException("hires", "must be at least " + named + ": " + named
                    + " hires are named under the agreement, and each may be reimbursed");
        }
        org.highroad.platform.money.Money total = org.highroad.subsidies.domain.Reimbursement.total(
                org.highroad.platform.money.Money.of(request.reimbursementPerHire()), hires);
        java.math.BigDecimal released = budgets.reduce(id, total.amount());
        request.reduceTo(hires, total.amount());
        audit.record(AUDIT_SUBJECT, id, "REDUCED", employer.userId(), null, "to " + hires + " hires, " + total + "; "
                + org.highroad.platform.money.Money.of(released) + " released");
        return view(request, employer);
    }

    /**
     * The position a request is for, to name it in a message to its employer; empty for no such request or none named
     * yet. Whoever the message goes to is the caller's concern (the request's own employer).
     */
    @Transactional(readOnly = true)
    public java.util.Optional<String> positionOf(long id) {
        return requests.findById(id).map(r -> r.content().position()).filter(p -> !p.isBlank());
    }

    @Transactional(readOnly = true)
    public RequestView get(long id, HighroadUser reader) {
        return view(visible(id, reader), reader);
    }

    @Transactional(readOnly = true)
    public PageView<RequestView> list(HighroadUser reader, PageParams asked) {
        var query = asked.query(SORTS);
        long vendor = reader.isAgencyStaff() ? -1 : vendorOf(reader);
        return PageView.of(requests.pageVisible(reader.isAgencyStaff(), vendor, query.pageable())).map(r -> view(r, reader));
    }

    /** One page of the requests in one status (every status when {@code status} is null), as {@link #list} reads them. */
    @Transactional(readOnly = true)
    public PageView<RequestView> list(HighroadUser reader, PageParams asked, RequestStatus status) {
        if (status == null) {
            return list(reader, asked);
        }
        var query = asked.query(SORTS);
        long vendor = reader.isAgencyStaff() ? -1 : vendorOf(reader);
        return PageView.of(requests.pageVisibleInStatus(status, reader.isAgencyStaff(), vendor, query.pageable()))
                .map(r -> view(r, reader));
    }

    /** How the requests may be sorted: in the order they were drafted, by default. */
    public static final SortFields SORTS = SortFields.byId("id", org.springframework.data.domain.Sort.Direction.ASC)
            .allow("id").allow("status").allow("submittedAt").allow("createdAt").allow("programId").allow("vendorId");

    /** The agreement's PDF as issued (the caller's right to read it checked by {@link #get}). */
    @Transactional(readOnly = true)
    public byte[] agreement(long id) {
        return agreements.document(id).orElseThrow(() -> new NotFoundException("request " + id + " has no agreement yet"));
    }

    SubsidyRequest visible(long id, HighroadUser reader) {
        SubsidyRequest request = requests.findById(id).orElseThrow(() -> new NotFoundException("no subsidy request " + id));
        if (!reader.mayActFor(request.vendorId())) {
            throw new NotFoundException("no subsidy request " + id);
        }
        return request;
    }

    private SubsidyRequest ownLocked(long id, HighroadUser employer) {
        visible(id, employer);
        if (!employer.has(Role.CONTRACTOR)) {
            throw new NotFoundException("no subsidy request " + id + " of the caller's company");
        }
        return requests.findLocked(id).orElseThrow(() -> new NotFoundException("no subsidy request " + id));
    }

    private static Long vendorOf(HighroadUser employer) {
        if (employer.vendorId() == null) {
            throw new NotFoundException("the caller acts for no employer");
        }
        return employer.vendorId();
    }

    static String label(SubsidyRequest r) {
        return "request " + r.lineageId() + " version " + r.version();
    }

    RequestView view(SubsidyRequest r, HighroadUser reader) {
        SubsidyProgram program = programs.findById(r.programId()).orElseThrow();
        boolean staff = reader.isAgencyStaff();
        List<RequestView.VersionSummary> versions = requests.findByLineageIdOrderByVersion(r.lineageId()).stream()
                .map(v -> new RequestView.VersionSummary(v.id(), v.version(), v.status(), v.submittedAt())).toList();
        return new RequestView(r.id(), r.lineageId(), r.version(), r.programId(), program.code(), r.vendorId(),
                vendors.legalName(r.vendorId()), r.status(), r.content(), r.reasons(), r.flags(), r.scoreTotal(), r.qualityJob(),
                r.reimbursementPerHire(), r.reimbursementTotal(), r.createdBy(), r.createdAt(), r.submittedAt(),
                staff ? r.decidedBy() : null, r.decidedAt(), r.decisionNote(), versions);
    }
}
