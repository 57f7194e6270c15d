package org.highroad.enforcement;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The finding of a subsidy case: what an employer is to repay to a wage-subsidy program under its training agreement
 * (a clawback the subsidies module recorded), owed to the program and not to a worker.
 *
 * @param payee     who the money is owed to: the program's code, the payee the notice names and the repayment names
 * @param workerRef the hire whose reimbursement is recovered; null when the whole request is (a displacement)
 */
public record SubsidyRecovery(long id, long clawbackId, long requestId, long programId, String payee, String programName,
        String agreement, String ground, String workerRef, BigDecimal amount, String detail, String ruleCited,
        String agencyCode, int cureBusinessDays, Instant foundAt) {
}
