package org.highroad.payroll.domain;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.highroad.payroll.intake.ParsedRow;
import org.highroad.payroll.wages.DayHours;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes accepted payroll rows in JDBC batches as they stream in (not one entity per row: a 100,000-row payroll is
 * two batched statements per 500 rows). Used inside the submission's transaction, so a rejected file leaves nothing.
 * The writer for databases other than PostgreSQL (H2); PostgreSQL gets {@link PgCopyRowWriter}.
 */
public final class PayrollRowWriter implements RowWriter {

    private static final int BATCH = 500;
    private static final String ROW = "insert into payroll_row (submission_id, position, entry_number, last_name, first_name, "
            + "worker_ref, classification, level, apprentice_level, straight_rate, overtime_rate, fringe_credit_per_hour, "
            + "cash_in_lieu_per_hour, gross_this_project, gross_all_work, net_pay, resident, address_effective_from, "
            + "race_ethnicity, gender, apprentice_registration) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String DAY = "insert into payroll_row_day (submission_id, position, work_date, straight_hours, "
            + "overtime_hours) values (?,?,?,?,?)";

    private final JdbcTemplate jdbc;
    private final long submissionId;
    private final List<ParsedRow> rows = new ArrayList<>();
    private final List<DayHours> days = new ArrayList<>();
    private final List<Integer> dayPositions = new ArrayList<>();
    private int written;

    public PayrollRowWriter(JdbcTemplate jdbc, long submissionId) {
        this.jdbc = jdbc;
        this.submissionId = submissionId;
    }

    @Override
    public void add(ParsedRow r) {
        int position = written + rows.size() + 1;
        rows.add(r);
        for (DayHours d : r.week().days()) {
            days.add(d);
            dayPositions.add(position);
        }
        if (rows.size() >= BATCH) {
            flush();
        }
    }

    @Override
    public int flush() {
        if (!rows.isEmpty()) {
            int first = written + 1;
            // each value set with its column's own type: the driver converts nothing and looks no type up
            jdbc.batchUpdate(ROW, new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    ParsedRow r = rows.get(i);
                    var w = r.week();
                    var e = r.extensions();
                    ps.setLong(1, submissionId);
                    ps.setInt(2, first + i);
                    ps.setInt(3, w.entryNumber());
                    ps.setString(4, r.name().lastName());
                    ps.setString(5, r.name().firstName());
                    ps.setString(6, w.workerRef());
                    ps.setString(7, w.classification());
                    ps.setString(8, w.level().name());
                    if (w.apprenticeLevel() == null) {
                        ps.setNull(9, Types.INTEGER);
                    } else {
                        ps.setInt(9, w.apprenticeLevel());
                    }
                    ps.setBigDecimal(10, w.straightRate());
                    ps.setBigDecimal(11, w.overtimeRate());
                    ps.setBigDecimal(12, w.fringeCreditPerHour());
                    ps.setBigDecimal(13, w.cashInLieuPerHour());
                    ps.setBigDecimal(14, r.pay().grossThisProject());
                    ps.setBigDecimal(15, r.pay().grossAllWork());
                    ps.setBigDecimal(16, r.pay().netPay());
                    if (e.resident() == null) {
                        ps.setNull(17, Types.BOOLEAN);
                    } else {
                        ps.setBoolean(17, e.resident());
                    }
                    ps.setDate(18, e.addressEffectiveFrom() == null ? null : Date.valueOf(e.addressEffectiveFrom()));
                    ps.setString(19, e.raceEthnicity());
                    ps.setString(20, e.gender());
                    ps.setString(21, w.apprenticeRegistration());
                }

                @Override
                public int getBatchSize() {
                    return rows.size();
                }
            });
            jdbc.batchUpdate(DAY, new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    DayHours d = days.get(i);
                    ps.setLong(1, submissionId);
                    ps.setInt(2, dayPositions.get(i));
                    ps.setDate(3, Date.valueOf(d.date()));
                    ps.setBigDecimal(4, d.straightHours());
                    ps.setBigDecimal(5, d.overtimeHours());
                }

                @Override
                public int getBatchSize() {
                    return days.size();
                }
            });
            written += rows.size();
            rows.clear();
            days.clear();
            dayPositions.clear();
        }
        return written;
    }
}
