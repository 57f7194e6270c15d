package org.highroad.payroll.domain;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.highroad.payroll.intake.ParsedRow;
import org.highroad.payroll.wages.DayHours;
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
    private final List<Object[]> rows = new ArrayList<>();
    private final List<Object[]> days = new ArrayList<>();
    private int written;

    public PayrollRowWriter(JdbcTemplate jdbc, long submissionId) {
        this.jdbc = jdbc;
        this.submissionId = submissionId;
    }

    @Override
    public void add(ParsedRow r) {
        int position = written + rows.size() + 1;
        var w = r.week();
        var e = r.extensions();
        rows.add(new Object[] {submissionId, position, w.entryNumber(), r.name().lastName(), r.name().firstName(),
                w.workerRef(), w.classification(), w.level().name(), w.apprenticeLevel(), w.straightRate(), w.overtimeRate(),
                w.fringeCreditPerHour(), w.cashInLieuPerHour(), r.pay().grossThisProject(), r.pay().grossAllWork(),
                r.pay().netPay(), e.resident(), e.addressEffectiveFrom() == null ? null : Date.valueOf(e.addressEffectiveFrom()),
                e.raceEthnicity(), e.gender(), w.apprenticeRegistration()});
        for (DayHours d : w.days()) {
            days.add(new Object[] {submissionId, position, Date.valueOf(d.date()), d.straightHours(), d.overtimeHours()});
        }
        if (rows.size() >= BATCH) {
            flush();
        }
    }

    @Override
    public int flush() {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(ROW, rows);
            jdbc.batchUpdate(DAY, days);
            written += rows.size();
            rows.clear();
            days.clear();
        }
        return written;
    }
}
