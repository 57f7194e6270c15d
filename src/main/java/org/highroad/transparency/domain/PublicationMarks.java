package org.highroad.transparency.domain;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subjects whose change the open contracting data has not yet published ({@code ocds_publication_mark}, ADR 0031).
 * A mark is written in the transaction of the change (so a change rolled back leaves no mark, and a change committed
 * always leaves one); each later change of the subject raises its version. The publisher deletes a mark only at the
 * version it read before compiling: a change committed meanwhile raised the version, so its mark stays for the next run.
 * And the day the time-driven sweep has reached ({@code ocds_time_sweep}).
 */
@Repository
public class PublicationMarks {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String RAISE = "update ocds_publication_mark set version = version + 1, marked_at = ? "
            + "where subject_type = ? and subject_id = ?";
    private static final String INSERT = "insert into ocds_publication_mark (subject_type, subject_id, version, marked_at) "
            + "values (?, ?, 1, ?)";

    /** A subject marked, at the version read. */
    public record Mark(String subjectType, long subjectId, long version) {
    }

    private final JdbcTemplate jdbc;

    PublicationMarks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Marks the subject in the caller's transaction: raises the version of its mark, or inserts the mark. Two changes of
     * one subject at once meet on the primary key: the second insert is undone to a savepoint (PostgreSQL aborts a
     * transaction on a refused statement) and raises the version the first wrote instead. Only inside the change's
     * transaction: a mark outside one would not commit or roll back with its change.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void mark(String subjectType, long subjectId, Instant at) {
        jdbc.execute((ConnectionCallback<Void>) con -> {
            if (raise(con, subjectType, subjectId, at) > 0) {
                return null;
            }
            Savepoint before = con.setSavepoint();
            try (PreparedStatement insert = con.prepareStatement(INSERT)) {
                insert.setString(1, subjectType);
                insert.setLong(2, subjectId);
                insert.setTimestamp(3, Timestamp.from(at));
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                con.rollback(before);
                raise(con, subjectType, subjectId, at);
                return null;
            }
            con.releaseSavepoint(before);
            return null;
        });
    }

    private static int raise(java.sql.Connection con, String subjectType, long subjectId, Instant at) throws SQLException {
        try (PreparedStatement update = con.prepareStatement(RAISE)) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setString(2, subjectType);
            update.setLong(3, subjectId);
            return update.executeUpdate();
        }
    }

    /** The marks waiting, oldest first: at most {@code limit}. */
    public List<Mark> waiting(int limit) {
        return jdbc.query("select subject_type, subject_id, version from ocds_publication_mark order by marked_at, "
                + "subject_type, subject_id fetch first ? rows only",
                (rs, n) -> new Mark(rs.getString(1), rs.getLong(2), rs.getLong(3)), limit);
    }

    /** The subject's mark as it stands, if marked. */
    public Optional<Mark> of(String subjectType, long subjectId) {
        return jdbc.query("select subject_type, subject_id, version from ocds_publication_mark where subject_type = ? "
                + "and subject_id = ?", (rs, n) -> new Mark(rs.getString(1), rs.getLong(2), rs.getLong(3)), subjectType,
                subjectId).stream().findFirst();
    }

    /** Deletes the mark if it is still at the version read; false when a later change raised it (it stays). */
    public boolean clear(Mark m) {
        return jdbc.update("delete from ocds_publication_mark where subject_type = ? and subject_id = ? and version = ?",
                m.subjectType(), m.subjectId(), m.version()) == 1;
    }

    /** The last day the time-driven sweep has reached. */
    public LocalDate sweptThrough() {
        return jdbc.queryForObject("select swept_through from ocds_time_sweep where id = 1", LocalDate.class);
    }

    /**
     * Moves the sweep from the day read to {@code today}; true for the one node whose update moved it (it then marks the
     * days between, in the same transaction), false when another node moved it first.
     */
    public boolean sweep(LocalDate read, LocalDate today) {
        return jdbc.update("update ocds_time_sweep set swept_through = ? where id = 1 and swept_through = ?", today, read) == 1;
    }
}
