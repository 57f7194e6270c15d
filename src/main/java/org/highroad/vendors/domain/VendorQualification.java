package org.highroad.vendors.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.standards.scoring.Scorecard;
import org.highroad.vendors.DecisionRefusal;
import org.highroad.vendors.JobQualityProfile;
import org.highroad.vendors.Prequalification;
import org.highroad.vendors.QualificationView;
import org.highroad.vendors.QualificationView.Status;

/**
 * A vendor's job-quality profile filed against one adopted standard version, with its scorecard, and the officer's
 * decision: pre-qualified until a date (then lapsed), or sent back to improve. Never deleted: it is the evidence
 * behind a vendor's pre-qualification.
 */
@Entity
@Table(name = "vendor_qualification")
public class VendorQualification {

    /** Longest pre-qualification an officer may grant, so every vendor files a current profile at least this often. */
    public static final int MAX_YEARS = 3;
    static final int MAX_NOTES = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "vendor_id")
    private Long vendorId;
    @Column(name = "standard_code")
    private String standardCode;
    @Column(name = "standard_version")
    private int standardVersion;
    @Embedded
    private JobQualityProfile profile;
    @ElementCollection
    @CollectionTable(name = "vendor_qualification_score", joinColumns = @JoinColumn(name = "qualification_id"))
    @OrderColumn(name = "position")
    private List<ScoreLine> lines = new ArrayList<>();
    @Column(name = "total_score")
    private BigDecimal totalScore;
    @Enumerated(EnumType.STRING)
    @Column(name = "scorecard_status")
    private Scorecard.Status scorecardStatus;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Enumerated(EnumType.STRING)
    private Status status = Status.SUBMITTED;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_notes")
    private String decisionNotes;
    @Column(name = "qualified_until")
    private LocalDate qualifiedUntil;
    @Column(name = "expired_at")
    private Instant expiredAt;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected VendorQualification() {
    }

    public VendorQualification(Long vendorId, String standardCode, int standardVersion, JobQualityProfile profile,
            Scorecard scorecard, String by, Instant at) {
        this.vendorId = vendorId;
        this.standardCode = standardCode;
        this.standardVersion = standardVersion;
        this.profile = profile;
        scorecard.criteria().forEach(score -> lines.add(ScoreLine.of(score)));
        this.totalScore = scorecard.total();
        this.scorecardStatus = scorecard.status();
        this.submittedBy = by;
        this.submittedAt = at;
    }

    /**
     * Why {@code officer} may not record this decision now, or empty. Only a procurement officer decides (an engine
     * administrator could otherwise complete the task in Tasklist); sending back needs notes saying what to improve;
     * qualifying needs a date after {@code today}, at most {@link #MAX_YEARS} ahead, and a profile that meets every
     * mandatory floor of the standard.
     */
    public Optional<DecisionRefusal> refusalFor(HighroadUser officer, boolean qualify, LocalDate until, String notes,
            LocalDate today) {
        if (status != Status.SUBMITTED) {
            return refuse(null, "qualification " + id + " is not awaiting review: it is " + status);
        }
        if (officer == null || !officer.has(Role.PROCUREMENT_OFFICER)) {
            return refuse(null, "only a procurement officer may decide on a vendor's pre-qualification");
        }
        if (notes != null && notes.length() > MAX_NOTES) {
            return refuse("notes", "must be at most " + MAX_NOTES + " characters");
        }
        if (!qualify) {
            return notes == null || notes.isBlank()
                    ? refuse("notes", "say what the vendor should improve: notes are required to send a profile back")
                    : Optional.empty();
        }
        if (until == null) {
            return refuse("qualifiedUntil", "is required to pre-qualify a vendor");
        }
        if (!until.isAfter(today)) {
            return refuse("qualifiedUntil", "must be after today (" + today + "), was " + until);
        }
        if (until.isAfter(today.plusYears(MAX_YEARS))) {
            return refuse("qualifiedUntil", "must be at most " + MAX_YEARS + " years ahead (on or before "
                    + today.plusYears(MAX_YEARS) + "), was " + until);
        }
        if (scorecardStatus == Scorecard.Status.NON_RESPONSIVE) {
            return refuse("decision", "the profile fails the mandatory floor(s) " + ScoreLine.failedFloors(lines)
                    + " of " + standardCode + " version " + standardVersion + "; send it back to improve");
        }
        return Optional.empty();
    }

    public void decide(boolean qualify, LocalDate until, String notes, HighroadUser officer, LocalDate today,
            Instant at) {
        refusalFor(officer, qualify, until, notes, today).ifPresent(refusal -> {
            throw new ConflictException(refusal.reason());
        });
        status = qualify ? Status.QUALIFIED : Status.SENT_BACK;
        qualifiedUntil = qualify ? until : null;
        decisionNotes = notes == null || notes.isBlank() ? null : notes;
        decidedBy = officer.userId();
        decidedAt = at;
    }

    /**
     * Lapses a pre-qualification when its window has closed (the process timer decides when). Anything but a
     * current pre-qualification is left as it is, so a repeated timer job changes nothing.
     */
    public void expire(Instant at) {
        if (status == Status.QUALIFIED) {
            status = Status.EXPIRED;
            expiredAt = at;
        }
    }

    /**
     * Pre-qualified on {@code date}: qualified (or since lapsed: expiry closes the window, it does not rewrite the
     * past), decided on or before that date, and not past its last day. A bid dated inside the window keeps its
     * pre-qualification when it is re-checked or ranked after the expiry.
     */
    public boolean qualifiedOn(LocalDate date) {
        return qualifiedOn(status, decidedAt, qualifiedUntil, date);
    }

    /** {@link #qualifiedOn(LocalDate)} on a qualification's decision as read by a query, without loading it. */
    static boolean qualifiedOn(Status status, Instant decidedAt, LocalDate qualifiedUntil, LocalDate date) {
        return (status == Status.QUALIFIED || status == Status.EXPIRED)
                && !date.isBefore(LocalDate.ofInstant(decidedAt, ZoneOffset.UTC)) && !date.isAfter(qualifiedUntil);
    }

    public Prequalification toPrequalification() {
        return new Prequalification(id, vendorId, standardCode, standardVersion, totalScore, decidedOn(),
                qualifiedUntil);
    }

    /** Highroad keeps time in UTC (ClockConfig), so a decision's day is its UTC date. */
    private LocalDate decidedOn() {
        return LocalDate.ofInstant(decidedAt, ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public Long vendorId() {
        return vendorId;
    }

    public String standardCode() {
        return standardCode;
    }

    public int standardVersion() {
        return standardVersion;
    }

    public JobQualityProfile profile() {
        return profile;
    }

    public QualificationView toView(List<String> scoredAtBidTime) {
        QualificationView.Decision decision = decidedAt == null ? null
                : new QualificationView.Decision(decidedBy, decidedAt, decisionNotes, qualifiedUntil);
        return new QualificationView(id, vendorId, standardCode, standardVersion, status, profile,
                ScoreLine.scorecard(lines, totalScore, scorecardStatus),
                scoredAtBidTime, submittedAt, submittedBy, decision, expiredAt);
    }

    private static Optional<DecisionRefusal> refuse(String field, String reason) {
        return Optional.of(new DecisionRefusal(field, reason));
    }
}
