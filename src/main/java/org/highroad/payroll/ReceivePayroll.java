package org.highroad.payroll;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.highroad.payroll.domain.PayrollSubmission;
import org.highroad.payroll.domain.PayrollSubmission.Source;
import org.highroad.payroll.domain.RawUploadStore;
import org.highroad.payroll.statement.StatementOfCompliance;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.MalformedRequestException;
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
    private final PayrollColumnMaps maps;
    private final Clock clock;

    ReceivePayroll(ReportingContractor reporting, RawUploadStore store, SubmissionReceipts receipts,
            SubmissionSettlement settlement, PayrollColumnMaps maps, Clock clock) {
        this.maps = maps;
        this.reporting = reporting;
        this.store = store;
        this.receipts = receipts;
        this.settlement = settlement;
        this.clock = clock;
    }

    /** A CSV payroll in the canonical layout (docs/payroll-csv.md), as {@code POST /api/contracts/{id}/payrolls} takes it. */
    public SubmissionOutcome submitCsv(long contractId, LocalDate weekEnding, InputStream body, HighroadUser by) {
        return submit(contractId, weekEnding, Source.CSV, body, null, null, by);
    }

    /**
     * A CSV ({@link Source#CSV}) or JSON ({@link Source#JSON}) payroll; {@code statement} (may be {@code null}) is a
     * Statement of Compliance sent with it (multipart part). A JSON body may carry its own {@code statement} member.
     */
    public SubmissionOutcome submit(long contractId, LocalDate weekEnding, Source source, InputStream body,
            StatementOfCompliance statement, HighroadUser by) {
        return submit(contractId, weekEnding, source, body, statement, null, by);
    }

    /**
     * The same, for a CSV export read with the contractor's column map {@code map} (a saved map's id or a built-in
     * map's key; {@code null} for the canonical layout) in its current version, which the submission records: the raw
     * file is stored as sent, then translated into the canonical rows while it streams and checked as a canonical file.
     */
    public SubmissionOutcome submit(long contractId, LocalDate weekEnding, Source source, InputStream body,
            StatementOfCompliance statement, String map, HighroadUser by) {
        long vendor = reporting.of(contractId, weekEnding, by);
        if (map != null && source != Source.CSV) {
            throw new MalformedRequestException("map", "a column map reads a CSV file; send the file as text/csv or multipart");
        }
        PayrollColumnMaps.Reading reading = map == null ? null : maps.forUpload(vendor, map);
        RawUploadStore.StoredUpload upload = store.store(body);
        SubmissionReceipts.Receipt receipt = receipts.receive(contractId, vendor, weekEnding, upload.sha256(),
                reading == null ? "" : reading.map(), reading == null ? 0 : reading.version(), () -> {
                    PayrollSubmission s = new PayrollSubmission(contractId, vendor, weekEnding, source, upload.sha256(),
                            upload.size(), by.userId(), clock.instant());
                    return reading == null ? s : s.readWith(reading.map(), reading.version());
                });
        return settlement.settle(receipt, upload, statement, by);
    }
}
