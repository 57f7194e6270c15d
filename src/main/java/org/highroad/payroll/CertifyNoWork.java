package org.highroad.payroll;

import java.time.Clock;
import java.time.LocalDate;
import org.highroad.payroll.domain.FindingStore;
import org.highroad.payroll.domain.PayrollSubmission;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.platform.validation.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * A week without work on the contract, certified under the Statement of Compliance on file: it counts as the week's
 * report (29 CFR 5.5(a)(3)(ii)(A) asks a payroll for every week in which work is performed). Recorded RECEIVED once (the
 * same statement for the same week is the same submission, like the same file), then settled as an upload is
 * ({@link SubmissionSettlement}).
 *
 * <p>It replaces a payroll accepted for the week only when that payroll reports no hours. Over a payroll in force that
 * reports hours a contractor's statement is refused (409): reported work is corrected by a correction payroll, not
 * undone by the contractor's word. The agency's auditor may record the statement over it with a reason, audit-trailed
 * ({@link #overPayroll}); the findings an auditor confirmed on that payroll stand all the same (ADR 0030).
 */
@Service
public class CertifyNoWork {

    /** The shortest reason an auditor gives for recording a no-work statement over reported work. */
    static final int MIN_REASON = 10;

    private final ReportingContractor reporting;
    private final ComplianceStatements statements;
    private final SubmissionReceipts receipts;
    private final SubmissionSettlement settlement;
    private final PayrollInForce inForce;
    private final PayrollSubmissions submissions;
    private final AuditTrail audit;
    private final Clock clock;

    CertifyNoWork(ReportingContractor reporting, ComplianceStatements statements, SubmissionReceipts receipts,
            SubmissionSettlement settlement, PayrollInForce inForce, PayrollSubmissions submissions, AuditTrail audit,
            Clock clock) {
        this.reporting = reporting;
        this.statements = statements;
        this.receipts = receipts;
        this.settlement = settlement;
        this.inForce = inForce;
        this.submissions = submissions;
        this.audit = audit;
        this.clock = clock;
    }

    public SubmissionOutcome noWork(long contractId, LocalDate weekEnding, String reason, HighroadUser by) {
        long vendor = reporting.of(contractId, weekEnding, by);
        Long statement = statements.inForce(contractId, vendor).map(ComplianceStatements.InForce::id)
                .orElseThrow(() -> new InvalidInputException("statement", "file a Statement of Compliance for contract "
                        + contractId + " before certifying a no-work week"));
        // reported work is not undone by the contractor's word: a correction payroll, or the agency's auditor
        inForce.withHours(contractId, vendor, weekEnding).ifPresent(w -> {
            throw new NoWorkOverPayrollRefused(weekEnding, w.submissionId());
        });
        // the same statement for the same week is the same submission, like the same file
        String sha = FindingStore.fingerprint("no-work", contractId, vendor, weekEnding, reason);
        SubmissionReceipts.Receipt receipt = receipts.receive(contractId, vendor, weekEnding, sha, () -> PayrollSubmission.noWork(
                contractId, vendor, weekEnding, reason, statement, sha, by.userId(), clock.instant()));
        return settlement.settle(receipt, null, null, by);
    }

    /**
     * The agency's auditor records a no-work statement for the week of payroll {@code payrollId}, the payroll in force,
     * over the hours it reports (the contractor's own statement is refused there), with the reason it is recorded:
     * audit-trailed on both (who, when, why). It replaces that payroll as a contractor's statement replaces a payroll
     * without hours; the findings still awaiting review are superseded with it, the confirmed ones stand (ADR 0030). A
     * payroll accepted for the week meanwhile is not replaced: the statement is then rejected.
     */
    public SubmissionOutcome overPayroll(long payrollId, String reason, HighroadUser by) {
        if (!by.has(Role.AUDITOR) && !by.has(Role.ADMIN)) {
            throw new ConflictException(by.userId() + " is not the agency's auditor: only an auditor records a no-work statement "
                    + "over a payroll in force");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON) {
            throw new InvalidInputException("reason", "required: at least " + MIN_REASON + " characters saying why the agency "
                    + "records a no-work statement over payroll " + payrollId);
        }
        SubmissionView payroll = submissions.get(payrollId, by);
        if (!"ACCEPTED".equals(payroll.status()) || "NO_WORK".equals(payroll.source())) {
            throw new ConflictException("payroll submission " + payrollId + " is " + payroll.status()
                    + ("NO_WORK".equals(payroll.source()) ? " (a no-work statement)" : "")
                    + ": only the accepted payroll in force of a week is replaced by a no-work statement");
        }
        long contractId = payroll.contractId();
        long vendor = payroll.vendorId();
        LocalDate week = payroll.weekEnding();
        Long statement = statements.inForce(contractId, vendor).map(ComplianceStatements.InForce::id).orElse(null);
        String sha = FindingStore.fingerprint("no-work over", contractId, vendor, week, payrollId, why);
        SubmissionReceipts.Receipt receipt = receipts.receive(contractId, vendor, week, sha, () -> PayrollSubmission.noWork(
                contractId, vendor, week, why, statement, sha, by.userId(), clock.instant()).over(payrollId));
        if (receipt.created()) {
            audit.record(PayrollSubmissions.SUBJECT, receipt.id(), "NO-WORK RECORDED OVER PAYROLL", by.userId(), why,
                    "by the agency over payroll " + payrollId + " in force for the week ending " + week);
            audit.record(PayrollSubmissions.SUBJECT, payrollId, "NO-WORK RECORDED OVER IT", by.userId(), why,
                    "no-work statement " + receipt.id() + " recorded over it by the agency");
        }
        return settlement.settle(receipt, null, null, by);
    }
}
