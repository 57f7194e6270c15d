package org.highroad.enforcement.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the compliance case of a contract and contractor, once. The open case's {@code open_key} is unique, so of two
 * transactions that both found no open case (late-report timers firing together, two payrolls of a contractor checked
 * at once) only one opens it: the other's insert waits for the first to commit and is refused as a duplicate. That
 * refusal is taken inside a savepoint, so the loser's transaction (its findings) goes on and joins the winner's case.
 */
@Component
public class CaseOpenings {

    private static final String INSERT = "insert into compliance_case (contract_id, vendor_id, prime_vendor_id, status, "
            + "opened_at, escalation_step, row_version, open_key) values (?, ?, ?, 'OPEN', ?, 'NONE', 0, ?)";
    /** SQLSTATE of a unique violation (SQL standard class 23; PostgreSQL and H2 both report 23505). */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CaseOpenings.class);

    private final JdbcTemplate jdbc;

    CaseOpenings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the case unless another transaction opened it first; returns whether this one did. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean open(long contractId, long vendorId, long primeVendorId, Instant at) {
        boolean opened = jdbc.execute((ConnectionCallback<Boolean>) con -> insert(con, contractId, vendorId, primeVendorId, at));
        if (!opened) {
            LOG.info("The compliance case of contract {} and vendor {} was opened meanwhile by another transaction; joining it",
                    contractId, vendorId);
        }
        return opened;
    }

    private static boolean insert(Connection con, long contractId, long vendorId, long primeVendorId, Instant at)
            throws SQLException {
        Savepoint before = con.setSavepoint();
        try (PreparedStatement insert = con.prepareStatement(INSERT)) {
            insert.setLong(1, contractId);
            insert.setLong(2, vendorId);
            insert.setLong(3, primeVendorId);
            insert.setTimestamp(4, Timestamp.from(at));
            insert.setString(5, ComplianceCase.openKey(contractId, vendorId));
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            con.rollback(before); // PostgreSQL: the transaction goes on from before the refused insert
            return false;
        }
        con.releaseSavepoint(before);
        return true;
    }
}
