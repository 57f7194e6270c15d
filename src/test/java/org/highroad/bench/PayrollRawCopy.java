package org.highroad.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;
import javax.sql.DataSource;
import org.operaton.bpm.engine.ManagementService;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The floor for the payroll benchmark, measured in the same run on the same PostgreSQL: the rows and day rows the
 * measured upload stored, copied again with nothing but PostgreSQL's {@code COPY ... FROM STDIN (FORMAT csv)} into the
 * same tables, with the same primary keys, indexes and foreign key in place.
 *
 * <p>Untimed preparation: a fresh submission (so the copied rows have a parent and collide with nothing), then
 * {@code COPY (select ...) TO STDOUT} of the measured submission's rows and days, with the fresh submission's id, into
 * two CSV files in the work directory (so the copy reads them as the upload was read: streamed from a file). Timed: one
 * {@code COPY payroll_row} and one {@code COPY payroll_row_day} from those files, through the driver's
 * {@link CopyManager}, in one transaction. The transaction is then rolled back: the tables are as the upload left them.
 * (The embedded PostgreSQL runs with {@code synchronous_commit=off} and fsync off, so a commit would add next to
 * nothing; the upload's own commit is timed in its request.) The measured rows are already in the tables, so the copy
 * writes into indexes of the upload's size, and the pages it reads are warm.
 */
final class PayrollRawCopy {

    static final String ROW_COLUMNS = "position, entry_number, last_name, first_name, worker_ref, classification, level, "
            + "apprentice_level, straight_rate, overtime_rate, fringe_credit_per_hour, cash_in_lieu_per_hour, "
            + "gross_this_project, gross_all_work, net_pay, resident, address_effective_from, race_ethnicity, gender, "
            + "apprentice_registration";
    static final String DAY_COLUMNS = "position, work_date, straight_hours, overtime_hours";

    final long rows;
    final long days;
    final long rowBytes;
    final long dayBytes;
    final double rowSeconds;
    final double daySeconds;
    final double seconds;

    private PayrollRawCopy(long rows, long days, long rowBytes, long dayBytes, double rowSeconds, double daySeconds) {
        this.rows = rows;
        this.days = days;
        this.rowBytes = rowBytes;
        this.dayBytes = dayBytes;
        this.rowSeconds = rowSeconds;
        this.daySeconds = daySeconds;
        this.seconds = rowSeconds + daySeconds;
    }

    /** Copies the rows of the contract's latest submission again, timed, and rolls the copy back. */
    static PayrollRawCopy measure(ConfigurableApplicationContext app, long contract, Path work) throws Exception {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        ManagementService management = app.getBean(ManagementService.class);
        DataSource dataSource = jdbc.getDataSource();
        long measured = jdbc.queryForObject("select max(id) from payroll_submission where contract_id = ?", Long.class, contract);
        long expectedRows = jdbc.queryForObject("select count(*) from payroll_row where submission_id = ?", Long.class, measured);
        long expectedDays = jdbc.queryForObject("select count(*) from payroll_row_day where submission_id = ?", Long.class, measured);
        Path rowsCsv = work.resolve("raw-copy-rows.csv");
        Path daysCsv = work.resolve("raw-copy-days.csv");
        // the job executor's work after the answer (the review round) is not the copy's to share the machine with
        while (management.createJobQuery().executable().count() > 0) {
            Thread.sleep(200);
        }
        try (Connection con = dataSource.getConnection()) {
            con.setAutoCommit(false);
            try {
                long fresh;
                // a submission of no real contract, as the benchmark's earlier payrolls are; the rows need a parent
                try (PreparedStatement insert = con.prepareStatement("insert into payroll_submission (contract_id, vendor_id, "
                        + "week_ending, source, status, sha256, size_bytes, row_count, error_count, submitted_by, submitted_at, "
                        + "row_version, check_status, finding_count, amount_owed, review_told_at) select 2000000000, vendor_id, week_ending, "
                        + "source, 'ACCEPTED', 'raw-copy-baseline', size_bytes, row_count, 0, 'bench', submitted_at, 0, 'CHECKED', 0, 0, submitted_at "
                        + "from payroll_submission where id = ? returning id")) {
                    insert.setLong(1, measured);
                    try (ResultSet rs = insert.executeQuery()) {
                        rs.next();
                        fresh = rs.getLong(1);
                    }
                }
                CopyManager copy = con.unwrap(PGConnection.class).getCopyAPI();
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(rowsCsv), 1 << 16)) {
                    copy.copyOut("COPY (select " + fresh + ", " + ROW_COLUMNS + " from payroll_row where submission_id = "
                            + measured + " order by position) TO STDOUT (FORMAT csv)", out);
                }
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(daysCsv), 1 << 16)) {
                    copy.copyOut("COPY (select " + fresh + ", " + DAY_COLUMNS + " from payroll_row_day where submission_id = "
                            + measured + " order by position, work_date) TO STDOUT (FORMAT csv)", out);
                }

                long t0 = System.nanoTime();
                long rows;
                try (InputStream in = new BufferedInputStream(Files.newInputStream(rowsCsv), 1 << 16)) {
                    rows = copy.copyIn("COPY payroll_row (submission_id, " + ROW_COLUMNS + ") FROM STDIN (FORMAT csv)", in, 1 << 16);
                }
                long t1 = System.nanoTime();
                long days;
                try (InputStream in = new BufferedInputStream(Files.newInputStream(daysCsv), 1 << 16)) {
                    days = copy.copyIn("COPY payroll_row_day (submission_id, " + DAY_COLUMNS + ") FROM STDIN (FORMAT csv)", in, 1 << 16);
                }
                long t2 = System.nanoTime();
                if (rows != expectedRows || days != expectedDays) {
                    throw new IllegalStateException("raw COPY wrote " + rows + " rows and " + days + " day rows, expected "
                            + expectedRows + " and " + expectedDays);
                }
                return new PayrollRawCopy(rows, days, Files.size(rowsCsv), Files.size(daysCsv), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
            } finally {
                con.rollback();
                con.setAutoCommit(true);
                Files.deleteIfExists(rowsCsv);
                Files.deleteIfExists(daysCsv);
            }
        }
    }

    String line() {
        return String.format(Locale.ROOT, "RAW_COPY rows=%d days=%d bytes=%d seconds=%.2f rows_per_s=%.0f payroll_row_s=%.2f "
                + "payroll_row_day_s=%.2f (COPY FROM STDIN (FORMAT csv), same tables, same run, rolled back)",
                rows, days, rowBytes + dayBytes, seconds, rows / seconds, rowSeconds, daySeconds);
    }
}
