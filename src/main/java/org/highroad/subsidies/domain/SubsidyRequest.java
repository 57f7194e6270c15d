package org.highroad.subsidies.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.highroad.platform.errors.ConflictException;
import org.highroad.subsidies.Attestation;
import org.highroad.subsidies.Reason;
import org.highroad.subsidies.RequestContent;
import org.highroad.subsidies.RequestStatus;

/**
 * One version of an employer's wage-subsidy request. A draft changes; once submitted its content never changes again
 * (the review, the agreement and the reimbursements rest on it), and a resubmission is the next version of the same
 * lineage, so the history is kept.
 */
@Entity
@Table(name = "subsidy_request")
public class SubsidyRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "lineage_id")
    private Long lineageId;
    private int version;
    @Column(name = "program_id")
    private long programId;
    @Column(name = "vendor_id")
    private long vendorId;
    @Enumerated(EnumType.STRING)
    private RequestStatus status;
    private String position;
    private String classification;
    private String sector;
    private String county;
    @Column(name = "hourly_wage")
    private BigDecimal hourlyWage;
    @Column(name = "hours_per_week")
    private BigDecimal hoursPerWeek;
    private Integer hires;
    @Column(name = "training_hours")
    private Integer trainingHours;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "operating_since")
    private LocalDate operatingSince;
    @Column(name = "health_premium_share")
    private BigDecimal healthPremiumShare;
    @Column(name = "paid_leave_days")
    private BigDecimal paidLeaveDays;
    @Column(name = "retirement_percent")
    private BigDecimal retirementPercent;
    @Column(name = "schedule_notice_days")
    private Integer scheduleNoticeDays;
    @Column(name = "worker_committee")
    private Boolean workerCommittee;
    @Column(name = "advancement_path")
    private String advancementPath;
    @Column(name = "training_plan")
    private String trainingPlan;
    private String attestations;
    @Column(name = "wage_progression")
    private String wageProgression;
    private String reasons;
    private String flags;
    @Column(name = "score_total")
    private BigDecimal scoreTotal;
    @Column(name = "quality_job")
    private Boolean qualityJob;
    @Column(name = "reimbursement_per_hire")
    private BigDecimal reimbursementPerHire;
    @Column(name = "reimbursement_total")
    private BigDecimal reimbursementTotal;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_note")
    private String decisionNote;
    /** SHA-256 of the one-time token of the form that drafted it, under a unique index: one request per form. */
    @Column(name = "form_token")
    private String formToken;

    protected SubsidyRequest() {
    }

    public SubsidyRequest(long programId, long vendorId, RequestContent content, String by, Instant at) {
        this.programId = programId;
        this.vendorId = vendorId;
        this.version = 1;
        this.status = RequestStatus.DRAFT;
        this.createdBy = by;
        this.createdAt = at;
        write(content);
    }

    /** The next version of a returned request: its content copied as a draft, in the same lineage. */
    public SubsidyRequest revision(String by, Instant at) {
        if (status != RequestStatus.RETURNED) {
            throw new ConflictException("only a request returned for revision is revised; this one is " + status);
        }
        SubsidyRequest next = new SubsidyRequest(programId, vendorId, content(), by, at);
        next.lineageId = lineageId;
        next.version = version + 1;
        return next;
    }

    /** The first version starts its lineage. */
    /** Keeps the hash of the form's one-time token with the first draft (its unique index refuses a second). */
    public void keepFormToken(String hash) {
        this.formToken = hash;
    }

    public void startLineage() {
        if (lineageId == null) {
            lineageId = id;
        }
    }

    public void update(RequestContent content) {
        requireDraft();
        write(content);
    }

    public void submit(String by, Instant at) {
        requireDraft();
        status = RequestStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
    }

    private void requireDraft() {
        if (status != RequestStatus.DRAFT) {
            throw new ConflictException("version " + version + " of request " + lineageId + " is " + status
                    + " and can no longer change; revise it as a new version");
        }
    }

    public void returnForRevision(List<Reason> failures, Instant at) {
        reasons = join(failures);
        status = RequestStatus.RETURNED;
        decidedAt = at;
    }

    public void assess(BigDecimal score, boolean quality, List<Reason> softFlags, BigDecimal perHire, BigDecimal total) {
        scoreTotal = score;
        qualityJob = quality;
        flags = join(softFlags);
        reimbursementPerHire = perHire;
        reimbursementTotal = total;
    }

    public void moveTo(RequestStatus next, String by, String note, Instant at) {
        status = next;
        if (by != null) {
            decidedBy = by;
            decidedAt = at;
            decisionNote = note;
        }
    }

    /** A reduction: fewer hires, the total recomputed from the same amount per hire. */
    public void reduceTo(int fewerHires, BigDecimal total) {
        hires = fewerHires;
        reimbursementTotal = total;
    }

    private void write(RequestContent c) {
        position = c.position();
        classification = c.classification();
        sector = c.sector();
        county = c.county();
        hourlyWage = c.hourlyWage();
        hoursPerWeek = c.hoursPerWeek();
        hires = c.hires();
        trainingHours = c.trainingHours();
        startDate = c.startDate();
        operatingSince = c.operatingSince();
        healthPremiumShare = c.healthPremiumShare();
        paidLeaveDays = c.paidLeaveDays();
        retirementPercent = c.retirementPercent();
        scheduleNoticeDays = c.scheduleNoticeDays();
        workerCommittee = c.workerCommittee();
        advancementPath = c.advancementPath();
        trainingPlan = c.trainingPlan();
        attestations = c.attestations().stream().map(Enum::name).collect(Collectors.joining(","));
        wageProgression = c.wageProgression();
    }

    public RequestContent content() {
        List<Attestation> attested = attestations == null || attestations.isBlank() ? List.of()
                : Arrays.stream(attestations.split(",")).map(Attestation::valueOf).toList();
        return new RequestContent(position, classification, sector, county, hourlyWage, hoursPerWeek, hires, trainingHours,
                startDate, operatingSince, healthPremiumShare, paidLeaveDays, retirementPercent, scheduleNoticeDays,
                workerCommittee, advancementPath, trainingPlan, attested, wageProgression);
    }

    // One reason a line: field, rule and text separated by tabs, which no field name or rule contains.
    private static String join(List<Reason> list) {
        return list.stream().map(r -> r.field() + "\t" + r.rule() + "\t" + r.text()).collect(Collectors.joining("\n"));
    }

    public static List<Reason> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\n")).map(line -> line.split("\t", 3)).map(p -> new Reason(p[0], p[1], p[2])).toList();
    }

    public Long id() { return id; }
    public long lineageId() { return lineageId; }
    public int version() { return version; }
    public long programId() { return programId; }
    public long vendorId() { return vendorId; }
    public RequestStatus status() { return status; }
    public List<Reason> reasons() { return split(reasons); }
    public List<Reason> flags() { return split(flags); }
    public BigDecimal scoreTotal() { return scoreTotal; }
    public Boolean qualityJob() { return qualityJob; }
    public BigDecimal reimbursementPerHire() { return reimbursementPerHire; }
    public BigDecimal reimbursementTotal() { return reimbursementTotal; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant submittedAt() { return submittedAt; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionNote() { return decisionNote; }
}
