package org.highroad.payroll.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts bytes as they are read and fails past the limit; does not close the caller's stream. */
final class ByteLimitStream extends FilterInputStream {
    private final long max;
    private long count;

    ByteLimitStream(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws FileTooLargeException {
        count += n;
        if (count > max) {
            throw new FileTooLargeException();
        }
    }

    @Override
    public void close() {
        // the caller owns the stream
    }

    /** The byte limit was passed. */
    static final class FileTooLargeException extends IOException {
        FileTooLargeException() {
            super("file too large", null);
        }
    }
}
