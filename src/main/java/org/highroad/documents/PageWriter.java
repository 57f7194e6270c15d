package org.highroad.documents;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The page geometry and a cursor moving down it: Letter pages with one-inch margins. Callers ask for room before
 * drawing something that must stay together; the writer starts a new page when it is not there.
 */
final class PageWriter implements AutoCloseable {

    static final PDRectangle PAGE = PDRectangle.LETTER;
    static final float MARGIN = 72;
    static final float LEFT = MARGIN;
    static final float RIGHT = PAGE.getWidth() - MARGIN;
    static final float TOP = PAGE.getHeight() - MARGIN;
    static final float BOTTOM = MARGIN;
    static final float WIDTH = RIGHT - LEFT;
    static final float HEIGHT = TOP - BOTTOM;
    static final float GRID_LINE = 0.5f;
    private static final float FOOTER_SIZE = 8;
    /** Half-way into the bottom margin: clear of the body, well inside what any printer can print. */
    private static final float FOOTER_BASELINE = BOTTOM / 2;

    private final PDDocument pdf;
    private PDPageContentStream content;
    private float y;

    PageWriter(PDDocument pdf) throws IOException {
        this.pdf = pdf;
        newPage();
    }

    static float leading(float size) {
        return size * 1.3f;
    }

    /** Where the next thing goes: the top of its box. */
    float y() {
        return y;
    }

    void down(float distance) {
        y -= distance;
    }

    /** Room left above the bottom margin. */
    float room() {
        return y - BOTTOM;
    }

    /** Starts a new page unless {@code height} fits here, or this page is still empty (then nothing would help). */
    void ensureRoom(float height) throws IOException {
        if (height > room() && y < TOP) {
            newPage();
        }
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        pdf.addPage(page);
        content = new PDPageContentStream(pdf, page);
        y = TOP;
    }

    /** Lines at the left margin, one after the other, continuing on the next page when the page is full. */
    void lines(TextLayout face, float size, List<String> lines) throws IOException {
        for (String line : lines) {
            ensureRoom(leading(size));
            text(face, size, LEFT, y - size, line);
            down(leading(size));
        }
    }

    void text(TextLayout face, float size, float x, float baseline, String sanitized) throws IOException {
        if (sanitized.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(face.font(), size);
        content.newLineAtOffset(x, baseline);
        content.showText(BidiOrder.visual(sanitized));
        content.endText();
    }

    void line(float x1, float y1, float x2, float y2) throws IOException {
        content.setLineWidth(GRID_LINE);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    void shade(float x, float top, float width, float height, float gray) throws IOException {
        content.setNonStrokingColor(gray);
        content.addRect(x, top - height, width, height);
        content.fill();
        content.setNonStrokingColor(0f);
    }

    /**
     * The footer of every page, added once the page count is known: the reference on the left so a loose page can
     * be traced to its document and version, "page X of Y" on the right so a missing page is noticed.
     */
    void footers(TextLayout face, String reference) throws IOException {
        close();
        int count = pdf.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            String pageOf = "page " + (i + 1) + " of " + count;
            float pageOfWidth = face.width(pageOf, FOOTER_SIZE);
            String left = face.fit(reference, FOOTER_SIZE, WIDTH - pageOfWidth - 18);
            try (PDPageContentStream footer = new PDPageContentStream(pdf, pdf.getPage(i), AppendMode.APPEND,
                    true, true)) {
                content = footer;
                text(face, FOOTER_SIZE, LEFT, FOOTER_BASELINE, left);
                text(face, FOOTER_SIZE, RIGHT - pageOfWidth, FOOTER_BASELINE, pageOf);
            } finally {
                content = null;
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
