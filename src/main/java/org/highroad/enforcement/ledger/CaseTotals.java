package org.highroad.enforcement.ledger;

import java.math.BigDecimal;

/**
 * The whole case: sums over every worker and contractor ({@code outstanding} and {@code overpaid} summed per worker,
 * {@code held} per contractor). {@code workersOutstanding} counts the workers still owed something.
 */
public record CaseTotals(BigDecimal owed, BigDecimal paid, BigDecimal outstanding, BigDecimal overpaid,
        BigDecimal withheld, BigDecimal released, BigDecimal held, int workersOutstanding) {
}
