package org.highroad.payroll;

import java.math.BigDecimal;

import java.time.Clock;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.highroad.contracts.ContractRuleBook;
import org.highroad.contracts.Contracts;
import org.highroad.contracts.ReportingTerms;
import org.highroad.payroll.PayrollEvents.PayrollFlagged;
import org.highroad.payroll.domain.FindingStore;
import org.highroad.payroll.domain.PayrollSubmission;
import org.highroad.payroll.domain.PayrollSubmissionRepository;
import org.highroad.payroll.domain.PayrollWeeks;
import org.highroad.payroll.utilization.Utilization;
import org.highroad.payroll.wages.ApprenticeCensus;
import org.highroad.payroll.wages.ApprenticeProgram;
import org.highroad.payroll.wages.CheckResult;
import org.highroad.payroll.wages.Restitution;
import org.highroad.payroll.wages.WageCheck;
import org.highroad.payroll.wages.WageFinding;
import org.highroad.payroll.wages.WagePolicy;
import org.highroad.payroll.wages.WorkerWeek;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.errors.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Checks an accepted certified payroll (issue 5, points 4, 5 and 7): every worker row against the contract's wage
 * rules in force on each day worked ({@link WageCheck}), the restitution each row is owed, and the workforce shares to
 * the week's end. Rows are streamed from the database in worker order and checked a few hundred workers at a time, so
 * a large payroll is checked in bounded memory. Findings are recorded once while they stand (fingerprints) and announced
 * as {@link PayrollFlagged}; checking the same submission again changes nothing.
 */
@Service
public class PayrollChecks {

    /** Overtime premium: CWHSSA, 40 U.S.C. 3702(a); the contract's WAGES clause. */
    private static final BigDecimal OVERTIME_MULTIPLIER = new BigDecimal("1.5");
    private static final int CHUNK_ROWS = 1000;

    private final PayrollSubmissionRepository submissions;
    private final Contracts contracts;
    private final ComplianceStatements statements;
    private final PayrollUtilization utilization;
    private final FindingStore findings;
    private final PayrollWeeks weeks;
    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final WageCheck wageCheck = new WageCheck();

    PayrollChecks(PayrollSubmissionRepository submissions, Contracts contracts, ComplianceStatements statements,
            PayrollUtilization utilization, FindingStore findings, PayrollWeeks weeks, JdbcTemplate jdbc, DataSource dataSource,
            ApplicationEventPublisher events, Clock clock) {
        this.submissions = submissions;
        this.contracts = contracts;
        this.statements = statements;
        this.utilization = utilization;
        this.findings = findings;
        this.weeks = weeks;
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(CHUNK_ROWS);
        this.events = events;
        this.clock = clock;
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
            weeks.ensure(found.contractId(), prime, found.weekEnding()); // held for the shares (shareShortfalls)
        }
        return weeks.inWeek(found.contractId(), found.vendorId(), found.weekEnding(), status -> checkInWeek(submissionId));
    }

    private CheckSummary checkInWeek(long submissionId) {
        PayrollSubmission s = submissions.findById(submissionId).orElseThrow();
        if (s.status() != PayrollSubmission.Status.ACCEPTED) {
            throw new ConflictException("payroll submission " + submissionId + " is " + s.status() + "; only an accepted one is checked");
        }
        Set<String> known = findings.fingerprints(s.contractId(), s.weekEnding());
        List<Long> created = new ArrayList<>();
        BigDecimal owed = BigDecimal.ZERO.setScale(2);
        if (s.source() != PayrollSubmission.Source.NO_WORK) {
            owed = checkWages(s, known, created);
        }
        long prime = contracts.primeVendorOf(s.contractId());
        if (prime != s.vendorId()) {
            // the shares are the contract's: a subcontractor's check computes them holding the prime's week too, so the
            // checks of one week compute them one after another (and after the prime's payroll is accepted, or before)
            weeks.hold(s.contractId(), prime, s.weekEnding());
        }
        List<Long> shortfalls = shareShortfalls(s, prime, findings.fingerprints(s.contractId(), s.weekEnding()));
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

    private BigDecimal checkWages(PayrollSubmission s, Set<String> known, List<Long> created) {
        ContractRuleBook rules = contracts.ruleBook(s.contractId());
        ReportingTerms terms = rules.reporting(s.weekEnding());
        // the overtime standard of the contract's reporting terms (standard version's enforcement parameters)
        WagePolicy policy = new WagePolicy(terms.weeklyOvertimeAfterHours(), terms.dailyOvertimeAfterHours(), OVERTIME_MULTIPLIER);
        List<ApprenticeProgram> programs = s.statementId() == null ? List.of()
                : statements.programsOf(s.statementId());
        // the ratio is a property of the whole payroll: journeyworkers counted in the database, apprentices listed
        ApprenticeCensus census = new ApprenticeCensus();
        jdbc.query("select classification, count(distinct worker_ref) from payroll_row where submission_id = ? "
                + "and level = 'JOURNEYWORKER' group by classification",
                rs -> {
                    census.addJourneyworkers(rs.getString(1), rs.getInt(2));
                }, s.id());
        streaming.query("select classification, worker_ref, min(entry_number) from payroll_row where submission_id = ? "
                + "and level = 'APPRENTICE' group by classification, worker_ref",
                rs -> {
                    census.add(rs.getString(1), WorkerWeek.Level.APPRENTICE, rs.getString(2), rs.getInt(3));
                }, s.id());
        jdbc.update("delete from payroll_restitution where submission_id = ?", s.id());
        BigDecimal[] owed = {BigDecimal.ZERO.setScale(2)};
        WorkerRows.stream(streaming, s.id(), CHUNK_ROWS, chunk -> {
            CheckResult result = wageCheck.check(chunk, programs, policy, (c, d) -> rules.wageRule(c, d).orElse(null), census);
            created.addAll(record(s, result.findings(), known));
            owed[0] = owed[0].add(restitution(s.id(), result.restitution()));
        });
        return owed[0];
    }

    private List<Long> record(PayrollSubmission s, List<WageFinding> found, Set<String> known) {
        List<FindingView> views = new ArrayList<>();
        List<String> prints = new ArrayList<>();
        for (WageFinding f : found) {
            views.add(new FindingView(null, f.kind().name(), "OPEN", s.contractId(), s.vendorId(), s.weekEnding(), s.id(),
                    f.entryNumber(), f.workerRef(), f.classification(), f.date(), null, null, null, f.amountOwed(), null,
                    f.detail(), f.citation(), clock.instant()));
            prints.add(FindingStore.fingerprint("wage", s.id(), f.kind(), f.entryNumber(), f.workerRef(), f.classification(), f.date()));
        }
        return findings.insertNew(views, prints, known);
    }

    private BigDecimal restitution(long submissionId, List<Restitution> owed) {
        if (owed.isEmpty()) {
            return BigDecimal.ZERO;
        }
        jdbc.batchUpdate("insert into payroll_restitution (submission_id, entry_number, classification, worker_ref, base, "
                + "overtime, fringe, total) values (?,?,?,?,?,?,?,?)", owed.stream().map(r -> new Object[] {submissionId,
                        r.entryNumber(), r.classification(), r.workerRef(), r.base(), r.overtime(), r.fringe(), r.total()}).toList());
        return owed.stream().map(Restitution::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Workforce shares to the end of the week (cumulative over the contract's accepted payrolls, prime and
     * subcontractors): each binding line short of its committed share is a finding against the prime, which answers for
     * the contract's commitments. The commitments are the contract's (Schedule B), stated once for the whole workforce
     * and inherited by subcontractors, not per subcontractor, so no subcontractor has a shortfall of its own.
     */
    private List<Long> shareShortfalls(PayrollSubmission s, long prime, Set<String> known) {
        Utilization shares = utilization.compute(s.contractId(), s.weekEnding());
        List<FindingView> views = new ArrayList<>();
        List<String> prints = new ArrayList<>();
        for (Utilization.ShareLine l : shares.shortfalls()) {
            String scope = (l.trade() == null ? "the project" : l.trade()) + (l.level() == null ? "" : ", " + l.level().name().toLowerCase());
            views.add(new FindingView(null, "SHARE_SHORTFALL", "OPEN", s.contractId(), prime, s.weekEnding(), s.id(), null, null,
                    null, null, l.category(), l.trade(), l.level() == null ? null : l.level().name(), null, l.shortfallHours(),
                    l.category() + " in " + scope + ": " + l.sharePercent() + "% of " + l.totalHours() + " hours to "
                            + s.weekEnding() + " against " + l.requiredPercent() + "% committed; " + l.shortfallHours() + " hours short",
                    l.citation(), clock.instant()));
            // once per contract, week and line while it stands, whichever payroll revealed it: a correction of that
            // payroll supersedes it, and the correction's check finds it again if it still holds
            prints.add(FindingStore.fingerprint("share", s.contractId(), s.weekEnding(), l.category(), l.trade(), l.level()));
        }
        noLongerShort(s, prints);
        // the unique standing key decides, should another check of the week record the same line at this moment
        return findings.insertContested(views, prints, known);
    }

    /**
     * A shortfall found for the week that no longer holds now that this payroll is in (another contractor's payroll
     * of the week came after the check that found it, or a correction changed the hours) no longer stands: superseded,
     * and announced so that it leaves review. One reviewed to an end (dismissed, resolved) stays as it was.
     */
    private void noLongerShort(PayrollSubmission s, List<String> stillShort) {
        findings.supersedeSharesNotIn(s.contractId(), s.weekEnding(), Set.copyOf(stillShort)).forEach((foundOn, ids) ->
                events.publishEvent(new PayrollEvents.FindingsSuperseded(s.contractId(), s.vendorId(), s.weekEnding(), foundOn,
                        s.id(), ids, "with payroll " + s.id() + " in, the workforce shares to the week ending " + s.weekEnding()
                                + " no longer fall short on that line")));
    }

    /** The outcome of a check. */
    public record CheckSummary(long submissionId, int newFindings, int openFindings, BigDecimal amountOwed) {
    }

}
