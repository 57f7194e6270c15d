package org.highroad.platform.money;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An amount of dollars as a person types it on a form ("$1,200.50", "194", ".50"), read for a ledger that records whole
 * cents. Shared by the forms that take money into a case's restitution ledger (the contractor's payment, the staff's
 * withholding and release), so that each reads what is typed the same way.
 *
 * <p>Read: digits with an optional point, a dollar sign in front allowed, and commas only between groups of three digits
 * before the point ("1,200.50"). Refused: an exponent ("1e3" is a typo for 103, not $1,000.00), a decimal comma
 * ("194,00" would otherwise read as $19,400.00), a sign, letters, and more decimals than cents ("1.005": restitution is
 * paid and recorded in whole cents, {@link Money}). What the amount may be (more than zero, at most a ceiling) is each
 * form's own rule.
 */
public final class TypedDollars {

    /** Why what was typed is not an amount of dollars and cents. */
    public enum Refusal {
        /** Nothing typed. */
        BLANK,
        /** Not written as dollars and cents (an exponent, a decimal comma, letters, a sign). */
        NOT_DOLLARS,
        /** A fraction of a cent ("1.005"). */
        FRACTION_OF_CENT
    }

    /** What was typed, read: the amount at cents, or why it was refused (never both). */
    public record Read(BigDecimal amount, Refusal refusal) {

        public boolean refused() {
            return refusal != null;
        }
    }

    private static final Pattern DOLLARS = Pattern.compile("([0-9]+|[0-9]{1,3}(,[0-9]{3})+)(\\.[0-9]*)?|\\.[0-9]+");

    private TypedDollars() {
    }

    /** {@code typed} read as dollars and cents (scale 2), or the refusal. */
    public static Read read(String typed) {
        if (typed == null || typed.isBlank()) {
            return new Read(null, Refusal.BLANK);
        }
        String written = typed.strip();
        if (written.startsWith("$")) {
            written = written.substring(1).strip();
        }
        if (!DOLLARS.matcher(written).matches()) {
            return new Read(null, Refusal.NOT_DOLLARS);
        }
        BigDecimal value = new BigDecimal(written.replace(",", ""));
        if (value.stripTrailingZeros().scale() > 2) {
            return new Read(null, Refusal.FRACTION_OF_CENT);
        }
        return new Read(value.setScale(2), null);
    }
}
