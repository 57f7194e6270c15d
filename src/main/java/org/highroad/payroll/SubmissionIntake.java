package org.highroad.payroll;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.highroad.contracts.Contracts;
import org.highroad.payroll.domain.PayrollSubmission;
import org.highroad.payroll.domain.PayrollSubmission.Problem;
import org.highroad.payroll.domain.PayrollSubmission.Source;
import org.highroad.payroll.domain.PayrollSubmissionRepository;
import org.highroad.payroll.domain.PayrollWeeks;
import org.highroad.payroll.domain.RawUploadStore;
import org.highroad.payroll.statement.StatementOfCompliance;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database side of intake. A submission recorded RECEIVED ({@link SubmissionReceipts}) is processed under the
 * week's lock ({@link PayrollWeeks}) in one transaction that writes the rows and the ACCEPTED status together
 * ({@link PayrollAcceptance}), or writes nothing: a rejection is recorded in a second transaction, with every error and
 * no row. Whoever holds the week's lock processes a submission still
 * RECEIVED, so a copy of a file sent while the first is processed waits, then finds it settled.
 *
 * <p>A failure is the file's fault (rejected, 422) when the file is wrong or the database refuses one of its values
 * ({@link DatabaseRefusal}); otherwise it is technical: the submission stays RECEIVED with a neutral reason and a
 * reference (503, retried later), and the log carries the ids and the reference, never an exception's message.
 */
@Component
class SubmissionIntake {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionIntake.class);

    private final PayrollSubmissionRepository submissions;
    private final PayrollWeeks weeks;
    private final PayrollRows rows;
    private final Contracts contracts;
    private final PayrollAcceptance acceptance;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final PayrollInForce inForce;

    SubmissionIntake(PayrollSubmissionRepository submissions, PayrollWeeks weeks, PayrollRows rows, Contracts contracts,
            PayrollAcceptance acceptance, AuditTrail audit, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            ApplicationEventPublisher events, PayrollInForce inForce) {
        this.inForce = inForce;
        this.submissions = submissions;
        this.weeks = weeks;
        this.rows = rows;
        this.contracts = contracts;
        this.acceptance = acceptance;
        this.audit = audit;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.events = events;
    }

    /** How processing ended for the caller. */
    enum Processed {
        /** ACCEPTED or REJECTED, by this request or another one. */
        SETTLED,
        /** A technical failure: it stays RECEIVED with the reason, to be retried. */
        NOT_PROCESSED,
        /** Another request held the week longer than intake waits; that one settles it. */
        PROCESSING_ELSEWHERE
    }

    /**
     * Processes a submission left RECEIVED: parses its stored upload (none for a no-work statement), writes its rows
     * and accepts it, superseding the week's payroll accepted before; or rejects it with every error.
     */
    Processed process(long id, RawUploadStore.StoredUpload upload, StatementOfCompliance statement, HighroadUser by) {
        PayrollSubmission s = tx.execute(status -> submissions.findById(id).orElseThrow());
        if (s.status() != PayrollSubmission.Status.RECEIVED) {
            return Processed.SETTLED;
        }
        List<Problem> problems = new ArrayList<>();
        try {
            weeks.inWeek(s.contractId(), s.vendorId(), s.weekEnding(), status -> {
                problems.clear();
                PayrollSubmission current = submissions.findById(id).orElseThrow();
                if (current.status() == PayrollSubmission.Status.RECEIVED && !accepted(current, upload, statement, by, problems)) {
                    status.setRollbackOnly();
                }
                return null;
            });
        } catch (PayrollWeeks.WeekBusyException busy) {
            return Processed.PROCESSING_ELSEWHERE;
        } catch (InvalidInputException refused) {
            problems.clear();
            refused.violations().forEach(v -> problems.add(new Problem(0, v.field(), v.reason())));
        } catch (NotFoundException | ConflictException callersFault) {
            throw callersFault;
        } catch (RuntimeException failure) {
            Optional<Problem> refusal = DatabaseRefusal.of(failure);
            if (refusal.isEmpty()) {
                technical(id, failure);
                return Processed.NOT_PROCESSED;
            }
            LOG.info("payroll submission {}: the database refused a value of the file (SQLState {}); it is rejected", id,
                    DatabaseRefusal.state(failure));
            problems.clear();
            problems.add(refusal.get());
        }
        return problems.isEmpty() ? Processed.SETTLED : reject(s, problems, by);
    }

    /** Writes the rows and accepts, or leaves the problems found (the caller rolls back). */
    private boolean accepted(PayrollSubmission s, RawUploadStore.StoredUpload upload, StatementOfCompliance statement,
            HighroadUser by, List<Problem> problems) {
        rows.removeLeftovers(s.id());
        int written = 0;
        WorkerHoursTally tally = new WorkerHoursTally();
        if (s.source() == Source.NO_WORK) {
            // checked again under the week's lock: a payroll reporting hours accepted since the statement was received
            // is not replaced by it, unless an auditor recorded it over that payroll (ADR 0030)
            inForce.refusalFor(s).ifPresent(why -> problems.add(new Problem(0, "weekEnding", why)));
        } else {
            s.certifiedUnder(rows.certification(s, upload, statement, by, problems));
            written = problems.isEmpty() ? rows.write(s, upload, contracts.ruleBook(s.contractId()), problems, tally) : 0;
        }
        if (!problems.isEmpty()) {
            return false;
        }
        acceptance.accept(s, written, tally, by);
        return true;
    }

    private Processed reject(PayrollSubmission s, List<Problem> problems, HighroadUser by) {
        List<Problem> kept = problems.size() > PayrollRows.MAX_PROBLEMS ? problems.subList(0, PayrollRows.MAX_PROBLEMS) : problems;
        try {
            weeks.inWeek(s.contractId(), s.vendorId(), s.weekEnding(), status -> {
                PayrollSubmission current = submissions.findById(s.id()).orElseThrow();
                if (current.status() == PayrollSubmission.Status.RECEIVED) {
                    current.reject(kept);
                    audit.record(PayrollSubmissions.SUBJECT, s.id(), "REJECTED", by.userId(), problems.size() + " error(s)", null);
                    events.publishEvent(new PayrollEvents.PayrollRejected(s.contractId(), s.vendorId(), s.weekEnding(), s.id(),
                            problems.size()));
                }
                return null;
            });
            return Processed.SETTLED;
        } catch (PayrollWeeks.WeekBusyException busy) {
            return Processed.PROCESSING_ELSEWHERE;
        } catch (RuntimeException failure) {
            technical(s.id(), failure);
            return Processed.NOT_PROCESSED;
        }
    }

    /** Not the file's fault: it stays RECEIVED with a neutral reason and a reference, to be retried. */
    private void technical(long id, RuntimeException failure) {
        String reference = TechnicalFailures.reference();
        LOG.error("payroll submission {} could not be processed and stays RECEIVED for a retry (reference {})", id, reference,
                TechnicalFailures.redacted(failure));
        try {
            jdbc.update("update payroll_submission set failure = ? where id = ? and status = 'RECEIVED'", "technical failure while "
                    + "processing the payroll; it is kept as received: retry it later (reference " + reference + ")", id);
        } catch (RuntimeException again) {
            LOG.error("payroll submission {}: the failure could not be recorded (reference {})", id, reference,
                    TechnicalFailures.redacted(again));
        }
    }
}
