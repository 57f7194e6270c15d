package org.highroad.payroll.intake;

import java.util.ArrayList;
import java.util.List;

/** A sink that behaves like a transaction: rows are pending until the read ends; discard() drops them. */
final class CollectingSink implements RowSink {
    final List<ParsedRow> rows = new ArrayList<>();
    int discards;
    int acceptedAfterDiscard;

    @Override
    public void accept(ParsedRow row) {
        if (discards > 0) {
            acceptedAfterDiscard++;
        }
        rows.add(row);
    }

    @Override
    public void discard() {
        discards++;
        rows.clear();
    }
}
