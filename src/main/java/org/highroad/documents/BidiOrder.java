package org.highroad.documents;

import java.text.Bidi;

/**
 * Puts a line of right-to-left text (Hebrew, say, in a vendor's name) into the left-to-right order in which a PDF
 * draws glyphs; drawn as stored, the word would appear mirrored. Applied per line after wrapping, as the Unicode
 * bidirectional algorithm requires. Text extraction (PDFTextStripper) reverses it back to reading order.
 */
final class BidiOrder {

    private static final String MIRRORED = "()[]{}<>«»";

    private BidiOrder() {
    }

    static String visual(String line) {
        char[] chars = line.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return line;
        }
        // the page is laid out left to right, so the line's base direction is too
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            order[i] = i;
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        StringBuilder out = new StringBuilder(line.length());
        for (int run : order) {
            String text = line.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
            out.append(bidi.getRunLevel(run) % 2 == 0 ? text : mirror(reverse(text)));
        }
        return out.toString();
    }

    /** Reversed, but a letter and the marks on it (Hebrew points) stay in order, base first, as fonts expect. */
    private static StringBuilder reverse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int end = text.length();
        while (end > 0) {
            int start = text.offsetByCodePoints(end, -1);
            while (start > 0 && isMark(text.codePointAt(start))) {
                start = text.offsetByCodePoints(start, -1);
            }
            out.append(text, start, end);
            end = start;
        }
        return out;
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** In a reversed run an opening bracket must become a closing one, or "(a)" would read ")a(". */
    private static StringBuilder mirror(StringBuilder reversed) {
        for (int i = 0; i < reversed.length(); i++) {
            int at = MIRRORED.indexOf(reversed.charAt(i));
            if (at >= 0) {
                reversed.setCharAt(i, MIRRORED.charAt(at ^ 1));
            }
        }
        return reversed;
    }
}
