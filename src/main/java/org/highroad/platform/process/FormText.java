package org.highroad.platform.process;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.highroad.platform.money.Money;

/**
 * How a task's form writes what it shows (ADR 0027): Tasklist is English, so money as {@link Money} writes it for
 * English ({@code $1,234.56}), dates as {@code Dec 2, 2026}, moments to the minute with their zone, never an ISO
 * timestamp with nanoseconds; and texts made safe for the Markdown a form's text component renders.
 */
public final class FormText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("MMM d, uuuu, h:mm a z", Locale.US);
    private static final String NONE = "—";

    private FormText() {
    }

    /** {@code $1,234.56}; a dash for no amount. */
    public static String money(BigDecimal amount) {
        return amount == null ? NONE : Money.of(amount).format(Locale.US);
    }

    /** {@code Dec 2, 2026}; a dash for no date. */
    public static String date(LocalDate date) {
        return date == null ? NONE : DATE.format(date);
    }

    /** {@code Dec 2, 2026, 5:35 PM UTC} in the given zone (the agency's); a dash for none. */
    public static String moment(Instant at, ZoneId zone) {
        return at == null ? NONE : MOMENT.format(at.atZone(named(zone)));
    }

    /** {@code Dec 2, 2026, 5:35 PM UTC}, the moment in its own offset; a dash for none. */
    public static String moment(OffsetDateTime at) {
        return at == null ? NONE : MOMENT.format(at.atZoneSameInstant(named(at.getOffset())));
    }

    /** UTC by its name: the offset {@code Z} would be written as a bare "Z", which people do not read as UTC. */
    private static ZoneId named(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) ? UTC : zone;
    }

    private static final ZoneId UTC = ZoneId.of("UTC");

    /** A points figure as the scorecard writes it, without trailing zeros ({@code 87.5}); a dash for none. */
    public static String points(BigDecimal points) {
        return points == null ? NONE : points.stripTrailingZeros().toPlainString();
    }

    /**
     * A text as one cell or line of Markdown: people's texts keep their words but cannot make links, tables, headings
     * or HTML of the form (Markdown's special characters escaped, line breaks as spaces); a dash for none.
     */
    public static String plain(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.strip().toCharArray()) {
            switch (c) {
                case '\r', '\n', '\t' -> out.append(' ');
                case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '-', '!', '|', '<', '>', '~', '"', '&' ->
                        out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A human label for an enum key ({@code NON_RESPONSIVE} is {@code Non responsive}). */
    public static String label(Enum<?> key) {
        if (key == null) {
            return NONE;
        }
        String words = key.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
