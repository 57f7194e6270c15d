package org.highroad.contracts;

import java.time.Clock;
import java.util.Optional;
import org.highroad.contracts.domain.Contract;
import org.highroad.contracts.domain.ContractRepository;
import org.highroad.platform.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prime contractor's answer to a contract legal review approved: accepted, it is executed and the weekly payroll
 * calendar is laid out for the prime and every subcontractor; rejected, it goes back to legal review with the reason.
 */
@Service
public class ContractAcceptance {

    private final ContractRepository contracts;
    private final ExpectedPayrolls expected;
    private final AuditTrail audit;
    private final Clock clock;

    ContractAcceptance(ContractRepository contracts, ExpectedPayrolls expected, AuditTrail audit, Clock clock) {
        this.contracts = contracts;
        this.expected = expected;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Why this acceptance cannot be recorded: only a contractor user of the prime vendor decides; {@code decision} is
     * null when the answer named none.
     */
    @Transactional(readOnly = true)
    public Optional<String> refusal(long id, Long actingVendorId, AcceptanceDecision decision, String reason) {
        Contract contract = contracts.require(id);
        if (actingVendorId == null || actingVendorId != contract.primeVendorId()) {
            return Optional.of("only the prime contractor's users may accept or reject contract " + id);
        }
        if (contract.status() != ContractStatus.AWAITING_ACCEPTANCE) {
            return Optional.of("contract " + id + " is not awaiting acceptance");
        }
        if (decision == null) {
            return Optional.of(AcceptanceDecision.CHOOSE);
        }
        return reason == null || reason.isBlank() ? Optional.of("a reason is required for the record") : Optional.empty();
    }

    /** Accepted: executed, and the payroll calendar is laid out for the prime and every subcontractor. */
    @Transactional
    public void record(long id, AcceptanceDecision decision, String reason, String user) {
        boolean accepted = decision == AcceptanceDecision.ACCEPT;
        Contract contract = contracts.require(id);
        contract.acceptance(accepted, reason, clock.instant());
        audit.record(ContractAudit.SUBJECT, id, accepted ? ContractAudit.ACCEPTED : ContractAudit.REJECTED, user, reason, null);
        if (accepted) {
            expected.expect(contract, contract.primeVendorId(), contract.periodStart(), contract.periodEnd());
            contract.subcontractors().forEach(s -> expected.expect(contract, s.vendorId(), s.startsOn(), s.endsOn()));
        }
    }
}
