package org.highroad.payroll.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.highroad.payroll.SubmissionView;

/**
 * One certified payroll as submitted for a contract, a contractor and a week: received (raw upload stored), then
 * accepted with its rows or rejected with every error; a later accepted correction supersedes it. Never deleted.
 */
@Entity
@Table(name = "payroll_submission")
public class PayrollSubmission {

    /** How it came in. */
    public enum Source { CSV, JSON, NO_WORK }

    /** Where it stands. */
    public enum Status { RECEIVED, REJECTED, ACCEPTED, SUPERSEDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "contract_id")
    private long contractId;
    @Column(name = "vendor_id")
    private long vendorId;
    @Column(name = "week_ending")
    private LocalDate weekEnding;
    @Enumerated(EnumType.STRING)
    private Source source;
    @Enumerated(EnumType.STRING)
    private Status status = Status.RECEIVED;
    private String sha256;
    @Column(name = "size_bytes")
    private long sizeBytes;
    @Column(name = "raw_path")
    private String rawPath;
    @Column(name = "row_count")
    private int rowCount;
    @Column(name = "error_count")
    private int errorCount;
    @Column(name = "supersedes_id")
    private Long supersedesId;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "statement_id")
    private Long statementId;
    @Column(name = "no_work_reason")
    private String noWorkReason;
    @Column(name = "check_status")
    private String checkStatus;
    @Column(name = "finding_count")
    private Integer findingCount;
    @Column(name = "amount_owed")
    private BigDecimal amountOwed;
    private String failure;
    @ElementCollection
    @CollectionTable(name = "payroll_error", joinColumns = @JoinColumn(name = "submission_id"))
    @OrderColumn(name = "position")
    private List<Problem> errors = new ArrayList<>();
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected PayrollSubmission() {
    }

    public PayrollSubmission(long contractId, long vendorId, LocalDate weekEnding, Source source, String sha256,
            long sizeBytes, String rawPath, String by, Instant at) {
        this.contractId = contractId;
        this.vendorId = vendorId;
        this.weekEnding = weekEnding;
        this.source = source;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.rawPath = rawPath;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    /** A no-work statement: nothing was performed on the contract that week (29 CFR 5.5(a)(3)(ii)). */
    public static PayrollSubmission noWork(long contractId, long vendorId, LocalDate weekEnding, String reason, Long statementId,
            String sha256, String by, Instant at) {
        PayrollSubmission s = new PayrollSubmission(contractId, vendorId, weekEnding, Source.NO_WORK, sha256, 0, null, by, at);
        s.noWorkReason = reason;
        s.statementId = statementId;
        return s;
    }

    public void certifiedUnder(Long statement) {
        this.statementId = statement;
    }

    /** Parsing broke for a technical reason (not the file's fault): it stays RECEIVED, marked, to be retried. */
    public void failed(String why) {
        this.failure = why == null ? "unknown" : why.length() > 1000 ? why.substring(0, 1000) : why;
    }

    /** The checks broke for a technical reason: the payroll stays accepted, marked unchecked until they are re-run. */
    public void checkFailed(String why) {
        this.checkStatus = "FAILED";
        failed(why);
    }

    public String checkStatus() {
        return checkStatus;
    }

    public void checked(int findings, BigDecimal owed) {
        this.checkStatus = "CHECKED";
        this.failure = null;
        this.findingCount = findings;
        this.amountOwed = owed;
    }

    public void reject(List<Problem> problems) {
        status = Status.REJECTED;
        errors.clear();
        errors.addAll(problems);
        errorCount = problems.size();
    }

    public void accept(int rows, Long supersedes) {
        status = Status.ACCEPTED;
        failure = null;
        checkStatus = "PENDING";
        rowCount = rows;
        supersedesId = supersedes;
    }

    public void superseded() {
        status = Status.SUPERSEDED;
    }

    public SubmissionView toView(boolean duplicate) {
        return new SubmissionView(id, contractId, vendorId, weekEnding, source.name(), status.name(), sha256, sizeBytes,
                rowCount, errorCount, errors.stream().map(e -> new SubmissionView.Error(e.row(), e.column(), e.reason())).toList(),
                supersedesId, submittedBy, submittedAt, duplicate, statementId, noWorkReason, checkStatus, findingCount,
                amountOwed, failure);
    }

    public String sha256() {
        return sha256;
    }

    public Long id() {
        return id;
    }

    public long contractId() {
        return contractId;
    }

    public long vendorId() {
        return vendorId;
    }

    public Source source() {
        return source;
    }

    public LocalDate weekEnding() {
        return weekEnding;
    }

    public Long statementId() {
        return statementId;
    }

    public String failure() {
        return failure;
    }

    public RawUploadStore.StoredUpload upload() {
        return new RawUploadStore.StoredUpload(sha256, sizeBytes, java.nio.file.Path.of(rawPath));
    }

    public Status status() {
        return status;
    }

    /** One error of a rejected submission: data row (0 = header or file), column, reason. */
    @Embeddable
    public record Problem(@Column(name = "row_no") int row, @Column(name = "column_name") String column,
            @Column(name = "reason") String reason) {
    }
}
