package org.highroad.payroll;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A failed payroll check. The worker appears only as the payroll's worker reference and entry number, never by name
 * or identifying number. {@code amountOwed} is set for wage findings (to the cent), {@code hoursShort} for a workforce
 * share short to date; {@code ruleCited} names the contract clause and the regulation.
 *
 * <p>{@code status} follows the finding's review in its compliance case: {@code OPEN} (awaiting the auditor's review),
 * {@code CONFIRMED} (confirmed, not cured yet), {@code DISMISSED} (dismissed on review), {@code RESOLVED} (confirmed,
 * and its case closed cured: corrected and the workers paid) or {@code SUPERSEDED} (a correction payroll replaced the
 * payroll it was found on while it awaited review; a confirmed finding stands through a correction, ADR 0030). A finding is still open while it is {@code OPEN} or {@code CONFIRMED}: a case closed by a
 * debarment referral leaves its confirmed findings confirmed, since nothing was cured.
 */
public record FindingView(Long id, String kind, String status, long contractId, long vendorId, LocalDate weekEnding,
        Long submissionId, Integer entryNumber, String workerRef, String classification, LocalDate workDate,
        String category, String trade, String level, BigDecimal amountOwed, BigDecimal hoursShort, String detail,
        String ruleCited, Instant foundAt) {
}
