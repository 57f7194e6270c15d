package org.highroad.payroll.domain;

import java.sql.DatabaseMetaData;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Opens the {@link RowWriter} for a submission, the bulk path the database does best: {@code COPY} on PostgreSQL
 * ({@link PgCopyRowWriter}), JDBC batches elsewhere ({@link PayrollRowWriter}, H2). The database is asked once, on the
 * first {@link #open}, from {@link DatabaseMetaData#getDatabaseProductName()}.
 */
@Component
public class PayrollRowWriters {

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    public PayrollRowWriters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A writer for the rows of submission {@code submissionId}; use it inside the submission's transaction. */
    public RowWriter open(long submissionId) {
        return onPostgres() ? new PgCopyRowWriter(jdbc, submissionId) : new PayrollRowWriter(jdbc, submissionId);
    }

    private boolean onPostgres() {
        Boolean known = postgres;
        if (known == null) {
            String product = jdbc.execute((ConnectionCallback<String>) con -> con.getMetaData().getDatabaseProductName());
            known = "PostgreSQL".equalsIgnoreCase(product);
            postgres = known;
        }
        return known;
    }
}
