package org.highroad.contracts.domain;

import java.util.Collection;
import java.util.List;
import org.highroad.contracts.ContractView;
import org.highroad.platform.security.HighroadUser;

/**
 * How much of a contract a caller sees: the one rule for every read of a contract, its payroll calendar, its audit
 * trail and who may add a subcontractor. Agency staff see everything; the prime contractor (party to the whole
 * contract, answering for its commitments) sees the whole contract but not the agency's working notes; a subcontractor
 * sees the commitments it inherits and its own subcontract, not the prime's price or the other subcontractors (its
 * subcontract binds it to the prime's commitments, not to the prime's price); anyone else sees nothing, and the
 * contract is answered as not found so that its existence is not disclosed.
 */
public enum ContractSight {
    /** Agency staff: the whole contract with the status reason, and every reason in the audit trail. */
    AGENCY,
    /** The prime contractor: the whole contract, its calendar and audit trail, without the agency's working notes. */
    PRIME,
    /** A subcontractor: the commitments it inherits, its own subcontract and its own weeks of the calendar. */
    SUBCONTRACTOR,
    /** Anyone else: nothing (404). */
    NONE;

    /** What {@code caller} sees of a contract with this prime and these subcontractors. */
    public static ContractSight of(HighroadUser caller, long primeVendorId, Collection<Long> subcontractorVendorIds) {
        if (caller.isAgencyStaff()) {
            return AGENCY;
        }
        Long vendor = caller.vendorId();
        if (vendor == null) {
            return NONE;
        }
        if (vendor == primeVendorId) {
            return PRIME;
        }
        return subcontractorVendorIds.contains(vendor) ? SUBCONTRACTOR : NONE;
    }

    public static ContractSight of(HighroadUser caller, Contract contract) {
        List<Long> subcontractors = contract.subcontractors().stream().map(Subcontractor::vendorId).toList();
        return of(caller, contract.primeVendorId(), subcontractors);
    }

    /** Whether the caller may know the contract exists. */
    public boolean seesContract() {
        return this != NONE;
    }

    /** Agency staff and the prime: the whole contract, its whole payroll calendar, its audit trail and PDF. */
    public boolean seesWholeContract() {
        return this == AGENCY || this == PRIME;
    }

    /**
     * The contract as this caller reads it. The status reason is legal review's working note on why the contract is back
     * with it (its own return's reason, or the prime's rejection): agency staff read it; the prime reads its own
     * rejection in the audit trail.
     */
    public ContractView shown(ContractView full, Long callerVendorId) {
        return switch (this) {
            case AGENCY -> full;
            case PRIME -> new ContractView(full.id(), full.solicitationId(), full.bidId(), full.agencyCode(), full.primeVendorId(),
                    full.title(), full.value(), full.periodStart(), full.periodEnd(), full.standardCode(),
                    full.standardVersion(), full.wageDetermination(), full.status(), null, full.executedAt(), full.current(),
                    full.subcontractors());
            case SUBCONTRACTOR -> new ContractView(full.id(), full.solicitationId(), full.bidId(), full.agencyCode(),
                    full.primeVendorId(), full.title(), null, full.periodStart(), full.periodEnd(), full.standardCode(),
                    full.standardVersion(), full.wageDetermination(), full.status(), null, full.executedAt(), full.current(),
                    full.subcontractors().stream().filter(s -> s.vendorId().equals(callerVendorId)).toList());
            case NONE -> throw new IllegalStateException("a contract is not shown to whoever may not see it");
        };
    }

    /** Whether the caller reads this vendor's weeks of the payroll calendar. */
    public boolean seesWeeksOf(Long vendorId, Long callerVendorId) {
        return seesWholeContract() || this == SUBCONTRACTOR && vendorId.equals(callerVendorId);
    }
}
