package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.highroad.payroll.RowWritersPostgresTest.assertRoundTrip;
import static org.highroad.payroll.RowWritersPostgresTest.count;
import static org.highroad.payroll.RowWritersPostgresTest.hostileRows;
import static org.highroad.payroll.RowWritersPostgresTest.newSubmission;

import java.util.ArrayList;
import java.util.List;
import org.highroad.payroll.domain.PayrollRowWriter;
import org.highroad.payroll.domain.PayrollRowWriters;
import org.highroad.payroll.domain.RowWriter;
import org.highroad.payroll.intake.ParsedRow;
import org.highroad.support.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** On H2 (the default and test database) accepted payroll rows go through JDBC batches, same rows, same round trip. */
class RowWritersH2Test extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PayrollRowWriters writers;

    @Autowired
    PlatformTransactionManager transactions;

    private final List<Long> submissions = new ArrayList<>();

    @AfterEach
    void removeSubmissions() {
        RowWritersPostgresTest.removeAll(jdbc, submissions);
    }

    @Test
    void batchesEveryFieldAsWritten() {
        long id = newSubmission(jdbc, submissions);
        List<ParsedRow> rows = hostileRows(620);

        Integer written = new TransactionTemplate(transactions).execute(status -> {
            RowWriter writer = writers.open(id);
            assertThat(writer).isInstanceOf(PayrollRowWriter.class);
            rows.forEach(writer::add);
            return writer.flush();
        });

        assertThat(written).isEqualTo(620);
        assertRoundTrip(jdbc, id, rows);
    }

    @Test
    void aRolledBackTransactionLeavesNoRows() {
        long id = newSubmission(jdbc, submissions);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            RowWriter writer = writers.open(id);
            hostileRows(120).forEach(writer::add);
            assertThat(writer.flush()).isEqualTo(120);
            assertThat(count(jdbc, "payroll_row", id)).isEqualTo(120);
            status.setRollbackOnly();
        });

        assertThat(count(jdbc, "payroll_row", id)).isZero();
        assertThat(count(jdbc, "payroll_row_day", id)).isZero();
    }
}
