package org.highroad.enforcement.domain;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.highroad.enforcement.escalation.EscalationStep;

/**
 * A compliance case: the findings about one contractor's payrolls on one contract, followed until every worker is paid.
 * New findings join the open case; a closed case stays closed and the next finding opens another. A contract and
 * contractor have at most one open case: {@code open_key} ({@link #openKey}) is set while the case is open, cleared when
 * it closes, and unique in the table ({@link CaseOpenings} opens one).
 */
@Entity
@Table(name = "compliance_case")
public class ComplianceCase {

    /** Where a case stands. */
    public enum Status { OPEN, CLOSED }

    /**
     * The auditor's review of a finding; SUPERSEDED when the finding left review because it no longer stands (a
     * correction payroll replaced the payroll it was found on while it was pending; a confirmed one only by an
     * investigation's restatement, ADR 0030): it is neither reviewed nor noticed.
     */
    public enum Review { PENDING, CONFIRMED, DISMISSED, SUPERSEDED }

    /**
     * How a case closed, as stored in {@code outcome}: RESOLVED (verified cured), DISMISSED (every finding dismissed on
     * review), SUPERSEDED (no finding stands, some superseded by a correction payroll), CLOSED_OFF_LADDER (the escalation
     * ladder's CLOSE: nothing open, nothing owed), REFERRED_FOR_DEBARMENT (an administrator approved the referral).
     */
    public enum Outcome { RESOLVED, DISMISSED, SUPERSEDED, CLOSED_OFF_LADDER, REFERRED_FOR_DEBARMENT }

    /**
     * What the case is about: a contract (findings on its contractor's certified payrolls, restitution owed to workers)
     * or a wage-subsidy agreement (one subsidy recovery, owed by the employer to the program; no contract).
     */
    public enum Subject { CONTRACT, SUBSIDY_AGREEMENT }

    /** Where a case's findings come from: PAYROLL ({@code payroll_finding}) or SUBSIDY_RECOVERY ({@code subsidy_recovery_finding}). */
    public static final String PAYROLL = "PAYROLL";
    public static final String SUBSIDY_RECOVERY = "SUBSIDY_RECOVERY";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Subject subject = Subject.CONTRACT;
    @Column(name = "contract_id")
    private Long contractId;
    @Column(name = "subsidy_request_id")
    private Long subsidyRequestId;
    @Column(name = "vendor_id")
    private long vendorId;
    @Column(name = "prime_vendor_id")
    private long primeVendorId;
    @Enumerated(EnumType.STRING)
    private Status status = Status.OPEN;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_reason")
    private String closedReason;
    @Column(name = "escalation_step")
    private String escalationStep = "NONE";
    @Column(name = "cure_due")
    private java.time.LocalDate cureDue;
    private String outcome;
    @Column(name = "next_check")
    private java.time.LocalDate nextCheck;
    @Column(name = "open_key")
    private String openKey;
    @ElementCollection
    @CollectionTable(name = "case_finding", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<CaseFinding> findings = new ArrayList<>();
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected ComplianceCase() {
    }

    /** What the open case of a contract and contractor holds in {@code open_key}, unique among the cases. */
    public static String openKey(long contractId, long vendorId) {
        return contractId + ":" + vendorId;
    }

    /** Adds findings not already in the case, to be reviewed; returns how many were added. */
    public int join(List<Long> findingIds) {
        int added = 0;
        java.util.Set<Long> held = new java.util.HashSet<>();
        findings.forEach(c -> held.add(c.findingId()));
        for (Long f : findingIds) {
            if (held.add(f)) {
                findings.add(new CaseFinding(f, Review.PENDING, null, null, null, null, source()));
                added++;
            }
        }
        return added;
    }

    /** The review of a finding in the case; {@code false} when the finding is not in it or was reviewed already. */
    public boolean review(long findingId, Review review, String reason, String by, Instant at) {
        for (int i = 0; i < findings.size(); i++) {
            CaseFinding f = findings.get(i);
            if (f.findingId() == findingId && f.review() == Review.PENDING) {
                findings.set(i, new CaseFinding(findingId, review, reason, by, at, null, f.source()));
                return true;
            }
        }
        return false;
    }

    /**
     * The same review of many findings of the case (an auditor's decision on a group), in one pass over the case's
     * findings however many it holds; those not in the case or reviewed already are left. Returns how many were reviewed.
     */
    public int review(java.util.Set<Long> findingIds, Review review, String reason, String by, Instant at) {
        int reviewed = 0;
        for (int i = 0; i < findings.size(); i++) {
            CaseFinding f = findings.get(i);
            if (f.review() == Review.PENDING && findingIds.contains(f.findingId())) {
                findings.set(i, new CaseFinding(f.findingId(), review, reason, by, at, null, f.source()));
                reviewed++;
            }
        }
        return reviewed;
    }

    /**
     * These findings of the case no longer stand: those pending review or confirmed leave review as SUPERSEDED, with
     * why. Returns them as they were (their review and notice), in the case's order.
     */
    public List<CaseFinding> supersede(java.util.Collection<Long> findingIds, String why, String by, Instant at) {
        List<CaseFinding> before = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            CaseFinding f = findings.get(i);
            if (findingIds.contains(f.findingId()) && (f.review() == Review.PENDING || f.review() == Review.CONFIRMED)) {
                before.add(f);
                findings.set(i, new CaseFinding(f.findingId(), Review.SUPERSEDED, why, by, at, f.noticeId(), f.source()));
            }
        }
        return before;
    }

    /**
     * The findings still pending review among the first {@code through} the case holds: a review round's, which covers
     * the findings the case held when the round opened (findings join at the end of the list; ADR 0021).
     */
    public List<Long> pendingThrough(int through) {
        return findings.subList(0, Math.min(through, findings.size())).stream().filter(f -> f.review() == Review.PENDING)
                .map(CaseFinding::findingId).toList();
    }

    /** Whether any finding of the case stands: pending review or confirmed. */
    public boolean anyStanding() {
        return findings.stream().anyMatch(f -> f.review() == Review.PENDING || f.review() == Review.CONFIRMED);
    }

    /** How many findings of the case were reviewed (or left review) this way. */
    public int count(Review review) {
        return (int) findings.stream().filter(f -> f.review() == review).count();
    }

    /** Confirmed findings no notice has named yet (the next notice, or amended notice, names them). */
    public List<Long> confirmedUnnoticed() {
        return findings.stream().filter(f -> f.review() == Review.CONFIRMED && f.noticeId() == null)
                .map(CaseFinding::findingId).toList();
    }

    /** A notice named these findings and set the cure date (the latest notice's date governs). */
    public void noticed(long noticeId, List<Long> findingIds, java.time.LocalDate cureDue) {
        for (int i = 0; i < findings.size(); i++) {
            CaseFinding f = findings.get(i);
            if (findingIds.contains(f.findingId()) && f.noticeId() == null) {
                findings.set(i, new CaseFinding(f.findingId(), f.review(), f.reason(), f.reviewedBy(), f.reviewedAt(), noticeId,
                        f.source()));
            }
        }
        this.cureDue = cureDue;
    }

    public boolean noticedEver() {
        return findings.stream().anyMatch(f -> f.noticeId() != null);
    }

    /** The cure date moves on to the next check when the case waits or steps up the ladder. */
    public void nextCheck(java.time.LocalDate due) {
        this.nextCheck = due;
    }

    /** The next deadline: the end of the cure period, then each escalation check (null when none is running). */
    public java.time.LocalDate nextCheck() {
        return status == Status.CLOSED ? null : nextCheck;
    }

    /** The case moves up the escalation ladder to this step. */
    public void stepTo(EscalationStep step) {
        this.escalationStep = step.name();
    }

    /** Closes the case with its outcome and why. */
    public void close(Outcome outcome, String reason, Instant at) {
        if (status == Status.CLOSED) {
            throw new IllegalStateException("case " + id + " is closed already");
        }
        this.status = Status.CLOSED;
        this.openKey = null; // the next finding for the contract and contractor opens a new case
        this.outcome = outcome.name();
        this.closedReason = reason;
        this.closedAt = at;
    }

    public String escalationStep() {
        return escalationStep;
    }

    public java.time.LocalDate cureDue() {
        return cureDue;
    }

    public String outcome() {
        return outcome;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedReason() {
        return closedReason;
    }

    public java.util.Optional<CaseFinding> finding(long findingId) {
        return findings.stream().filter(f -> f.findingId() == findingId).findFirst();
    }

    public Long id() {
        return id;
    }

    /** The contract of a CONTRACT case; null for a SUBSIDY_AGREEMENT case. */
    public Long contractId() {
        return contractId;
    }

    public Subject subject() {
        return subject;
    }

    /** Whether the case is about a wage-subsidy agreement (its finding a subsidy recovery owed to the program). */
    public boolean aboutSubsidy() {
        return subject == Subject.SUBSIDY_AGREEMENT;
    }

    /** The subsidy request of a SUBSIDY_AGREEMENT case; null for a CONTRACT case. */
    public Long subsidyRequestId() {
        return subsidyRequestId;
    }

    /** Where this case's findings come from. */
    private String source() {
        return aboutSubsidy() ? SUBSIDY_RECOVERY : PAYROLL;
    }

    public long vendorId() {
        return vendorId;
    }

    public long primeVendorId() {
        return primeVendorId;
    }

    public Status status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public List<CaseFinding> findings() {
        return List.copyOf(findings);
    }

    /** Whether a contractor user of {@code vendor} may see the case: its own, or its subcontractor's as the liable prime. */
    public boolean concerns(Long vendor) {
        return vendor != null && (vendor == vendorId || vendor == primeVendorId);
    }

    /** A finding in a case and its review. */
    @Embeddable
    public record CaseFinding(@Column(name = "finding_id") long findingId,
            @Enumerated(EnumType.STRING) @Column(name = "review") Review review,
            @Column(name = "reason") String reason, @Column(name = "reviewed_by") String reviewedBy,
            @Column(name = "reviewed_at") Instant reviewedAt, @Column(name = "notice_id") Long noticeId,
            @Column(name = "source") String source) {
    }
}
