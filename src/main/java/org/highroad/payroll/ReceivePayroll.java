package org.highroad.payroll;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.highroad.payroll.domain.PayrollSubmission;
import org.highroad.payroll.domain.PayrollSubmission.Source;
import org.highroad.payroll.domain.RawUploadStore;
import org.highroad.payroll.statement.StatementOfCompliance;
import org.highroad.platform.security.HighroadUser;
import org.springframework.stereotype.Service;

/**
 * A week's certified payroll uploaded as CSV or JSON. Order matters, and each step commits before the next: the raw
 * upload is stored (by its SHA-256) and the submission recorded RECEIVED before anything is parsed, so a rejected file
 * keeps its raw content and every error, and a technical failure leaves it to retry ({@link RetryPayroll}); the same
 * file sent twice, also at the same moment, is the same submission ({@link SubmissionReceipts}). The rows and the
 * ACCEPTED status are then written in one transaction under the week's lock, or nothing is ({@link SubmissionSettlement}).
 * A payroll is certified under the contractor's Statement of Compliance on file; one may be sent with the payroll.
 */
@Service
public class ReceivePayroll {

    private final ReportingContractor reporting;
    private final RawUploadStore store;
    private final SubmissionReceipts receipts;
    private final SubmissionSettlement settlement;
    private final Clock clock;

    ReceivePayroll(ReportingContractor reporting, RawUploadStore store, SubmissionReceipts receipts,
            SubmissionSettlement settlement, Clock clock) {
        this.reporting = reporting;
        this.store = store;
        this.receipts = receipts;
        this.settlement = settlement;
        this.clock = clock;
    }

    /**
     * A CSV ({@link Source#CSV}) or JSON ({@link Source#JSON}) payroll; {@code statement} (may be {@code null}) is a
     * Statement of Compliance sent with it (multipart part). A JSON body may carry its own {@code statement} member.
     */
    public SubmissionOutcome submit(long contractId, LocalDate weekEnding, Source source, InputStream body,
            StatementOfCompliance statement, HighroadUser by) {
        long vendor = reporting.of(contractId, weekEnding, by);
        RawUploadStore.StoredUpload upload = store.store(body);
        SubmissionReceipts.Receipt receipt = receipts.receive(contractId, vendor, weekEnding, upload.sha256(), () -> new PayrollSubmission(
                contractId, vendor, weekEnding, source, upload.sha256(), upload.size(), upload.path().toString(), by.userId(),
                clock.instant()));
        return settlement.settle(receipt, upload, statement, by);
    }
}
