package org.highroad.vendors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a compliance case decided about a contractor, as the enforcement module reports it for the vendor's record
 * ({@link VendorRegistry#recordCaseOutcome}): written in the transaction of the outcome (a close with confirmed
 * violations, a fine, withholding or debarment referral decided, restitution paid after the close), as often as the
 * case changes; the record keeps one entry per case and vendor.
 *
 * @param vendorId       the contractor whose payrolls the case is about
 * @param primeVendorId  the prime of the contract; liable for a subcontractor's unpaid wages (29 CFR 5.5(a)(6))
 * @param agency         the agency whose contract it is (the entry's source)
 * @param periodStart    the earliest week ending of the case's confirmed findings
 * @param periodEnd      the latest week ending of the case's confirmed findings
 * @param owed           restitution owed to workers in the case (confirmed, not reversed)
 * @param paid           restitution paid so far
 * @param outstanding    restitution still owed
 * @param sanctions      the sanctions decided so far: WITHHOLDING, FINES, DEBARMENT_REFERRAL
 * @param outcome        how the case closed (null while it is open)
 * @param closedOn       the day it closed (null while it is open)
 * @param paidInFullOn   the payment date that brought the outstanding restitution to zero (null when unpaid or none owed)
 * @param contractId     the contract of the case; null for a case about a wage-subsidy agreement
 * @param subsidyRecovery for a case about a wage-subsidy agreement: the program and agreement the employer owes a
 *                       recovery to (owed, paid and outstanding are then that repayment, not workers' restitution);
 *                       null for a contract case
 */
public record CaseOutcome(long caseId, Long contractId, long vendorId, long primeVendorId, String agency,
        int confirmedFindings, LocalDate periodStart, LocalDate periodEnd, BigDecimal owed, BigDecimal paid,
        BigDecimal outstanding, Set<String> sanctions, String outcome, LocalDate closedOn, LocalDate paidInFullOn,
        String subsidyRecovery) {

    public CaseOutcome {
        sanctions = Set.copyOf(sanctions);
    }

    public boolean closed() {
        return outcome != null;
    }

    public boolean subcontractorCase() {
        return vendorId != primeVendorId;
    }
}
