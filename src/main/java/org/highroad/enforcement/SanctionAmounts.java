package org.highroad.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.highroad.contracts.Contracts;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.escalation.EscalationStep;
import org.highroad.enforcement.escalation.FineCalculator;
import org.springframework.stereotype.Component;

/** What a step up the escalation ladder amounts to: the withholding or the fine an auditor applies or holds. */
@Component
class SanctionAmounts {

    private final EscalationFacts facts;
    private final CaseLedgers ledgers;
    private final Contracts contracts;

    SanctionAmounts(EscalationFacts facts, CaseLedgers ledgers, Contracts contracts) {
        this.facts = facts;
        this.ledgers = ledgers;
        this.contracts = contracts;
    }

    /**
     * The amount of the step, or null for a step without one (a debarment referral). Withholding: see
     * {@link #withholding}. Fines: per open violation per calendar day past cure, capped: the contract's "per violation
     * per day", each day a separate violation as under the Boston Residents Jobs Policy, contract Schedule C.
     */
    BigDecimal of(ComplianceCase c, EscalationStep step, LocalDate today) {
        return switch (step) {
            case WITHHOLDING -> withholding(c);
            // a training agreement sets no fine per violation per day: a subsidy case's FINES step has no amount, its
            // recovery stays a debt collected by offset and referral (2 CFR 200.346)
            case FINES -> c.aboutSubsidy() ? null : FineCalculator.of(contracts.ruleBook(c.contractId()).reporting(today))
                    .fine(facts.violations(c), EscalationFacts.calendarDaysPastCure(c, today));
            default -> null;
        };
    }

    /**
     * What to withhold: the contractor's outstanding restitution less what is held (29 CFR 5.5(a)(2)), and never more
     * than the ledger would take: the ceiling on withholding (29 CFR 5.9 and 5.5(a)(2), "so much of the accrued
     * payments ... as may be considered necessary to satisfy the liabilities"; ADR 0037), read as
     * {@link CaseLedgers#recordWithholding} reads it, counting as paid only the payments an auditor accepted
     * ({@link CaseLedgers#proven}). A share of a week's gross for each certified payroll still missing was once added
     * here; above the ceiling it could not be recorded, so the payments suspended while payrolls are missing (29 CFR
     * 5.5(a)(2)(i) and 5.5(a)(3)(iv)) are the ladder's advice in words, not an amount. For a subcontractor the money is
     * held from the prime's payments, but only for the subcontractor's share. In a subsidy case: the outstanding
     * recovery, offset against the employer's payments due (2 CFR 200.346(b): a debt may be collected by
     * administrative offset).
     */
    private BigDecimal withholding(ComplianceCase c) {
        return ledgers.proven(c.id()).recommendedWithholding(c.vendorId());
    }
}
