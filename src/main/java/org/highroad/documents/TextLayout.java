package org.highroad.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One embedded font and what can be done with it: make text drawable, measure it and wrap it. Widths are the sum of
 * glyph advances, which is exactly what the content stream draws (PDFBox applies no kerning), so a line measured
 * here never overruns the width it was wrapped to.
 */
final class TextLayout {

    private static final int REPLACEMENT = '?';
    private static final int NO_BREAK_SPACE = '\u00A0';

    private final PDType0Font font;
    private final CmapLookup cmap;
    private final Map<Integer, Float> advances = new HashMap<>();

    TextLayout(PDType0Font font) throws IOException {
        this.font = font;
        this.cmap = ((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont().getUnicodeCmapLookup();
    }

    PDType0Font font() {
        return font;
    }

    /**
     * Text this font can draw. Documents quote vendor names, addresses and free text typed by people, so anything
     * may arrive: line breaks of every convention become {@code "\n"}, tabs and breaking spaces become a space (wrap
     * points), invisible format characters (bidi marks, zero-width spaces) are dropped because they carry nothing a
     * reader could see, and control characters or characters the font has no glyph for become "?" so the loss is
     * visible instead of the render failing.
     */
    String sanitize(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n");
        StringBuilder out = new StringBuilder(normalized.length());
        normalized.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\u2028' || cp == '\u2029') {
                out.append('\n');
            } else if (cp == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(cp)) {
                out.appendCodePoint(REPLACEMENT);
            } else if (Character.getType(cp) == Character.FORMAT) {
                return;
            } else if (cp == NO_BREAK_SPACE || cp == '\u2007' || cp == '\u202F') {
                // kept unbreakable: formatted money such as "1 234,56 €" must not split across lines
                out.appendCodePoint(hasGlyph(cp) ? cp : NO_BREAK_SPACE);
            } else if (Character.isSpaceChar(cp)) {
                out.append(' ');
            } else {
                out.appendCodePoint(hasGlyph(cp) ? cp : REPLACEMENT);
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        return cmap.getGlyphId(codePoint) != 0;
    }

    /** Width in points of sanitized text. */
    float width(String sanitized, float size) {
        return units(sanitized) * size / 1000f;
    }

    /**
     * Lines no wider than {@code maxWidth}: breaks at spaces, each {@code "\n"} starts a new line (an empty one
     * keeps the blank line the author wrote), and a word wider than the line is broken between characters so
     * nothing is ever drawn past the margin.
     */
    List<String> wrap(String text, float size, float maxWidth) {
        float max = maxWidth * 1000f / size;
        float space = advance(' ');
        List<String> lines = new ArrayList<>();
        for (String hardLine : sanitize(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineUnits = 0;
            for (String word : hardLine.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                float wordUnits = units(word);
                float separator = line.length() == 0 ? 0 : space;
                if (lineUnits + separator + wordUnits <= max) {
                    line.append(separator > 0 ? " " : "").append(word);
                    lineUnits += separator + wordUnits;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineUnits = 0;
                }
                if (wordUnits <= max) {
                    line.append(word);
                    lineUnits = wordUnits;
                    continue;
                }
                for (int cp : word.codePoints().toArray()) {
                    float a = advance(cp);
                    if (lineUnits + a > max && line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                        lineUnits = 0;
                    }
                    line.appendCodePoint(cp);
                    lineUnits += a;
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The first line of {@code text}, shortened with an ellipsis if it is wider than {@code maxWidth}. */
    String fit(String text, float size, float maxWidth) {
        String line = sanitize(text).replace('\n', ' ');
        if (width(line, size) <= maxWidth) {
            return line;
        }
        float max = maxWidth * 1000f / size - advance('\u2026');
        StringBuilder out = new StringBuilder();
        float used = 0;
        for (int cp : line.codePoints().toArray()) {
            used += advance(cp);
            if (used > max) {
                break;
            }
            out.appendCodePoint(cp);
        }
        return out.append('\u2026').toString();
    }

    private float units(String sanitized) {
        return (float) sanitized.codePoints().mapToDouble(this::advance).sum();
    }

    private float advance(int codePoint) {
        return advances.computeIfAbsent(codePoint, cp -> {
            try {
                return font.getStringWidth(new String(Character.toChars(cp)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
