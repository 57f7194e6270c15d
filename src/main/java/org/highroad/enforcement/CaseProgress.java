package org.highroad.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.highroad.contracts.Contracts;
import org.highroad.enforcement.domain.CaseStep;
import org.highroad.enforcement.domain.CaseResponse;
import org.highroad.enforcement.domain.CaseResponseRepository;
import org.highroad.enforcement.domain.CaseStepRepository;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCase.Review;
import org.highroad.enforcement.domain.ComplianceCaseRepository;
import org.highroad.enforcement.escalation.EscalationAdvice;
import org.highroad.enforcement.escalation.EscalationAdvice.NextStep;
import org.highroad.enforcement.escalation.EscalationInput;
import org.highroad.enforcement.escalation.EscalationLadder;
import org.highroad.enforcement.escalation.EscalationStep;
import org.highroad.enforcement.escalation.FineCalculator;
import org.highroad.enforcement.ledger.RestitutionLedger;
import org.highroad.enforcement.time.BusinessDays;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.vendors.VendorRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a case moves after its findings are reviewed (issue 6, points 1 and 2): the route after a review round, the
 * auditor's verification of the contractor's correction, the escalation ladder's advice and the auditor's decision on
 * it, the debarment referral, the close. Each step is stored ({@link CaseStep}) with who, when and why. The process
 * ({@code compliance-case.bpmn}) calls these through thin delegates; the refusals are checked here, so the API and
 * the Tasklist refuse the same things.
 */
@Service
public class CaseProgress {

    /**
     * After the cure period, the ladder is consulted again every 10 business days: the thresholds of
     * {@code escalation-ladder.dmn} (fines from 10 business days past cure, a debarment referral from 20) are reached
     * one check each.
     */
    public static final int ESCALATION_CHECK_BUSINESS_DAYS = 10;
    /** A repeat offender had another case with a confirmed finding in the last 3 years (escalation-ladder.dmn). */
    static final int REPEAT_YEARS = 3;
    static final String LADDER = "escalation-ladder.dmn";
    private static final int MIN_REASON = 10;

    private final ComplianceCaseRepository cases;
    private final CaseStepRepository steps;
    private final CaseResponseRepository responses;
    private final CaseLedgers ledgers;
    private final EscalationLadder ladder;
    private final Contracts contracts;
    private final VendorRegistry vendors;
    private final org.highroad.payroll.PayrollResults payroll;
    private final org.highroad.payroll.FindingReviews findingReviews;
    private final AuditTrail audit;
    private final Clock clock;

    CaseProgress(ComplianceCaseRepository cases, CaseStepRepository steps, CaseResponseRepository responses,
            CaseLedgers ledgers, EscalationLadder ladder,
            Contracts contracts, VendorRegistry vendors, org.highroad.payroll.PayrollResults payroll,
            org.highroad.payroll.FindingReviews findingReviews, AuditTrail audit, Clock clock) {
        this.payroll = payroll;
        this.findingReviews = findingReviews;
        this.cases = cases;
        this.steps = steps;
        this.responses = responses;
        this.ledgers = ledgers;
        this.ladder = ladder;
        this.contracts = contracts;
        this.vendors = vendors;
        this.audit = audit;
        this.clock = clock;
    }

    /** Where a case goes after a review round. */
    public enum ReviewRoute { REVIEW_AGAIN, DISMISSED, NOTICE, WAIT }

    @Transactional(readOnly = true)
    public ReviewRoute afterReviews(long caseId) {
        ComplianceCase c = find(caseId);
        if (c.findings().stream().anyMatch(f -> f.review() == Review.PENDING)) {
            return ReviewRoute.REVIEW_AGAIN; // findings joined during the round
        }
        if (!c.confirmedUnnoticed().isEmpty()) {
            return ReviewRoute.NOTICE;
        }
        return c.noticedEver() ? ReviewRoute.WAIT : ReviewRoute.DISMISSED;
    }

    /**
     * No finding of a case that issued no notice stands: each was dismissed on review (DISMISSED) or, some of them,
     * superseded (SUPERSEDED: a correction payroll replaced the payroll they were found on, and nothing of it was
     * confirmed). The case closes without a notice.
     */
    @Transactional
    public void closeDismissed(long caseId) {
        ComplianceCase c = find(caseId);
        int superseded = c.count(Review.SUPERSEDED);
        if (superseded == 0) {
            c.close("DISMISSED", "every finding was dismissed on review", clock.instant());
            record(c, "CLOSE", "DISMISSED", null, "no finding was confirmed", null, CaseNotices.ISSUER);
            return;
        }
        int dismissed = c.count(Review.DISMISSED);
        String reason = "no finding stands: " + superseded + " superseded after a correction payroll"
                + (dismissed == 0 ? "" : ", " + dismissed + " dismissed on review");
        c.close("SUPERSEDED", reason, clock.instant());
        record(c, "CLOSE", "SUPERSEDED", null, reason, null, CaseNotices.ISSUER);
    }

    /** The timer date that ends the current wait: the start of the day after the next check (cure date). */
    @Transactional(readOnly = true)
    public String waitEndsAt(long caseId) {
        LocalDate next = find(caseId).nextCheck();
        return next.plusDays(1).atStartOfDay().toString();
    }

    // --- verification

    @Transactional(readOnly = true)
    public Optional<String> verificationRefusal(long caseId, boolean auditor, String decision, String reason) {
        if (!auditor) {
            return Optional.of("only an auditor verifies a correction");
        }
        ComplianceCase c = find(caseId);
        if (c.status() != ComplianceCase.Status.OPEN) {
            return Optional.of("case " + caseId + " is closed");
        }
        if (!"CURED".equals(decision) && !"NOT_CURED".equals(decision)) {
            return Optional.of("the decision must be CURED or NOT_CURED");
        }
        if ("NOT_CURED".equals(decision)) {
            return shortReason(reason) ? Optional.of("say what is still missing (a reason of at least " + MIN_REASON
                    + " characters), the contractor reads it") : Optional.empty();
        }
        if (c.findings().stream().anyMatch(f -> f.review() == Review.PENDING)) {
            return Optional.of("findings that joined the case are still to be reviewed: record NOT_CURED, and their review "
                    + "tasks follow");
        }
        return ledgers.of(caseId).closeRefusal(reason);
    }

    /** The id of the case's last contractor response, or null when it has none. */
    @Transactional(readOnly = true)
    public Long lastResponseId(long caseId) {
        return responses.findFirstByCaseIdOrderByIdDesc(caseId).map(CaseResponse::id).orElse(null);
    }

    /** What came in while the case was not waiting at its cure gateway (a message then wakes nothing). */
    public enum Arrivals { FINDINGS, RESPONSE, NONE }

    /**
     * Before the case waits again: findings still pending review (they joined while another task was open) come
     * first, then contractor responses no verification has taken in yet; the database says, not the messages.
     */
    @Transactional
    public Arrivals arrivals(long caseId) {
        // locked until the case waits: a response or a finding committed meanwhile either is seen here or, once this
        // commits, its message finds the case waiting (CaseResponses.respond and the PayrollFlagged listener lock it too)
        ComplianceCase c = cases.lockById(caseId).orElseThrow(() -> new NotFoundException("no compliance case " + caseId));
        if (c.findings().stream().anyMatch(f -> f.review() == Review.PENDING)) {
            return Arrivals.FINDINGS;
        }
        return responses.findByCaseIdAndVerifiedAtIsNull(caseId).isEmpty() ? Arrivals.NONE : Arrivals.RESPONSE;
    }

    /** Records the verification; cured closes the case as RESOLVED. Returns whether it was cured. */
    @Transactional
    public boolean recordVerification(long caseId, boolean cured, String reason, String auditor, Long responsesThrough) {
        ComplianceCase c = find(caseId);
        record(c, "VERIFICATION", cured ? "CURED" : "NOT_CURED", ledgers.of(caseId).totals().outstanding(), null, reason, auditor);
        // the auditor verified on the responses the task was created with; one that came while it was open (not in its
        // summary) is verified next, when the case returns to its wait (arrivals)
        responses.findByCaseIdAndVerifiedAtIsNull(caseId).stream()
                .filter(r -> responsesThrough != null && r.id() <= responsesThrough).forEach(r -> r.verified(clock.instant()));
        if (cured) {
            closeCured(c, "RESOLVED", reason == null || reason.isBlank() ? "cured: nothing outstanding" : reason.strip());
            audit.record(ComplianceCases.SUBJECT, caseId, "CLOSED", auditor, reason, "resolved: correction verified");
        }
        return cured;
    }

    // --- escalation

    /**
     * Consults the escalation ladder when the cure period (or the last check) ends uncured, and records its advice. A
     * WAIT moves the next check on; the other steps go to an auditor.
     */
    @Transactional
    public EscalationAdvice advise(long caseId) {
        ComplianceCase c = find(caseId);
        RestitutionLedger ledger = ledgers.of(caseId);
        LocalDate today = LocalDate.now(clock);
        EscalationAdvice advice = ladder.advise(new EscalationInput(EscalationStep.valueOf(c.escalationStep()), false,
                ledger.totals().outstanding(), daysPastCure(c, today), violations(c), repeatOffender(c, today),
                missingPayrolls(c).size()));
        record(c, "ADVICE", advice.nextStep().name(), null, advice.rationale(), null, LADDER);
        if (advice.nextStep() == NextStep.WAIT) {
            c.nextCheck(BusinessDays.usFederal().addBusinessDays(today, ESCALATION_CHECK_BUSINESS_DAYS));
        }
        return advice;
    }

    /** The ladder says CLOSE (nothing outstanding, nothing open): the case closes on its advice. */
    @Transactional
    public void closeOffLadder(long caseId, String rationale) {
        ComplianceCase c = find(caseId);
        closeCured(c, "CLOSED_OFF_LADDER", rationale);
        record(c, "CLOSE", "CLOSED", null, rationale, null, LADDER);
    }

    @Transactional(readOnly = true)
    public Optional<String> escalationRefusal(long caseId, boolean auditor, String decision, String reason) {
        if (!auditor) {
            return Optional.of("only an auditor applies an escalation step");
        }
        if (find(caseId).status() != ComplianceCase.Status.OPEN) {
            return Optional.of("case " + caseId + " is closed");
        }
        if (!"APPLY".equals(decision) && !"HOLD".equals(decision)) {
            return Optional.of("the decision must be APPLY or HOLD");
        }
        return shortReason(reason) ? Optional.of("an escalation step is recorded with why: a reason of at least " + MIN_REASON
                + " characters") : Optional.empty();
    }

    /**
     * Records the auditor's decision on the ladder's step: APPLY moves the case up (withholding: at least the
     * contractor's outstanding restitution from its next payment, 29 CFR 5.9; fines: per open violation per calendar
     * day past cure, capped: the contract's "per violation per day", each day a separate violation as under the Boston
     * Residents Jobs Policy, contract Schedule C); HOLD keeps it where it is. Returns true for an applied debarment
     * referral, which an administrator approves next.
     */
    @Transactional
    public boolean recordEscalation(long caseId, String nextStep, boolean apply, String reason, String auditor) {
        ComplianceCase c = find(caseId);
        LocalDate today = LocalDate.now(clock);
        BigDecimal amount = switch (NextStep.valueOf(nextStep)) {
            case WITHHOLDING -> withholding(c);
            case FINES -> FineCalculator.of(contracts.ruleBook(c.contractId()).reporting(today))
                    .fine(violations(c), calendarDaysPastCure(c, today));
            default -> null;
        };
        record(c, nextStep, apply ? "APPLIED" : "HELD", amount, null, reason, auditor);
        audit.record(ComplianceCases.SUBJECT, caseId, (apply ? "ESCALATED TO " : "ESCALATION HELD AT ") + nextStep, auditor,
                reason, amount == null ? null : "amount " + amount);
        boolean referral = apply && NextStep.valueOf(nextStep) == NextStep.DEBARMENT_REFERRAL;
        if (apply && !referral) {
            c.stepTo(nextStep);
        }
        if (!referral) {
            c.nextCheck(BusinessDays.usFederal().addBusinessDays(today, ESCALATION_CHECK_BUSINESS_DAYS));
        }
        return referral;
    }

    @Transactional(readOnly = true)
    public Optional<String> debarmentRefusal(long caseId, boolean admin, String decision, String reason) {
        if (!admin) {
            return Optional.of("an administrator approves a debarment referral, after the auditor");
        }
        if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
            return Optional.of("the decision must be APPROVE or REJECT");
        }
        if (shortReason(reason)) {
            return Optional.of("a debarment decision is recorded with why: a reason of at least " + MIN_REASON + " characters");
        }
        // approving closes the case: with restitution outstanding or withholding held, only with the closing reason
        return "APPROVE".equals(decision) ? ledgers.of(caseId).closeRefusal(reason) : Optional.empty();
    }

    /**
     * The administrator's decision on the auditor's referral: APPROVE records a pending debarment on the vendor for the
     * debarring official (29 CFR 5.12) and closes the case; REJECT returns the case to its checks.
     */
    @Transactional
    public boolean recordDebarment(long caseId, boolean approve, String reason, String admin) {
        ComplianceCase c = find(caseId);
        record(c, "DEBARMENT_REFERRAL", approve ? "APPROVED" : "REJECTED", null, null, reason, admin);
        if (approve) {
            vendors.referForDebarment(c.vendorId(), caseId, reason.strip(), admin);
            c.stepTo(EscalationStep.DEBARMENT_REFERRAL.name());
            c.close("REFERRED_FOR_DEBARMENT", reason.strip(), clock.instant());
            audit.record(ComplianceCases.SUBJECT, caseId, "REFERRED FOR DEBARMENT", admin, reason, "vendor " + c.vendorId());
        } else {
            c.nextCheck(BusinessDays.usFederal().addBusinessDays(LocalDate.now(clock), ESCALATION_CHECK_BUSINESS_DAYS));
        }
        return approve;
    }

    /** A step as listed on the case. */
    public record StepView(String step, String decision, BigDecimal amount, String rationale, String reason, String decidedBy,
            Instant decidedAt) {
    }

    /** Every step of the case, as {@code reader} may read it: a contractor without the agency's notes ({@link AgencyNotes}). */
    @Transactional(readOnly = true)
    public List<StepView> steps(long caseId, org.highroad.platform.security.HighroadUser reader) {
        return steps.findByCaseIdOrderById(caseId).stream().map(s -> AgencyNotes.stepFor(new StepView(s.step(), s.decision(),
                s.amount(), s.rationale(), s.reason(), s.decidedBy(), s.decidedAt()), reader)).toList();
    }

    /**
     * What to withhold: at least the contractor's outstanding restitution less what is held (29 CFR 5.5(a)(2)), plus,
     * for each certified payroll still missing, its share of a week's work, estimated as its average reported weekly
     * gross on the contract (29 CFR 5.5(a)(2)(i) and 5.5(a)(3)(iv): after written notice, payment suspended while the
     * payrolls are missing). For a subcontractor the money is held from the prime's payments, but only for the
     * subcontractor's share.
     */
    private BigDecimal withholding(ComplianceCase c) {
        BigDecimal amount = ledgers.of(c.id()).recommendedWithholding(c.vendorId());
        int missing = missingPayrolls(c).size();
        BigDecimal week = missing == 0 ? null : payroll.averageWeeklyGross(c.contractId(), c.vendorId());
        return week == null ? amount : amount.add(week.multiply(BigDecimal.valueOf(missing)));
    }

    /** The weeks of the case's confirmed late reports whose certified payroll is still not in. */
    private List<LocalDate> missingPayrolls(ComplianceCase c) {
        List<Long> late = c.findings().stream().filter(f -> f.review() == Review.CONFIRMED).map(ComplianceCase.CaseFinding::findingId)
                .toList();
        return payroll.findingsByIds(late).stream().filter(f -> "LATE_REPORT".equals(f.kind()))
                .map(org.highroad.payroll.FindingView::weekEnding).distinct()
                .filter(week -> !payroll.hasAcceptedPayroll(c.contractId(), c.vendorId(), week)).toList();
    }

    /** Fines run per day, weekends and holidays included: each day a violation continues is a separate violation. */
    private static int calendarDaysPastCure(ComplianceCase c, LocalDate today) {
        return c.cureDue() == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(c.cureDue(), today));
    }

    /** The ladder's thresholds (escalation-ladder.dmn) count business days past cure, like the cure period itself. */
    private int daysPastCure(ComplianceCase c, LocalDate today) {
        return c.cureDue() == null ? 0 : Math.max(0, BusinessDays.usFederal().businessDaysBetween(c.cureDue(), today));
    }

    /** Violations still open: the confirmed findings of a case not verified cured (the case is open, so none is). */
    private static int violations(ComplianceCase c) {
        return (int) c.findings().stream().filter(f -> f.review() == Review.CONFIRMED).count();
    }

    private boolean repeatOffender(ComplianceCase c, LocalDate today) {
        Instant since = today.minus(REPEAT_YEARS, ChronoUnit.YEARS).atStartOfDay(clock.getZone()).toInstant();
        return cases.findByVendorIdAndIdNot(c.vendorId(), c.id()).stream().anyMatch(o -> o.openedAt().isAfter(since)
                && o.findings().stream().anyMatch(f -> f.review() == Review.CONFIRMED));
    }

    /**
     * Closes a case whose violations are cured (verified cured, or nothing open and nothing owed on the ladder's advice):
     * its confirmed findings are resolved. Dismissed findings were dismissed on review; a case closed by a debarment
     * referral cured nothing, so its confirmed findings stay confirmed.
     */
    private void closeCured(ComplianceCase c, String outcome, String reason) {
        c.close(outcome, reason, clock.instant());
        findingReviews.resolved(c.findings().stream().filter(f -> f.review() == Review.CONFIRMED)
                .map(ComplianceCase.CaseFinding::findingId).toList());
    }

    private void record(ComplianceCase c, String step, String decision, BigDecimal amount, String rationale, String reason,
            String by) {
        steps.save(new CaseStep(c.id(), step, decision, amount, rationale, reason == null || reason.isBlank() ? null
                : reason.strip(), by, clock.instant()));
    }

    private static boolean shortReason(String reason) {
        return reason == null || reason.strip().length() < MIN_REASON;
    }

    private ComplianceCase find(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new NotFoundException("no compliance case " + caseId));
    }
}
