package org.highroad.subsidies;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.highroad.documents.PdfRenderer;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.money.Money;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.scoring.Scorecard;
import org.highroad.subsidies.domain.AgreementDates;
import org.highroad.subsidies.domain.AgreementDocument;
import org.highroad.subsidies.domain.Agreements;
import org.highroad.subsidies.domain.Budgets;
import org.highroad.subsidies.domain.HardRules;
import org.highroad.subsidies.domain.JobQuality;
import org.highroad.subsidies.domain.Reimbursement;
import org.highroad.subsidies.domain.SoftStandards;
import org.highroad.subsidies.domain.SubsidyProgram;
import org.highroad.subsidies.domain.SubsidyProgramRepository;
import org.highroad.subsidies.domain.SubsidyRequest;
import org.highroad.subsidies.domain.SubsidyRequestRepository;
import org.highroad.vendors.VendorRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of a submitted request, one method per step of {@code wageSubsidyReview}: hard rules, job quality and
 * soft flags, the budget reservation, approval (automatic or by workforce staff), the agreement and its acceptance.
 * Each step records its outcome on the request and in the audit trail; refusals of a human step are asked first.
 */
@Service
public class SubsidyReview {

    private static final String AUDIT = SubsidyRequests.AUDIT_SUBJECT;

    /** Highroad's own screening of the employer's compliance record, as workforce staff would read it. */
    private static final HighroadUser SCREENER = HighroadUser.workflowAs(Role.WORKFORCE_STAFF);

    private final SubsidyRequestRepository requests;
    private final SubsidyProgramRepository programs;
    private final StandardCatalog standards;
    private final VendorRegistry vendors;
    private final Budgets budgets;
    private final Agreements agreements;
    private final PdfRenderer renderer;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SubsidyReview(SubsidyRequestRepository requests, SubsidyProgramRepository programs, StandardCatalog standards,
            VendorRegistry vendors, Budgets budgets, Agreements agreements, PdfRenderer renderer, AuditTrail audit, Clock clock,
            ApplicationEventPublisher events) {
        this.requests = requests;
        this.programs = programs;
        this.standards = standards;
        this.vendors = vendors;
        this.budgets = budgets;
        this.agreements = agreements;
        this.renderer = renderer;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Whether the request still awaits the review its submission announced. The review starts after the submission
     * commits, possibly much later when the engine refused the first start (ADR 0015): a request withdrawn meanwhile is
     * not reviewed, reserved or approved. The row stays locked until the start commits, so a withdrawal at the same
     * moment waits for it and then finds the review to end.
     */
    @Transactional
    public boolean awaitsReview(long id) {
        return requests.findLocked(id).map(r -> r.status() == RequestStatus.SUBMITTED).orElse(false);
    }

    /** The program's hard rules; any failing returns the request for revision with every reason. True when all pass. */
    @Transactional
    public boolean checkHardRules(long id) {
        SubsidyRequest r = locked(id);
        List<Reason> failures = HardRules.failures(program(r).terms(), r.content(), LocalDate.now(clock));
        if (failures.isEmpty()) {
            return true;
        }
        r.returnForRevision(failures, clock.instant());
        audit.record(AUDIT, id, "RETURNED", HighroadUser.WORKFLOW_ID, failures.stream().map(Reason::toString)
                .collect(Collectors.joining("; ")), null);
        events.publishEvent(new SubsidyReturned(id, r.vendorId()));
        return false;
    }

    /** Job quality on the pinned standard's rubric, the soft flags, and the money per hire and in total. */
    @Transactional
    public Assessment assess(long id) {
        SubsidyRequest r = locked(id);
        SubsidyProgram program = program(r);
        ProgramTerms terms = program.terms();
        Scorecard card = JobQuality.score(rubric(program), terms, r.content());
        boolean quality = JobQuality.isQualityJob(card, terms);
        List<Reason> flags = new java.util.ArrayList<>(SoftStandards.flags(terms, r.content()));
        flags.addAll(SoftStandards.eligibilityFlags(vendors.eligibility(r.vendorId(), program.standardCode(),
                program.standardVersion(), LocalDate.now(clock), SCREENER)));
        Money perHire = Reimbursement.perHire(terms.sharePercent(), r.content().hourlyWage(), r.content().trainingHours(),
                terms.capPerHire());
        Money total = Reimbursement.total(perHire, r.content().hires());
        r.assess(card.total(), quality, flags, perHire.amount(), total.amount());
        audit.record(AUDIT, id, "ASSESSED", HighroadUser.WORKFLOW_ID, null, "score " + card.total().toPlainString()
                + (quality ? ", a quality job" : ", not a quality job") + (flags.isEmpty() ? "" : ", flagged " + flags.stream()
                .map(Reason::rule).collect(Collectors.joining(","))) + "; " + perHire + " per hire, " + total + " in total");
        return new Assessment(quality, flags.stream().anyMatch(SoftStandards::asksWageCommitment));
    }

    /** The full scorecard of a submitted request, as the pinned rubric scores it (the same each time it is asked). */
    @Transactional(readOnly = true)
    public Scorecard scorecard(long id) {
        SubsidyRequest r = requests.findById(id).orElseThrow(() -> new NotFoundException("no subsidy request " + id));
        List<String> missing = r.content().missing();
        if (!missing.isEmpty()) {
            throw new org.highroad.platform.errors.ConflictException("the request is scored once it has "
                    + String.join(", ", missing));
        }
        return JobQuality.score(rubric(program(r)), program(r).terms(), r.content());
    }

    /**
     * Reserves the request's total from the program's budget ({@link Budgets}): EXHAUSTED when it has not that much
     * left; otherwise approval is automatic below the program's automatic-approval amount, or by workforce staff.
     */
    @Transactional
    public Reservation reserve(long id) {
        SubsidyRequest r = locked(id);
        SubsidyProgram program = program(r);
        if (!budgets.reserve(program.id(), id, r.reimbursementTotal())) {
            r.moveTo(RequestStatus.BUDGET_EXHAUSTED, HighroadUser.WORKFLOW_ID, "the program's budget has less than "
                    + Money.of(r.reimbursementTotal()) + " left", clock.instant());
            audit.record(AUDIT, id, "BUDGET_EXHAUSTED", HighroadUser.WORKFLOW_ID, r.decisionNote(), null);
            return Reservation.EXHAUSTED;
        }
        // an employer whose compliance record the program's standard flags is never approved automatically
        boolean automatic = r.reimbursementTotal().compareTo(program.terms().autoApprovalCeiling()) < 0
                && r.flags().stream().noneMatch(SoftStandards::sendsToStaff);
        if (!automatic) {
            r.moveTo(RequestStatus.IN_REVIEW, null, null, clock.instant());
        }
        audit.record(AUDIT, id, "RESERVED", HighroadUser.WORKFLOW_ID, null, Money.of(r.reimbursementTotal()) + " reserved"
                + (automatic ? "" : "; for workforce staff's review"));
        return automatic ? Reservation.AUTOMATIC_APPROVAL : Reservation.STAFF_REVIEW;
    }

    /** Within policy and below the program's automatic-approval amount. */
    @Transactional
    public void approveAutomatically(long id) {
        SubsidyRequest r = locked(id);
        r.moveTo(RequestStatus.APPROVED, HighroadUser.WORKFLOW_ID, approvalNote(r, "approved within policy"), clock.instant());
        audit.record(AUDIT, id, "APPROVED", HighroadUser.WORKFLOW_ID, r.decisionNote(), null);
    }

    @Transactional(readOnly = true)
    public ReviewLabels reviewLabels(long id) {
        SubsidyRequest r = requests.findById(id).orElseThrow();
        SubsidyProgram program = program(r);
        String flags = r.flags().isEmpty() ? "none" : r.flags().stream().map(Reason::text).collect(Collectors.joining("; "));
        // The scorecard line by line as the pinned rubric scores it: each criterion's points of its weight, its maximum.
        List<String> criteria = JobQuality.score(rubric(program), program.terms(), r.content()).criteria().stream()
                .map(c -> "| " + c.name().replace("|", "/") + " | " + pointsOf(c) + " |").toList();
        return new ReviewLabels(vendors.legalName(r.vendorId()), r.content().hires() + " hires at "
                + Money.formatRate(r.content().hourlyWage(), java.util.Locale.US) + " an hour, " + r.content().trainingHours()
                + " training hours each",
                r.scoreTotal().toPlainString() + " points; " + (Boolean.TRUE.equals(r.qualityJob()) ? "a quality job" : "not a quality job")
                        + " (threshold " + program.terms().qualityThreshold().stripTrailingZeros().toPlainString() + ")",
                criteria, flags, Money.of(r.reimbursementPerHire()).toString(), Money.of(r.reimbursementTotal()).toString(),
                Money.of(program.terms().budget().subtract(budgets.reservedTotal(program.id()))).toString());
    }

    /**
     * A criterion's points of its weight ("12.50 of 30"); a pass/fail rule (a hard rule, weight 0) gives no points and is
     * shown as met or not, never "0.00 of 0".
     */
    static String pointsOf(org.highroad.standards.scoring.CriterionScore c) {
        return switch (c.outcome()) {
            case PASSED -> "met (pass/fail rule)";
            case FAILED -> "not met (pass/fail rule)";
            default -> c.points().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " of "
                    + c.weight().stripTrailingZeros().toPlainString();
        };
    }

    /** Why staff's decision may not be recorded, or empty. */
    @Transactional(readOnly = true)
    public Optional<String> reviewRefusal(long id, StaffDecision decision, HighroadUser by) {
        SubsidyRequest r = requests.findById(id).orElse(null);
        if (r == null || r.status() != RequestStatus.IN_REVIEW) {
            return Optional.of("request " + id + " is not awaiting review");
        }
        if (by == null || !by.has(Role.WORKFORCE_STAFF)) {
            return Optional.of("only workforce staff decide a subsidy request");
        }
        if (decision.decision() == null || !List.of("APPROVE", "REFUSE").contains(decision.decision())) {
            return Optional.of("decision: must be APPROVE or REFUSE");
        }
        if (!decision.approves() && (decision.note() == null || decision.note().isBlank())) {
            return Optional.of("note: a refusal gives its reason");
        }
        return Optional.empty();
    }

    /** Staff's decision: approved, or refused with the reservation released. True when approved. */
    @Transactional
    public boolean recordReview(long id, StaffDecision decision, String by) {
        SubsidyRequest r = locked(id);
        if (decision.approves()) {
            r.moveTo(RequestStatus.APPROVED, by, approvalNote(r, decision.note() == null ? "approved" : decision.note()),
                    clock.instant());
            audit.record(AUDIT, id, "APPROVED", by, r.decisionNote(), null);
            return true;
        }
        BigDecimal released = budgets.release(id);
        r.moveTo(RequestStatus.REFUSED, by, decision.note(), clock.instant());
        audit.record(AUDIT, id, "REFUSED", by, decision.note(), Money.of(released) + " released");
        return false;
    }

    /** Renders the agreement (PDF through the documents module) and keeps it as issued. */
    @Transactional
    public void issueAgreement(long id) {
        SubsidyRequest r = locked(id);
        if (agreements.issued(id)) {
            return;
        }
        SubsidyProgram program = program(r);
        byte[] pdf = renderer.render(AgreementDocument.of(program.name(), vendors.legalName(r.vendorId()), r, program.terms()));
        agreements.issue(id, pdf, clock.instant());
        audit.record(AUDIT, id, "AGREEMENT_ISSUED", HighroadUser.WORKFLOW_ID, null, null);
        events.publishEvent(new SubsidyAgreementIssued(id, r.vendorId(), r.content().startDate()));
    }

    /** Why the employer's acceptance may not be recorded, or empty: only before the first day, conditions answered. */
    @Transactional(readOnly = true)
    public Optional<String> acceptanceRefusal(long id, String wageCommitment, HighroadUser by) {
        SubsidyRequest r = requests.findById(id).orElse(null);
        if (r == null || r.status() != RequestStatus.APPROVED || !agreements.issued(id)) {
            return Optional.of("request " + id + " has no agreement awaiting acceptance");
        }
        if (by == null || !by.has(Role.CONTRACTOR)) {
            return Optional.of("only the employer's users accept its agreement");
        }
        LocalDate today = LocalDate.now(clock);
        if (!AgreementDates.acceptableOn(today, r.content().startDate())) {
            return Optional.of("the agreement must be accepted before the first day of work, " + r.content().startDate()
                    + " (20 CFR 680.700(a); the program's AGREEMENT_BEFORE_HIRE term)");
        }
        boolean committed = (wageCommitment != null && !wageCommitment.isBlank()) || r.content().wageProgression() != null;
        if (r.flags().stream().anyMatch(SoftStandards::asksWageCommitment) && !committed) {
            return Optional.of("wageCommitment: the approval's condition asks for a wage-progression commitment");
        }
        return Optional.empty();
    }

    @Transactional
    public void acceptAgreement(long id, String wageCommitment, String by) {
        SubsidyRequest r = locked(id);
        agreements.accept(id, by, wageCommitment, LocalDate.now(clock), clock.instant());
        r.moveTo(RequestStatus.AGREED, null, null, clock.instant());
        audit.record(AUDIT, id, "AGREEMENT_ACCEPTED", by, wageCommitment, "accepted on " + LocalDate.now(clock));
    }

    /** The first day came with the agreement not accepted: it lapses and the reservation is released. */
    @Transactional
    public void lapseAgreement(long id) {
        SubsidyRequest r = locked(id);
        if (r.status() != RequestStatus.APPROVED) {
            return;
        }
        BigDecimal released = budgets.release(id);
        r.moveTo(RequestStatus.LAPSED, HighroadUser.WORKFLOW_ID, "not accepted before the first day of work", clock.instant());
        audit.record(AUDIT, id, "LAPSED", HighroadUser.WORKFLOW_ID, r.decisionNote(), Money.of(released) + " released");
    }

    @Transactional(readOnly = true)
    public LocalDate firstStartDate(long id) {
        return requests.findById(id).orElseThrow().content().startDate();
    }

    @Transactional(readOnly = true)
    public long vendorOf(long id) {
        return requests.findById(id).orElseThrow().vendorId();
    }

    private static String approvalNote(SubsidyRequest r, String note) {
        return r.flags().stream().noneMatch(SoftStandards::asksWageCommitment) ? note
                : note + "; on condition of a wage-progression commitment";
    }

    private SubsidyRequest locked(long id) {
        return requests.findLocked(id).orElseThrow(() -> new NotFoundException("no subsidy request " + id));
    }

    private SubsidyProgram program(SubsidyRequest r) {
        return programs.findById(r.programId()).orElseThrow();
    }

    private List<org.highroad.standards.scoring.Criterion> rubric(SubsidyProgram program) {
        return standards.version(program.standardCode(), program.standardVersion()).content().rubric();
    }

    /** Where the reservation leaves the request. */
    public enum Reservation { EXHAUSTED, AUTOMATIC_APPROVAL, STAFF_REVIEW }
}
