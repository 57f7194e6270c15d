package org.highroad.payroll.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Opens the row writer for a submission (placeholder until the database-specific writers land). */
@Component
public class PayrollRowWriters {

    private final JdbcTemplate jdbc;

    PayrollRowWriters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public RowWriter open(long submissionId) {
        return new PayrollRowWriter(jdbc, submissionId);
    }
}
