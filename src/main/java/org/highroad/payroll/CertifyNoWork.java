package org.highroad.payroll;

import java.time.Clock;
import java.time.LocalDate;
import org.highroad.payroll.domain.FindingStore;
import org.highroad.payroll.domain.PayrollSubmission;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * A week without work on the contract, certified under the Statement of Compliance on file: it counts as the week's
 * report (29 CFR 5.5(a)(3)(ii)(A) asks a payroll for every week in which work is performed), and corrects an earlier
 * payroll of the week if one was accepted. Recorded RECEIVED once (the same statement for the same week is the same
 * submission, like the same file), then settled as an upload is ({@link SubmissionSettlement}).
 */
@Service
public class CertifyNoWork {

    private final ReportingContractor reporting;
    private final ComplianceStatements statements;
    private final SubmissionReceipts receipts;
    private final SubmissionSettlement settlement;
    private final Clock clock;

    CertifyNoWork(ReportingContractor reporting, ComplianceStatements statements, SubmissionReceipts receipts,
            SubmissionSettlement settlement, Clock clock) {
        this.reporting = reporting;
        this.statements = statements;
        this.receipts = receipts;
        this.settlement = settlement;
        this.clock = clock;
    }

    public SubmissionOutcome noWork(long contractId, LocalDate weekEnding, String reason, HighroadUser by) {
        long vendor = reporting.of(contractId, weekEnding, by);
        Long statement = statements.inForce(contractId, vendor).map(ComplianceStatements.InForce::id)
                .orElseThrow(() -> new InvalidInputException("statement", "file a Statement of Compliance for contract "
                        + contractId + " before certifying a no-work week"));
        // the same statement for the same week is the same submission, like the same file
        String sha = FindingStore.fingerprint("no-work", contractId, vendor, weekEnding, reason);
        SubmissionReceipts.Receipt receipt = receipts.receive(contractId, vendor, weekEnding, sha, () -> PayrollSubmission.noWork(
                contractId, vendor, weekEnding, reason, statement, sha, by.userId(), clock.instant()));
        return settlement.settle(receipt, null, null, by);
    }
}
