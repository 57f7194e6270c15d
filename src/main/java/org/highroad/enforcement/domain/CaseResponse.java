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
    /** SHA-256 of the client's Idempotency-Key, when it sent one; unique per case. */
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    /** SHA-256 of the request as first sent with that key. */
    @Column(name = "request_sha256")
    private String requestSha256;

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

    /** Sent with the client's Idempotency-Key (its SHA-256) and the request's SHA-256. */
    public CaseResponse keyed(String idempotencyKey, String requestSha256) {
        this.idempotencyKey = idempotencyKey;
        this.requestSha256 = requestSha256;
        return this;
    }

    /** Whether the request sent with its key was this one. */
    public boolean sameRequest(String requestSha256) {
        return requestSha256.equals(this.requestSha256);
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
