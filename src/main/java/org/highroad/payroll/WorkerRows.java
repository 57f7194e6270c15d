package org.highroad.payroll;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.highroad.payroll.wages.DayHours;
import org.highroad.payroll.wages.WorkerWeek;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Streams a submission's stored rows back as {@link WorkerWeek}s in worker order and hands them on in chunks of about
 * {@code chunkRows} rows that never split a worker (overtime counts every row of a worker's week). Only one chunk is in
 * memory at a time; the cursor is read with the template's fetch size.
 */
final class WorkerRows implements RowCallbackHandler {

    /**
     * The payroll whose rows and days a check joins, as a sub-select of its id rather than the id itself. A payroll is
     * checked right after its rows are written, so its id is not in the database's statistics of the rows' and days'
     * {@code submission_id}; while those statistics name every payroll they saw as a most common value (a database of
     * a few hundred payrolls), PostgreSQL then estimates that the new payroll has about one row and one day and joins
     * them in a nested loop that compares every day of the payroll with every row (for 500 rows, 1.25 million
     * comparisons: 0.75 s for the rows in worker order, 1.3 s for the census of journeyworkers, where a hash join
     * takes 2 to 8 ms; the benchmark's {@code --explain}). Given through a sub-select, the id is not known when the
     * statement is planned, and the plan is made for a payroll of average size.
     */
    static final String THIS_PAYROLL = "(select cast(? as bigint))";

    static final String SQL = "select r.position, r.entry_number, r.worker_ref, r.classification, r.level, "
            + "r.apprentice_level, r.straight_rate, r.overtime_rate, r.fringe_credit_per_hour, r.cash_in_lieu_per_hour, "
            + "r.apprentice_registration, "
            + "d.work_date, d.straight_hours, d.overtime_hours from payroll_row r left join payroll_row_day d "
            + "on d.submission_id = r.submission_id and d.position = r.position where r.submission_id = " + THIS_PAYROLL
            + " order by r.worker_ref, r.position, d.work_date";

    private final int chunkRows;
    private final Consumer<List<WorkerWeek>> sink;
    private final List<WorkerWeek> chunk = new ArrayList<>();
    private Current current;

    private WorkerRows(int chunkRows, Consumer<List<WorkerWeek>> sink) {
        this.chunkRows = chunkRows;
        this.sink = sink;
    }

    static void stream(JdbcTemplate jdbc, long submissionId, int chunkRows, Consumer<List<WorkerWeek>> sink) {
        WorkerRows rows = new WorkerRows(chunkRows, sink);
        jdbc.query(SQL, rows, submissionId);
        rows.finish();
    }

    @Override
    public void processRow(ResultSet rs) throws SQLException {
        int position = rs.getInt("position");
        if (current == null || current.position != position) {
            String worker = rs.getString("worker_ref");
            if (current != null) {
                chunk.add(current.week());
                if (!current.workerRef.equals(worker) && chunk.size() >= chunkRows) {
                    flush();
                }
            }
            current = new Current(position, rs.getInt("entry_number"), worker, rs.getString("classification"),
                    WorkerWeek.Level.valueOf(rs.getString("level")), (Integer) rs.getObject("apprentice_level", Integer.class),
                    rs.getBigDecimal("straight_rate"), rs.getBigDecimal("overtime_rate"),
                    rs.getBigDecimal("fringe_credit_per_hour"), rs.getBigDecimal("cash_in_lieu_per_hour"),
                    rs.getString("apprentice_registration"), new ArrayList<>());
        }
        java.sql.Date day = rs.getDate("work_date");
        if (day != null) {
            current.days.add(new DayHours(day.toLocalDate(), rs.getBigDecimal("straight_hours"), rs.getBigDecimal("overtime_hours")));
        }
    }

    private void finish() {
        if (current != null) {
            chunk.add(current.week());
        }
        flush();
    }

    private void flush() {
        if (!chunk.isEmpty()) {
            sink.accept(List.copyOf(chunk));
            chunk.clear();
        }
    }

    private record Current(int position, int entryNumber, String workerRef, String classification, WorkerWeek.Level level,
            Integer apprenticeLevel, BigDecimal straightRate, BigDecimal overtimeRate, BigDecimal fringe, BigDecimal cash,
            String registration, List<DayHours> days) {

        WorkerWeek week() {
            return new WorkerWeek(entryNumber, workerRef, classification, level, apprenticeLevel, days, straightRate,
                    overtimeRate, fringe, cash, registration);
        }
    }
}
