package org.highroad.payroll;

import java.math.BigDecimal;

/**
 * What the latest accepted payroll of its week shows of a confirmed finding found on an earlier payroll of that week
 * (a correction, or a no-work statement an auditor recorded over it). The finding stands either way (ADR 0030): a
 * certified correction is no proof of payment, so the auditor resolves it after verifying payment, or revises it; the
 * confirmed amount is what the ledger owes until then.
 *
 * @param submissionId the payroll that was checked against the finding
 * @param stillFound   whether that payroll shows the violation still ({@code false}: it shows it corrected)
 * @param amountNow    what that payroll owes for it, when it shows it still and the finding owes money
 * @param difference   {@code amountNow} less the confirmed amount (negative when the correction owes less), when both
 *                     are known
 */
public record FindingRecheck(long findingId, long submissionId, boolean stillFound, BigDecimal amountNow, BigDecimal difference) {
}
