package org.highroad.payroll.intake;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Strips a leading byte-order mark and follows the CSV structure as the characters go by (quotes, commas, line
 * ends as RFC 4180 and FastCSV read them) to fail as soon as one cell passes the limit, before the parser buffers
 * it. {@code record} and {@code field} are the 0-based physical record and the field being read.
 */
final class CellGuardReader extends FilterReader {
    private final int max;
    private final char delimiter;
    private boolean started;
    private boolean fieldStart = true;
    private boolean inQuotes;
    private boolean justClosedQuote;
    private boolean afterCr;
    private int length;
    long record;
    int field;

    CellGuardReader(Reader in, int max) {
        this(in, max, ',');
    }

    /** For a file whose cells are separated by {@code delimiter} (a column map may name one). */
    CellGuardReader(Reader in, int max, char delimiter) {
        super(in);
        this.max = max;
        this.delimiter = delimiter;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = in.read(buf, off, len);
        if (n <= 0) {
            return n;
        }
        if (!started) {
            started = true;
            if (buf[off] == '\uFEFF') {
                System.arraycopy(buf, off + 1, buf, off, n - 1);
                n--;
                if (n == 0) {
                    return read(buf, off, len);
                }
            }
        }
        for (int i = off; i < off + n; i++) {
            scan(buf[i]);
        }
        return n;
    }

    private void scan(char c) throws CellTooLongException {
        if (inQuotes) {
            if (c == '"') {
                inQuotes = false;
                justClosedQuote = true;
            } else {
                content();
            }
            return;
        }
        if (c == '"' && (fieldStart || justClosedQuote)) {
            if (justClosedQuote) {
                content(); // "" inside a quoted field is one quote
            }
            inQuotes = true;
            fieldStart = false;
            justClosedQuote = false;
            afterCr = false;
            return;
        }
        justClosedQuote = false;
        if (c == delimiter) {
            field++;
            length = 0;
            fieldStart = true;
            afterCr = false;
        } else if (c == '\r' || c == '\n') {
            if (!(c == '\n' && afterCr)) {
                record++;
                field = 0;
                length = 0;
                fieldStart = true;
            }
            afterCr = c == '\r';
        } else {
            afterCr = false;
            fieldStart = false;
            content();
        }
    }

    private void content() throws CellTooLongException {
        if (++length > max) {
            throw new CellTooLongException(record, field);
        }
    }

    @Override
    public void close() {
        // the caller owns the stream
    }

    /** A cell passed the limit; {@code record} and {@code field} say where (0-based physical record, field). */
    static final class CellTooLongException extends IOException {
        final long record;
        final int field;

        CellTooLongException(long record, int field) {
            super("cell too long", null);
            this.record = record;
            this.field = field;
        }
    }
}
