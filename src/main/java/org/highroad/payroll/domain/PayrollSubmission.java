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
    @Column(name = "no_work_over")
    private Long noWorkOver;
    @Column(name = "check_status")
    private String checkStatus;
    @Column(name = "finding_count")
    private Integer findingCount;
    @Column(name = "amount_owed")
    private BigDecimal amountOwed;
    @Column(name = "check_attempts")
    private int checkAttempts;
    @Column(name = "review_told_at")
    private Instant reviewToldAt;
    private String failure;
    @Column(name = "column_map")
    private String columnMap = "";
    @Column(name = "column_map_version")
    private int columnMapVersion;
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
            long sizeBytes, String by, Instant at) {
        this.contractId = contractId;
        this.vendorId = vendorId;
        this.weekEnding = weekEnding;
        this.source = source;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    /** A no-work statement: nothing was performed on the contract that week (29 CFR 5.5(a)(3)(ii)). */
    public static PayrollSubmission noWork(long contractId, long vendorId, LocalDate weekEnding, String reason, Long statementId,
            String sha256, String by, Instant at) {
        PayrollSubmission s = new PayrollSubmission(contractId, vendorId, weekEnding, Source.NO_WORK, sha256, 0, by, at);
        s.noWorkReason = reason;
        s.statementId = statementId;
        return s;
    }

    /**
     * A no-work statement an auditor records over the payroll in force {@code payrollId}, which reports hours (ADR 0030):
     * it replaces that payroll only.
     */
    public PayrollSubmission over(long payrollId) {
        this.noWorkOver = payrollId;
        return this;
    }

    /** The payroll in force an auditor recorded this no-work statement over; null for a contractor's own. */
    public Long noWorkOver() {
        return noWorkOver;
    }

    /**
     * Read with a column map ({@code map}: a saved map's id or a built-in map's key) in {@code version}, not as the
     * canonical layout; recorded before the file is read, so that it is read again the same way.
     */
    public PayrollSubmission readWith(String map, int version) {
        this.columnMap = map;
        this.columnMapVersion = version;
        return this;
    }

    /** The column map that reads the raw file ("" for the canonical layout). */
    public String columnMap() {
        return columnMap;
    }

    public int columnMapVersion() {
        return columnMapVersion;
    }

    public void certifiedUnder(Long statement) {
        this.statementId = statement;
    }

    /**
     * Processing broke for a technical reason (not the file's fault): it stays RECEIVED, marked, to be retried.
     * {@code why} is shown to the contractor: a neutral reason and a reference, never an exception's message.
     */
    public void failed(String why) {
        this.failure = cut(why == null ? "unknown" : why, 1000);
    }

    /** The checks broke for a technical reason: the payroll stays accepted, marked unchecked until they are re-run. */
    public void checkFailed(String why) {
        this.checkStatus = "FAILED";
        this.checkAttempts++;
        failed(why);
    }

    public String checkStatus() {
        return checkStatus;
    }

    /** How many times the checks broke for a technical reason. */
    public int checkAttempts() {
        return checkAttempts;
    }

    /** Open findings when last checked ({@code null} before). */
    public Integer findingCount() {
        return findingCount;
    }

    /** When the week's review process was told of this payroll ({@code null}: not yet). */
    public Instant reviewToldAt() {
        return reviewToldAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String noWorkReason() {
        return noWorkReason;
    }

    public void checked(int findings, BigDecimal owed) {
        this.checkStatus = "CHECKED";
        this.failure = null;
        this.findingCount = findings;
        this.amountOwed = owed;
    }

    /** Every error kept, cut to the columns' sizes (a reason longer than the database takes must not fail the rejection). */
    public void reject(List<Problem> problems) {
        status = Status.REJECTED;
        failure = null;
        errors.clear();
        problems.forEach(p -> errors.add(new Problem(p.row(), p.column() == null ? null : cut(p.column(), 60), cut(p.reason(), 1000))));
        errorCount = problems.size();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
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
                amountOwed, failure, columnMap.isEmpty() ? null : columnMap, columnMap.isEmpty() ? null : columnMapVersion);
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
        return new RawUploadStore.StoredUpload(sha256, sizeBytes);
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
