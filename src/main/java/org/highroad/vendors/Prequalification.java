package org.highroad.vendors;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A vendor pre-qualified against a standard on a date: which qualification, its score, and its window. */
public record Prequalification(long qualificationId, long vendorId, String standardCode, int standardVersion,
        BigDecimal totalScore, LocalDate qualifiedOn, LocalDate qualifiedUntil) {
}
