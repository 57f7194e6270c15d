package org.highroad.payroll.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.highroad.platform.validation.MalformedRequestException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps every upload exactly as received, before it is parsed, in the shared database, named by its SHA-256 (so the
 * same file is stored once and a stored file can be proved unchanged), and so any node can read it to retry it. Streams
 * both ways in chunks of {@link #CHUNK} bytes: a large payroll is never held whole in memory, neither while it arrives
 * nor while it is parsed.
 * <p>
 * The upload is written under a row without a name while it streams in; once the last byte is in, the row takes its
 * SHA-256. The unique index on the name decides which of two identical uploads stays (the other is deleted), not a
 * look-up before the write.
 */
@Component
public class RawUploadStore {

    /** Bytes per stored chunk: one chunk at a time is in memory. */
    static final int CHUNK = 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final long maxBytes;

    public RawUploadStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
            @Value("${highroad.payroll.max-upload-bytes:67108864}") long maxBytes) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** Stores the stream; refuses (400, field {@code file}) a stream over the size limit, keeping nothing of it. */
    public StoredUpload store(InputStream in) {
        MessageDigest sha = sha256();
        Timestamp now = Timestamp.from(clock.instant());
        long[] size = new long[1];
        long id = tx.execute(status -> {
            long row = insertUnnamed(now);
            size[0] = writeChunks(row, new DigestInputStream(in, sha));
            jdbc.update("update raw_upload set size_bytes = ? where id = ?", size[0], row);
            return row;
        });
        String hex = HexFormat.of().formatHex(sha.digest());
        name(id, hex, now);
        return new StoredUpload(hex, size[0]);
    }

    /** The stored upload's bytes, read one chunk at a time. */
    public InputStream open(StoredUpload upload) {
        List<Long> ids = jdbc.queryForList("select id from raw_upload where sha256 = ?", Long.class, upload.sha256());
        if (ids.isEmpty()) {
            throw new IllegalStateException("the raw upload " + upload.sha256() + " is not stored");
        }
        return new ChunkStream(jdbc, ids.get(0));
    }

    /** Whether the upload named {@code sha256} is stored. */
    public boolean stored(String sha256) {
        return jdbc.queryForObject("select count(*) from raw_upload where sha256 = ?", Integer.class, sha256) > 0;
    }

    private long insertUnnamed(Timestamp now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var insert = con.prepareStatement("insert into raw_upload (size_bytes, received_at, last_received_at) "
                    + "values (0, ?, ?)", new String[] {"id"});
            insert.setTimestamp(1, now);
            insert.setTimestamp(2, now);
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    private long writeChunks(long id, InputStream in) {
        try {
            long total = 0;
            int seq = 0;
            for (byte[] chunk = in.readNBytes(CHUNK); chunk.length > 0; chunk = in.readNBytes(CHUNK)) {
                total += chunk.length;
                if (total > maxBytes) {
                    // thrown inside the transaction: everything written of it is rolled back
                    throw new MalformedRequestException("file", "is larger than the limit of " + maxBytes + " bytes");
                }
                jdbc.update("insert into raw_upload_chunk (upload_id, seq, data) values (?, ?, ?)", id, seq++, chunk);
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Names the upload by its checksum; when that file is stored already (before, or by a request at the same moment),
     * the new copy is deleted and the stored one marked received again (its retention counts from then).
     */
    private void name(long id, String sha256, Timestamp now) {
        for (int attempt = 1; ; attempt++) {
            boolean named = false;
            if (tx.execute(status -> jdbc.update("update raw_upload set last_received_at = ? where sha256 = ?", now, sha256)) == 0) {
                try {
                    named = tx.execute(status -> jdbc.update("update raw_upload set sha256 = ? where id = ?", sha256, id)) == 1;
                } catch (DuplicateKeyException sameFileAtTheSameMoment) {
                    if (attempt >= 5) {
                        throw sameFileAtTheSameMoment;
                    }
                    continue;
                }
            }
            if (!named) {
                tx.executeWithoutResult(status -> jdbc.update("delete from raw_upload where id = ?", id));
            }
            return;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An upload as stored: its SHA-256 (its name) and size. */
    public record StoredUpload(String sha256, long size) {
    }

    /** Reads the chunks in order, one query and one chunk in memory at a time. */
    private static final class ChunkStream extends InputStream {
        private final JdbcTemplate jdbc;
        private final long id;
        private int seq;
        private byte[] chunk = new byte[0];
        private int pos;
        private boolean ended;

        ChunkStream(JdbcTemplate jdbc, long id) {
            this.jdbc = jdbc;
            this.id = id;
        }

        @Override
        public int read() {
            return fill() ? chunk[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, chunk.length - pos);
            System.arraycopy(chunk, pos, b, off, n);
            pos += n;
            return n;
        }

        private boolean fill() {
            while (!ended && pos >= chunk.length) {
                List<byte[]> next = jdbc.query("select data from raw_upload_chunk where upload_id = ? and seq = ?",
                        (rs, n) -> rs.getBytes(1), id, seq);
                if (next.isEmpty()) {
                    ended = true;
                } else {
                    chunk = next.get(0);
                    pos = 0;
                    seq++;
                }
            }
            return !ended;
        }
    }
}
