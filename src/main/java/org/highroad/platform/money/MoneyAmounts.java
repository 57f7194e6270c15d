package org.highroad.platform.money;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An amount of money as a person or a client writes it (a form's field, a JSON body's value), read the one way every
 * form and API of Highroad reads it: dollars and cents in digits, with an optional point, an optional leading dollar
 * sign and commas only between groups of three digits before the point ({@code 1200}, {@code 1,200.50},
 * {@code $40.00}, {@code .50}). Refused: the exponent form ({@code 1e3} is not read as $1,000.00: it is a typo for
 * 103 as often as not), a decimal comma ({@code 194,00} is not $19,400.00), a sign, zero, more than ten digits of
 * dollars (the amounts are stored as numeric(14, 2), said as such), and a fraction of a cent ({@code 40.005}: the ledger records what
 * was withheld or paid, never rounds it). Nothing here rounds.
 */
public final class MoneyAmounts {

    /** At most this many digits of dollars. */
    public static final int DOLLAR_DIGITS = 10;

    private static final Pattern WRITTEN = Pattern.compile("\\$?(([0-9]+|[0-9]{1,3}(,[0-9]{3})+)(\\.[0-9]*)?|\\.[0-9]+)");

    private MoneyAmounts() {
    }

    /** Why a written amount is refused, with the reason an API states (a page says it in its own words). */
    public enum Refusal {
        MISSING("is required"),
        NOT_AN_AMOUNT(NOT_AN_AMOUNT_REASON),
        FRACTION_OF_A_CENT(FRACTION_OF_A_CENT_REASON),
        /** More than ten digits of dollars: more than the ledger's numeric(14, 2) holds. */
        TOO_LARGE("must be at most $9,999,999,999.99");

        private final String reason;

        Refusal(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    static final String NOT_AN_AMOUNT_REASON = "must be an amount in dollars and cents, more than $0.00, such as 1200.00";
    static final String FRACTION_OF_A_CENT_REASON = "must be in whole cents (at most 2 decimals)";

    /** The amount read (at scale 2), or why it was refused: exactly one of the two is set. */
    public record Read(BigDecimal amount, Refusal refusal) {

        public boolean refused() {
            return refusal != null;
        }
    }

    /** The amount written: more than $0.00, in whole cents, at most ten digits of dollars; else why not. */
    public static Read read(String written) {
        if (written == null || written.isBlank()) {
            return new Read(null, Refusal.MISSING);
        }
        String text = written.strip();
        if (!WRITTEN.matcher(text).matches()) {
            return new Read(null, Refusal.NOT_AN_AMOUNT);
        }
        BigDecimal value = new BigDecimal(text.replace("$", "").replace(",", ""));
        if (value.signum() <= 0) {
            return new Read(null, Refusal.NOT_AN_AMOUNT);
        }
        if (value.precision() - value.scale() > DOLLAR_DIGITS) {
            return new Read(null, Refusal.TOO_LARGE);
        }
        if (value.stripTrailingZeros().scale() > 2) {
            return new Read(null, Refusal.FRACTION_OF_A_CENT);
        }
        return new Read(value.setScale(2), null);
    }

    /** The amount written, for a value already checked ({@link org.highroad.platform.validation.DollarsAndCents}). */
    public static BigDecimal of(String checked) {
        Read read = read(checked);
        if (read.refused()) {
            throw new IllegalArgumentException("amount " + read.refusal().reason());
        }
        return read.amount();
    }
}
