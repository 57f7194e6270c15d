package org.highroad.transparency.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.sql.PreparedStatement;
import java.sql.Savepoint;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The published releases ({@code ocds_release}). Only inserts: a release is never updated or deleted, so its id, date
 * and content never change once published (OCDS 1.1, "Releases": releases are immutable). Two publishers adding the
 * same next release of a stage at once meet on the unique (ocid, release id); the second adds nothing.
 */
@Repository
public class ReleaseStore {

    private static final String INSERT = "insert into ocds_release (ocid, release_id, stage, tag, release_date, "
            + "fingerprint, body) values (?, ?, ?, ?, ?, ?, ?)";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "id, ocid, release_id, stage, tag, release_date, fingerprint, body";

    private final JdbcTemplate jdbc;

    ReleaseStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the release unless one with its ocid and id exists; true when it was added. The losing insert is undone to a
     * savepoint, so the publisher's transaction goes on (PostgreSQL aborts a transaction on a refused statement).
     */
    public boolean add(String ocid, String releaseId, String stage, String tag, Instant date, String fingerprint, String body) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) con -> {
            Savepoint before = con.setSavepoint();
            try (PreparedStatement insert = con.prepareStatement(INSERT)) {
                insert.setString(1, ocid);
                insert.setString(2, releaseId);
                insert.setString(3, stage);
                insert.setString(4, tag);
                insert.setTimestamp(5, Timestamp.from(date));
                insert.setString(6, fingerprint);
                insert.setString(7, body);
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                con.rollback(before);
                return false;
            }
            con.releaseSavepoint(before);
            return true;
        }));
    }

    public Optional<StoredRelease> latest(String ocid, String stage) {
        return jdbc.query("select " + COLUMNS + " from ocds_release where ocid = ? and stage = ? order by id desc",
                ReleaseStore::row, ocid, stage).stream().findFirst();
    }

    public List<StoredRelease> of(String ocid) {
        return jdbc.query("select " + COLUMNS + " from ocds_release where ocid = ? order by release_date, id",
                ReleaseStore::row, ocid);
    }

    public List<String> ocids() {
        return jdbc.queryForList("select distinct ocid from ocds_release order by ocid", String.class);
    }

    /** Releases published at or after {@code since}, in the order published, one page. */
    public List<StoredRelease> since(Instant since, int offset, int limit) {
        return jdbc.query("select " + COLUMNS + " from ocds_release where release_date >= ? order by release_date, id "
                + "offset ? rows fetch next ? rows only", ReleaseStore::row, Timestamp.from(since), offset, limit);
    }

    private static StoredRelease row(ResultSet rs, int n) throws SQLException {
        return new StoredRelease(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8));
    }
}
