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
 * A step a case took, with who, when and why (issue 6: "each step is recorded with who, when and why"): a
 * verification, the escalation ladder's advice and whether an auditor applied or held it, a debarment referral's
 * approval, the close.
 *
 * @param step what the step is about (NOTICE, VERIFICATION, WITHHOLDING, FINES, DEBARMENT_REFERRAL, WAIT, CLOSE)
 */
@Entity
@Table(name = "case_step")
public class CaseStep {

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

    public CaseStep(long caseId, String step, String decision, BigDecimal amount, String rationale, String reason,
            String decidedBy, Instant decidedAt) {
        this.caseId = caseId;
        this.step = step;
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
