package org.highroad.payroll;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
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
import org.highroad.payroll.domain.FindingStore;
import org.highroad.payroll.domain.PayrollSubmission;
import org.highroad.payroll.domain.PayrollSubmission.Problem;
import org.highroad.payroll.domain.PayrollSubmission.Source;
import org.highroad.payroll.domain.PayrollSubmissionRepository;
import org.highroad.payroll.domain.RawUploadStore;
import org.highroad.payroll.domain.RowWriter;
import org.highroad.payroll.domain.PayrollRowWriters;
import org.highroad.payroll.domain.WorkerIdentities;
import org.highroad.payroll.intake.JsonRowsAsCsv;
import org.highroad.payroll.intake.Limits;
import org.highroad.payroll.intake.ParsedRow;
import org.highroad.payroll.intake.PayrollCsvReader;
import org.highroad.payroll.intake.ReadResult;
import org.highroad.payroll.intake.RowSink;
import org.highroad.payroll.statement.StatementOfCompliance;
import org.highroad.payroll.wages.DayHours;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.platform.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Certified payroll intake. Order matters: the raw upload is stored and the submission recorded (committed) before
 * anything is parsed, so a rejected file keeps its raw content and every error; rows are written in bulk while the
 * file streams, in one transaction that is rolled back if any error turns up, so nothing half-written stays behind.
 * The same file sent twice is the same submission; an accepted correction supersedes the week's earlier one. An
 * accepted payroll is then checked ({@link PayrollChecks}). A payroll is certified under the contractor's Statement of
 * Compliance on file; one may be filed with the payroll.
 */
@Service
public class PayrollSubmissions {

    static final String SUBJECT = "payroll-submission";
    /** Errors kept per rejected submission (the reader stops listing at the same number). */
    private static final int MAX_PROBLEMS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(PayrollSubmissions.class);

    private final PayrollSubmissionRepository submissions;
    private final RawUploadStore store;
    private final Contracts contracts;
    private final ComplianceStatements statements;
    private final PayrollChecks checks;
    private final PayrollRowWriters writers;
    private final WorkerIdentities identities;
    private final FindingStore findings;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Validator validator;
    private final Clock clock;
    private final PayrollCsvReader reader = new PayrollCsvReader();

    PayrollSubmissions(PayrollSubmissionRepository submissions, RawUploadStore store, Contracts contracts,
            ComplianceStatements statements, PayrollChecks checks, PayrollRowWriters writers, WorkerIdentities identities,
            FindingStore findings, PlatformTransactionManager transactions, AuditTrail audit, ApplicationEventPublisher events, ObjectMapper json,
            Validator validator, Clock clock) {
        this.submissions = submissions;
        this.store = store;
        this.contracts = contracts;
        this.statements = statements;
        this.checks = checks;
        this.writers = writers;
        this.identities = identities;
        this.findings = findings;
        this.tx = new TransactionTemplate(transactions);
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * A CSV ({@link Source#CSV}) or JSON ({@link Source#JSON}) payroll; {@code statement} (may be {@code null}) is a
     * Statement of Compliance sent with it (multipart part). A JSON body may carry its own {@code statement} member.
     */
    public SubmissionView submit(long contractId, LocalDate weekEnding, Source source, InputStream body,
            StatementOfCompliance statement, HighroadUser by) {
        long vendor = contractorOn(contractId, weekEnding, by);
        RawUploadStore.StoredUpload upload = store.store(body);
        PayrollSubmission same = tx.execute(status -> submissions.findByContractIdAndVendorIdAndWeekEndingOrderByIdAsc(contractId,
                vendor, weekEnding).stream().filter(s -> s.sha256().equals(upload.sha256())).findFirst().orElse(null));
        if (same != null && same.status() != PayrollSubmission.Status.RECEIVED) {
            return tx.execute(status -> submissions.findById(same.id()).orElseThrow().toView(true));
        }
        PayrollSubmission received = same != null ? same : tx.execute(status -> submissions.saveAndFlush(new PayrollSubmission(
                contractId, vendor, weekEnding, source, upload.sha256(), upload.size(), upload.path().toString(), by.userId(),
                clock.instant())));
        return process(received.id(), upload, statement, by);
    }

    /** A week without work on the contract: counts as the week's report; a correction of an earlier payroll if one exists. */
    public SubmissionView noWork(long contractId, LocalDate weekEnding, String reason, HighroadUser by) {
        long vendor = contractorOn(contractId, weekEnding, by);
        Long statement = statements.inForce(contractId, vendor).map(ComplianceStatements.InForce::id)
                .orElseThrow(() -> new InvalidInputException("statement", "file a Statement of Compliance for contract "
                        + contractId + " before certifying a no-work week"));
        String sha = org.highroad.payroll.domain.FindingStore.fingerprint("no-work", contractId, vendor, weekEnding, reason);
        PayrollSubmission s = tx.execute(status -> {
            Optional<PayrollSubmission> again = submissions.findByContractIdAndVendorIdAndWeekEndingOrderByIdAsc(contractId, vendor,
                    weekEnding).stream().filter(e -> e.sha256().equals(sha) && e.status() == PayrollSubmission.Status.ACCEPTED).findFirst();
            return again.orElseGet(() -> submissions.saveAndFlush(PayrollSubmission.noWork(contractId, vendor, weekEnding,
                    reason, statement, sha, by.userId(), clock.instant())));
        });
        if (s.status() == PayrollSubmission.Status.ACCEPTED) {
            return s.toView(true);
        }
        tx.executeWithoutResult(status -> finish(s.id(), List.of(), 0, by));
        return afterAcceptance(s.id());
    }

    /** Parses again a submission left RECEIVED by a technical failure, from its stored raw upload. */
    public SubmissionView retry(long id, HighroadUser by) {
        PayrollSubmission s = tx.execute(status -> submissions.findById(id).orElse(null));
        if (s == null || !by.has(Role.ADMIN) && !by.mayActFor(s.vendorId())) {
            throw new NotFoundException("no payroll submission " + id);
        }
        if (s.status() != PayrollSubmission.Status.RECEIVED) {
            throw new ConflictException("payroll submission " + id + " is " + s.status() + "; only one left RECEIVED is retried");
        }
        return process(id, s.upload(), null, by);
    }

    private SubmissionView process(long id, RawUploadStore.StoredUpload upload, StatementOfCompliance statement, HighroadUser by) {
        PayrollSubmission received = tx.execute(status -> submissions.findById(id).orElseThrow());
        List<Problem> problems = new ArrayList<>();
        try {
            Long statementId = certification(received, upload, statement, by, problems);
            ContractRuleBook rules = contracts.ruleBook(received.contractId());
            Integer rows = tx.execute(status -> {
                int written = problems.isEmpty() ? parse(id, received.source(), upload, received.weekEnding(), rules, problems) : 0;
                if (problems.isEmpty() && written > 0) {
                    problems.addAll(identities.clashes(id, MAX_PROBLEMS));
                }
                if (!problems.isEmpty()) {
                    status.setRollbackOnly();
                }
                return written;
            });
            tx.executeWithoutResult(status -> {
                submissions.findById(id).orElseThrow().certifiedUnder(statementId);
                finish(id, problems, rows == null ? 0 : rows, by);
            });
        } catch (InvalidInputException | NotFoundException | ConflictException refused) {
            throw refused;
        } catch (RuntimeException technical) {
            // not the file's fault: keep it RECEIVED with the reason, to be retried (POST /api/payrolls/{id}/retry)
            LOG.error("payroll submission {} could not be processed", id, technical);
            tx.executeWithoutResult(status -> submissions.findById(id).orElseThrow().failed(technical.getClass().getSimpleName()
                    + ": " + technical.getMessage()));
            return tx.execute(status -> submissions.findById(id).orElseThrow().toView(false));
        }
        return afterAcceptance(id);
    }

    private SubmissionView afterAcceptance(long id) {
        PayrollSubmission s = tx.execute(status -> submissions.findById(id).orElseThrow());
        if (s.status() == PayrollSubmission.Status.ACCEPTED) {
            boolean flagged;
            try {
                flagged = checks.check(id).openFindings() > 0;
            } catch (RuntimeException technical) {
                // the payroll is in and stays accepted; its checks are marked failed, to be re-run (POST /api/payrolls/{id}/check)
                LOG.error("checks of payroll submission {} failed", id, technical);
                tx.executeWithoutResult(status -> submissions.findById(id).orElseThrow().checkFailed(
                        technical.getClass().getSimpleName() + ": " + technical.getMessage()));
                flagged = true;
            }
            events.publishEvent(new PayrollEvents.PayrollReceived(s.contractId(), s.vendorId(), s.weekEnding(), id, flagged));
        }
        return tx.execute(status -> submissions.findById(id).orElseThrow().toView(false));
    }

    /** Files a statement sent with the payroll, then finds the one in force; without one the payroll is not certified. */
    private Long certification(PayrollSubmission s, RawUploadStore.StoredUpload upload, StatementOfCompliance given,
            HighroadUser by, List<Problem> problems) {
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
            problems.add(new Problem(0, "statement", "no Statement of Compliance is on file for this contract: send one with "
                    + "the payroll or file it first (POST /api/contracts/" + s.contractId() + "/compliance-statements)"));
        }
        return inForce.map(ComplianceStatements.InForce::id).orElse(null);
    }

    @Transactional(readOnly = true)
    public SubmissionView get(long id, HighroadUser caller) {
        return visible(id, caller).toView(false);
    }

    PayrollSubmission visible(long id, HighroadUser caller) {
        PayrollSubmission s = submissions.findById(id).orElseThrow(() -> new NotFoundException("no payroll submission " + id));
        if (!caller.mayActFor(s.vendorId())) {
            throw new NotFoundException("no payroll submission " + id);
        }
        return s;
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

    private int parse(long submissionId, Source source, RawUploadStore.StoredUpload upload, LocalDate weekEnding,
            ContractRuleBook rules, List<Problem> problems) {
        RowWriter writer = writers.open(submissionId);
        try (InputStream raw = store.open(upload)) {
            JsonRowsAsCsv translated = source == Source.JSON ? new JsonRowsAsCsv(raw) : null;
            InputStream csv = translated != null ? translated : raw;
            ReadResult result = reader.read(csv, weekEnding, Limits.DEFAULT, new RowSink() {
                @Override
                public void accept(ParsedRow row) {
                    uncovered(row, rules).ifPresentOrElse(p -> {
                        if (problems.size() < MAX_PROBLEMS) {
                            problems.add(p);
                        }
                    }, () -> {
                        if (problems.isEmpty()) {
                            writer.add(row);
                        }
                    });
                }
            });
            if (translated != null) {
                translated.errors().forEach(e -> problems.add(new Problem(e.row(), e.column(), e.reason())));
            }
            if (translated == null || translated.errors().isEmpty()) {
                result.errors().forEach(e -> problems.add(new Problem(e.row(), e.column(), e.reason())));
            }
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

    private void finish(long id, List<Problem> problems, int rows, HighroadUser by) {
        PayrollSubmission s = submissions.findById(id).orElseThrow();
        List<PayrollSubmission> earlier = submissions.findByContractIdAndVendorIdAndWeekEndingOrderByIdAsc(s.contractId(),
                s.vendorId(), s.weekEnding()).stream().filter(e -> !e.id().equals(id)).toList();
        if (!problems.isEmpty()) {
            s.reject(problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
            audit.record(SUBJECT, id, "REJECTED", by.userId(), problems.size() + " error(s)", null);
            return;
        }
        Long superseded = null;
        for (PayrollSubmission e : earlier) {
            if (e.status() == PayrollSubmission.Status.ACCEPTED) {
                e.superseded();
                superseded = e.id();
                List<Long> supersededFindings = findings.supersede(e.id());
                if (!supersededFindings.isEmpty()) {
                    events.publishEvent(new PayrollEvents.FindingsSuperseded(s.contractId(), s.vendorId(), s.weekEnding(), e.id(),
                            id, supersededFindings));
                }
                audit.record(SUBJECT, e.id(), "SUPERSEDED", by.userId(), "correction " + id, null);
            }
        }
        s.accept(rows, superseded);
        audit.record(SUBJECT, id, "ACCEPTED", by.userId(), null, s.source() == Source.NO_WORK ? "no-work statement" : rows + " row(s)");
    }

}
