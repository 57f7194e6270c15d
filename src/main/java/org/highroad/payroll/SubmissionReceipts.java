package org.highroad.payroll;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.highroad.payroll.domain.PayrollSubmission;
import org.highroad.payroll.domain.PayrollSubmissionRepository;
import org.highroad.payroll.domain.PayrollWeeks;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a payroll submission RECEIVED once per file (or no-work statement) and week, before anything is parsed. The
 * unique index on contract, contractor, week and checksum decides, not a look-up before the insert: of two requests
 * sending the same file at the same moment one inserts, the other's insert fails and it reads the first one's record.
 */
@Component
class SubmissionReceipts {

    private final PayrollSubmissionRepository submissions;
    private final PayrollWeeks weeks;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    SubmissionReceipts(PayrollSubmissionRepository submissions, PayrollWeeks weeks, JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.submissions = submissions;
        this.weeks = weeks;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The submission of a file for a week: {@code created} when this call recorded it. */
    record Receipt(long id, boolean created) {
    }

    /** Records the file's submission for the week, or finds the one recorded before (also at the same moment). */
    Receipt receive(long contractId, long vendorId, LocalDate weekEnding, String sha256,
            Supplier<PayrollSubmission> fresh) {
        return receive(contractId, vendorId, weekEnding, sha256, "", 0, fresh);
    }

    /**
     * The same, for a file read with a column map ({@code map} and {@code version}): the same file read with another
     * map or version is another submission.
     */
    Receipt receive(long contractId, long vendorId, LocalDate weekEnding, String sha256, String map, int version,
            Supplier<PayrollSubmission> fresh) {
        weeks.ensure(contractId, vendorId, weekEnding);
        for (int attempt = 1; ; attempt++) {
            Optional<Long> existing = tx.execute(status -> submissions
                    .findFirstByContractIdAndVendorIdAndWeekEndingAndSha256AndColumnMapAndColumnMapVersionOrderByIdAsc(
                    contractId, vendorId, weekEnding, sha256, map, version).map(PayrollSubmission::id));
            if (existing.isPresent()) {
                return new Receipt(existing.get(), false);
            }
            try {
                return new Receipt(tx.execute(status -> insert(fresh.get())), true);
            } catch (DataIntegrityViolationException | ConcurrencyFailureException sameFileAtTheSameMoment) {
                // the unique index kept the other request's record (H2 may also have given up waiting for its commit)
                if (attempt >= 20) {
                    throw sameFileAtTheSameMoment;
                }
            }
        }
    }

    /** Inserted with JDBC: a duplicate is an expected outcome here, not an error for Hibernate to log. */
    private long insert(PayrollSubmission s) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement insert = con.prepareStatement("insert into payroll_submission (contract_id, vendor_id, week_ending, "
                    + "source, status, sha256, size_bytes, row_count, error_count, submitted_by, submitted_at, row_version, "
                    + "statement_id, no_work_reason, column_map, column_map_version, no_work_over) values (?, ?, ?, ?, 'RECEIVED', ?, ?, "
                    + "0, 0, ?, ?, 0, ?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setLong(1, s.contractId());
            insert.setLong(2, s.vendorId());
            insert.setDate(3, Date.valueOf(s.weekEnding()));
            insert.setString(4, s.source().name());
            insert.setString(5, s.sha256());
            insert.setLong(6, s.sizeBytes());
            insert.setString(7, s.submittedBy());
            insert.setTimestamp(8, Timestamp.from(s.submittedAt()));
            insert.setObject(9, s.statementId(), Types.BIGINT);
            insert.setString(10, s.noWorkReason());
            insert.setString(11, s.columnMap());
            insert.setInt(12, s.columnMapVersion());
            insert.setObject(13, s.noWorkOver(), Types.BIGINT); // an auditor's no-work statement over a payroll (ADR 0030)
            return insert;
        }, key);
        return key.getKey().longValue();
    }
}
