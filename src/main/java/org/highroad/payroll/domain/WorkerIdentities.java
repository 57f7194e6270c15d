package org.highroad.payroll.domain;

import java.util.ArrayList;
import java.util.List;
import org.highroad.payroll.domain.PayrollSubmission.Problem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One identifying number per worker and one worker per entry, across the rows of a payroll (WH-347 cols. 1A and 1E;
 * 29 CFR 5.5(a)(3)(ii)(A): "an individually identifying number for each worker"). The checks, the back wages and the
 * restitution ledger follow a worker by that number, so two workers sharing the last four digits of their Social
 * Security numbers would be added together: 2 × 40 hours would read as 80, with overtime that was never worked.
 * Asked of the rows already written in the submission's transaction, in two grouped scans, so that nothing of the file
 * is held in memory; a clash rolls the rows back like any other error. The errors name entries, never the numbers: an
 * answer or a log must not carry what a worker's number is.
 */
@Component
public class WorkerIdentities {

    static final String COLUMN = "worker_id";

    private final JdbcTemplate jdbc;

    public WorkerIdentities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** At most {@code max} clashes among the rows of submission {@code submissionId}, as problems of the whole file. */
    public List<Problem> clashes(long submissionId, int max) {
        List<Problem> problems = new ArrayList<>();
        jdbc.query("select min(entry_number), max(entry_number), count(distinct entry_number) from payroll_row "
                + "where submission_id = ? group by worker_ref having count(distinct entry_number) > 1 order by 1",
                rs -> {
                    if (problems.size() < max) {
                        problems.add(new Problem(0, COLUMN, "one identifying number is on " + rs.getInt(3)
                                + " entries (" + rs.getInt(1) + " to " + rs.getInt(2) + "): each worker needs a number of their "
                                + "own, kept on all of that worker's rows under one entry number; where the last four digits "
                                + "of two workers' Social Security numbers are the same, give an employer id instead"));
                    }
                }, submissionId);
        jdbc.query("select entry_number from payroll_row where submission_id = ? "
                + "group by entry_number having count(distinct worker_ref) > 1 order by entry_number",
                rs -> {
                    if (problems.size() < max) {
                        problems.add(new Problem(0, COLUMN, "entry " + rs.getInt(1) + " has rows with different identifying "
                                + "numbers: one entry is one worker"));
                    }
                }, submissionId);
        return problems;
    }
}
