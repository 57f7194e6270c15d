package org.highroad.payroll;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.highroad.contracts.ContractRuleBook;
import org.highroad.contracts.Contracts;
import org.highroad.payroll.domain.PayrollRowWriter;
import org.highroad.payroll.domain.PayrollSubmission;
import org.highroad.payroll.domain.PayrollSubmission.Problem;
import org.highroad.payroll.domain.PayrollSubmissionRepository;
import org.highroad.payroll.domain.RawUploadStore;
import org.highroad.payroll.intake.Limits;
import org.highroad.payroll.intake.ParsedRow;
import org.highroad.payroll.intake.PayrollCsvReader;
import org.highroad.payroll.intake.ReadResult;
import org.highroad.payroll.intake.RowSink;
import org.highroad.payroll.wages.DayHours;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.platform.validation.InvalidInputException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Certified payroll intake. Order matters: the raw upload is stored and the submission recorded (committed) before
 * anything is parsed, so a rejected file keeps its raw content and every error; rows are written in batches while the
 * file streams, in one transaction that is rolled back if any error turns up, so nothing half-written stays behind.
 * The same file sent twice is the same submission; an accepted correction supersedes the week's earlier one.
 */
@Service
public class PayrollSubmissions {

    static final String SUBJECT = "payroll-submission";

    private final PayrollSubmissionRepository submissions;
    private final RawUploadStore store;
    private final Contracts contracts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final Clock clock;
    private final PayrollCsvReader reader = new PayrollCsvReader();

    PayrollSubmissions(PayrollSubmissionRepository submissions, RawUploadStore store, Contracts contracts,
            JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditTrail audit, Clock clock) {
        this.submissions = submissions;
        this.store = store;
        this.contracts = contracts;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.audit = audit;
        this.clock = clock;
    }

    public SubmissionView submitCsv(long contractId, LocalDate weekEnding, InputStream body, HighroadUser by) {
        long vendor = contractorOn(contractId, weekEnding, by);
        RawUploadStore.StoredUpload upload = store.store(body);
        SubmissionView same = tx.execute(status -> submissions.findByContractIdAndVendorIdAndWeekEndingOrderByIdAsc(contractId,
                vendor, weekEnding).stream().filter(s -> s.sha256().equals(upload.sha256())).findFirst()
                .map(s -> s.toView(true)).orElse(null));
        if (same != null) {
            return same;
        }
        PayrollSubmission received = tx.execute(status -> submissions.saveAndFlush(new PayrollSubmission(contractId, vendor,
                weekEnding, PayrollSubmission.Source.CSV, upload.sha256(), upload.size(), upload.path().toString(), by.userId(),
                clock.instant())));
        ContractRuleBook rules = contracts.ruleBook(contractId);
        List<Problem> problems = new ArrayList<>();
        Integer rows = tx.execute(status -> {
            int written = parse(received.id(), upload, weekEnding, rules, problems);
            if (!problems.isEmpty()) {
                status.setRollbackOnly();
            }
            return written;
        });
        return tx.execute(status -> finish(received.id(), contractId, vendor, weekEnding, problems, rows == null ? 0 : rows, by));
    }

    @Transactional(readOnly = true)
    public SubmissionView get(long id, HighroadUser caller) {
        PayrollSubmission s = submissions.findById(id).orElseThrow(() -> new NotFoundException("no payroll submission " + id));
        if (!caller.mayActFor(s.vendorId())) {
            throw new NotFoundException("no payroll submission " + id);
        }
        return s.toView(false);
    }

    /** Staff see every submission of the contract; a contractor its own. */
    @Transactional(readOnly = true)
    public List<SubmissionView> list(long contractId, HighroadUser caller) {
        contracts.get(contractId, caller);
        return submissions.findByContractIdOrderByWeekEndingAscIdAsc(contractId).stream()
                .filter(s -> caller.mayActFor(s.vendorId())).map(s -> s.toView(false)).toList();
    }

    /** Only a contractor on the contract submits, and only for a week its payroll calendar expects. */
    private long contractorOn(long contractId, LocalDate weekEnding, HighroadUser by) {
        if (!by.has(Role.CONTRACTOR) || by.vendorId() == null) {
            throw new ConflictException(by.userId() + " is not a contractor user linked to a vendor");
        }
        boolean expected = contracts.payrollCalendar(contractId, by).stream()
                .anyMatch(w -> w.vendorId().equals(by.vendorId()) && w.weekEnding().equals(weekEnding));
        if (!expected) {
            throw new InvalidInputException("weekEnding", weekEnding + " is not a week the contract's payroll calendar expects from your company");
        }
        return by.vendorId();
    }

    private int parse(long submissionId, RawUploadStore.StoredUpload upload, LocalDate weekEnding, ContractRuleBook rules,
            List<Problem> problems) {
        PayrollRowWriter writer = new PayrollRowWriter(jdbc, submissionId);
        try (InputStream in = store.open(upload)) {
            ReadResult result = reader.read(in, weekEnding, Limits.DEFAULT, new RowSink() {
                @Override
                public void accept(ParsedRow row) {
                    uncovered(row, rules).ifPresentOrElse(problems::add, () -> {
                        if (problems.isEmpty()) {
                            writer.add(row);
                        }
                    });
                }
            });
            result.errors().forEach(e -> problems.add(new Problem(e.row(), e.column(), e.reason())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems.isEmpty() ? writer.flush() : 0;
    }

    /** A classification the contract does not cover on a day worked (29 CFR 5.5(a)(1)(iii): conformance first). */
    private static Optional<Problem> uncovered(ParsedRow row, ContractRuleBook rules) {
        for (DayHours day : row.week().days()) {
            if (rules.wageRule(row.week().classification(), day.date()).isEmpty()) {
                return Optional.of(new Problem(row.row(), "classification", "is not covered by contract "
                        + rules.contractId() + " on " + day.date() + "; ask for a conformance before reporting it"));
            }
        }
        return Optional.empty();
    }

    private SubmissionView finish(long id, long contractId, long vendor, LocalDate weekEnding, List<Problem> problems, int rows,
            HighroadUser by) {
        PayrollSubmission s = submissions.findById(id).orElseThrow();
        List<PayrollSubmission> earlier = submissions.findByContractIdAndVendorIdAndWeekEndingOrderByIdAsc(contractId, vendor,
                weekEnding).stream().filter(e -> !e.id().equals(id)).toList();
        if (!problems.isEmpty()) {
            s.reject(problems.size() > 1000 ? problems.subList(0, 1000) : problems);
            audit.record(SUBJECT, id, "REJECTED", by.userId(), problems.size() + " error(s)", null);
            return s.toView(false);
        }
        Long superseded = null;
        for (PayrollSubmission e : earlier) {
            if (e.status() == PayrollSubmission.Status.ACCEPTED) {
                e.superseded();
                superseded = e.id();
                audit.record(SUBJECT, e.id(), "SUPERSEDED", by.userId(), "correction " + id, null);
            }
        }
        s.accept(rows, superseded);
        audit.record(SUBJECT, id, "ACCEPTED", by.userId(), null, rows + " row(s)");
        return s.toView(false);
    }
}
