package org.highroad.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.highroad.complaints.domain.ComplaintForm;
import org.highroad.complaints.domain.ComplaintSubmission;
import org.highroad.complaints.domain.ReceiptNumbers;
import org.highroad.complaints.domain.SubmissionStore;
import org.highroad.complaints.domain.WorkerComplaint;
import org.highroad.complaints.domain.WorkerComplaint.Comparison;
import org.highroad.complaints.domain.WorkerComplaint.Status;
import org.highroad.complaints.domain.WorkerComplaint.VisitOutcome;
import org.highroad.complaints.domain.WorkerComplaintRepository;
import org.highroad.payroll.WorkerClaims;
import org.highroad.payroll.WorkerClaims.ClaimCheck;
import org.highroad.payroll.WorkerClaims.ClaimedWeek;
import org.highroad.payroll.WorkerClaims.SiteViolation;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Worker complaints: taken from anyone without a login, triaged by an auditor to a contract,
 * contractor, payroll worker and week, compared with the certified payroll (29 CFR 5.6: the agency investigates
 * complaints), ending in a payroll finding or a site visit. Only auditors and administrators read complaints; the
 * complainant's identity never reaches a contractor (29 CFR 5.6(a)(5)), and the audit trail of intake records no
 * identity and no address.
 */
@Service
public class WorkerComplaints {

    static final String SUBJECT = "worker-complaint";
    private static final String PUBLIC = "public";
    private final WorkerComplaintRepository complaints;
    private final SubmissionStore submissions;
    private final TriageRules rules;
    private final WorkerClaims claims;
    private final ClaimPrices prices;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkerComplaints(WorkerComplaintRepository complaints, SubmissionStore submissions, TriageRules rules,
            WorkerClaims claims, ClaimPrices prices, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.prices = prices;
        this.complaints = complaints;
        this.submissions = submissions;
        this.rules = rules;
        this.claims = claims;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Takes a complaint as sent: the bytes are stored first, then parsed and checked; a refused complaint (400 naming
     * every field) rolls back with its bytes, so nothing half-written stays. The triage process starts in the same
     * transaction.
     */
    @Transactional
    public Receipt receive(byte[] body) {
        long submission = submissions.store(body, clock.instant());
        ComplaintSubmission form = ComplaintForm.read(body, LocalDate.now(clock));
        String receipt = ReceiptNumbers.next();
        while (complaints.existsByReceipt(receipt)) {
            receipt = ReceiptNumbers.next();
        }
        WorkerComplaint complaint = complaints.saveAndFlush(new WorkerComplaint(receipt, submission, clock.instant(), form));
        audit.record(SUBJECT, complaint.id(), "RECEIVED", PUBLIC, null, (form.anonymous() ? "anonymous"
                : "contact details left (confidential)") + "; preferred language " + form.language());
        events.publishEvent(new ComplaintReceived(complaint.id(), receipt, form.employer(), form.worksite(), form.weekEnding()));
        return new Receipt(receipt, complaint.receivedAt(), "Your complaint was received. Quote " + receipt
                + " if you contact us about it.");
    }

    @Transactional(readOnly = true)
    public List<ComplaintView.Summary> list(HighroadUser caller) {
        requireInvestigator(caller);
        return complaints.findAllByOrderByIdDesc().stream().map(ComplaintViews::summary).toList();
    }

    @Transactional(readOnly = true)
    public ComplaintView get(long id, HighroadUser caller) {
        requireInvestigator(caller);
        WorkerComplaint complaint = find(id);
        return ComplaintViews.of(complaint, prices.of(complaint).orElse(null));
    }

    /** Why this triage may not be recorded, if it may not: 404 for an unknown complaint. */
    @Transactional(readOnly = true)
    public Optional<Refusal> triageRefusal(long id, Triage triage, HighroadUser auditor) {
        WorkerComplaint complaint = find(id);
        if (complaint.status() != Status.RECEIVED) {
            return Optional.of(new Refusal(null, "complaint " + id + " is already triaged"));
        }
        return rules.triageRefusal(triage, auditor);
    }

    @Transactional
    public void recordTriage(long id, Triage triage, String auditor) {
        WorkerComplaint complaint = find(id);
        complaint.triage(triage.contractId(), triage.vendorId(), triage.workerRef().trim(), triage.weekEnding(),
                triage.note(), auditor, clock.instant());
        audit.record(SUBJECT, id, "TRIAGED", auditor, triage.note(), "contract " + triage.contractId() + ", contractor "
                + triage.vendorId() + ", payroll week ending " + triage.weekEnding());
    }

    /**
     * Compares the account with the certified payroll; a discrepancy is recorded as a payroll finding, which joins
     * the contractor's compliance case, or, when the payroll's findings already owe the wages in question, linked to the
     * finding that owes them (never owed twice, also when two complaints about one worker's week are compared at the
     * same moment: {@link WorkerClaims#compareAndRecord}). The account itself stays here, for auditors. Returns whether
     * there was a discrepancy. Repeating it (a retried job) changes nothing.
     */
    @Transactional
    public boolean compareWithPayroll(long id) {
        WorkerComplaint complaint = find(id);
        if (complaint.status() != Status.TRIAGED) {
            return complaint.status() == Status.FINDING_RECORDED;
        }
        Optional<ClaimPricing.Week> priced = complaint.hoursClaimed() != null || complaint.payClaimed() != null
                ? Optional.empty() : prices.weekOf(complaint);
        // Without hours or pay for the week, the worker's account in their own terms gives them: usual hours a week and
        // what they say they received that week (ClaimPricing), compared with the payroll like any account (29 CFR 5.6)
        ClaimedWeek claim = new ClaimedWeek(complaint.contractId(), complaint.vendorId(), complaint.triageWeekEnding(),
                complaint.workerRef(), priced.map(ClaimPricing.Week::hours).orElse(complaint.hoursClaimed()),
                priced.map(ClaimPricing.Week::paid).orElse(complaint.payClaimed()));
        WorkerClaims.Compared compared = claims.compareAndRecord(claim, source(id));
        ClaimCheck check = compared.check();
        boolean discrepancy = check.verdict() == WorkerClaims.Verdict.DISCREPANCY;
        Long finding = compared.findingId();
        complaint.compared(Comparison.valueOf(check.verdict().name()), check.explanation(), finding);
        audit.record(SUBJECT, id, discrepancy ? "FINDING RECORDED" : "SITE VISIT NEEDED", HighroadUser.WORKFLOW_ID, null,
                check.explanation() + (!discrepancy ? "" : check.statement() == null ? " (already owed by payroll finding "
                        + finding + ")" : " (payroll finding " + finding + ")"));
        return discrepancy;
    }

    @Transactional(readOnly = true)
    public Optional<Refusal> siteVisitRefusal(long id, SiteVisit visit, HighroadUser auditor) {
        WorkerComplaint complaint = find(id);
        if (complaint.status() != Status.SITE_VISIT_PENDING) {
            return Optional.of(new Refusal(null, "complaint " + id + " is " + complaint.status() + ", not awaiting a site visit"));
        }
        Optional<Refusal> refusal = rules.siteVisitRefusal(visit, auditor);
        if (refusal.isPresent() || !visit.violationFound()) {
            return refusal;
        }
        Optional<Refusal> identifying = ComplainantIdentity.of(complaint).namedIn(visit.violation())
                .map(what -> new Refusal("violation", "must not identify the complainant or mention a complaint (it names "
                        + what + "); the contractor reads this statement (29 CFR 5.6(a)(5))"));
        if (identifying.isPresent()) {
            return identifying;
        }
        boolean owes = visit.amountOwed() != null && visit.amountOwed().signum() > 0;
        if (owes && claims.payrollWorker(complaint.contractId(), complaint.vendorId(), complaint.triageWeekEnding(),
                complaint.workerRef()).isEmpty()) {
            return Optional.of(new Refusal("amountOwed", "the certified payroll for the week ending " + complaint.triageWeekEnding()
                    + " does not name the triaged worker; record the violation without an amount, and "
                    + "the wages owed are checked on the correction payroll the notice asks for"));
        }
        return Optional.empty();
    }

    /**
     * Records the visit; a violation found becomes a payroll finding, which joins the contractor's compliance case like
     * any other (the finding states the violation and never the complaint). Returns the finding's id, if one was recorded.
     */
    @Transactional
    public Optional<Long> recordSiteVisit(long id, SiteVisit visit, String auditor) {
        WorkerComplaint complaint = find(id);
        Long finding = !visit.violationFound() ? null : claims.recordSiteViolation(new SiteViolation(complaint.contractId(),
                complaint.vendorId(), complaint.triageWeekEnding(), complaint.workerRef(), visit.visitedOn(), visit.violation(),
                visit.amountOwed()), source(id));
        complaint.visited(visit.visitedOn(), VisitOutcome.valueOf(visit.outcome()), visit.notes(), auditor, finding);
        audit.record(SUBJECT, id, "SITE VISITED", auditor, visit.notes(), visit.outcome() + " on " + visit.visitedOn()
                + (finding == null ? "" : " (payroll finding " + finding + ")"));
        return Optional.ofNullable(finding);
    }

    /** What a complaint's findings are recorded under: once per complaint, so a retried job records nothing twice. */
    static String source(long complaintId) {
        return SUBJECT + ":" + complaintId;
    }

    private WorkerComplaint find(long id) {
        return complaints.findById(id).orElseThrow(() -> new NotFoundException("no complaint " + id));
    }

    /** Complaints are for investigators: auditors and administrators (29 CFR 5.6(a)(5)). */
    private static void requireInvestigator(HighroadUser caller) {
        if (caller == null || !caller.has(Role.AUDITOR) && !caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("complaints are read by auditors and administrators only");
        }
    }
}
