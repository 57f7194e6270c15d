package org.highroad.subsidies;

import java.math.BigDecimal;
import java.time.Instant;

/** A program as read: its terms, and what its approved and pending requests hold of the budget. */
public record ProgramView(long id, String code, String name, String standardCode, int standardVersion, ProgramTerms terms,
        BigDecimal reserved, BigDecimal available, String createdBy, Instant createdAt) {
}
