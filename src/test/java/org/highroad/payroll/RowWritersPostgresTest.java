package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.highroad.payroll.domain.PayrollRowWriters;
import org.highroad.payroll.domain.PayrollSubmission;
import org.highroad.payroll.domain.WorkerIdentities;
import org.highroad.payroll.domain.PgCopyRowWriter;
import org.highroad.payroll.domain.RowWriter;
import org.highroad.payroll.intake.ParsedRow;
import org.highroad.payroll.intake.ParsedRow.Extensions;
import org.highroad.payroll.intake.ParsedRow.PayAmounts;
import org.highroad.payroll.intake.ParsedRow.WorkerName;
import org.highroad.payroll.wages.DayHours;
import org.highroad.payroll.wages.WorkerWeek;
import org.highroad.support.ApiTest;
import org.highroad.support.OnPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepted payroll rows on a real PostgreSQL server go through {@code COPY ... FROM STDIN} (CSV), chunk by chunk, in
 * the caller's transaction: every field comes back as written, hostile text included, and a rollback leaves nothing.
 * The row fixtures and the read-back are shared with {@link RowWritersH2Test}.
 */
@OnPostgres
class RowWritersPostgresTest extends ApiTest {

    /** Text a CSV encoder gets wrong: separators, quotes, line breaks, COPY's markers, non-ASCII, blanks. */
    static final List<String> HOSTILE = List.of("O'Brien, Jr.", "Say \"hi\"", "two\nlines", "cr\r\nlf", "back\\slash",
            "\\.", "\\N", "NULL", "Zoë 李 😀 Ñandú", "", ",,,", "\"", "\"\"", "  padded  ", "tab\there", "a,\"b\"\nc\\",
            "Ωmega—dash", " ");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PayrollRowWriters writers;

    @Autowired
    WorkerIdentities identities;

    @Autowired
    PlatformTransactionManager transactions;

    private final List<Long> submissions = new ArrayList<>();

    @AfterEach
    void removeSubmissions() {
        removeAll(jdbc, submissions);
    }

    @Test
    void copiesEveryFieldOfSeveralChunksAsWritten() {
        long id = newSubmission(jdbc, submissions);
        List<ParsedRow> rows = hostileRows(1200);
        TransactionTemplate tx = new TransactionTemplate(transactions);

        Integer written = tx.execute(status -> {
            RowWriter writer = writers.open(id);
            assertThat(writer).isInstanceOf(PgCopyRowWriter.class);
            assertThat(writer.flush()).isZero();
            rows.forEach(writer::add);
            return writer.flush();
        });

        assertThat(written).isEqualTo(1200);
        assertRoundTrip(jdbc, id, rows);
    }

    @Test
    void workerIdentityClashesAreFoundInCopiedRowsInTheSameTransaction() {
        long id = newSubmission(jdbc, submissions);
        List<ParsedRow> rows = hostileRows(40); // entries of two rows each, whose rows carry different identifying numbers
        TransactionTemplate tx = new TransactionTemplate(transactions);

        List<PayrollSubmission.Problem> clashes = tx.execute(status -> {
            RowWriter writer = writers.open(id);
            rows.forEach(writer::add);
            writer.flush();
            status.setRollbackOnly();
            assertThat(identities.clashes(id, 3)).as("capped").hasSize(3);
            return identities.clashes(id, 100);
        });

        assertThat(clashes).extracting(PayrollSubmission.Problem::column).containsOnly("worker_id");
        assertThat(clashes).extracting(PayrollSubmission.Problem::reason)
                .anySatisfy(r -> assertThat(r).startsWith("entry 1 has rows with different identifying numbers"));
        assertThat(count(jdbc, "payroll_row", id)).isZero();
    }

    @Test
    void aRolledBackTransactionLeavesNoRows() {
        long id = newSubmission(jdbc, submissions);
        List<ParsedRow> rows = hostileRows(700);
        TransactionTemplate tx = new TransactionTemplate(transactions);

        tx.executeWithoutResult(status -> {
            RowWriter writer = writers.open(id);
            rows.forEach(writer::add);
            assertThat(writer.flush()).isEqualTo(700);
            // the COPY ran on this transaction's connection: its rows are visible here, uncommitted
            assertThat(count(jdbc, "payroll_row", id)).isEqualTo(700);
            assertThat(count(jdbc, "payroll_row_day", id)).isEqualTo(dayCount(rows));
            status.setRollbackOnly();
        });

        assertThat(count(jdbc, "payroll_row", id)).isZero();
        assertThat(count(jdbc, "payroll_row_day", id)).isZero();
    }

    @Test
    void aFailingChunkFailsTheTransactionAndLeavesNoRows() {
        long id = newSubmission(jdbc, submissions);
        List<ParsedRow> rows = new ArrayList<>(hostileRows(700));
        ParsedRow bad = rows.get(649);
        // worker_ref is varchar(20): the second chunk is refused after the first one was copied
        rows.set(649, new ParsedRow(bad.row(), bad.name(), new WorkerWeek(bad.week().entryNumber(), "REF-".repeat(6),
                bad.week().classification(), bad.week().level(), bad.week().apprenticeLevel(), bad.week().days(),
                bad.week().straightRate(), bad.week().overtimeRate(), bad.week().fringeCreditPerHour(),
                bad.week().cashInLieuPerHour()), bad.pay(), bad.extensions()));
        TransactionTemplate tx = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            RowWriter writer = writers.open(id);
            rows.forEach(writer::add);
            writer.flush();
        })).isInstanceOf(DataAccessException.class);

        assertThat(count(jdbc, "payroll_row", id)).isZero();
        assertThat(count(jdbc, "payroll_row_day", id)).isZero();
    }

    // ---- shared with RowWritersH2Test -------------------------------------------------------------------------------

    /** A received submission to hang rows on (no foreign keys to contracts or vendors: ids no test uses). */
    static long newSubmission(JdbcTemplate jdbc, List<Long> created) {
        long id = new SimpleJdbcInsert(jdbc).withTableName("payroll_submission").usingGeneratedKeyColumns("id")
                .usingColumns("contract_id", "vendor_id", "week_ending", "source", "status", "sha256", "size_bytes",
                        "row_count", "error_count", "submitted_by", "submitted_at", "row_version")
                .executeAndReturnKey(Map.ofEntries(Map.entry("contract_id", 987_654_321L), Map.entry("vendor_id", 987_654_321L),
                        Map.entry("week_ending", LocalDate.of(2027, 1, 9)), Map.entry("source", "CSV"),
                        Map.entry("status", "RECEIVED"), Map.entry("sha256", "0".repeat(64)), Map.entry("size_bytes", 0L),
                        Map.entry("row_count", 0), Map.entry("error_count", 0), Map.entry("submitted_by", "row-writer-test"),
                        Map.entry("submitted_at", Timestamp.from(Instant.parse("2027-01-10T12:00:00Z"))),
                        Map.entry("row_version", 0L)))
                .longValue();
        created.add(id);
        return id;
    }

    static void removeAll(JdbcTemplate jdbc, List<Long> submissions) {
        for (long id : submissions) {
            jdbc.update("delete from payroll_row_day where submission_id = ?", id);
            jdbc.update("delete from payroll_row where submission_id = ?", id);
            jdbc.update("delete from payroll_submission where id = ?", id);
        }
        submissions.clear();
    }

    /** {@code n} rows cycling through hostile text, nulls and empty strings, 0 to 7 days each. */
    static List<ParsedRow> hostileRows(int n) {
        List<ParsedRow> rows = new ArrayList<>(n);
        int k = HOSTILE.size();
        for (int i = 0; i < n; i++) {
            boolean apprentice = i % 4 == 0;
            List<DayHours> days = new ArrayList<>();
            for (int d = 0; d < i % 8; d++) {
                days.add(new DayHours(LocalDate.of(2027, 1, 3).plusDays(d), new BigDecimal("7.25").add(BigDecimal.valueOf(d)),
                        d % 3 == 0 ? null : new BigDecimal("1.50")));
            }
            WorkerWeek week = new WorkerWeek(i / 2 + 1, HOSTILE.get((i + 2) % k), HOSTILE.get((i + 3) % k) + " Electrician " + i,
                    apprentice ? WorkerWeek.Level.APPRENTICE : WorkerWeek.Level.JOURNEYWORKER, apprentice ? 1 + i % 8 : null,
                    days, new BigDecimal(25 + i % 50 + ".37"), i % 3 == 0 ? null : new BigDecimal("99999.99"),
                    i % 5 == 0 ? null : new BigDecimal("31.4"), i % 2 == 0 ? BigDecimal.ZERO : new BigDecimal("0.05"));
            PayAmounts pay = new PayAmounts(new BigDecimal(1000 + i + ".10"), new BigDecimal("1234567890.12"),
                    new BigDecimal("1.00"), new BigDecimal("2.00"), BigDecimal.ZERO, new BigDecimal("3.00"),
                    new BigDecimal("1234567887.12"));
            Boolean resident = i % 3 == 0 ? null : i % 3 == 1;
            Extensions ext = new Extensions(resident, resident == null || i % 2 == 0 ? null : LocalDate.of(2026, 1 + i % 12, 1 + i % 28),
                    i % 5 == 0 ? null : HOSTILE.get((i + 4) % k), i % 7 == 0 ? null : i % 7 == 1 ? "" : HOSTILE.get((i + 5) % k));
            rows.add(new ParsedRow(i + 2, new WorkerName(HOSTILE.get(i % k), HOSTILE.get((i + 1) % k), null), week, pay, ext));
        }
        return rows;
    }

    static int dayCount(List<ParsedRow> rows) {
        return rows.stream().mapToInt(r -> r.week().days().size()).sum();
    }

    static int count(JdbcTemplate jdbc, String table, long submissionId) {
        return jdbc.queryForObject("select count(*) from " + table + " where submission_id = ?", Integer.class, submissionId);
    }

    /** Reads the submission's rows and days back and compares every column with what was written. */
    static void assertRoundTrip(JdbcTemplate jdbc, long submissionId, List<ParsedRow> rows) {
        List<List<Object>> expectedRows = new ArrayList<>();
        List<List<Object>> expectedDays = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ParsedRow r = rows.get(i);
            WorkerWeek w = r.week();
            int position = i + 1;
            expectedRows.add(Arrays.asList(position, w.entryNumber(), r.name().lastName(), r.name().firstName(), w.workerRef(),
                    w.classification(), w.level().name(), w.apprenticeLevel(), cents(w.straightRate()), cents(w.overtimeRate()),
                    cents(w.fringeCreditPerHour()), cents(w.cashInLieuPerHour()), cents(r.pay().grossThisProject()),
                    cents(r.pay().grossAllWork()), cents(r.pay().netPay()), r.extensions().resident(),
                    r.extensions().addressEffectiveFrom(), r.extensions().raceEthnicity(), r.extensions().gender()));
            for (DayHours d : w.days()) {
                expectedDays.add(Arrays.asList(position, d.date(), cents(d.straightHours()), cents(d.overtimeHours())));
            }
        }
        List<List<Object>> actualRows = jdbc.query("select * from payroll_row where submission_id = ? order by position",
                (rs, n) -> Arrays.asList(rs.getInt("position"), rs.getInt("entry_number"), rs.getString("last_name"),
                        rs.getString("first_name"), rs.getString("worker_ref"), rs.getString("classification"),
                        rs.getString("level"), rs.getObject("apprentice_level", Integer.class), cents(rs.getBigDecimal("straight_rate")),
                        cents(rs.getBigDecimal("overtime_rate")), cents(rs.getBigDecimal("fringe_credit_per_hour")),
                        cents(rs.getBigDecimal("cash_in_lieu_per_hour")), cents(rs.getBigDecimal("gross_this_project")),
                        cents(rs.getBigDecimal("gross_all_work")), cents(rs.getBigDecimal("net_pay")),
                        rs.getObject("resident", Boolean.class), rs.getObject("address_effective_from", LocalDate.class),
                        rs.getString("race_ethnicity"), rs.getString("gender")),
                submissionId);
        List<List<Object>> actualDays = jdbc.query(
                "select * from payroll_row_day where submission_id = ? order by position, work_date",
                (rs, n) -> Arrays.asList(rs.getInt("position"), rs.getObject("work_date", LocalDate.class),
                        cents(rs.getBigDecimal("straight_hours")), cents(rs.getBigDecimal("overtime_hours"))),
                submissionId);

        assertThat(actualRows).hasSize(expectedRows.size());
        for (int i = 0; i < expectedRows.size(); i++) {
            assertThat(actualRows.get(i)).as("payroll_row at position %d", i + 1).isEqualTo(expectedRows.get(i));
        }
        assertThat(actualDays).isEqualTo(expectedDays);
        // the fixture really is hostile: nulls and empty strings both made it through, distinct
        assertThat(actualRows).anyMatch(r -> r.get(18) == null).anyMatch(r -> "".equals(r.get(18)))
                .anyMatch(r -> "".equals(r.get(3))).anyMatch(r -> ((String) r.get(2)).contains("\n"));
    }

    private static BigDecimal cents(BigDecimal value) {
        return value == null ? null : value.setScale(2);
    }
}
