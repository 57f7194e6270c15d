package org.highroad.payroll;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.highroad.payroll.domain.PayrollSubmission;
import org.highroad.payroll.domain.PayrollSubmissionRepository;
import org.highroad.payroll.domain.PayrollWeeks;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.errors.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What follows an accepted payroll: its checks ({@link PayrollChecks}), then the week's review process is told
 * ({@link PayrollEvents.PayrollReceived}; the process adapter correlates the message). Both survive a failure and a
 * crash: checks that broke are marked FAILED, a review that could not be told is left untold, and {@link #recover()}
 * (at start-up and every few minutes, {@code PayrollRecoverySchedule}) takes up every accepted payroll whose checks are
 * PENDING or FAILED, or whose review was not told, once it is older than a grace period (so that it does not race
 * the request still at it; the week's lock keeps two runs apart anyway). Telling is idempotent: a review that already
 * heard of the week, or has ended, ignores the message.
 */
@Service
public class PayrollFollowUp {

    /** Checks that broke this many times for a technical reason are left to an auditor (POST /api/payrolls/{id}/check). */
    static final int MAX_CHECK_ATTEMPTS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(PayrollFollowUp.class);

    private final PayrollSubmissionRepository submissions;
    private final PayrollChecks checks;
    private final PayrollWeeks weeks;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration grace;

    PayrollFollowUp(PayrollSubmissionRepository submissions, PayrollChecks checks, PayrollWeeks weeks,
            ApplicationEventPublisher events, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
            @Value("${highroad.payroll.recovery.grace:PT10M}") Duration grace) {
        this.submissions = submissions;
        this.checks = checks;
        this.weeks = weeks;
        this.events = events;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.grace = grace;
    }

    /** Runs the checks of an accepted payroll unless they finished, then tells the week's review. Never throws. */
    void settle(long submissionId) {
        PayrollSubmission s = read(submissionId);
        if (s == null || s.status() != PayrollSubmission.Status.ACCEPTED) {
            return;
        }
        if (!"CHECKED".equals(s.checkStatus())) {
            try {
                checks.check(submissionId);
            } catch (ConflictException | NotFoundException | PayrollWeeks.WeekBusyException notNow) {
                return; // superseded meanwhile, or another request is at the week: the recovery follows up
            } catch (RuntimeException technical) {
                checksFailed(s, technical);
                return;
            }
        }
        tellReview(submissionId);
    }

    /** Checks again at an auditor's request, then tells the week's review; a technical failure is marked and thrown. */
    public PayrollChecks.CheckSummary recheck(long submissionId) {
        PayrollSubmission s = read(submissionId);
        if (s == null) {
            throw new NotFoundException("no payroll submission " + submissionId);
        }
        PayrollChecks.CheckSummary summary;
        try {
            summary = checks.check(submissionId);
        } catch (ConflictException | NotFoundException refused) {
            throw refused;
        } catch (PayrollWeeks.WeekBusyException busy) {
            throw new ConflictException("payroll submission " + submissionId + ": its week is being processed by another "
                    + "request; check again in a moment");
        } catch (RuntimeException technical) {
            throw new ChecksNotRunException(submissionId, checksFailed(s, technical));
        }
        tellReview(submissionId);
        return summary;
    }

    /** Follows up every accepted payroll left unchecked or untold, older than the grace period; returns how many. */
    public int recover() {
        Instant before = clock.instant().minus(grace);
        List<Long> due = submissions.unfinishedFollowUps(before, MAX_CHECK_ATTEMPTS);
        for (Long id : due) {
            LOG.info("payroll submission {}: its checks or its review's notice did not finish; following up", id);
            try {
                settle(id);
            } catch (RuntimeException unexpected) {
                LOG.error("payroll submission {}: the follow-up failed (reference {})", id, TechnicalFailures.reference(),
                        TechnicalFailures.redacted(unexpected));
            }
        }
        return due.size();
    }

    /** Tells the week's review process of an accepted, checked payroll, once; a refusal leaves it for the recovery. */
    private void tellReview(long submissionId) {
        PayrollSubmission s = read(submissionId);
        if (s == null || s.status() != PayrollSubmission.Status.ACCEPTED || !"CHECKED".equals(s.checkStatus())
                || s.reviewToldAt() != null) {
            return;
        }
        try {
            events.publishEvent(new PayrollEvents.PayrollReceived(s.contractId(), s.vendorId(), s.weekEnding(), submissionId,
                    s.findingCount() != null && s.findingCount() > 0));
        } catch (RuntimeException refused) {
            LOG.warn("payroll submission {}: its week's review process was not told yet; the recovery tells it later (reference {})",
                    submissionId, TechnicalFailures.reference(), TechnicalFailures.redacted(refused));
            return;
        }
        jdbc.update("update payroll_submission set review_told_at = ? where id = ?", java.sql.Timestamp.from(clock.instant()),
                submissionId);
    }

    /** Marks the checks FAILED with a neutral reason; returns the reference logged with the failure. */
    private String checksFailed(PayrollSubmission s, RuntimeException technical) {
        String reference = TechnicalFailures.reference();
        LOG.error("checks of payroll submission {} failed; it stays accepted and is checked again (reference {})", s.id(),
                reference, TechnicalFailures.redacted(technical));
        try {
            weeks.inWeek(s.contractId(), s.vendorId(), s.weekEnding(), status -> {
                submissions.findById(s.id()).orElseThrow().checkFailed("technical failure during the checks; they are run "
                        + "again (reference " + reference + ")");
                return null;
            });
        } catch (RuntimeException again) {
            LOG.error("payroll submission {}: the failed checks could not be recorded (reference {})", s.id(), reference,
                    TechnicalFailures.redacted(again));
        }
        return reference;
    }

    private PayrollSubmission read(long id) {
        return tx.execute(status -> submissions.findById(id).orElse(null));
    }

    /** The checks broke for a technical reason (answered 503 with the reference). */
    public static class ChecksNotRunException extends RuntimeException {
        private final String reference;

        public ChecksNotRunException(long submissionId, String reference) {
            super("the checks of payroll submission " + submissionId + " failed for a technical reason (reference " + reference + ")");
            this.reference = reference;
        }

        public String reference() {
            return reference;
        }
    }
}
