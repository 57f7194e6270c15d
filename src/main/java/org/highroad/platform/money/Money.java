package org.highroad.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * An amount of US dollars at cents, the one way Highroad rounds and writes money.
 *
 * <p>Rounding: to cents, half up ({@code 0.375} is {@code $0.38}), once, when the amount becomes {@code Money}: wages are paid and
 * restituted in whole cents, and this is the wage checks' convention too ({@code payroll.wages.WageCheck}). Rules that
 * must refuse an amount that is not in whole cents (the restitution ledger records what was owed or paid, never an
 * estimate) check that before making {@code Money}.
 *
 * <p>Writing: {@link #format(Locale)} with the locale of the page or document it goes on. English and Spanish both
 * write {@code $1,234.50} (negative {@code -$1,234.50}): for Spanish the US convention, {@code es-US} (CLDR), is used,
 * not the convention of Spain or Latin America ({@code 1.234,50 US$}), because every amount is in US dollars on a US
 * public contract, the worker reads it beside the English copy of the same payroll or notice, and U.S. agencies'
 * Spanish publications write dollars that way; a decimal comma would turn $1.234 into a thousand times the amount.
 * Other languages, which Highroad does not publish in, fall back to US English.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    private static final Locale SPANISH_US = Locale.forLanguageTag("es-US");
    private static final Currency DOLLAR = Currency.getInstance("USD");

    /** The amount rounded to cents, half up. */
    public Money {
        if (amount == null) {
            throw new IllegalArgumentException("an amount of money is required");
        }
        amount = amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    /** The amount written for a reader of this language ({@code $1,234.50}; see the class comment). */
    public String format(Locale locale) {
        return dollars(locale, 2).format(amount);
    }

    /**
     * The amount as {@link #format} writes it without the dollar sign ({@code 1,234.50}), for a text that writes the sign
     * itself: a contract's clause template says {@code ${{restitutionThreshold}}}.
     */
    public String formatNumber(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(conventionFor(locale));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /**
     * A rate, written as money is but never rounded: a rate in fractions of a cent is quoted with every digit it has
     * ({@code $15.275}, half of $30.55), because the wage checks keep rates exact and round only the amounts owed
     * ({@code payroll.wages.WageCheck}); a rate in cents is written like any amount ({@code $31.40}).
     */
    public static String formatRate(BigDecimal rate, Locale locale) {
        if (rate == null) {
            throw new IllegalArgumentException("a rate is required");
        }
        return dollars(locale, Math.max(2, rate.stripTrailingZeros().scale())).format(rate);
    }

    /** {@code format(Locale.US)}: the amount as English pages, documents and messages write it. */
    @Override
    public String toString() {
        return format(Locale.US);
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /**
     * The thread's dollar formats, US English and {@code es-US} (the only two conventions, see the class comment): made
     * once per thread rather than once per amount, as a {@code NumberFormat} is costly to make and not safe to share
     * between threads. Only the fraction digits change between uses, set on every use.
     */
    private static final ThreadLocal<NumberFormat[]> DOLLARS = ThreadLocal.withInitial(
            () -> new NumberFormat[] {newDollars(Locale.US), newDollars(SPANISH_US)});

    private static NumberFormat dollars(Locale locale, int fractionDigits) {
        NumberFormat format = DOLLARS.get()[conventionFor(locale) == SPANISH_US ? 1 : 0];
        format.setMaximumFractionDigits(fractionDigits);
        return format;
    }

    private static NumberFormat newDollars(Locale convention) {
        NumberFormat format = NumberFormat.getCurrencyInstance(convention);
        format.setCurrency(DOLLAR);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    private static Locale conventionFor(Locale locale) {
        return locale != null && "es".equals(locale.getLanguage()) ? SPANISH_US : Locale.US;
    }
}
