package org.highroad.enforcement.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.highroad.enforcement.SubsidyRecovery;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subsidy cases and their one finding, a subsidy recovery ({@code subsidy_recovery_finding}). A clawback opens one case,
 * once: the recovery's {@code clawback_id} is unique, so of two transactions announcing the same clawback (the event
 * delivered twice, or posted at the same moment) only one opens a case; the other's inserts wait for the first to
 * commit, are refused as a duplicate and undone to a savepoint, and its transaction goes on with the case the first
 * opened.
 */
@Component
public class SubsidyRecoveries {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "id, clawback_id, request_id, program_id, program_code, program_name, agreement, "
            + "ground, worker_ref, amount, detail, rule_cited, agency_code, cure_business_days, found_at";

    private final JdbcTemplate jdbc;

    SubsidyRecoveries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The case opened for a clawback, if one was. */
    public Optional<Long> caseOf(long clawbackId) {
        return jdbc.queryForList("select case_id from subsidy_recovery_finding where clawback_id = ?", Long.class, clawbackId)
                .stream().findFirst();
    }

    /**
     * Opens the case of a clawback with its recovery (pending review) unless it is open already; returns the new case's
     * id and the recovery's, or empty when another transaction opened it first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<long[]> open(SubsidyRecovery r, long employerVendorId) {
        return Optional.ofNullable(jdbc.execute((ConnectionCallback<long[]>) con -> insert(con, r, employerVendorId)));
    }

    private static long[] insert(Connection con, SubsidyRecovery r, long vendor) throws SQLException {
        Savepoint before = con.setSavepoint();
        try {
            long caseId;
            try (PreparedStatement s = con.prepareStatement("insert into compliance_case (subject, subsidy_request_id, vendor_id, "
                    + "prime_vendor_id, status, opened_at, escalation_step, row_version) values ('SUBSIDY_AGREEMENT', ?, ?, ?, "
                    + "'OPEN', ?, 'NONE', 0)", new String[] {"id"})) {
                s.setLong(1, r.requestId());
                s.setLong(2, vendor);
                s.setLong(3, vendor); // no prime: the employer alone is liable to the program
                s.setTimestamp(4, Timestamp.from(r.foundAt()));
                s.executeUpdate();
                caseId = generated(s);
            }
            long recoveryId;
            try (PreparedStatement s = con.prepareStatement("insert into subsidy_recovery_finding (case_id, clawback_id, request_id, "
                    + "program_id, program_code, program_name, agreement, vendor_id, ground, worker_ref, amount, detail, rule_cited, "
                    + "agency_code, cure_business_days, found_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"})) {
                s.setLong(1, caseId);
                s.setLong(2, r.clawbackId());
                s.setLong(3, r.requestId());
                s.setLong(4, r.programId());
                s.setString(5, r.payee());
                s.setString(6, r.programName());
                s.setString(7, r.agreement());
                s.setLong(8, vendor);
                s.setString(9, r.ground());
                s.setString(10, r.workerRef());
                s.setBigDecimal(11, r.amount());
                s.setString(12, r.detail());
                s.setString(13, r.ruleCited());
                s.setString(14, r.agencyCode());
                s.setInt(15, r.cureBusinessDays());
                s.setTimestamp(16, Timestamp.from(r.foundAt()));
                s.executeUpdate();
                recoveryId = generated(s);
            }
            try (PreparedStatement s = con.prepareStatement("insert into case_finding (case_id, position, finding_id, review, source) "
                    + "values (?, 0, ?, 'PENDING', '" + ComplianceCase.SUBSIDY_RECOVERY + "')")) {
                s.setLong(1, caseId);
                s.setLong(2, recoveryId);
                s.executeUpdate();
            }
            con.releaseSavepoint(before);
            return new long[] {caseId, recoveryId};
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            con.rollback(before); // PostgreSQL: the transaction goes on from before the refused inserts
            return null;
        }
    }

    private static long generated(PreparedStatement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** The recoveries of a case, in id order. */
    public List<SubsidyRecovery> ofCase(long caseId) {
        return jdbc.query("select " + COLUMNS + " from subsidy_recovery_finding where case_id = ? order by id",
                (rs, n) -> read(rs), caseId);
    }

    /** These recoveries, in id order. */
    public List<SubsidyRecovery> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return new NamedParameterJdbcTemplate(jdbc).query("select " + COLUMNS + " from subsidy_recovery_finding where id in (:ids) "
                + "order by id", java.util.Map.of("ids", ids), (rs, n) -> read(rs));
    }

    private static SubsidyRecovery read(ResultSet rs) throws SQLException {
        return new SubsidyRecovery(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getBigDecimal(10), rs.getString(11), rs.getString(12),
                rs.getString(13), rs.getInt(14), rs.getTimestamp(15).toInstant());
    }
}
