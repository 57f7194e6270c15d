package org.highroad.standards.wagedetermination;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.standards.wagedetermination.PublishedDecision.Unit;

/**
 * One classification line of a rate group, {@code ELECTRICIAN......$ 52.40   3%+27.15 a}: the name (or the last part
 * of a name split over several lines) before the dollar sign, the rate, an optional unit ({@code per day}), the
 * fringe as an amount, a percentage of the rate, or both, and footnote letters. {@code **} after the rate (a
 * classification that may be owed the Executive Order minimum wage) is allowed and kept in the footnotes.
 */
record RateLine(int indent, String name, BigDecimal base, Unit unit, BigDecimal fringeAmount, BigDecimal fringePercent,
        String footnotes) {

    private static final BigDecimal MAX_RATE = new BigDecimal("100000");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Pattern LEADER = Pattern.compile("\\.{4,}");
    /** A dollar sign before anything a rate could start with, in any script, so that no such line is kept as text. */
    private static final Pattern DOLLAR_FIGURE = Pattern.compile("\\$\\s*[-+.\\p{Nd}]");
    private static final Pattern AMOUNT = Pattern.compile("^(\\d{1,3}(?:,\\d{3})+|\\d+)\\.(\\d{2})(?![\\d.])");
    private static final Pattern UNIT = Pattern.compile("^(per\\s+day|/\\s*day|per\\s+hour|/\\s*hr|/\\s*hour)(?![a-z])",
            Pattern.CASE_INSENSITIVE);
    private static final String PCT = "(\\d{1,3}(?:\\.\\d{1,2})?)\\s*%";
    private static final String AMT = "(\\d{1,6}\\.\\d{2})";
    private static final Pattern FRINGE = Pattern.compile("^(?:" + PCT + "\\s*\\+\\s*" + AMT + "|" + AMT + "\\s*\\+\\s*"
            + PCT + "|" + PCT + "|" + AMT + ")(?=\\s|$)");
    private static final Pattern FOOTNOTES = Pattern.compile("^[A-Za-z](?:\\s*,\\s*[A-Za-z])*$");

    /**
     * A line that is meant as a rate: a dollar sign before a figure (a digit of any script, a sign or a decimal point,
     * so that a negative rate or one in other digits is listed as unread rather than kept as a group's description),
     * a dot leader, or a name followed by two or more figures ({@code LABORER   30.00  10.00}: a rate and fringe
     * copied without the dollar sign), so that such a line is listed as unread rather than kept as description.
     */
    static boolean looksLikeRate(String line) {
        return DOLLAR_FIGURE.matcher(line).find() || LEADER.matcher(line).find() || nameAndFigures(line);
    }

    /**
     * A name (a word with a letter first) followed by at least two figures (digits of any script with {@code . , % +}),
     * and after them nothing but more figures, a unit ({@code per day}), {@code **} and footnote letters. Word by word,
     * in linear time; text with figures inside it ({@code Zone 1: 0 to 10 miles}) is not such a line.
     */
    static boolean nameAndFigures(String line) {
        String[] words = line.strip().split("\\s+");
        if (words.length < 3 || !Character.isLetter(words[0].codePointAt(0))) {
            return false;
        }
        int first = 1;
        while (first < words.length && !figure(words[first])) {
            first++;
        }
        int figures = 0;
        for (int i = first; i < words.length; i++) {
            String w = words[i];
            if (figure(w)) {
                figures++;
            } else if (!(w.equals("**") || w.matches("(?i)per|day|hour|/day|/hr|/hour") || w.matches("\\p{L}[,.]?"))) {
                return false;
            }
        }
        return figures >= 2;
    }

    private static boolean figure(String word) {
        if (!Character.isDigit(word.codePointAt(0))) {
            return false;
        }
        return word.codePoints().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',' || c == '%' || c == '+');
    }

    /** The line read, or why not. */
    sealed interface Outcome permits Read, Refused {
    }

    record Read(RateLine line) implements Outcome {
    }

    record Refused(String reason) implements Outcome {
    }

    static Outcome parse(String line) {
        int dollar = line.indexOf('$');
        if (dollar < 0) {
            return new Refused("no $ before the rate");
        }
        int indent = line.length() - line.stripLeading().length();
        String name = withoutLeader(line.substring(0, dollar)).strip().replaceAll("\\s+", " ");
        String rest = line.substring(dollar + 1).strip();
        Matcher base = AMOUNT.matcher(rest);
        if (!base.find()) {
            return new Refused("the rate is not an amount in dollars and cents");
        }
        BigDecimal rate = new BigDecimal(base.group(1).replace(",", "") + "." + base.group(2));
        if (rate.signum() <= 0 || rate.compareTo(MAX_RATE) >= 0) {
            return new Refused("the rate must be more than 0.00 and less than 100,000.00");
        }
        rest = rest.substring(base.end()).strip();
        StringBuilder marks = new StringBuilder();
        rest = stars(rest, marks);
        Unit unit = Unit.HOUR;
        Matcher u = UNIT.matcher(rest);
        if (u.find()) {
            unit = u.group(1).toLowerCase(Locale.ROOT).contains("day") ? Unit.DAY : Unit.HOUR;
            rest = stars(rest.substring(u.end()).strip(), marks);
        }
        if (rest.isEmpty()) {
            return new Refused("no fringe after the rate (the decision prints 0.00 when there is none)");
        }
        Matcher f = FRINGE.matcher(rest);
        if (!f.find()) {
            return new Refused("the fringe is not an amount, a percentage of the rate or both (as 4.75+28%)");
        }
        BigDecimal percent = first(f, 1, 4, 5);
        BigDecimal amount = first(f, 2, 3, 6);
        if (percent != null && percent.compareTo(HUNDRED) > 0) {
            return new Refused("the fringe percentage is above 100%");
        }
        String tail = stars(rest.substring(f.end()).strip(), marks);
        if (!tail.isEmpty() && !FOOTNOTES.matcher(tail).matches()) {
            return new Refused("unexpected text after the fringe (only footnote letters may follow it)");
        }
        if (!tail.isEmpty()) {
            marks.append(marks.isEmpty() ? "" : ",").append(tail.replaceAll("\\s+", ""));
        }
        return new Read(new RateLine(indent, name, rate, unit, amount, percent, marks.isEmpty() ? null : marks.toString()));
    }

    /** The name without the dot leader and spaces before the dollar sign (a loop: linear however long the leader). */
    private static String withoutLeader(String beforeDollar) {
        int end = beforeDollar.length();
        while (end > 0 && (beforeDollar.charAt(end - 1) == '.' || Character.isWhitespace(beforeDollar.charAt(end - 1)))) {
            end--;
        }
        return beforeDollar.substring(0, end);
    }

    private static String stars(String rest, StringBuilder marks) {
        if (rest.startsWith("**")) {
            marks.append(marks.isEmpty() ? "" : ",").append("**");
            return rest.substring(2).strip();
        }
        return rest;
    }

    private static BigDecimal first(Matcher m, int... groups) {
        for (int g : groups) {
            if (m.group(g) != null) {
                return new BigDecimal(m.group(g));
            }
        }
        return null;
    }
}
