package org.highroad.enforcement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A step a case took, with who, when and why, so that an auditor, an administrator and the contractor can follow how a
 * case went: a notice, a reminder, findings that left the case, a verification, the escalation ladder's advice and
 * whether an auditor applied or held it, a debarment referral's approval, the close.
 */
@Entity
@Table(name = "case_step")
public class CaseStep {

    /** What a step is about; stored by name in {@code step}. */
    public enum Kind {
        /** A notice of non-compliance issued or amended. */
        NOTICE,
        /** The contractor reminded of a certified payroll past due. */
        REMINDER,
        /** Findings that no longer stand left the case. */
        FINDINGS,
        /** The auditor's verification of the contractor's correction. */
        VERIFICATION,
        /** The escalation ladder's advice. */
        ADVICE,
        /** Withholding from the contractor's payments, applied or held by an auditor. */
        WITHHOLDING,
        /** Fines, applied or held by an auditor. */
        FINES,
        /** A debarment referral: applied by an auditor, approved or rejected by an administrator. */
        DEBARMENT_REFERRAL,
        /** The case closed. */
        CLOSE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private long caseId;
    private String step;
    private String decision;
    private BigDecimal amount;
    private String rationale;
    private String reason;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected CaseStep() {
    }

    public CaseStep(long caseId, Kind step, String decision, BigDecimal amount, String rationale, String reason,
            String decidedBy, Instant decidedAt) {
        this.caseId = caseId;
        this.step = step.name();
        this.decision = decision;
        this.amount = amount;
        this.rationale = rationale;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public String step() {
        return step;
    }

    public String decision() {
        return decision;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String rationale() {
        return rationale;
    }

    public String reason() {
        return reason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
