package org.highroad.payroll.domain;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The saved column maps and their versions (migration V34). A version is written once and never changed; a change is
 * the next version, and its number is taken by the primary key, so two changes at the same moment cannot both become
 * it (the second fails with a constraint violation).
 */
@Component
public class ColumnMapStore {

    private final JdbcTemplate jdbc;

    ColumnMapStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A saved map as it stands. */
    public record StoredMap(long id, long vendorId, String name, int currentVersion, String createdBy, Instant createdAt,
            String retiredBy, Instant retiredAt) {
    }

    /** One version of a map: its definition (JSON) as written. */
    public record StoredVersion(long mapId, int version, String definition, String createdBy, Instant createdAt) {
    }

    /** Saves a new map as its version 1; returns its id. */
    public long create(long vendorId, String name, String definition, String by, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement insert = con.prepareStatement("insert into payroll_column_map (vendor_id, name, current_version, "
                    + "created_by, created_at) values (?, ?, 1, ?, ?)", new String[] {"id"});
            insert.setLong(1, vendorId);
            insert.setString(2, name);
            insert.setString(3, by);
            insert.setTimestamp(4, Timestamp.from(at));
            return insert;
        }, key);
        long id = key.getKey().longValue();
        insertVersion(id, 1, definition, by, at);
        return id;
    }

    /**
     * Writes version {@code current + 1} and makes it the map's current one; the primary key refuses a version taken
     * meanwhile.
     */
    public int addVersion(long mapId, int current, String name, String definition, String by, Instant at) {
        int next = current + 1;
        insertVersion(mapId, next, definition, by, at);
        jdbc.update("update payroll_column_map set current_version = ?, name = ? where id = ? and current_version = ?", next,
                name, mapId, current);
        return next;
    }

    public void retire(long mapId, String by, Instant at) {
        jdbc.update("update payroll_column_map set retired_by = ?, retired_at = ? where id = ? and retired_at is null", by,
                Timestamp.from(at), mapId);
    }

    public Optional<StoredMap> find(long mapId) {
        return jdbc.query("select * from payroll_column_map where id = ?", ColumnMapStore::map, mapId).stream().findFirst();
    }

    /** The vendor's maps in use (not retired), by name. */
    public List<StoredMap> ofVendor(long vendorId) {
        return jdbc.query("select * from payroll_column_map where vendor_id = ? and retired_at is null order by name, id",
                ColumnMapStore::map, vendorId);
    }

    public Optional<StoredVersion> version(long mapId, int version) {
        return jdbc.query("select * from payroll_column_map_version where map_id = ? and version = ?", (rs, n) ->
                new StoredVersion(rs.getLong("map_id"), rs.getInt("version"), rs.getString("definition"),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()), mapId, version)
                .stream().findFirst();
    }

    private void insertVersion(long mapId, int version, String definition, String by, Instant at) {
        jdbc.update("insert into payroll_column_map_version (map_id, version, definition, created_by, created_at) values "
                + "(?, ?, ?, ?, ?)", mapId, version, definition, by, Timestamp.from(at));
    }

    private static StoredMap map(ResultSet rs, int n) throws SQLException {
        Timestamp retired = rs.getTimestamp("retired_at");
        return new StoredMap(rs.getLong("id"), rs.getLong("vendor_id"), rs.getString("name"), rs.getInt("current_version"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("retired_by"),
                retired == null ? null : retired.toInstant());
    }
}
