package org.highroad.payroll.intake;

import java.text.Normalizer;

/**
 * Finds a full Social Security number in any text, so that it is refused and never stored or repeated. Since the 2008
 * amendment of 29 CFR 5.5(a)(3)(ii)(A) (73 FR 77504; kept by the 2023 rule, 88 FR 57526) weekly payrolls must not carry
 * full Social Security numbers, only "an individually identifying number for each employee (e.g., the last four
 * digits of the employee's social security number)"; the WH-347 instructions (Rev. January 2025, col. 1E) say the
 * same.
 *
 * <p>The rule (docs/payroll-csv.md, "Full Social Security numbers"), applied after the text is normalized (NFKC, so
 * full-width and other compatibility digits become ASCII; then every Unicode decimal digit, such as Arabic-Indic, read
 * as its value; invisible format characters such as a zero-width space dropped):
 * <ol>
 * <li>nine digits in a row, not part of a longer run of digits ({@code 123456789}, {@code ID123456789});</li>
 * <li>the 3-2-4 shape with a separator of one to three characters that are neither letters nor digits between the
 * groups, the <em>same</em> separator both times ({@code 123-45-6789}, {@code 123 45 6789}, {@code 123.45.6789},
 * {@code 123 - 45 - 6789}, any dash or space counting as the same), with any text around it;</li>
 * <li>a text without letters that holds exactly nine digits however they are grouped ({@code 12-345-6789}; a ZIP+4
 * code standing alone too: no column of a payroll or a statement holds one alone).</li>
 * </ol>
 * Not refused, because they are something else: a date ({@code 2025-03-08}, {@code 03/08/2025}), a ten-digit phone
 * number ({@code 617-555-0142}), a ZIP+4 code in an address ({@code Boston, MA 02110-1234}), an amount followed by
 * another number with a different separator ({@code 123.45 2024}), a number and a month ({@code Local 103 06/2024}).
 */
public final class FullSsn {

    private static final int MAX_SEPARATOR = 3;

    private FullSsn() {
    }

    /** True when {@code text} holds a full Social Security number under the rule above. */
    public static boolean foundIn(String text) {
        if (text == null || !mayHoldNineDigits(text)) {
            return false;
        }
        String s = normalized(text);
        return wholeTextIsNineDigits(s) || hasNineDigitRunOrShape(s);
    }

    /** Cheap pre-check: an ASCII text with fewer than nine digits holds none (other text is normalized first). */
    private static boolean mayHoldNineDigits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return true;
            }
            if (c >= '0' && c <= '9' && ++digits == 9) {
                return true;
            }
        }
        return false;
    }

    /** NFKC, every decimal digit as ASCII, every dash as '-', every space as ' ', format characters dropped. */
    static String normalized(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (Character.isDigit(cp)) {
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else if (type == Character.FORMAT) {
                // a zero-width space or soft hyphen between digits hides nothing
            } else if (type == Character.DASH_PUNCTUATION || cp == '\u2212' || cp == '\u2043') {
                out.append('-');
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean wholeTextIsNineDigits(String s) {
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                digits++;
            } else if (Character.isLetter(c)) {
                return false;
            }
        }
        return digits == 9;
    }

    private static boolean hasNineDigitRunOrShape(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isDigit(s.charAt(i)) && (i == 0 || !isDigit(s.charAt(i - 1)))) {
                int run = digitRun(s, i);
                if (run == 9 || run == 3 && shapeFrom(s, i + 3)) {
                    return true;
                }
                i += run - 1;
            }
        }
        return false;
    }

    /** After three digits: separator, two digits, the same separator, four digits and no further digit. */
    private static boolean shapeFrom(String s, int at) {
        int first = separatorRun(s, at);
        if (first == 0 || digitRun(s, at + first) != 2) {
            return false;
        }
        int second = separatorRun(s, at + first + 2);
        int last = at + first + 2 + second;
        return second > 0 && digitRun(s, last) == 4
                && kind(s.substring(at, at + first)).equals(kind(s.substring(at + first + 2, last)));
    }

    /** A separator's kind: its characters other than spaces, or a space when it is only spaces. */
    private static String kind(String separator) {
        String marks = separator.replace(" ", "");
        return marks.isEmpty() ? " " : marks;
    }

    private static int separatorRun(String s, int at) {
        int n = 0;
        while (at + n < s.length() && n <= MAX_SEPARATOR) {
            char c = s.charAt(at + n);
            if (isDigit(c) || Character.isLetter(c) || Character.isSurrogate(c)) {
                break;
            }
            n++;
        }
        return n > MAX_SEPARATOR ? 0 : n;
    }

    private static int digitRun(String s, int at) {
        int n = 0;
        while (at + n < s.length() && isDigit(s.charAt(at + n))) {
            n++;
        }
        return n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
