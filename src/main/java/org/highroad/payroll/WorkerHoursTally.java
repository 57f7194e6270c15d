package org.highroad.payroll;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.highroad.payroll.intake.ParsedRow;
import org.highroad.payroll.wages.DayHours;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A payroll's hours per worker, trade and level, with the first and last day worked (what {@code payroll_worker_hours}
 * holds, V70), tallied from its rows as they are written instead of read back from the database after them: the same
 * figures as {@link PayrollUtilization#TALLY}'s {@code insert ... select} (every day row of every row written, a row
 * without days not counted, straight and overtime hours summed exactly). A payroll of more than {@value #MAX_WORKERS}
 * tallies is tallied by the database instead, so that memory stays bounded however large the payroll.
 */
final class WorkerHoursTally {

    /** Beyond this many workers (per trade and level) the database tallies the payroll ({@link PayrollUtilization#TALLY}). */
    static final int MAX_WORKERS = 10_000;

    static final String INSERT = "insert into payroll_worker_hours (submission_id, worker_ref, classification, level, "
            + "first_day, last_day, hours) values (?,?,?,?,?,?,?)";

    private record Key(String workerRef, String classification, String level) {
    }

    private static final class Hours {
        private LocalDate first;
        private LocalDate last;
        private BigDecimal hours = BigDecimal.ZERO;
    }

    private final Map<Key, Hours> tallies = new HashMap<>();
    private boolean overflowed;

    /** Counts a row written: each of its days (a day with no hours widens the first and last day, as in the database). */
    void add(ParsedRow row) {
        if (overflowed || row.week().days().isEmpty()) {
            return;
        }
        var w = row.week();
        Hours h = tallies.computeIfAbsent(new Key(w.workerRef(), w.classification(), w.level().name()), k -> new Hours());
        for (DayHours d : w.days()) {
            h.first = h.first == null || d.date().isBefore(h.first) ? d.date() : h.first;
            h.last = h.last == null || d.date().isAfter(h.last) ? d.date() : h.last;
            h.hours = h.hours.add(d.straightHours()).add(d.overtimeHours());
        }
        if (tallies.size() > MAX_WORKERS) {
            overflowed = true;
            tallies.clear();
        }
    }

    /**
     * Writes the tallies of payroll {@code submissionId} in one batch; when there were too many to keep, has the
     * database tally the rows written instead. Inside the transaction that writes the rows.
     */
    void write(JdbcTemplate jdbc, long submissionId) {
        if (overflowed) {
            jdbc.update(PayrollUtilization.TALLY, submissionId);
            return;
        }
        if (tallies.isEmpty()) {
            return;
        }
        List<Map.Entry<Key, Hours>> all = new ArrayList<>(tallies.entrySet());
        jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                Key k = all.get(i).getKey();
                Hours h = all.get(i).getValue();
                ps.setLong(1, submissionId);
                ps.setString(2, k.workerRef());
                ps.setString(3, k.classification());
                ps.setString(4, k.level());
                ps.setDate(5, Date.valueOf(h.first));
                ps.setDate(6, Date.valueOf(h.last));
                ps.setBigDecimal(7, h.hours);
            }

            @Override
            public int getBatchSize() {
                return all.size();
            }
        });
    }
}
