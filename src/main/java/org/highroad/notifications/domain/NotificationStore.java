package org.highroad.notifications.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code notification} table. A notice is recorded once: its dedup key is unique, and a second recording (the
 * same event delivered again, or recorded by another transaction at the same moment) is undone to a savepoint, so
 * the caller's transaction goes on (PostgreSQL would otherwise abort it). Sending is claimed and marked by conditional
 * updates, so two senders never both send one message, and a message is marked sent once.
 */
@Repository
public class NotificationStore {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String INSERT = "insert into notification (recipient, kind, dedup_key, language, subject, body, "
            + "link, email, created_at, args) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    NotificationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A message to record, written in its recipient's language.
     *
     * @param args its values ({@link NoticeTexts#encode}), so that it can be written again in another language
     */
    public record NewNotification(String recipient, String kind, String dedupKey, String language, String subject,
            String body, String link, String email, Instant createdAt, String args) {
    }

    /**
     * A message as its recipient reads it.
     *
     * @param args its values, or {@code null} for a message recorded before they were kept (its subject and body stand)
     */
    public record Stored(long id, String recipient, String kind, String language, String subject, String body, String link,
            String email, Instant createdAt, Instant sentAt, int attempts, String args) {
    }

    /** Records the message in the caller's transaction; empty when one with its dedup key was recorded before. */
    public Optional<Long> insert(NewNotification n) {
        return jdbc.execute((ConnectionCallback<Optional<Long>>) con -> insert(con, n));
    }

    private static Optional<Long> insert(Connection con, NewNotification n) throws SQLException {
        Savepoint before = con.setSavepoint();
        try (PreparedStatement insert = con.prepareStatement(INSERT)) {
            insert.setString(1, n.recipient());
            insert.setString(2, n.kind());
            insert.setString(3, n.dedupKey());
            insert.setString(4, n.language());
            insert.setString(5, n.subject());
            insert.setString(6, n.body());
            insert.setString(7, n.link());
            insert.setString(8, n.email());
            insert.setTimestamp(9, Timestamp.from(n.createdAt()));
            insert.setString(10, n.args());
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            con.rollback(before); // recorded already: the transaction goes on from before the refused insert
            return Optional.empty();
        }
        con.releaseSavepoint(before);
        try (PreparedStatement select = con.prepareStatement("select id from notification where dedup_key = ?")) {
            select.setString(1, n.dedupKey());
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return Optional.of(rs.getLong(1));
            }
        }
    }

    /**
     * Takes the message for sending until {@code until}: only if it has an address, is not sent, has tries left, is due
     * and no other sender holds it. Counts the try. True when this caller holds it now.
     */
    public boolean claim(long id, Instant now, Instant until, int maxAttempts) {
        return jdbc.update("update notification set claimed_until = ?, attempts = attempts + 1 where id = ? "
                + "and sent_at is null and email is not null and attempts < ? "
                + "and (claimed_until is null or claimed_until < ?) and (next_attempt_at is null or next_attempt_at <= ?)",
                Timestamp.from(until), id, maxAttempts, Timestamp.from(now), Timestamp.from(now)) == 1;
    }

    /** The SMTP server took it: marked sent once (a second mark changes nothing and answers false). */
    public boolean markSent(long id, Instant at) {
        return jdbc.update("update notification set sent_at = ?, claimed_until = null, last_failure = null "
                + "where id = ? and sent_at is null", Timestamp.from(at), id) == 1;
    }

    /** The try failed: released, to be tried again from {@code retryAt} while tries are left. */
    public void markFailed(long id, String failure, Instant retryAt) {
        jdbc.update("update notification set claimed_until = null, last_failure = ?, next_attempt_at = ? "
                + "where id = ? and sent_at is null", failure, Timestamp.from(retryAt), id);
    }

    /**
     * Messages not yet sent, with an address, tries left, due now and recorded since {@code recordedSince} (news too old
     * to mail, such as what was recorded while no mail server was set, stays listed only), oldest first.
     */
    public List<Long> dueForSending(Instant now, Instant recordedSince, int maxAttempts, int limit) {
        return jdbc.queryForList("select id from notification where sent_at is null and email is not null "
                + "and attempts < ? and (next_attempt_at is null or next_attempt_at <= ?) "
                + "and (claimed_until is null or claimed_until < ?) and created_at >= ? order by id fetch first " + limit
                + " rows only", Long.class, maxAttempts, Timestamp.from(now), Timestamp.from(now), Timestamp.from(recordedSince));
    }

    public Optional<Stored> find(long id) {
        return jdbc.query("select * from notification where id = ?", NotificationStore::stored, id).stream().findFirst();
    }

    /** A recipient's latest messages, newest first. */
    public List<Stored> recent(String recipient, int limit) {
        return jdbc.query("select * from notification where recipient = ? order by created_at desc, id desc "
                + "fetch first " + limit + " rows only", NotificationStore::stored, recipient);
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Stored(rs.getLong("id"), rs.getString("recipient"), rs.getString("kind"), rs.getString("language"),
                rs.getString("subject"),
                rs.getString("body"), rs.getString("link"), rs.getString("email"), rs.getTimestamp("created_at").toInstant(),
                sent == null ? null : sent.toInstant(), rs.getInt("attempts"), rs.getString("args"));
    }

}
