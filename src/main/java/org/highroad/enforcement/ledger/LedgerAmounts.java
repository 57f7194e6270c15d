package org.highroad.enforcement.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The checks every ledger entry makes of its values: amounts at whole cents, ids, texts. Nothing here rounds an amount
 * that is not in cents. Amounts are written with {@link org.highroad.platform.money.Money}.
 */
final class LedgerAmounts {

    static final BigDecimal ZERO = new BigDecimal("0.00");

    private LedgerAmounts() {
    }

    /**
     * An entry's amount: more than zero and a whole number of cents ({@code 10.5} and {@code 10.500} are $10.50;
     * {@code 10.005} is refused, never rounded, because the ledger records what was owed or paid, not an estimate).
     * Returned at scale 2, so that equal amounts are equal records.
     */
    static BigDecimal amount(BigDecimal amount, String entry) {
        if (amount == null) {
            throw new IllegalArgumentException(entry + ": amount is required");
        }
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException(entry + ": amount must be more than $0.00, was " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(entry + ": amount must be in whole cents (at most 2 decimals), was "
                    + amount.toPlainString());
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A revised amount: zero or more, in whole cents, as {@link #amount} checks it otherwise. */
    static BigDecimal amountOrZero(BigDecimal amount, String entry) {
        if (amount != null && amount.signum() == 0) {
            return ZERO;
        }
        return amount(amount, entry);
    }

    static BigDecimal positivePart(BigDecimal n) {
        return n.signum() > 0 ? n : ZERO;
    }

    static String text(String value, String field, String entry) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(entry + ": " + field + " is required");
        }
        return value.strip();
    }

    static long id(long id, String field, String entry) {
        if (id <= 0) {
            throw new IllegalArgumentException(entry + ": " + field + " must be a positive id, was " + id);
        }
        return id;
    }
}
