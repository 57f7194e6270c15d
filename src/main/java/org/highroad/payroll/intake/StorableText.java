package org.highroad.payroll.intake;

import java.util.Locale;

/**
 * What text may not hold to be kept as written, with the reason to give instead of the text. PostgreSQL cannot store
 * U+0000 in a text column at all, and the other control characters (line breaks and tabs inside a value included) have
 * no place in a name, an identifying number or a classification; an unpaired surrogate (possible only through a JSON
 * {@code \\ud800} escape) is not a character and would silently become {@code ?}. A full Social Security number is
 * refused as well ({@link FullSsn}). No reason repeats the text.
 */
public final class StorableText {

    /** The reason given for a full Social Security number; says how to identify the worker instead. */
    public static final String FULL_SSN = "looks like a full Social Security number: refused and not stored (29 CFR "
            + "5.5(a)(3)(ii)(A) allows only an identifying number such as the last four digits)";

    private StorableText() {
    }

    /** The reason given for an unpaired surrogate. */
    public static final String UNPAIRED_SURROGATE = "is not valid text: it holds an unpaired UTF-16 surrogate (U+D800 "
            + "to U+DFFF without its pair); remove it";

    /** Why {@code text} cannot be kept as written (control character or unpaired surrogate), or {@code null}. */
    public static String unstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return "contains a control character (U+" + String.format(Locale.ROOT, "%04X", (int) c) + "): line "
                        + "breaks, tabs and other control characters cannot be kept in a value; remove it";
            }
        }
        return hasUnpairedSurrogate(text) ? UNPAIRED_SURROGATE : null;
    }

    /** True when a surrogate stands without its pair: not a character, and UTF-8 cannot encode it. */
    public static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Why {@code text} may not be kept (as {@link #unstorable}, or a full Social Security number), or {@code null}. */
    public static String refusal(String text) {
        String unstorable = unstorable(text);
        if (unstorable != null) {
            return unstorable;
        }
        return FullSsn.foundIn(text) ? FULL_SSN : null;
    }
}
