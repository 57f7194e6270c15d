package org.highroad.payroll;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.highroad.contracts.ContractRuleBook;
import org.highroad.payroll.domain.PayrollRowWriters;
import org.highroad.payroll.domain.PayrollSubmission;
import org.highroad.payroll.domain.PayrollSubmission.Problem;
import org.highroad.payroll.domain.PayrollSubmission.Source;
import org.highroad.payroll.domain.RawUploadStore;
import org.highroad.payroll.domain.RowWriter;
import org.highroad.payroll.domain.WorkerIdentities;
import org.highroad.payroll.intake.JsonRowsAsCsv;
import org.highroad.payroll.intake.Limits;
import org.highroad.payroll.intake.MappedCsvAsCanonical;
import org.highroad.payroll.intake.ParsedRow;
import org.highroad.payroll.intake.PayrollCsvReader;
import org.highroad.payroll.intake.PayrollPeriod;
import org.highroad.payroll.intake.ReadResult;
import org.highroad.payroll.intake.RowSink;
import org.highroad.payroll.statement.StatementOfCompliance;
import org.highroad.payroll.wages.DayHours;
import org.highroad.platform.security.HighroadUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A payroll's content, inside the transaction that accepts it: the Statement of Compliance it is certified under, and
 * its rows, read from the stored upload as it streams and written in bulk unless an error turns up (every error is
 * collected, up to {@value #MAX_PROBLEMS}).
 */
@Component
class PayrollRows {

    /** Errors kept per rejected submission (the reader stops listing at the same number). */
    static final int MAX_PROBLEMS = 1000;

    private final RawUploadStore store;
    private final ComplianceStatements statements;
    private final PayrollRowWriters writers;
    private final WorkerIdentities identities;
    private final ObjectMapper json;
    private final Validator validator;
    private final JdbcTemplate jdbc;
    private final PayrollColumnMaps maps;
    private final PayrollCsvReader reader = new PayrollCsvReader();

    PayrollRows(RawUploadStore store, ComplianceStatements statements, PayrollRowWriters writers, WorkerIdentities identities,
            ObjectMapper json, Validator validator, JdbcTemplate jdbc, PayrollColumnMaps maps) {
        this.maps = maps;
        this.store = store;
        this.statements = statements;
        this.writers = writers;
        this.identities = identities;
        this.json = json;
        this.validator = validator;
        this.jdbc = jdbc;
    }

    /** Rows a submission may hold from before rows and status were written in one transaction: not payroll data. */
    void removeLeftovers(long submissionId) {
        jdbc.update("delete from payroll_row_day where submission_id = ?", submissionId);
        jdbc.update("delete from payroll_row where submission_id = ?", submissionId);
    }

    /** Files a statement sent with the payroll, then finds the one in force; without one the payroll is not certified. */
    Long certification(PayrollSubmission s, RawUploadStore.StoredUpload upload, StatementOfCompliance given, HighroadUser by,
            List<Problem> problems) {
        StatementOfCompliance statement = given;
        if (statement == null && s.source() == Source.JSON) {
            statement = JsonStatement.read(store, upload, json, problems);
        }
        if (statement != null) {
            problems.addAll(StatementProblems.of(statement, validator));
            if (problems.isEmpty()) {
                statements.file(s.contractId(), statement, by);
            }
        }
        Optional<ComplianceStatements.InForce> inForce = statements.inForce(s.contractId(), s.vendorId());
        if (inForce.isEmpty() && problems.isEmpty()) {
            // said in words, with the portal page where a contractor files it (reason.payroll.noStatementOnFile)
            problems.add(new Problem(0, "statement", "no Statement of Compliance is on file for contract " + s.contractId()
                    + ": send one with the payroll, or file it first on the portal's Statement of Compliance page (linked "
                    + "from the contract's Reporting calendar)"));
        }
        return inForce.map(ComplianceStatements.InForce::id).orElse(null);
    }

    /**
     * Reads the stored upload and writes its rows; returns how many, or 0 with {@code problems} filled (the caller rolls
     * the transaction back); {@code tally} counts the hours of each row written. After the rows, one identifying number per worker is checked in SQL ({@link WorkerIdentities}).
     */
    int write(PayrollSubmission s, RawUploadStore.StoredUpload upload, ContractRuleBook rules, List<Problem> problems,
            WorkerHoursTally tally) {
        RowWriter writer = writers.open(s.id());
        // whether the contract covers a classification on a day, looked up once per payroll: every row and day of the
        // classification asks, and the contract's versions do not change while the week's lock is held
        Map<String, Map<java.time.LocalDate, Boolean>> covered = new HashMap<>();
        try (InputStream raw = store.open(upload)) {
            JsonRowsAsCsv translated = s.source() == Source.JSON ? new JsonRowsAsCsv(raw) : null;
            MappedCsvAsCanonical mapped = s.columnMap().isEmpty() ? null : new MappedCsvAsCanonical(raw,
                    maps.reading(s.columnMap(), s.columnMapVersion()), period(s, rules), Limits.DEFAULT);
            InputStream csv = translated != null ? translated : mapped != null ? mapped : raw;
            ReadResult result = reader.read(csv, period(s, rules), Limits.DEFAULT, new RowSink() {
                @Override
                public void accept(ParsedRow row) {
                    uncovered(row, rules, covered).map(p -> mapped == null ? p : new Problem(mapped.sourceRow(p.row()),
                            mapped.sourceColumn(p.column()), p.reason() + " (field " + p.column() + ")")).ifPresentOrElse(p -> {
                        if (problems.size() < MAX_PROBLEMS) {
                            problems.add(p);
                        }
                    }, () -> {
                        if (problems.isEmpty()) {
                            writer.add(row);
                            tally.add(row);
                        }
                    });
                }
            });
            if (result.namesRegistrations()) {
                // the layout asks each apprentice's registration: a blank names no program (ApprenticeStatus)
                jdbc.update("update payroll_submission set names_registrations = true where id = ?", s.id());
            }
            if (translated != null) {
                translated.errors().forEach(e -> problems.add(new Problem(e.row(), e.column(), e.reason())));
            }
            if (mapped != null) {
                mapped.errors(result).forEach(e -> problems.add(new Problem(e.row(), e.column(), e.reason())));
            } else if (translated == null || translated.errors().isEmpty()) {
                result.errors().forEach(e -> problems.add(new Problem(e.row(), e.column(), e.reason())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int written = problems.isEmpty() ? writer.flush() : 0;
        if (written > 0) {
            problems.addAll(identities.clashes(s.id(), MAX_PROBLEMS));
        }
        return problems.isEmpty() ? written : 0;
    }

    /**
     * The reporting period the payroll covers: the contract's cadence in force at the period's end (its
     * {@code weekEnding}, which the payroll calendar expects) gives the first day.
     */
    static PayrollPeriod period(PayrollSubmission s, ContractRuleBook rules) {
        return new PayrollPeriod(rules.reporting(s.weekEnding()).periodStart(s.weekEnding()), s.weekEnding());
    }

    /** A classification the contract does not cover on a day worked (29 CFR 5.5(a)(1)(iii): conformance first). */
    private static Optional<Problem> uncovered(ParsedRow row, ContractRuleBook rules,
            Map<String, Map<java.time.LocalDate, Boolean>> covered) {
        Map<java.time.LocalDate, Boolean> ofClassification = covered.computeIfAbsent(row.week().classification(),
                k -> new HashMap<>());
        for (DayHours day : row.week().days()) {
            if (!ofClassification.computeIfAbsent(day.date(),
                    d -> rules.wageRule(row.week().classification(), d).isPresent())) {
                return Optional.of(new Problem(row.row(), "classification", "is not covered by contract "
                        + rules.contractId() + " on " + day.date() + "; ask for a conformance before reporting it"));
            }
        }
        return Optional.empty();
    }
}
