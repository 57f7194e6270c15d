package org.highroad.subsidies;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A claim as recorded: what it paid, to which hire, for which hours, and every reason an hour was not paid. */
public record ClaimView(long id, String milestone, BigDecimal amount, List<String> reasons, Instant filedAt,
        List<PaymentLine> payments) {

    public record PaymentLine(String workerRef, BigDecimal hoursClaimed, BigDecimal hoursPaid, BigDecimal lowestWagePaid,
            BigDecimal amount) {
    }
}
