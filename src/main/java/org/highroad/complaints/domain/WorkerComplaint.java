package org.highroad.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A worker's complaint: what they told us (kept as given), then the auditor's triage (contract, contractor, payroll
 * worker reference, week), the comparison with the certified payroll and what came of it: a payroll finding, or a
 * site visit and its outcome. Each step happens once, in order.
 */
@Entity
@Table(name = "worker_complaint")
public class WorkerComplaint {

    /** Where the complaint stands. */
    public enum Status { RECEIVED, TRIAGED, FINDING_RECORDED, SITE_VISIT_PENDING, VISITED }

    /** What the comparison with the certified payroll said. */
    public enum Comparison { DISCREPANCY, CONSISTENT, UNDECIDED }

    /** What the site visit found. */
    public enum VisitOutcome { VIOLATION_FOUND, NO_VIOLATION_FOUND, COULD_NOT_VERIFY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String receipt;
    @Column(name = "submission_id")
    private long submissionId;
    @Enumerated(EnumType.STRING)
    private Status status = Status.RECEIVED;
    @Column(name = "received_at")
    private Instant receivedAt;
    private String employer;
    @Column(name = "contract_reference")
    private String contractReference;
    private String worksite;
    private String narrative;
    @Column(name = "week_ending")
    private LocalDate weekEnding;
    @Column(name = "hours_claimed")
    private BigDecimal hoursClaimed;
    @Column(name = "pay_claimed")
    private BigDecimal payClaimed;
    private String language;
    private boolean anonymous;
    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "contract_id")
    private Long contractId;
    @Column(name = "vendor_id")
    private Long vendorId;
    @Column(name = "worker_ref")
    private String workerRef;
    @Column(name = "triage_week_ending")
    private LocalDate triageWeekEnding;
    @Column(name = "triage_note")
    private String triageNote;
    @Column(name = "triaged_by")
    private String triagedBy;
    @Column(name = "triaged_at")
    private Instant triagedAt;
    @Enumerated(EnumType.STRING)
    private Comparison comparison;
    @Column(name = "comparison_detail")
    private String comparisonDetail;
    @Column(name = "finding_id")
    private Long findingId;
    @Column(name = "visited_on")
    private LocalDate visitedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "visit_outcome")
    private VisitOutcome visitOutcome;
    @Column(name = "visit_notes")
    private String visitNotes;
    @Column(name = "visited_by")
    private String visitedBy;
    @Column(name = "visit_finding_id")
    private Long visitFindingId;
    @Column(name = "claim_first_week")
    private LocalDate claimFirstWeek;
    @Column(name = "claim_last_week")
    private LocalDate claimLastWeek;
    @Column(name = "claim_week_hours")
    private BigDecimal claimWeekHours;
    @Column(name = "claim_day_hours")
    private BigDecimal claimDayHours;
    @Enumerated(EnumType.STRING)
    @Column(name = "claim_paid_by")
    private WorkerAccount.PaidBy claimPaidBy;
    @Column(name = "claim_amount")
    private BigDecimal claimAmount;
    @Column(name = "claim_overtime_paid")
    private Boolean claimOvertimePaid;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected WorkerComplaint() {
    }

    public WorkerComplaint(String receipt, long submissionId, Instant receivedAt, ComplaintSubmission s) {
        this.receipt = receipt;
        this.submissionId = submissionId;
        this.receivedAt = receivedAt;
        this.employer = s.employer();
        this.contractReference = s.contractReference();
        this.worksite = s.worksite();
        this.narrative = s.narrative();
        this.weekEnding = s.weekEnding();
        this.hoursClaimed = s.hoursClaimed();
        this.payClaimed = s.payClaimed();
        this.language = s.language();
        this.anonymous = s.anonymous();
        this.contactName = s.contactName();
        this.contactPhone = s.contactPhone();
        this.contactEmail = s.contactEmail();
        WorkerAccount a = s.account();
        if (a != null) {
            this.claimFirstWeek = a.firstWeekEnding();
            this.claimLastWeek = a.lastWeekEnding();
            this.claimWeekHours = a.hoursPerWeek();
            this.claimDayHours = a.hoursPerDay();
            this.claimPaidBy = a.paidBy();
            this.claimAmount = a.amount();
            this.claimOvertimePaid = a.overtimePaid();
        }
    }

    /** The worker's account of their pay, in their own terms, when they gave one. */
    public Optional<WorkerAccount> account() {
        return claimFirstWeek == null ? Optional.empty()
                : Optional.of(new WorkerAccount(claimFirstWeek, claimLastWeek, claimWeekHours, claimDayHours,
                        claimPaidBy, claimAmount, Boolean.TRUE.equals(claimOvertimePaid)));
    }

    public void triage(long contract, long vendor, String worker, LocalDate week, String note, String by, Instant at) {
        require(Status.RECEIVED, "triaged");
        contractId = contract;
        vendorId = vendor;
        workerRef = worker;
        triageWeekEnding = week;
        triageNote = note;
        triagedBy = by;
        triagedAt = at;
        status = Status.TRIAGED;
    }

    /**
     * The comparison's verdict; a discrepancy comes with the payroll finding it recorded. Whatever the verdict, an
     * auditor visits the site or interviews workers next ({@link #awaitsVisit()}): a discrepancy is a claim to
     * substantiate, agreement or no decision a claim to verify.
     */
    public void compared(Comparison verdict, String detail, Long finding) {
        require(Status.TRIAGED, "compared with the payroll");
        comparison = verdict;
        comparisonDetail = detail;
        findingId = finding;
        status = verdict == Comparison.DISCREPANCY ? Status.FINDING_RECORDED : Status.SITE_VISIT_PENDING;
    }

    /**
     * Compared again with the payroll in force for the week, which changed since (a correction): the comparison as it
     * reads now, and the payroll finding it rests on now (the complaint's restated finding, the finding that owes the
     * wages, or, when the payroll in force agrees with the account, the finding that was superseded).
     */
    public void recompared(Comparison verdict, String detail, long finding) {
        if (status != Status.FINDING_RECORDED && !(status == Status.VISITED && comparison == Comparison.DISCREPANCY)) {
            throw new IllegalStateException("complaint " + id + " is " + status + " and cannot be compared again with the payroll");
        }
        comparison = verdict;
        comparisonDetail = detail;
        findingId = finding;
    }

    /** Whether the complaint awaits its site visit or interview: compared, and not visited yet. */
    public boolean awaitsVisit() {
        return status == Status.SITE_VISIT_PENDING || status == Status.FINDING_RECORDED && visitOutcome == null;
    }

    /**
     * The site visit's or interview's outcome; a violation found comes with the payroll finding it recorded (the
     * comparison's finding, if any, stays the complaint's).
     */
    /** The visit's finding {@code from} was restated as {@code to} (a payroll in force changed what it owes). */
    public void visitRestated(long from, long to) {
        if (visitFindingId != null && visitFindingId == from) {
            visitFindingId = to;
        }
    }

    public void visited(LocalDate on, VisitOutcome outcome, String notes, String by, Long finding) {
        if (!awaitsVisit()) {
            throw new IllegalStateException("complaint " + id + " is " + status + " and cannot be given a site visit");
        }
        visitFindingId = finding;
        visitedOn = on;
        visitOutcome = outcome;
        visitNotes = notes;
        visitedBy = by;
        status = Status.VISITED;
    }

    private void require(Status expected, String what) {
        if (status != expected) {
            throw new IllegalStateException("complaint " + id + " is " + status + " and cannot be " + what);
        }
    }

    public Long id() { return id; }
    public String receipt() { return receipt; }
    public long submissionId() { return submissionId; }
    public Status status() { return status; }
    public Instant receivedAt() { return receivedAt; }
    public String employer() { return employer; }
    public String contractReference() { return contractReference; }
    public String worksite() { return worksite; }
    public String narrative() { return narrative; }
    public LocalDate weekEnding() { return weekEnding; }
    public BigDecimal hoursClaimed() { return hoursClaimed; }
    public BigDecimal payClaimed() { return payClaimed; }
    public String language() { return language; }
    public boolean anonymous() { return anonymous; }
    public String contactName() { return contactName; }
    public String contactPhone() { return contactPhone; }
    public String contactEmail() { return contactEmail; }
    public Long contractId() { return contractId; }
    public Long vendorId() { return vendorId; }
    public String workerRef() { return workerRef; }
    public LocalDate triageWeekEnding() { return triageWeekEnding; }
    public String triageNote() { return triageNote; }
    public String triagedBy() { return triagedBy; }
    public Instant triagedAt() { return triagedAt; }
    public Comparison comparison() { return comparison; }
    public String comparisonDetail() { return comparisonDetail; }
    public Long findingId() { return findingId; }
    public LocalDate visitedOn() { return visitedOn; }
    public VisitOutcome visitOutcome() { return visitOutcome; }
    public String visitNotes() { return visitNotes; }
    public String visitedBy() { return visitedBy; }
    public Long visitFindingId() { return visitFindingId; }
}
