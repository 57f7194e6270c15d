package org.highroad.documents;

import java.util.List;
import java.util.Objects;

/** What a {@link Section} is made of. Sealed so the renderer can be sure it lays out every kind. */
public sealed interface Block {

    /** Running text, word-wrapped to the page; a {@code "\n"} starts a new line. */
    record Paragraph(String text) implements Block {

        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A grid with a bold header row. Cell text wraps within its column; a table longer than a page continues on the
     * next with its header row repeated.
     *
     * @param columns        the header row
     * @param rows           each row has exactly one cell per column (use "" for an empty cell)
     * @param relativeWidths one positive weight per column, e.g. 3, 1, 1; {@code null} for equal widths
     */
    record Table(List<String> columns, List<List<String>> rows, List<Float> relativeWidths) implements Block {

        public Table {
            columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("a table needs at least one column");
            }
            rows = Objects.requireNonNull(rows, "rows").stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    // A short row would silently shift values under the wrong header: refuse it.
                    throw new IllegalArgumentException(
                            "a row has " + row.size() + " cells but the table has " + columns.size() + " columns");
                }
            }
            if (relativeWidths != null) {
                relativeWidths = List.copyOf(relativeWidths);
                if (relativeWidths.size() != columns.size()
                        || relativeWidths.stream().anyMatch(w -> !(w > 0) || w.isInfinite())) {
                    throw new IllegalArgumentException("relativeWidths needs one positive weight per column");
                }
            }
        }

        /** Each column's share of the table width, summing to 1. */
        float[] shares() {
            float[] shares = new float[columns.size()];
            float total = relativeWidths == null ? columns.size()
                    : (float) relativeWidths.stream().mapToDouble(Float::doubleValue).sum();
            for (int i = 0; i < shares.length; i++) {
                shares[i] = (relativeWidths == null ? 1f : relativeWidths.get(i)) / total;
            }
            return shares;
        }
    }
}
