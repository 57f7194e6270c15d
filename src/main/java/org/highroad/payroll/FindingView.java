package org.highroad.payroll;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A failed payroll check. The worker appears only as the payroll's worker reference and entry number, never by name
 * or identifying number. {@code amountOwed} is set for wage findings (to the cent), {@code hoursShort} for a workforce
 * share short to date; {@code ruleCited} names the contract clause and the regulation.
 */
public record FindingView(Long id, String kind, String status, long contractId, long vendorId, LocalDate weekEnding,
        Long submissionId, Integer entryNumber, String workerRef, String classification, LocalDate workDate,
        String category, String trade, String level, BigDecimal amountOwed, BigDecimal hoursShort, String detail,
        String ruleCited, Instant foundAt) {
}
