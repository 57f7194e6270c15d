package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.highroad.support.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * H2 keeps joining a payroll row to its own days as the database fills. With many small payrolls stored, H2's
 * statistics (ANALYZE samples the first rows of a table) make the submission look selective and the row position
 * not: an index on {@code submission_id} alone then wins the join, and each row reads every day row of its payroll
 * (minutes for a large payroll, see BENCHMARKS.md). Every index of {@code payroll_row_day} must lead with
 * {@code (submission_id, position)}, whatever the statistics say.
 */
class PayrollQueryPlansTest extends ApiTest {

    /** Contract ids no test uses: the small payrolls of a database in use. */
    private static final long FILLER_CONTRACT = 990_001;

    @Autowired
    JdbcTemplate jdbc;

    private final List<Long> filler = new ArrayList<>();

    @AfterEach
    void removeTheFillerAndRecomputeStatistics() {
        for (Long id : filler) {
            jdbc.update("delete from payroll_row_day where submission_id = ?", id);
            jdbc.update("delete from payroll_row where submission_id = ?", id);
            jdbc.update("delete from payroll_submission where id = ?", id);
        }
        jdbc.execute("analyze");
    }

    @Test
    void theChecksJoinEachRowToItsOwnDaysOnADatabaseFilledWithSmallPayrolls() {
        long last = fill(300);
        // what ANALYZE computes for such a database (checked with H2 2.3): submission_id 20 %, position 1 %
        selectivity(20, 1);
        assertThat(dayJoin(WorkerRows.SQL, last)).as("the days are found by submission and row").contains("POSITION = R.POSITION");
    }

    @Test
    void theChecksJoinEachRowToItsOwnDaysBeforeTheFirstAnalyze() {
        long last = fill(10);
        // H2's defaults before any ANALYZE
        selectivity(50, 50);
        assertThat(dayJoin(WorkerRows.SQL, last)).contains("POSITION = R.POSITION");
    }

    private void selectivity(int submission, int position) {
        jdbc.execute("alter table payroll_row_day alter column submission_id selectivity " + submission);
        jdbc.execute("alter table payroll_row_day alter column position selectivity " + position);
    }

    /** The part of H2's plan that reads {@code payroll_row_day}: the index it uses and the condition it looks up by. */
    private String dayJoin(String sql, long submissionId) {
        String plan = jdbc.queryForObject("explain " + sql, String.class, submissionId);
        int from = plan.indexOf("\"PAYROLL_ROW_DAY\"");
        assertThat(from).as(plan).isPositive();
        int on = plan.indexOf(" ON ", from);
        return plan.substring(from, on < 0 ? plan.length() : on).replaceAll("\\s+", " ");
    }

    /** {@code n} one-row payrolls of five days each; returns the last one's id. */
    private long fill(int n) {
        long id = 0;
        for (int i = 0; i < n; i++) {
            jdbc.update("insert into payroll_submission (contract_id, vendor_id, week_ending, source, status, sha256, size_bytes, "
                    + "row_count, error_count, submitted_by, submitted_at, row_version, check_status) values (?, 1, date '2027-01-09', "
                    + "'CSV', 'ACCEPTED', ?, 0, 1, 0, 'filler', ?, 0, 'CHECKED')", FILLER_CONTRACT + i, "filler" + i,
                    Timestamp.from(org.highroad.support.TestClock.now()));
            id = jdbc.queryForObject("select max(id) from payroll_submission where contract_id = ?", Long.class, FILLER_CONTRACT + i);
            filler.add(id);
            jdbc.update("insert into payroll_row (submission_id, position, entry_number, last_name, first_name, worker_ref, "
                    + "classification, level, straight_rate, fringe_credit_per_hour, cash_in_lieu_per_hour, gross_this_project, "
                    + "gross_all_work, net_pay) values (?, 1, 1, 'L', 'F', 'w', 'E', 'JOURNEYWORKER', 1, 1, 0, 1, 1, 1)", id);
            for (int d = 0; d < 5; d++) {
                jdbc.update("insert into payroll_row_day (submission_id, position, work_date, straight_hours, overtime_hours) "
                        + "values (?, 1, ?, 8, 0)", id, Date.valueOf(LocalDate.of(2027, 1, 4).plusDays(d)));
            }
        }
        return id;
    }
}
