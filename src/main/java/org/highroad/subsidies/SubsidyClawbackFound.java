package org.highroad.subsidies;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A clawback was recorded: an employer is to repay to the program what was paid under a training agreement. Published
 * in the transaction that recorded it, once per clawback (the clawback's id is its key), and only for an amount to
 * recover above zero. The enforcement module opens a compliance case on it (a subsidy recovery finding, owed to the
 * program), so the subsidies module never depends on enforcement.
 *
 * @param clawbackId       the clawback ({@code subsidy_clawback.id}), unique: a case is opened once per clawback
 * @param requestId        the request version whose agreement was accepted
 * @param employerVendorId the employer, a vendor whose contractor users respond to the case
 * @param programId        the program the money is repaid to
 * @param programCode      the program's code, the payee named on the notice and on the employer's repayment
 * @param agreement        the agreement as the notice names it (request, version, position, accepted on)
 * @param ground           WAGE_BELOW_APPROVED, ENDED_EARLY or DISPLACEMENT
 * @param workerRef        the hire whose payments are recovered (null for a displacement, the whole request)
 * @param amount           the amount to recover, in dollars at cents, net of what earlier clawbacks recover
 * @param detail           what was found, in the words of the rule
 * @param ruleCited        the rule the recovery rests on
 * @param agencyCode       the agency of the program's pinned standard version, whose calendar counts the cure period
 * @param cureBusinessDays the cure period of the program's pinned standard version, in business days
 */
public record SubsidyClawbackFound(long clawbackId, long requestId, long employerVendorId, long programId,
        String programCode, String programName, String agreement, String ground, String workerRef, BigDecimal amount,
        String detail, String ruleCited, String agencyCode, int cureBusinessDays, Instant foundAt) {
}
