package org.highroad.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.highroad.enforcement.domain.CaseStep.Kind;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCaseRepository;
import org.highroad.enforcement.escalation.EscalationAdvice.NextStep;
import org.highroad.enforcement.escalation.EscalationStep;
import org.highroad.platform.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The auditor's decision on the step the escalation ladder advised: APPLY moves the case up (withholding: at least the
 * contractor's outstanding restitution from its next payment, 29 CFR 5.9; fines per open violation per day past cure,
 * capped by the contract, Schedule C: {@link SanctionAmounts}); HOLD keeps it where it is. An applied debarment
 * referral goes to an administrator next ({@link ReferForDebarment}).
 */
@Service
public class DecideEscalation {

    private final ComplianceCaseRepository cases;
    private final SanctionAmounts amounts;
    private final CaseSteps steps;
    private final EscalationChecks checks;
    private final AuditTrail audit;
    private final CaseRecords records;
    private final Clock clock;

    DecideEscalation(ComplianceCaseRepository cases, SanctionAmounts amounts, CaseSteps steps, EscalationChecks checks,
            AuditTrail audit, CaseRecords records, Clock clock) {
        this.records = records;
        this.cases = cases;
        this.amounts = amounts;
        this.steps = steps;
        this.checks = checks;
        this.audit = audit;
        this.clock = clock;
    }

    /** The auditor's answer on the escalation task ({@link Answers}). */
    public enum Decision { APPLY, HOLD }

    /** Why the decision cannot be recorded, if it cannot; {@code answer} is the task's decision as given. */
    @Transactional(readOnly = true)
    public Optional<String> refusal(long caseId, boolean auditor, String answer, String reason) {
        if (!auditor) {
            return Optional.of("only an auditor applies an escalation step");
        }
        if (cases.require(caseId).status() != ComplianceCase.Status.OPEN) {
            return Optional.of("case " + caseId + " is closed");
        }
        if (Answers.parse(Decision.class, answer).isEmpty()) {
            return Optional.of(Answers.notOneOf(Decision.class));
        }
        return reasonRefusal(reason);
    }

    /** What the reason itself lacks, if anything (the API answers it 422 at the field {@code reason}). */
    public static Optional<String> reasonRefusal(String reason) {
        return Answers.tooShort(reason) ? Optional.of("an escalation step is recorded with why: a reason of at least "
                + Answers.MIN_REASON + " characters") : Optional.empty();
    }

    /**
     * Records the decision (after {@link #refusal}) on the step the ladder advised, with its amount. Returns true for an
     * applied debarment referral, which an administrator approves next; otherwise the case waits for its next check.
     */
    @Transactional
    public boolean record(long caseId, NextStep advised, Decision decision, String reason, String auditor) {
        EscalationStep step = advised.step()
                .orElseThrow(() -> new IllegalArgumentException("the ladder advised " + advised + ", not a step to decide"));
        ComplianceCase c = cases.require(caseId);
        LocalDate today = LocalDate.now(clock);
        BigDecimal amount = amounts.of(c, step, today);
        boolean apply = decision == Decision.APPLY;
        steps.record(caseId, Kind.valueOf(step.name()), apply ? "APPLIED" : "HELD", amount, null, reason, auditor);
        audit.record(ComplianceCases.SUBJECT, caseId, (apply ? "ESCALATED TO " : "ESCALATION HELD AT ") + step, auditor,
                reason, amount == null ? null : "amount " + amount);
        boolean referral = apply && step == EscalationStep.DEBARMENT_REFERRAL;
        if (apply && !referral) {
            c.stepTo(step);
            records.report(c, auditor); // a withholding or fine decided goes on the vendor's record
        }
        if (!referral) {
            checks.scheduleNext(c, today);
        }
        return referral;
    }
}
