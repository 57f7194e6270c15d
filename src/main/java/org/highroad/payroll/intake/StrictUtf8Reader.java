package org.highroad.payroll.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes strict UTF-8 (malformed bytes are an error, never a replacement character). Unlike
 * {@code InputStreamReader}, it first returns every character decoded before the bad bytes and throws on the next
 * read, so the error can name the row and column where the bad bytes are.
 */
final class StrictUtf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private boolean eof;
    private boolean flushed;
    private CoderResult pending;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer chars = CharBuffer.wrap(buf, off, len);
        while (chars.position() == off) {
            if (pending != null) {
                pending.throwException();
            }
            if (flushed) {
                return -1;
            }
            CoderResult result = decoder.decode(bytes, chars, eof);
            if (result.isError()) {
                pending = result;
            } else if (result.isUnderflow()) {
                if (eof) {
                    decoder.flush(chars);
                    flushed = true;
                } else if (chars.position() == off) {
                    fill();
                }
            }
        }
        return chars.position() - off;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() {
        // the caller owns the stream
    }
}
