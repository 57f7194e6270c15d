package org.highroad.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.highroad.contracts.Contracts;
import org.highroad.enforcement.domain.CaseOpenings;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCase.CaseFinding;
import org.highroad.enforcement.domain.ComplianceCaseRepository;
import org.highroad.enforcement.domain.ComplianceCase.Review;
import org.highroad.payroll.FindingReviews;
import org.highroad.payroll.FindingView;
import org.highroad.payroll.PayrollEvents.PayrollFlagged;
import org.highroad.payroll.PayrollResults;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.security.HighroadUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliance cases (issue 6, point 1): the findings about one contractor's payrolls on one contract open a case or
 * join the open one, in the transaction that recorded them (a finding is never without its case). Agency staff see
 * every case; a contractor its own, and as the prime, its subcontractors' cases, for which it is liable
 * (29 CFR 5.5(a)(6): the prime is responsible for its subcontractors' compliance).
 */
@Service
public class ComplianceCases {

    static final String SUBJECT = "compliance-case";
    private static final String WORKFLOW = "highroad-workflow";

    private final ComplianceCaseRepository cases;
    private final CaseOpenings openings;
    private final Contracts contracts;
    private final PayrollResults payroll;
    private final FindingReviews reviews;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final CaseLedgers ledgers;
    private final org.highroad.enforcement.domain.CaseStepRepository steps;
    private final Clock clock;

    ComplianceCases(ComplianceCaseRepository cases, CaseOpenings openings, Contracts contracts, PayrollResults payroll,
            FindingReviews reviews, AuditTrail audit, ApplicationEventPublisher events, CaseLedgers ledgers, org.highroad.enforcement.domain.CaseStepRepository steps,
            Clock clock) {
        this.ledgers = ledgers;
        this.steps = steps;
        this.cases = cases;
        this.openings = openings;
        this.contracts = contracts;
        this.payroll = payroll;
        this.reviews = reviews;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Findings entered a case: {@code opened}, its process starts; otherwise the running one reviews them. */
    public record CaseFindingsAdded(long caseId, List<Long> findingIds, boolean opened) {
    }

    /**
     * Why an auditor's review of a finding cannot be recorded, if it cannot: only an auditor reviews, only a pending
     * finding of the case, and a dismissal needs its reason (issue 6: "dismiss with a required reason").
     */
    @Transactional(readOnly = true)
    public java.util.Optional<String> reviewRefusal(long caseId, long findingId, boolean auditor, String decision, String reason) {
        if (!auditor) {
            return java.util.Optional.of("only an auditor reviews findings");
        }
        ComplianceCase c = cases.findById(caseId).orElse(null);
        if (c == null || c.finding(findingId).isEmpty() || c.status() != ComplianceCase.Status.OPEN) {
            return java.util.Optional.of("finding " + findingId + " is not in case " + caseId);
        }
        if (c.finding(findingId).get().review() == Review.SUPERSEDED) {
            return java.util.Optional.of("finding " + findingId + " was superseded and is no longer reviewed: "
                    + c.finding(findingId).get().reason());
        }
        if (c.finding(findingId).get().review() != Review.PENDING) {
            return java.util.Optional.of("finding " + findingId + " was reviewed already");
        }
        if (!"CONFIRM".equals(decision) && !"DISMISS".equals(decision)) {
            return java.util.Optional.of("the decision must be CONFIRM or DISMISS");
        }
        if ("DISMISS".equals(decision) && (reason == null || reason.isBlank())) {
            return java.util.Optional.of("a dismissal needs its reason");
        }
        return java.util.Optional.empty();
    }

    /**
     * Records an auditor's review (after {@link #reviewRefusal}); the audit trail keeps who, when and why, and the
     * payroll finding says it is confirmed or dismissed.
     */
    @Transactional
    public void recordReview(long caseId, long findingId, boolean confirm, String reason, String auditor) {
        // the finding, then the case, locked before either is read, in the order a correction superseding the finding
        // locks them: a correction meanwhile is seen here (409), or sees this review
        reviews.hold(List.of(findingId));
        ComplianceCase c = cases.lockById(caseId).orElseThrow(() -> new NotFoundException("no compliance case " + caseId));
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!c.review(findingId, confirm ? Review.CONFIRMED : Review.DISMISSED, why, auditor, clock.instant())) {
            throw new org.highroad.platform.errors.ConflictException("finding " + findingId + " is not pending in case " + caseId);
        }
        if (confirm) {
            payroll.findingsByIds(List.of(findingId)).forEach(f -> ledgers.owe(c, f, auditor));
            reviews.confirmed(List.of(findingId));
        } else {
            reviews.dismissed(List.of(findingId));
        }
        audit.record(SUBJECT, caseId, confirm ? "FINDING CONFIRMED" : "FINDING DISMISSED", auditor, why, "finding " + findingId);
    }

    @EventListener
    @Transactional
    public void on(PayrollFlagged flagged) {
        String key = ComplianceCase.openKey(flagged.contractId(), flagged.vendorId());
        ComplianceCase open = cases.lockOpen(key).orElse(null);
        boolean opened = false;
        if (open == null) {
            // opened once (unique open key): a transaction that loses the race joins the case the winner opened
            opened = openings.open(flagged.contractId(), flagged.vendorId(), contracts.primeVendorOf(flagged.contractId()),
                    clock.instant());
            open = cases.lockOpen(key).orElseThrow(() -> new IllegalStateException("no open case " + key + " after opening it"));
        }
        List<Long> before = open.findings().stream().map(CaseFinding::findingId).toList();
        int added = open.join(flagged.findingIds());
        events.publishEvent(new CaseFindingsAdded(open.id(), flagged.findingIds().stream().filter(f -> !before.contains(f)).toList(),
                opened));
        boolean lateReport = flagged.submissionId() == null && payroll.findingsByIds(flagged.findingIds()).stream()
                .anyMatch(f -> "LATE_REPORT".equals(f.kind()));
        if (lateReport) {
            // a missing payroll: the contractor is reminded at once, before the review and any notice
            steps.save(new org.highroad.enforcement.domain.CaseStep(open.id(), "REMINDER", "SENT", null,
                    "The certified payroll for the week ending " + flagged.weekEnding() + " is past due: submit it with its "
                            + "Statement of Compliance (29 CFR 5.5(a)(3)(ii); contract Schedule C)", null, WORKFLOW, clock.instant()));
        }
        audit.record(SUBJECT, open.id(), opened ? "OPENED" : "FINDINGS JOINED", WORKFLOW, null,
                added + " finding(s) for the week ending " + flagged.weekEnding()
                        + (lateReport ? " (late report)" : flagged.submissionId() == null ? "" : " from payroll " + flagged.submissionId()));
    }

    /**
     * The auditor's queue: open cases first, oldest first; a contractor sees its own (and its subcontractors'), without
     * the agency's notes ({@link AgencyNotes}).
     */
    @Transactional(readOnly = true)
    public List<CaseView> list(HighroadUser caller) {
        List<ComplianceCase> visible = cases.findAllByOrderByIdDesc().stream().filter(c -> visibleTo(c, caller)).toList();
        // one read of the findings and one of the ledgers for the whole queue
        Map<Long, FindingView> findings = byId(visible.stream().flatMap(c -> c.findings().stream()).map(CaseFinding::findingId)
                .toList());
        Map<Long, BigDecimal> outstanding = ledgers.outstanding(visible.stream().map(ComplianceCase::id).toList());
        return visible.stream().map(c -> AgencyNotes.caseFor(view(c, findings, outstanding.get(c.id())), caller))
                .sorted(Comparator.comparing(CaseView::status).reversed().thenComparing(CaseView::openedAt))
                .toList();
    }

    /** The findings of a case still waiting for an auditor's review. */
    @Transactional(readOnly = true)
    public List<Long> pendingFindings(long caseId) {
        return cases.findById(caseId).map(c -> c.findings().stream().filter(f -> f.review() == Review.PENDING)
                .map(CaseFinding::findingId).toList()).orElse(List.of());
    }

    /**
     * The findings a review round gives a task each: those pending, read with the case's row locked until the tasks
     * exist (the round's transaction ends), so a finding superseded meanwhile either gets no task or has its task ended
     * ({@link SupersededFindings} locks the case too).
     */
    @Transactional
    public List<Long> findingsToReview(long caseId) {
        return cases.lockById(caseId).map(c -> c.findings().stream().filter(f -> f.review() == Review.PENDING)
                .map(CaseFinding::findingId).toList()).orElse(List.of());
    }

    /** Whether the finding left the case's review without one: it no longer stands (superseded). */
    @Transactional(readOnly = true)
    public boolean leftReview(long caseId, long findingId) {
        return cases.findById(caseId).flatMap(c -> c.finding(findingId)).map(f -> f.review() == Review.SUPERSEDED).orElse(false);
    }

    /** The case if the caller may see it (agency staff, its contractor, the liable prime), else 404. */
    @Transactional(readOnly = true)
    public ComplianceCase visible(long id, HighroadUser caller) {
        return cases.findById(id).filter(x -> visibleTo(x, caller))
                .orElseThrow(() -> new NotFoundException("no compliance case " + id));
    }

    @Transactional(readOnly = true)
    public CaseView get(long id, HighroadUser caller) {
        ComplianceCase c = cases.findById(id).filter(x -> visibleTo(x, caller))
                .orElseThrow(() -> new NotFoundException("no compliance case " + id));
        return AgencyNotes.caseFor(view(c), caller);
    }

    private static boolean visibleTo(ComplianceCase c, HighroadUser caller) {
        return caller.isAgencyStaff() || c.concerns(caller.vendorId());
    }

    private Map<Long, FindingView> byId(List<Long> findingIds) {
        return payroll.findingsByIds(findingIds).stream().collect(Collectors.toMap(FindingView::id, Function.identity()));
    }

    private CaseView view(ComplianceCase c) {
        return view(c, byId(c.findings().stream().map(CaseFinding::findingId).toList()), ledgers.of(c.id()).totals().outstanding());
    }

    private CaseView view(ComplianceCase c, Map<Long, FindingView> byId, BigDecimal outstanding) {
        List<CaseView.Finding> findings = c.findings().stream().map(f -> new CaseView.Finding(byId.get(f.findingId()),
                f.review().name(), f.reason(), f.reviewedBy(), f.reviewedAt())).toList();
        // what the case holds against the contractor: not what was dismissed, nor what no longer stands
        List<CaseView.Finding> standing = findings.stream().filter(f -> !f.review().equals(Review.DISMISSED.name())
                && !f.review().equals(Review.SUPERSEDED.name())
                && (f.finding() == null || !"SUPERSEDED".equals(f.finding().status()))).toList();
        BigDecimal owed = standing.stream().map(f -> f.finding().amountOwed()).filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        BigDecimal hours = standing.stream().map(f -> f.finding().hoursShort()).filter(h -> h != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        Instant until = c.closedAt() == null ? clock.instant() : c.closedAt();
        return new CaseView(c.id(), c.contractId(), c.vendorId(), c.primeVendorId(), c.vendorId() != c.primeVendorId(),
                c.status().name(), c.outcome(), c.openedAt(), Duration.between(c.openedAt(), until).toDays(),
                c.count(Review.PENDING), c.count(Review.CONFIRMED), c.count(Review.DISMISSED), c.count(Review.SUPERSEDED), owed,
                outstanding, hours, c.escalationStep(), c.cureDue(), c.nextCheck(), c.closedReason(), findings);
    }
}
