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
 * The auditor's decision on the step the escalation ladder advised: APPLY moves the case up (withholding: what the
 * contractor owes and is not yet held, from its next payment, 29 CFR 5.9; fines per open violation per day past cure,
 * capped by the contract, Schedule C: {@link SanctionAmounts}); HOLD keeps it where it is. An applied debarment
 * referral goes to an administrator next ({@link ReferForDebarment}).
 */
@Service
public class DecideEscalation {

    private final ComplianceCaseRepository cases;
    private final EscalationFacts facts;
    private final CaseLedgers ledgers;
    private final SanctionAmounts amounts;
    private final CaseSteps steps;
    private final EscalationChecks checks;
    private final AuditTrail audit;
    private final CaseRecords records;
    private final Clock clock;

    DecideEscalation(ComplianceCaseRepository cases, SanctionAmounts amounts, CaseSteps steps, EscalationChecks checks,
            AuditTrail audit, CaseRecords records, Clock clock, EscalationFacts facts, CaseLedgers ledgers) {
        this.facts = facts;
        this.ledgers = ledgers;
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

    /**
     * What applying the advised step would record today, for the auditor's form: the amount ({@link SanctionAmounts},
     * null for a step without one) and, for a withholding, what the contractor still owes counting only the payments an
     * auditor accepted, what is held from it already (ADR 0037), and how many certified payrolls are still missing
     * (payment is suspended until they are submitted, 29 CFR 5.5(a)(3)(iv): an advice in words, with no amount).
     */
    public record Preview(EscalationStep step, BigDecimal amount, BigDecimal owed, BigDecimal held, int missingPayrolls) {
    }

    /** What applying {@code advised} would record on the case today, or empty when the ladder advised no step. */
    @Transactional(readOnly = true)
    public Optional<Preview> preview(long caseId, NextStep advised) {
        Optional<EscalationStep> step = advised.step();
        if (step.isEmpty()) {
            return Optional.empty();
        }
        ComplianceCase c = cases.require(caseId);
        org.highroad.enforcement.ledger.ContractorTotals mine = ledgers.proven(caseId).contractors().stream()
                .filter(t -> t.vendorId() == c.vendorId()).findFirst().orElse(null);
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return Optional.of(new Preview(step.get(), amounts.of(c, step.get(), LocalDate.now(clock)),
                mine == null ? zero : mine.outstanding(), mine == null ? zero : mine.held(), facts.missingPayrolls(c).size()));
    }

    /**
     * Why an applied withholding records $0.00, kept as the step's rationale so that "Withholding: applied · $0.00"
     * reads as what it is: payment suspended while certified payrolls are missing, with no amount (29 CFR 5.5(a)(2)(i)
     * and 5.5(a)(3)(iv)), or nothing more withheld because what is held covers what is owed (29 CFR 5.9: only what is
     * needed to satisfy the liabilities).
     */
    static String nothingWithheld(Preview p) {
        if (p.missingPayrolls() > 0) {
            return "Payment is suspended until the " + p.missingPayrolls() + " missing certified payroll(s) are submitted; "
                    + "the suspension has no amount (29 CFR 5.5(a)(2)(i) and 5.5(a)(3)(iv)).";
        }
        if (p.owed().signum() > 0) {
            return "Nothing more is withheld: the withholding held already, " + org.highroad.platform.money.Money.of(p.held())
                    .format(java.util.Locale.US) + ", covers the " + org.highroad.platform.money.Money.of(p.owed())
                    .format(java.util.Locale.US) + " still owed counting only the payments an auditor accepted (29 CFR 5.9).";
        }
        return "Nothing is withheld: nothing is owed and not yet held (29 CFR 5.9).";
    }

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
        String why = apply && step == EscalationStep.WITHHOLDING && amount != null && amount.signum() == 0
                ? nothingWithheld(preview(caseId, advised).orElseThrow()) : null;
        steps.record(caseId, Kind.valueOf(step.name()), apply ? "APPLIED" : "HELD", amount, why, reason, auditor);
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
