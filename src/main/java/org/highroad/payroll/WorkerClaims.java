package org.highroad.payroll;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.highroad.contracts.ContractRuleBook;
import org.highroad.contracts.Contracts;
import org.highroad.contracts.ExpectedPayroll;
import org.highroad.contracts.WageRule;
import org.highroad.payroll.PayrollEvents.PayrollFlagged;
import org.highroad.payroll.domain.FindingStore;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A worker's account of a week (hours worked, pay received) against the certified payroll the contractor reported for
 * that contract and week (29 CFR 5.6: the agency investigates complaints, comparing payrolls with what workers say).
 * A discrepancy becomes a payroll finding like any other, announced as {@link PayrollFlagged} so that it joins the
 * contractor's compliance case. The finding names the worker only by the payroll's worker reference and never says
 * where the account came from (29 CFR 5.6(a)(5): a complainant's identity is not disclosed).
 */
@Service
public class WorkerClaims {

    static final String KIND = "INVESTIGATION_DISCREPANCY";
    static final String RULE = "29 CFR 5.5(a)(3)(i): payrolls show every worker's hours and wages, accurately and completely; "
            + "29 CFR 5.5(a)(1): the committed wage for every hour worked; 29 CFR 5.6: investigation by the contracting agency";
    /** Overtime at one and a half times the basic rate (40 U.S.C. 3702, Contract Work Hours and Safety Standards Act). */
    private static final BigDecimal OVERTIME = new BigDecimal("1.5");
    private static final HighroadUser READER = new HighroadUser("highroad-workflow", Set.of(Role.AUDITOR), null);

    private final JdbcTemplate jdbc;
    private final Contracts contracts;
    private final FindingStore findings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkerClaims(JdbcTemplate jdbc, Contracts contracts, FindingStore findings, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.contracts = contracts;
        this.findings = findings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What a worker says about a week.
     *
     * @param worker the payroll's worker reference (last four digits of the id) or the worker's name as on the payroll
     */
    public record ClaimedWeek(long contractId, long vendorId, LocalDate weekEnding, String worker, BigDecimal hours,
            BigDecimal pay) {
    }

    /** The comparison's verdict. */
    public enum Verdict { DISCREPANCY, CONSISTENT, UNDECIDED }

    /**
     * @param workerRef    the payroll's worker reference of the worker, when found on the payroll
     * @param amountShort  pay below what the reported hours at the committed rate come to, when the worker says so
     */
    public record ClaimCheck(Verdict verdict, Long submissionId, String workerRef, BigDecimal reportedHours,
            BigDecimal requiredPay, BigDecimal amountShort, String explanation, Row row) {
    }

    /** The worker's (first) payroll row, so that the auditor's review shows the row behind the finding. */
    public record Row(int entryNumber, String classification) {
    }

    @Transactional(readOnly = true)
    public ClaimCheck compare(ClaimedWeek claim) {
        if (claim.hours() == null && claim.pay() == null) {
            return undecided(null, "the account gives no hours or pay to compare");
        }
        Optional<Submission> submission = accepted(claim);
        if (submission.isEmpty()) {
            return notReported(claim);
        }
        Submission s = submission.get();
        if (s.noWork()) {
            return claim.hours() != null && claim.hours().signum() > 0
                    ? new ClaimCheck(Verdict.DISCREPANCY, s.id(), null, BigDecimal.ZERO.setScale(2), null, null,
                            "the contractor certified no work in the week ending " + claim.weekEnding() + "; the account is of "
                                    + claim.hours() + " hours worked", null)
                    : undecided(s.id(), "the contractor certified no work that week and the account gives no hours");
        }
        List<String> refs = workerRefs(s.id(), claim.worker());
        if (refs.size() != 1) {
            return undecided(s.id(), refs.isEmpty() ? "no worker on the payroll matches the worker reference given"
                    : "more than one worker on the payroll matches the reference given");
        }
        return compareRows(claim, s.id(), refs.get(0));
    }

    private ClaimCheck compareRows(ClaimedWeek claim, long submissionId, String workerRef) {
        ContractRuleBook book = contracts.ruleBook(claim.contractId());
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal required = BigDecimal.ZERO;
        List<DayHours> days = days(submissionId, workerRef);
        Row row = days.isEmpty() ? null : new Row(days.get(0).entryNumber(), days.get(0).classification());
        for (DayHours day : days) {
            Optional<WageRule> rule = book.wageRule(day.classification(), day.date());
            if (rule.isEmpty()) {
                return undecided(submissionId, "the contract has no wage rule for " + day.classification() + " on " + day.date());
            }
            BigDecimal base = rule.get().committedBase();
            hours = hours.add(day.straight()).add(day.overtime());
            required = required.add(day.straight().multiply(base)).add(day.overtime().multiply(base).multiply(OVERTIME));
        }
        required = required.setScale(2, RoundingMode.HALF_UP);
        hours = hours.setScale(2, RoundingMode.HALF_UP);
        List<String> found = new ArrayList<>();
        if (claim.hours() != null && claim.hours().compareTo(hours) > 0) {
            found.add(claim.hours() + " hours worked against " + hours + " reported");
        }
        BigDecimal shortBy = null;
        if (claim.pay() != null && claim.pay().compareTo(required) < 0) {
            shortBy = required.subtract(claim.pay());
            found.add("$" + claim.pay() + " paid against $" + required + " due for the reported hours at the committed rate");
        }
        String week = "worker " + workerRef + ", week ending " + claim.weekEnding() + ": ";
        return found.isEmpty()
                ? new ClaimCheck(Verdict.CONSISTENT, submissionId, workerRef, hours, required, null, week
                        + "the account agrees with the certified payroll (" + hours + " hours, $" + required + " due)", row)
                : new ClaimCheck(Verdict.DISCREPANCY, submissionId, workerRef, hours, required, shortBy,
                        week + String.join("; ", found), row);
    }

    /** No payroll for a week that is due is itself a discrepancy; a week not yet due cannot be judged. */
    private ClaimCheck notReported(ClaimedWeek claim) {
        Optional<LocalDate> due = contracts.payrollCalendar(claim.contractId(), READER).stream()
                .filter(e -> e.vendorId() == claim.vendorId() && e.weekEnding().equals(claim.weekEnding()))
                .map(ExpectedPayroll::dueOn).findFirst();
        if (due.isPresent() && !LocalDate.now(clock).isAfter(due.get())) {
            return undecided(null, "the certified payroll for the week ending " + claim.weekEnding() + " is not due until "
                    + due.get());
        }
        return new ClaimCheck(Verdict.DISCREPANCY, null, null, null, null, null,
                "no certified payroll was reported for the week ending " + claim.weekEnding() + ", in which work is reported", null);
    }

    /**
     * Records a discrepancy as a payroll finding (once per {@code source}, so a retried job records nothing twice) and
     * announces it; returns the finding's id. The detail says what differs, not who said so.
     */
    @Transactional
    public long recordDiscrepancy(ClaimedWeek claim, ClaimCheck check, String source) {
        if (check.verdict() != Verdict.DISCREPANCY) {
            throw new IllegalArgumentException("not a discrepancy: " + check.verdict());
        }
        String print = FindingStore.fingerprint("investigation", claim.contractId(), claim.vendorId(), claim.weekEnding(), source);
        FindingView finding = new FindingView(null, KIND, "OPEN", claim.contractId(), claim.vendorId(), claim.weekEnding(),
                check.submissionId(), check.row() == null ? null : check.row().entryNumber(), check.workerRef(),
                check.row() == null ? null : check.row().classification(), null, null, null, null, check.amountShort(), null,
                "investigation: " + check.explanation(), RULE, clock.instant());
        List<Long> ids = findings.insertNew(List.of(finding), List.of(print), findings.fingerprints(claim.contractId(), claim.weekEnding()));
        if (ids.isEmpty()) {
            return jdbc.queryForObject("select id from payroll_finding where fingerprint = ?", Long.class, print);
        }
        events.publishEvent(new PayrollFlagged(claim.contractId(), claim.vendorId(), claim.weekEnding(), check.submissionId(), ids));
        return ids.get(0);
    }

    private static ClaimCheck undecided(Long submissionId, String why) {
        return new ClaimCheck(Verdict.UNDECIDED, submissionId, null, null, null, null, why, null);
    }

    private Optional<Submission> accepted(ClaimedWeek claim) {
        return jdbc.query("select id, source from payroll_submission where contract_id = ? and vendor_id = ? and week_ending = ? "
                        + "and status = 'ACCEPTED' order by id desc", (rs, n) -> new Submission(rs.getLong("id"),
                        "NO_WORK".equals(rs.getString("source"))), claim.contractId(), claim.vendorId(), Date.valueOf(claim.weekEnding()))
                .stream().findFirst();
    }

    /** The payroll's worker references matching the reference given, or else the name given (first and last, or last). */
    private List<String> workerRefs(long submissionId, String worker) {
        String given = worker == null ? "" : worker.trim();
        List<String> byRef = jdbc.queryForList("select distinct worker_ref from payroll_row where submission_id = ? and worker_ref = ?",
                String.class, submissionId, given);
        if (!byRef.isEmpty()) {
            return byRef;
        }
        return jdbc.queryForList("select distinct worker_ref from payroll_row where submission_id = ? and (lower(last_name) = lower(?) "
                + "or lower(first_name || ' ' || last_name) = lower(?))", String.class, submissionId, given, given);
    }

    private List<DayHours> days(long submissionId, String workerRef) {
        return jdbc.query("select r.classification, d.work_date, d.straight_hours, d.overtime_hours, r.entry_number from payroll_row r "
                + "join payroll_row_day d on d.submission_id = r.submission_id and d.position = r.position "
                + "where r.submission_id = ? and r.worker_ref = ? order by r.position, d.work_date",
                (rs, n) -> new DayHours(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getInt(5)),
                submissionId, workerRef);
    }

    private record Submission(long id, boolean noWork) {
    }

    private record DayHours(String classification, LocalDate date, BigDecimal straight, BigDecimal overtime, int entryNumber) {
    }
}
