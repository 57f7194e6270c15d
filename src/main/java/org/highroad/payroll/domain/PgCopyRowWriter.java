package org.highroad.payroll.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Objects;
import javax.sql.DataSource;
import org.highroad.payroll.intake.ParsedRow;
import org.highroad.payroll.wages.DayHours;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes accepted payroll rows with PostgreSQL's {@code COPY ... FROM STDIN} in CSV format, on the connection of the
 * caller's Spring transaction ({@link DataSourceUtils}), so a rolled-back submission leaves nothing. Rows are encoded
 * into a bounded chunk ({@value #CHUNK_ROWS} rows or about {@value #CHUNK_CHARS} characters, whichever comes first)
 * and each chunk is sent as one COPY into {@code payroll_row} followed by one into {@code payroll_row_day}: a
 * connection runs one COPY at a time, and the days reference their row.
 *
 * <p>CSV encoding: every text value is quoted with embedded quotes doubled (so commas, quotes, line breaks, backslashes
 * and a lone {@code \.} are plain data, and an empty string is {@code ""}); {@code null} is an unquoted empty field,
 * which is COPY's CSV null; numbers are plain decimals ({@link BigDecimal#toPlainString()}), dates ISO-8601, booleans
 * {@code t}/{@code f}. The driver always talks UTF-8 to the server.
 */
public final class PgCopyRowWriter implements RowWriter {

    static final int CHUNK_ROWS = 500;
    static final int CHUNK_CHARS = 256 * 1024;

    private static final String ROW = "COPY payroll_row (submission_id, position, entry_number, last_name, first_name, "
            + "worker_ref, classification, level, apprentice_level, straight_rate, overtime_rate, fringe_credit_per_hour, "
            + "cash_in_lieu_per_hour, gross_this_project, gross_all_work, net_pay, resident, address_effective_from, "
            + "race_ethnicity, gender, apprentice_registration) FROM STDIN WITH (FORMAT csv)";
    private static final String DAY = "COPY payroll_row_day (submission_id, position, work_date, straight_hours, "
            + "overtime_hours) FROM STDIN WITH (FORMAT csv)";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final long submissionId;
    private final StringBuilder rows = new StringBuilder();
    private final StringBuilder days = new StringBuilder();
    private int buffered;
    private int bufferedDays;
    private int written;

    /** @param jdbc the template of the transaction's DataSource: its DataSource and its exception translation */
    public PgCopyRowWriter(JdbcTemplate jdbc, long submissionId) {
        this.jdbc = jdbc;
        this.dataSource = Objects.requireNonNull(jdbc.getDataSource(), "dataSource");
        this.submissionId = submissionId;
    }

    @Override
    public void add(ParsedRow r) {
        int position = written + buffered + 1;
        var w = r.week();
        var e = r.extensions();
        var pay = r.pay();
        Csv row = new Csv(rows);
        row.number(submissionId).number(position).number(w.entryNumber()).text(r.name().lastName())
                .text(r.name().firstName()).text(w.workerRef()).text(w.classification()).text(w.level().name())
                .number(w.apprenticeLevel()).decimal(w.straightRate()).decimal(w.overtimeRate())
                .decimal(w.fringeCreditPerHour()).decimal(w.cashInLieuPerHour()).decimal(pay.grossThisProject())
                .decimal(pay.grossAllWork()).decimal(pay.netPay()).bool(e.resident()).date(e.addressEffectiveFrom())
                .text(e.raceEthnicity()).text(e.gender()).text(w.apprenticeRegistration()).end();
        for (DayHours d : w.days()) {
            new Csv(days).number(submissionId).number(position).date(d.date()).decimal(d.straightHours())
                    .decimal(d.overtimeHours()).end();
            bufferedDays++;
        }
        buffered++;
        if (buffered >= CHUNK_ROWS || rows.length() + days.length() >= CHUNK_CHARS) {
            flush();
        }
    }

    @Override
    public int flush() {
        if (buffered == 0) {
            return written;
        }
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = con.unwrap(PGConnection.class).getCopyAPI();
            copy(copy, ROW, rows, buffered);
            if (bufferedDays > 0) {
                copy(copy, DAY, days, bufferedDays);
            }
        } catch (SQLException e) {
            DataAccessException translated = jdbc.getExceptionTranslator().translate("COPY payroll rows", null, e);
            throw translated != null ? translated : new UncategorizedSQLException("COPY payroll rows", null, e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
        written += buffered;
        buffered = 0;
        bufferedDays = 0;
        rows.setLength(0);
        days.setLength(0);
        return written;
    }

    private static void copy(CopyManager copy, String sql, StringBuilder csv, int expected) throws SQLException {
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn in = copy.copyIn(sql);
        long copied;
        try {
            in.writeToCopy(bytes, 0, bytes.length);
            copied = in.endCopy();
        } catch (SQLException | RuntimeException e) {
            if (in.isActive()) {
                try {
                    in.cancelCopy();
                } catch (SQLException cancel) {
                    e.addSuppressed(cancel);
                }
            }
            throw e;
        }
        if (copied != expected) {
            throw new SQLException(sql + " copied " + copied + " row(s), expected " + expected);
        }
    }

    /** One CSV record appended to a buffer. */
    private static final class Csv {
        private final StringBuilder out;
        private boolean first = true;

        Csv(StringBuilder out) {
            this.out = out;
        }

        private Csv field(String raw) {
            if (!first) {
                out.append(',');
            }
            first = false;
            if (raw != null) {
                out.append(raw);
            }
            return this;
        }

        Csv text(String value) {
            if (value == null) {
                return field(null);
            }
            field("\"");
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    out.append('"');
                }
                out.append(c);
            }
            out.append('"');
            return this;
        }

        Csv number(Number value) {
            return field(value == null ? null : value.toString());
        }

        Csv decimal(BigDecimal value) {
            return field(value == null ? null : value.toPlainString());
        }

        Csv date(LocalDate value) {
            return field(value == null ? null : value.toString());
        }

        Csv bool(Boolean value) {
            return field(value == null ? null : value ? "t" : "f");
        }

        void end() {
            out.append('\n');
        }
    }
}
