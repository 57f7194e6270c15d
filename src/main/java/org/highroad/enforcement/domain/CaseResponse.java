package org.highroad.enforcement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A contractor's response to a notice: a corrective action plan, a correction payroll or proof of payment. */
@Entity
@Table(name = "case_response")
public class CaseResponse {

    /** What the contractor sent. */
    public enum Kind { CORRECTIVE_ACTION_PLAN, CORRECTION_PAYROLL, RESTITUTION_PAYMENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private long caseId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String text;
    @Column(name = "submission_id")
    private Long submissionId;
    @Column(name = "vendor_id")
    private long vendorId;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "verified_at")
    private Instant verifiedAt;

    protected CaseResponse() {
    }

    public CaseResponse(long caseId, Kind kind, String text, Long submissionId, long vendorId, String submittedBy,
            Instant submittedAt) {
        this.caseId = caseId;
        this.kind = kind;
        this.text = text;
        this.submissionId = submissionId;
        this.vendorId = vendorId;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public Kind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public Long submissionId() {
        return submissionId;
    }

    public long vendorId() {
        return vendorId;
    }

    public String submittedBy() {
        return submittedBy;
    }

    /** When a verification took this response in; null until then. */
    public Instant verifiedAt() {
        return verifiedAt;
    }

    public void verified(Instant at) {
        if (verifiedAt == null) {
            verifiedAt = at;
        }
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
