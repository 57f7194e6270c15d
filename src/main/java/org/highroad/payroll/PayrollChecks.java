package org.highroad.payroll;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.highroad.contracts.ContractRuleBook;
import org.highroad.contracts.Contracts;
import org.highroad.payroll.PayrollEvents.PayrollFlagged;
import org.highroad.payroll.domain.FindingStore;
import org.highroad.payroll.domain.PayrollSubmission;
import org.highroad.payroll.domain.PayrollSubmissionRepository;
import org.highroad.payroll.domain.PayrollWeeks;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.errors.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Checks an accepted certified payroll (29 CFR 5.5(a)(3); the contract's WAGES and WORKFORCE clauses), under the week's
 * lock: every worker row against the contract's wage rules in force on each day worked and the restitution each row is
 * owed ({@link WageChecks}), then the workforce shares to the week's end ({@link ShareShortfalls}). Findings are
 * recorded once while they stand (fingerprints) and announced as {@link PayrollFlagged}, a share shortfall to the
 * prime; checking the same submission again changes nothing.
 */
@Service
public class PayrollChecks {

    private final PayrollSubmissionRepository submissions;
    private final Contracts contracts;
    private final PayrollWeeks weeks;
    private final FindingStore findings;
    private final WageChecks wages;
    private final ShareShortfalls shares;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    PayrollChecks(PayrollSubmissionRepository submissions, Contracts contracts, PayrollWeeks weeks, FindingStore findings,
            WageChecks wages, ShareShortfalls shares, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.submissions = submissions;
        this.contracts = contracts;
        this.weeks = weeks;
        this.findings = findings;
        this.wages = wages;
        this.shares = shares;
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Checks (or re-checks) an accepted submission; returns the number of new findings. Runs in a transaction of its own
     * holding the week's lock ({@link PayrollWeeks}): a correction is not accepted while its week's payroll is being
     * checked, and two checks of one payroll do not run at once. Call it outside a transaction.
     */
    public CheckSummary check(long submissionId) {
        PayrollSubmission found = submissions.findById(submissionId)
                .orElseThrow(() -> new NotFoundException("no payroll submission " + submissionId));
        long prime = contracts.primeVendorOf(found.contractId());
        if (prime != found.vendorId()) {
            weeks.ensure(found.contractId(), prime, found.weekEnding()); // held for the shares (ShareShortfalls)
        }
        return weeks.inWeek(found.contractId(), found.vendorId(), found.weekEnding(), status -> checkInWeek(submissionId));
    }

    private CheckSummary checkInWeek(long submissionId) {
        PayrollSubmission s = submissions.findById(submissionId).orElseThrow();
        if (s.status() != PayrollSubmission.Status.ACCEPTED) {
            throw new ConflictException("payroll submission " + submissionId + " is " + s.status() + "; only an accepted one is checked");
        }
        // the contract's rule book, read once for the whole check (wage rules, reporting terms, workforce commitments):
        // the check holds the week's lock in one transaction
        ContractRuleBook rules = contracts.ruleBook(s.contractId());
        Set<String> known = findings.fingerprints(s.contractId(), s.weekEnding());
        List<Long> created = new ArrayList<>();
        BigDecimal owed = BigDecimal.ZERO.setScale(2);
        java.util.Map<Long, BigDecimal> refound = new java.util.TreeMap<>();
        if (s.source() != PayrollSubmission.Source.NO_WORK) {
            owed = wages.check(s, rules, known, created, refound);
        }
        // the confirmed findings of the week found on an earlier payroll stand (ADR 0030): each records whether this
        // payroll shows it still, for the auditor (a no-work statement shows none of them)
        findings.recheckConfirmed(s.contractId(), s.vendorId(), s.weekEnding(), s.id(), refound);
        long prime = contracts.primeVendorOf(s.contractId());
        if (prime != s.vendorId()) {
            // the shares are the contract's: a subcontractor's check computes them holding the prime's week too, so the
            // checks of one week compute them one after another (and after the prime's payroll is accepted, or before)
            weeks.hold(s.contractId(), prime, s.weekEnding());
        }
        List<Long> shortfalls = shares.record(s, prime, findings.fingerprints(s.contractId(), s.weekEnding()), rules);
        int total = jdbc.queryForObject("select count(*) from payroll_finding where submission_id = ? and status = 'OPEN'",
                Integer.class, submissionId);
        s.checked(total, owed);
        int found = created.size() + shortfalls.size();
        if (prime == s.vendorId()) {
            created.addAll(shortfalls);
        } else if (!shortfalls.isEmpty()) {
            // the prime's findings, though a subcontractor's payroll revealed them: they go to the prime's case
            events.publishEvent(new PayrollFlagged(s.contractId(), prime, s.weekEnding(), submissionId, shortfalls));
        }
        if (!created.isEmpty()) {
            events.publishEvent(new PayrollFlagged(s.contractId(), s.vendorId(), s.weekEnding(), submissionId, List.copyOf(created)));
        }
        return new CheckSummary(submissionId, found, total, owed);
    }

    /** The outcome of a check. */
    public record CheckSummary(long submissionId, int newFindings, int openFindings, BigDecimal amountOwed) {
    }

}
