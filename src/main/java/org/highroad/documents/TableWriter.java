package org.highroad.documents;

import static org.highroad.documents.PageWriter.LEFT;
import static org.highroad.documents.PageWriter.RIGHT;
import static org.highroad.documents.PageWriter.WIDTH;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out one {@link Block.Table}: a shaded bold header row, thin grid lines, cell text wrapped within its column.
 * A row that does not fit moves to the next page, under a repeated header, so a reader never has to turn back to
 * know what a column means; a row taller than a whole page is split, since moving it would not help.
 */
final class TableWriter {

    private static final float SIZE = 9;
    private static final float PAD = 4;
    private static final float LEADING = PageWriter.leading(SIZE);
    private static final float HEADER_SHADE = 0.9f;
    /** A taller header is not repeated: repeating it would leave little or no room for the rows. */
    private static final float MAX_REPEATED_HEADER = PageWriter.HEIGHT / 4;

    private final PageWriter page;
    private final TextLayout regular;
    private final TextLayout bold;
    private float[] widths;
    private List<List<String>> header;
    private boolean repeatHeader;
    /** Whether a body row of this table is already on the current page (then a fresh page has more room). */
    private boolean rowsOnPage;

    TableWriter(PageWriter page, TextLayout regular, TextLayout bold) {
        this.page = page;
        this.regular = regular;
        this.bold = bold;
    }

    void write(Block.Table table) throws IOException {
        float[] shares = table.shares();
        widths = new float[shares.length];
        for (int i = 0; i < shares.length; i++) {
            widths[i] = shares[i] * WIDTH;
        }
        header = wrap(bold, table.columns());
        List<List<List<String>>> rows = new ArrayList<>();
        table.rows().forEach(row -> rows.add(wrap(regular, row)));
        repeatHeader = height(header) <= MAX_REPEATED_HEADER;
        // keep the header with the first row rather than leaving it alone at the bottom of a page
        page.ensureRoom(height(header) + (rows.isEmpty() ? 0 : height(rows.get(0))));
        rowsOnPage = false;
        writeRow(header, bold, true);
        for (List<List<String>> row : rows) {
            writeRow(row, regular, false);
            rowsOnPage = true;
        }
    }

    private List<List<String>> wrap(TextLayout face, List<String> cells) {
        List<List<String>> wrapped = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            wrapped.add(face.wrap(cells.get(i), SIZE, widths[i] - 2 * PAD));
        }
        return wrapped;
    }

    private void writeRow(List<List<String>> cells, TextLayout face, boolean shaded) throws IOException {
        int lines = lineCount(cells);
        int done = 0;
        while (done < lines) {
            int fit = (int) Math.floor((page.room() - 2 * PAD) / LEADING + 0.001);
            int remaining = lines - done;
            if (remaining <= fit) {
                draw(cells, face, shaded, done, lines);
                return;
            }
            float freshRoom = PageWriter.HEIGHT - (repeatHeader ? height(header) : 0) - 2 * PAD;
            boolean freshPageHelps = rowsOnPage && remaining <= freshRoom / LEADING;
            if (fit >= 1 && !freshPageHelps) {
                draw(cells, face, shaded, done, done + fit);
                done += fit;
            }
            page.newPage();
            if (repeatHeader) {
                draw(header, bold, true, 0, lineCount(header));
            }
            rowsOnPage = false;
        }
    }

    /** Draws lines {@code from} (inclusive) to {@code to} (exclusive) of a row, with their cell borders. */
    private void draw(List<List<String>> cells, TextLayout face, boolean shaded, int from, int to)
            throws IOException {
        float top = page.y();
        float height = (to - from) * LEADING + 2 * PAD;
        if (shaded) {
            page.shade(LEFT, top, WIDTH, height, HEADER_SHADE);
        }
        float x = LEFT;
        for (int c = 0; c < cells.size(); c++) {
            List<String> cell = cells.get(c);
            for (int k = from; k < Math.min(to, cell.size()); k++) {
                page.text(face, SIZE, x + PAD, top - PAD - (k - from) * LEADING - SIZE, cell.get(k));
            }
            page.line(x, top, x, top - height);
            x += widths[c];
        }
        page.line(RIGHT, top, RIGHT, top - height);
        page.line(LEFT, top, RIGHT, top);
        page.line(LEFT, top - height, RIGHT, top - height);
        page.down(height);
    }

    private static int lineCount(List<List<String>> cells) {
        return cells.stream().mapToInt(List::size).max().orElse(1);
    }

    private static float height(List<List<String>> cells) {
        return lineCount(cells) * LEADING + 2 * PAD;
    }
}
