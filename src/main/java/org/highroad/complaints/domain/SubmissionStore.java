package org.highroad.complaints.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Keeps each complaint submission's bytes exactly as received, with their SHA-256, before they are parsed (the
 * project's rule for anything submitted from outside). Written in the caller's transaction: a submission refused
 * when parsed is rolled back with everything else.
 */
@Component
public class SubmissionStore {

    private final JdbcTemplate jdbc;

    SubmissionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long store(byte[] body, Instant receivedAt) {
        return store(body, receivedAt, null);
    }

    /**
     * Stores the bytes with the SHA-256 of the client's Idempotency-Key, or none ({@code null}); the key's unique index
     * refuses a second submission with it.
     */
    public long store(byte[] body, Instant receivedAt, String idempotencyKey) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("insert into complaint_submission (sha256, size_bytes, "
                    + "body, received_at, idempotency_key) values (?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setString(1, sha256(body));
            insert.setInt(2, body.length);
            insert.setBytes(3, body);
            insert.setTimestamp(4, Timestamp.from(receivedAt));
            insert.setString(5, idempotencyKey);
            return insert;
        }, key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** The submission stored with this Idempotency-Key (its SHA-256), if any, and whether it had these very bytes. */
    public Optional<Earlier> earlier(String idempotencyKey, byte[] body) {
        return jdbc.query("select id, sha256 from complaint_submission where idempotency_key = ?", (rs, n) ->
                new Earlier(rs.getLong("id"), rs.getString("sha256").equals(sha256(body))), idempotencyKey).stream().findFirst();
    }

    /** A submission stored before with the same key: its id, and whether its bytes were the same. */
    public record Earlier(long submissionId, boolean sameBody) {
    }

    /** The bytes as received, for auditors who need the original. */
    public byte[] body(long id) {
        return jdbc.queryForObject("select body from complaint_submission where id = ?", byte[].class, id);
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
