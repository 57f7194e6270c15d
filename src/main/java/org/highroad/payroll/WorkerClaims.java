package org.highroad.payroll;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.highroad.contracts.ContractRuleBook;
import org.highroad.contracts.Contracts;
import org.highroad.contracts.ExpectedPayroll;
import org.highroad.contracts.WageRule;
import org.highroad.payroll.PayrollEvents.PayrollFlagged;
import org.highroad.payroll.domain.FindingStore;
import org.highroad.payroll.domain.PayrollWeeks;
import org.highroad.platform.money.Money;
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
 * contractor's compliance case. The finding names the worker only by the payroll's worker reference, never says
 * where the account came from (29 CFR 5.6(a)(5): a complainant's identity is not disclosed) and never quotes it (the
 * hours and pay claimed stay with the complaint, for auditors). Wages a payroll finding already owes the worker for
 * the week are not owed again.
 *
 * <p>The week is always a work week, Sunday to Saturday (29 CFR 778.105; overtime is owed "in any workweek", 40 U.S.C.
 * 3702(a)). On a contract that reports weekly it is the reporting period itself, keyed by its end as every payroll
 * table is. On a contract that reports biweekly, semi-monthly, monthly or quarterly, a work week lies inside the
 * reporting period (or, when a period ends mid-week, the two periods) that contains its days: the account is compared
 * with that worker's rows of that work week on the period's payroll in force, the period's due date decides whether it
 * is due, a no-work statement for the period covers its weeks, and what findings already owe is credited only where
 * they are about the same work week (a longer period's wage findings name their work week: their work date, or their
 * detail's "Work week ending" prefix; see docs/adr/0011-reporting-cadence-period-end-key.md).
 */
@Service
public class WorkerClaims {

    static final String KIND = "INVESTIGATION_DISCREPANCY";
    static final String SITE_KIND = "SITE_VISIT_VIOLATION";
    static final String SITE_RULE = "29 CFR 5.6(a)(3): the contracting agency's investigation, including confidential interviews "
            + "with workers at the site of the work; 29 CFR 5.5(a)(1): the committed wage for every hour worked";
    static final String RULE = "29 CFR 5.5(a)(3)(i): payrolls show every worker's hours and wages, accurately and completely; "
            + "29 CFR 5.5(a)(1): the committed wage for every hour worked; 29 CFR 5.6: investigation by the contracting agency";
    /** Overtime at one and a half times the basic rate (40 U.S.C. 3702, Contract Work Hours and Safety Standards Act). */
    private static final BigDecimal OVERTIME = new BigDecimal("1.5");
    private static final HighroadUser READER = HighroadUser.workflowAs(Role.AUDITOR);

    private final JdbcTemplate jdbc;
    private final Contracts contracts;
    private final FindingStore findings;
    private final PayrollWeeks weeks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkerClaims(JdbcTemplate jdbc, Contracts contracts, FindingStore findings, PayrollWeeks weeks,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.contracts = contracts;
        this.findings = findings;
        this.weeks = weeks;
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
     * @param amountShort  pay below what the reported hours at the committed rate come to, when the worker says so, less
     *                     what payroll findings for that worker and week already owe in wages (never twice)
     * @param explanation  the comparison with the worker's account, for auditors (kept with the complaint)
     * @param statement    what the contractor reads in the finding: what differs, never the worker's account (hours or
     *                     pay claimed); null when the only difference is wages a finding already owes
     * @param owedBy       that finding, when the statement is null
     * @param periodEnding the end of the reporting period the comparison is filed under (the week itself on a weekly
     *                     contract), or null when the contractor's calendar has no period holding the week
     * @param workWeek     the work week compared, when it is not the whole reporting period (a longer period's week),
     *                     else null
     */
    public record ClaimCheck(Verdict verdict, Long submissionId, String workerRef, BigDecimal reportedHours,
            BigDecimal requiredPay, BigDecimal amountShort, String explanation, String statement, Long owedBy, Row row,
            LocalDate periodEnding, LocalDate workWeek) {

        /** The check with its period (the payroll's compared, else the last period holding the week) and work week. */
        ClaimCheck in(Periods periods) {
            return new ClaimCheck(verdict, submissionId, workerRef, reportedHours, requiredPay, amountShort, explanation,
                    statement, owedBy, row, periodEnding != null ? periodEnding : periods.filedUnder(),
                    periods.weekly() ? null : periods.workWeek());
        }

        ClaimCheck filedUnder(LocalDate period) {
            return new ClaimCheck(verdict, submissionId, workerRef, reportedHours, requiredPay, amountShort, explanation,
                    statement, owedBy, row, period, workWeek);
        }
    }

    /** The worker's (first) payroll row, so that the auditor's review shows the row behind the finding. */
    public record Row(int entryNumber, String classification) {
    }

    /** A comparison and what it recorded: the finding recorded, the finding that owes the wages, or none. */
    public record Compared(ClaimCheck check, Long findingId) {
    }

    /**
     * Compares the account with the certified payroll in force and records a discrepancy as a payroll finding (once per
     * {@code source}), or links it to the finding that already owes the wages in question. The week's row is locked
     * first ({@link PayrollWeeks#hold}: the row of each reporting period holding the work week, in date order), so two
     * accounts of one worker's week compared at the same moment are compared one after the other and the second
     * credits what the first recorded: the difference is owed once.
     */
    @Transactional
    public Compared compareAndRecord(ClaimedWeek claim, String source) {
        hold(claim.contractId(), claim.vendorId(), periods(claim));
        ClaimCheck check = compare(claim, Set.of());
        return new Compared(check, check.verdict() == Verdict.DISCREPANCY ? record(claim, check, source) : null);
    }

    /**
     * The comparison with the payroll in force, crediting the wages that findings standing for that worker and week
     * already owe, except the findings in {@code ignoring}. Call it in a transaction holding the week ({@link PayrollWeeks#hold}).
     */
    ClaimCheck compare(ClaimedWeek claim, Set<Long> ignoring) {
        Periods periods = periods(claim);
        return compare(claim, periods, ignoring).in(periods);
    }

    private ClaimCheck compare(ClaimedWeek claim, Periods periods, Set<Long> ignoring) {
        if (claim.hours() == null && claim.pay() == null) {
            return undecided(null, "the account gives no hours or pay to compare");
        }
        List<Submission> submissions = accepted(claim.contractId(), claim.vendorId(), periods);
        if (submissions.isEmpty()) {
            return notReported(claim, periods);
        }
        Submission s = submissions.get(submissions.size() - 1);
        List<Submission> reported = submissions.stream().filter(x -> !x.noWork()).toList();
        if (reported.isEmpty()) {
            String certified = periods.weekly() ? "the contractor certified no work in the week ending " + claim.weekEnding()
                    : "the contractor certified no work in " + periods.describe();
            return claim.hours() != null && claim.hours().signum() > 0
                    ? new ClaimCheck(Verdict.DISCREPANCY, s.id(), null, BigDecimal.ZERO.setScale(2), null, null,
                            certified + "; the account is of " + claim.hours() + " hours worked", certified
                                    + "; the investigation found work in " + (periods.weekly() ? "that week"
                                            : "the work week ending " + claim.weekEnding()), null, null, s.end(), null)
                    : undecided(s.id(), periods.weekly() ? "the contractor certified no work that week and the account gives no hours"
                            : certified + " and the account gives no hours");
        }
        List<String> refs = workerRefs(reported, claim.worker());
        if (refs.size() != 1) {
            return undecided(s.id(), refs.isEmpty() ? "no worker on the payroll matches the worker reference given"
                    : "more than one worker on the payroll matches the reference given");
        }
        Submission compared = reported.get(reported.size() - 1);
        return compareRows(claim, periods, reported, refs.get(0), ignoring).filedUnder(compared.end());
    }

    private ClaimCheck compareRows(ClaimedWeek claim, Periods periods, List<Submission> reported, String workerRef,
            Set<Long> ignoring) {
        // the payroll the comparison is filed under: the latest period's that reports work (the week's own, on a weekly contract)
        long submissionId = reported.get(reported.size() - 1).id();
        ContractRuleBook book = contracts.ruleBook(claim.contractId());
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal required = BigDecimal.ZERO;
        List<DayHours> days = days(reported, workerRef, periods);
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
        List<String> stated = new ArrayList<>();
        if (claim.hours() != null && claim.hours().compareTo(hours) > 0) {
            found.add(claim.hours() + " hours worked against " + hours + " reported");
            stated.add("the certified payroll reports " + hours + " hours, fewer than the investigation found worked");
        }
        BigDecimal shortBy = null;
        Long owedBy = null;
        if (claim.pay() != null && claim.pay().compareTo(required) < 0) {
            found.add(dollars(claim.pay()) + " paid against " + dollars(required) + " due for the reported hours at the committed rate");
            AlreadyOwed owed = alreadyOwed(claim, periods, workerRef, ignoring);
            shortBy = required.subtract(claim.pay()).subtract(owed.amount()).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
            if (owed.amount().signum() > 0) {
                found.add(dollars(owed.amount()) + " of it already owed by payroll finding(s) " + owed.findingIds());
            }
            if (shortBy.signum() > 0) {
                stated.add("paid less than the committed wage for the " + hours + " hours reported: " + dollars(shortBy) + " owed"
                        + (owed.amount().signum() > 0 ? " beyond the " + dollars(owed.amount()) + " that payroll finding(s) "
                                + owed.findingIds() + " already owe" : ""));
            } else { // pay and the wage due are in cents: only wages already owed bring what is short to nothing
                shortBy = null;
                owedBy = owed.findingIds().get(0);
            }
        }
        String week = "worker " + workerRef + ", " + (periods.weekly() ? "" : "work ") + "week ending " + claim.weekEnding() + ": ";
        return found.isEmpty()
                ? new ClaimCheck(Verdict.CONSISTENT, submissionId, workerRef, hours, required, null, week
                        + "the account agrees with the certified payroll (" + hours + " hours, " + dollars(required) + " due)", null,
                        null, row, null, null)
                : new ClaimCheck(Verdict.DISCREPANCY, submissionId, workerRef, hours, required, shortBy,
                        week + String.join("; ", found), stated.isEmpty() ? null : week + String.join("; ", stated),
                        stated.isEmpty() ? owedBy : null, row, null, null);
    }

    /** Wages payroll findings already owe a worker for a week, and which findings owe them. */
    private record AlreadyOwed(BigDecimal amount, List<Long> findingIds) {
    }

    /**
     * What the contractor already owes the worker for the week in wages, by findings that stand (not dismissed, not
     * superseded): restitution is what was earned less what was paid (HUD, "Making Davis-Bacon Work"; domain reference,
     * restitution conventions), owed once, so a complaint owes only what goes beyond it. The account is of cash pay
     * against the basic hourly rate and overtime (40 U.S.C. 3141(2)(A), 40 U.S.C. 3702), so a fringe shortfall, the
     * other part of the wages (40 U.S.C. 3141(2)(B)), is not the same money.
     */
    private AlreadyOwed alreadyOwed(ClaimedWeek claim, Periods periods, String workerRef, Set<Long> ignoring) {
        List<FindingView> owing = owedToWorker(claim.contractId(), claim.vendorId(), periods, workerRef)
                .stream().filter(f -> !f.kind().contains("FRINGE") && !ignoring.contains(f.id())).toList();
        return new AlreadyOwed(owing.stream().map(FindingView::amountOwed).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2),
                owing.stream().map(FindingView::id).toList());
    }

    /**
     * Whether the contractor is expected to report a certified payroll for the contract and week (the week is in its
     * payroll calendar: a period of its calendar holds the work week): a week a worker's account spans outside it is
     * not one a payroll can be compared for.
     */
    @Transactional(readOnly = true)
    public boolean payrollExpected(long contractId, long vendorId, LocalDate weekEnding) {
        return !Periods.of(contracts.payrollCalendar(contractId, READER), vendorId, weekEnding).periods().isEmpty();
    }

    /**
     * The ends of the contractor's reporting periods that hold a day of the work week ending {@code weekEnding}: the
     * week itself on a weekly contract; the period (or the two periods, when one ends inside the week) on a longer one.
     */
    @Transactional(readOnly = true)
    public List<LocalDate> periodEndings(long contractId, long vendorId, LocalDate weekEnding) {
        return Periods.of(contracts.payrollCalendar(contractId, READER), vendorId, weekEnding).periods().stream()
                .map(ExpectedPayroll::weekEnding).toList();
    }

    /**
     * No payroll for a week that is due is itself a discrepancy; a week not yet due cannot be judged. On a longer
     * period it is the period's due date that decides (the last of the periods holding the week, when two do).
     */
    private ClaimCheck notReported(ClaimedWeek claim, Periods periods) {
        Optional<LocalDate> due = periods.periods().stream().map(ExpectedPayroll::dueOn).max(Comparator.naturalOrder());
        String what = periods.weekly() ? "the week ending " + claim.weekEnding() : periods.describe();
        if (due.isPresent() && !LocalDate.now(clock).isAfter(due.get())) {
            return undecided(null, "the certified payroll for " + what + " is not due until " + due.get());
        }
        return new ClaimCheck(Verdict.DISCREPANCY, null, null, null, null, null,
                "no certified payroll was reported for " + what + ", in which work is reported",
                "no certified payroll was reported for " + what + ", in which the investigation found work", null, null,
                null, null);
    }

    /**
     * Records a discrepancy as a payroll finding (once per {@code source}, so a retried job records nothing twice) and
     * announces it; returns the finding's id. The detail is the check's statement: what differs, not who said so nor
     * what they said (29 CFR 5.6(a)(5)). When the only difference is wages a payroll finding already owes, nothing is
     * recorded and that finding's id is returned.
     */
    long record(ClaimedWeek claim, ClaimCheck check, String source) {
        if (check.verdict() != Verdict.DISCREPANCY) {
            throw new IllegalArgumentException("not a discrepancy: " + check.verdict());
        }
        if (check.statement() == null) {
            return check.owedBy();
        }
        String print = investigationPrint(claim, check, source);
        Optional<Long> standing = findings.standing(print);
        if (standing.isPresent()) {
            return standing.get(); // a retried job
        }
        FindingView finding = new FindingView(null, KIND, "OPEN", claim.contractId(), claim.vendorId(), filedUnder(claim, check),
                check.submissionId(), check.row() == null ? null : check.row().entryNumber(), check.workerRef(),
                check.row() == null ? null : check.row().classification(), null, null, null, null, check.amountShort(), null,
                detail(check), RULE, clock.instant());
        return recordOnce(finding, print);
    }

    /**
     * What an account's own finding is about: the contractor's week, and the account ({@code source}). On a longer
     * period, the work week (a longer period's wage findings name theirs too), whichever period's payroll is in force
     * for it, so that the account's weeks of one period are findings of their own and a restatement finds its own; a
     * weekly contract's fingerprints are as they always were.
     */
    static String investigationPrint(ClaimedWeek claim, ClaimCheck check, String source) {
        return check.workWeek() == null
                ? FindingStore.fingerprint("investigation", claim.contractId(), claim.vendorId(), claim.weekEnding(), source)
                : FindingStore.fingerprint("investigation", claim.contractId(), claim.vendorId(), "work week", check.workWeek(),
                        source);
    }

    /** {@link #investigationPrint(ClaimedWeek, ClaimCheck, String)} of the account, its periods looked up. */
    String investigationPrint(ClaimedWeek claim, String source) {
        Periods periods = periods(claim);
        return investigationPrint(claim, undecided(null, "").in(periods), source);
    }

    /** The period a finding about the claimed week is filed under: its end, the key of every payroll table. */
    private static LocalDate filedUnder(ClaimedWeek claim, ClaimCheck check) {
        return check.periodEnding() == null ? claim.weekEnding() : check.periodEnding();
    }

    /**
     * What the contractor reads in the finding of a discrepancy: the check's statement; on a longer period named by its
     * work week as the period's wage findings are ("Work week ending ...: ").
     */
    static String detail(ClaimCheck check) {
        return (check.workWeek() == null ? "" : "Work week ending " + check.workWeek() + ": ") + "investigation: " + check.statement();
    }

    /**
     * What a site visit found, stated for the contractor.
     *
     * @param worker     the worker as triaged: the payroll's worker reference or the name on the payroll
     * @param amountOwed wages the visit established as owed to that worker for the week, or null
     */
    public record SiteViolation(long contractId, long vendorId, LocalDate weekEnding, String worker, LocalDate visitedOn,
            String statement, BigDecimal amountOwed) {
    }

    /**
     * The payroll's worker reference of the worker given, when the contractor's accepted certified payroll for that
     * contract and week names exactly one such worker.
     */
    @Transactional(readOnly = true)
    public Optional<String> payrollWorker(long contractId, long vendorId, LocalDate weekEnding, String worker) {
        return payrollWorker(contractId, vendorId, periods(contractId, vendorId, weekEnding), worker);
    }

    private Optional<String> payrollWorker(long contractId, long vendorId, Periods periods, String worker) {
        List<Submission> reported = accepted(contractId, vendorId, periods).stream().filter(s -> !s.noWork()).toList();
        List<String> refs = reported.isEmpty() ? List.of() : workerRefs(reported, worker);
        return refs.size() == 1 ? Optional.of(refs.get(0)) : Optional.empty();
    }

    /**
     * The classification the contractor's accepted certified payroll for that contract and week reports the worker in
     * (the worker's first row of the work week, or else of the period), when the payroll names exactly one such worker:
     * a worker's claim is priced at the committed wage for that classification.
     */
    @Transactional(readOnly = true)
    public Optional<String> payrollClassification(long contractId, long vendorId, LocalDate weekEnding, String worker) {
        Periods periods = periods(contractId, vendorId, weekEnding);
        List<Submission> reported = accepted(contractId, vendorId, periods).stream().filter(s -> !s.noWork()).toList();
        Optional<String> ref = payrollWorker(contractId, vendorId, periods, worker);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> inWeek = days(reported, ref.get(), periods).stream().findFirst().map(DayHours::classification);
        // a longer period's payroll may name the worker in other weeks only: the worker's first row of the period
        return inWeek.isPresent() || periods.weekly() ? inWeek
                : days(reported, ref.get(), null).stream().findFirst().map(DayHours::classification);
    }

    /**
     * Records a site visit's or interview's violation as a payroll finding (once per {@code source} and week) and
     * announces it, so that it joins the contractor's compliance case; returns the finding's id. Wages owed are owed to
     * the worker on the payroll, whose row the finding points at; the statement is the auditor's, and says nothing of a
     * complaint. The amount substantiated is what the worker is owed for the week in all (wages and fringe); what
     * findings standing for that worker and week already owe, of every kind, is credited, so that it is owed once
     * (restitution is what was earned less what was paid, owed once: HUD, "Making Davis-Bacon Work"; domain
     * reference, restitution conventions). The week's row is locked first ({@link PayrollWeeks#hold}), so a payroll
     * check or another account of the week recorded at the same moment is credited too.
     *
     * @throws IllegalArgumentException for wages owed to a worker the week's certified payroll does not name
     */
    @Transactional
    public long recordSiteViolation(SiteViolation v, String source) {
        Periods periods = periods(v.contractId(), v.vendorId(), v.weekEnding());
        hold(v.contractId(), v.vendorId(), periods);
        // a weekly contract's fingerprint as it always was; a longer period's names its work week too
        String print = periods.weekly()
                ? FindingStore.fingerprint("site-visit", v.contractId(), v.vendorId(), v.weekEnding(), source)
                : FindingStore.fingerprint("site-visit", v.contractId(), v.vendorId(), "work week", v.weekEnding(), source);
        Optional<Long> recorded = findings.standing(print);
        if (recorded.isPresent()) {
            return recorded.get(); // a retried step
        }
        List<Submission> reported = accepted(v.contractId(), v.vendorId(), periods).stream().filter(s -> !s.noWork()).toList();
        Optional<Submission> submission = reported.isEmpty()
                ? accepted(v.contractId(), v.vendorId(), periods).stream().reduce((a, b) -> b)
                : Optional.of(reported.get(reported.size() - 1));
        Optional<String> ref = payrollWorker(v.contractId(), v.vendorId(), periods, v.worker());
        boolean owes = v.amountOwed() != null && v.amountOwed().signum() > 0;
        if (owes && ref.isEmpty()) {
            throw new IllegalArgumentException("wages owed need a worker on the certified payroll for the week ending " + v.weekEnding());
        }
        // filed under the period of the latest payroll holding the week (the last period holding it, without one)
        LocalDate filedUnder = submission.map(Submission::end).orElse(periods.filedUnder());
        List<DayHours> days = ref.isEmpty() ? List.of() : days(reported, ref.get(), periods);
        if (days.isEmpty() && ref.isPresent() && !periods.weekly()) {
            days = days(reported, ref.get(), null); // the worker's row of the period, for a week the payroll shows no hours in
        }
        BigDecimal substantiated = owes ? v.amountOwed().setScale(2, RoundingMode.HALF_UP) : null;
        List<FindingView> owing = owes ? owedToWorker(v.contractId(), v.vendorId(), periods, ref.get()) : List.of();
        BigDecimal already = owing.stream().map(FindingView::amountOwed).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal amount = !owes ? null : substantiated.subtract(already).max(BigDecimal.ZERO);
        String credited = already.signum() == 0 ? ""
                : ", of which " + dollars(substantiated.min(already)) + " is already owed by payroll finding(s) "
                        + owing.stream().map(FindingView::id).toList();
        String detail = (periods.weekly() ? "" : "Work week ending " + v.weekEnding() + ": ")
                + "site visit on " + v.visitedOn() + ": " + v.statement().strip()
                + (owes ? " (" + dollars(substantiated) + " owed to worker " + ref.get() + " for the week ending " + v.weekEnding()
                        + credited + ")" : "");
        FindingView finding = new FindingView(null, SITE_KIND, "OPEN", v.contractId(), v.vendorId(), filedUnder,
                submission.map(Submission::id).orElse(null), days.isEmpty() ? null : days.get(0).entryNumber(), ref.orElse(null),
                days.isEmpty() ? null : days.get(0).classification(), null, null, null, null,
                amount == null || amount.signum() == 0 ? null : amount, null, detail, SITE_RULE, clock.instant());
        return recordOnce(finding, print);
    }

    /**
     * A site visit's finding owed again once a payroll for its week is accepted and checked (a correction, say): what was
     * substantiated is what the worker is owed for the week in all, so the finding owes it less what the findings
     * standing now for that worker and week owe (the correction's checks, the accounts compared again), except the
     * visits recorded after it, which credit this one. Restitution is owed once (HUD, "Making Davis-Bacon Work"; domain
     * reference, restitution conventions). When the amount changes, the finding is superseded and recorded again on the
     * payroll in force with the amount owed now, and both are announced. Returns the finding owing now: the same one when
     * nothing changed, or when it no longer stands open (reviewed to an end) or the payroll no longer names the worker.
     */
    @Transactional
    public long restateSiteViolation(long findingId, BigDecimal substantiated, String source) {
        FindingView f = findings.byIds(List.of(findingId)).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no payroll finding " + findingId));
        // the work week the visit substantiated: the week the finding is filed under, or on a longer reporting period
        // the work week its statement names (it is filed under the period's last day)
        LocalDate week = workWeekNamed(f.detail()).orElse(f.weekEnding());
        Periods periods = periods(f.contractId(), f.vendorId(), week);
        hold(f.contractId(), f.vendorId(), periods);
        findings.lock(List.of(findingId)); // before its status is read: a review confirming it meanwhile is seen
        f = findings.byIds(List.of(findingId)).get(0); // as it stands with the week held
        if (!SITE_KIND.equals(f.kind()) || !FindingStore.stillOpen(f.status()) || f.workerRef() == null
                || substantiated == null || substantiated.signum() <= 0) {
            return f.id();
        }
        List<Submission> reported = accepted(f.contractId(), f.vendorId(), periods).stream().filter(s -> !s.noWork()).toList();
        Optional<String> ref = payrollWorker(f.contractId(), f.vendorId(), periods, f.workerRef());
        if (reported.isEmpty() || ref.isEmpty() || !ref.get().equals(f.workerRef())) {
            return f.id();
        }
        Submission submission = reported.get(reported.size() - 1);
        long own = f.id();
        BigDecimal owedInAll = substantiated.setScale(2, RoundingMode.HALF_UP);
        List<FindingView> owing = owedToWorker(f.contractId(), f.vendorId(), periods, f.workerRef()).stream()
                .filter(o -> o.id() != own && !(SITE_KIND.equals(o.kind()) && o.id() > own)).toList();
        BigDecimal already = owing.stream().map(FindingView::amountOwed).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal amount = owedInAll.subtract(already).max(BigDecimal.ZERO);
        BigDecimal was = f.amountOwed() == null ? BigDecimal.ZERO : f.amountOwed();
        if (FindingStore.CONFIRMED.equals(f.status())) {
            // a confirmed finding stands with its amount, as a confirmed payroll finding does (ADR 0030, addendum): it
            // records what the visit would owe against the payroll in force, for the auditor to revise it or not
            if (!Long.valueOf(submission.id()).equals(f.submissionId())) {
                findings.recheckInvestigation(f.id(), submission.id(), true, amount);
            }
            return f.id();
        }
        if (amount.compareTo(was) == 0) {
            return f.id();
        }
        List<Long> superseded = findings.supersede(List.of(f.id()));
        if (superseded.isEmpty()) {
            return f.id();
        }
        long inForce = submission.id();
        events.publishEvent(new PayrollEvents.FindingsSuperseded(f.contractId(), f.vendorId(), f.weekEnding(),
                f.submissionId() == null ? inForce : f.submissionId(), inForce, superseded, "the site visit's finding was "
                        + "restated against payroll " + inForce + ", the certified payroll in force for the week ending "
                        + week));
        String detail = f.detail();
        int amounts = detail.lastIndexOf(" ($");
        String statement = amounts < 0 ? detail : detail.substring(0, amounts);
        String credited = already.signum() == 0 ? ""
                : ", of which " + dollars(owedInAll.min(already)) + " is already owed by payroll finding(s) "
                        + owing.stream().map(FindingView::id).toList();
        List<DayHours> days = days(reported, f.workerRef(), periods);
        if (days.isEmpty() && !periods.weekly()) {
            days = days(reported, f.workerRef(), null); // the worker's row of the period, for a week it shows no hours in
        }
        FindingView restated = new FindingView(null, SITE_KIND, "OPEN", f.contractId(), f.vendorId(), submission.end(), inForce,
                days.isEmpty() ? f.entryNumber() : days.get(0).entryNumber(), f.workerRef(),
                days.isEmpty() ? f.classification() : days.get(0).classification(), null, null, null, null,
                amount.signum() == 0 ? null : amount, null, statement + " (" + dollars(owedInAll) + " owed to worker "
                        + f.workerRef() + " for the week ending " + week + credited + ")", SITE_RULE, clock.instant());
        // the fingerprint the visit's finding was recorded with ({@link #recordSiteViolation})
        String print = periods.weekly()
                ? FindingStore.fingerprint("site-visit", f.contractId(), f.vendorId(), week, source)
                : FindingStore.fingerprint("site-visit", f.contractId(), f.vendorId(), "work week", week, source);
        return recordOnce(restated, print);
    }

    /** The work week a finding's statement names ("Work week ending 2027-02-20: …", on a longer reporting period). */
    private static Optional<LocalDate> workWeekNamed(String detail) {
        String prefix = "Work week ending ";
        if (detail == null || !detail.startsWith(prefix) || detail.length() < prefix.length() + 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(detail.substring(prefix.length(), prefix.length() + 10)));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * One row of the worker's week on the certified payroll, as an auditor reads it beside the worker's priced claim:
     * the name, classification, hours, rates and gross the contractor reported.
     */
    public record PayrollLine(int entryNumber, String name, String classification, String level, BigDecimal hours,
            BigDecimal straightRate, BigDecimal overtimeRate, BigDecimal fringePerHour, BigDecimal grossThisProject) {
    }

    /**
     * The worker's rows on the contractor's accepted certified payroll for the contract and week, when it names exactly
     * one such worker; empty otherwise (no payroll, no work certified, or no single matching worker). For auditors.
     */
    @Transactional(readOnly = true)
    public List<PayrollLine> payrollLines(long contractId, long vendorId, LocalDate weekEnding, String worker) {
        Periods periods = periods(contractId, vendorId, weekEnding);
        List<Submission> reported = accepted(contractId, vendorId, periods).stream().filter(s -> !s.noWork()).toList();
        Optional<String> ref = payrollWorker(contractId, vendorId, periods, worker);
        if (reported.isEmpty() || ref.isEmpty()) {
            return List.of();
        }
        List<PayrollLine> lines = new ArrayList<>();
        for (Submission s : reported) {
            lines.addAll(payrollLines(s.id(), ref.get(), periods));
        }
        return lines;
    }

    /** The worker's rows on one payroll: all of a weekly payroll's, a longer period's rows of the work week. */
    private List<PayrollLine> payrollLines(long submissionId, String workerRef, Periods periods) {
        String inWeek = periods.weekly() ? "" : " and exists (select 1 from payroll_row_day w where w.submission_id = r.submission_id "
                + "and w.position = r.position and w.work_date between ? and ?)";
        List<Object> args = new ArrayList<>(List.of(submissionId, workerRef));
        if (!periods.weekly()) {
            args.add(Date.valueOf(periods.sunday()));
            args.add(Date.valueOf(periods.workWeek()));
        }
        return jdbc.query("select r.entry_number, r.first_name, r.last_name, r.classification, r.level, r.straight_rate, "
                + "r.overtime_rate, r.fringe_credit_per_hour + r.cash_in_lieu_per_hour, r.gross_this_project, "
                + "(select coalesce(sum(d.straight_hours + d.overtime_hours), 0) from payroll_row_day d "
                + "where d.submission_id = r.submission_id and d.position = r.position) from payroll_row r "
                + "where r.submission_id = ? and r.worker_ref = ?" + inWeek + " order by r.position",
                (rs, n) -> new PayrollLine(rs.getInt(1), (rs.getString(2) + " " + rs.getString(3)).strip(), rs.getString(4),
                        rs.getString(5), rs.getBigDecimal(10), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                        rs.getBigDecimal(9)),
                args.toArray());
    }

    /** Inserts the finding unless one with its fingerprint exists (a retried job), and announces a new one. */
    private long recordOnce(FindingView finding, String print) {
        List<Long> ids = findings.insertNew(List.of(finding), List.of(print),
                findings.fingerprints(finding.contractId(), finding.weekEnding()));
        if (ids.isEmpty()) {
            return findings.standing(print).orElseThrow();
        }
        events.publishEvent(new PayrollFlagged(finding.contractId(), finding.vendorId(), finding.weekEnding(),
                finding.submissionId(), ids));
        return ids.get(0);
    }

    private static ClaimCheck undecided(Long submissionId, String why) {
        return new ClaimCheck(Verdict.UNDECIDED, submissionId, null, null, null, null, why, null, null, null, null, null);
    }

    /** The accepted payroll or no-work statement in force of each period holding the week, in date order. */
    private List<Submission> accepted(long contractId, long vendorId, Periods periods) {
        List<Submission> out = new ArrayList<>();
        for (LocalDate end : periods.endings()) {
            jdbc.query("select id, source from payroll_submission where contract_id = ? and vendor_id = ? and week_ending = ? "
                            + "and status = 'ACCEPTED' order by id desc", (rs, n) -> new Submission(rs.getLong("id"),
                            "NO_WORK".equals(rs.getString("source")), end), contractId, vendorId, Date.valueOf(end))
    .stream().findFirst().ifPresent(out::add);
        }
        return out;
    }

    /**
     * The payrolls' worker references matching the reference given, or else the name given (first and last, or last),
     * on any of the payrolls.
     */
    private List<String> workerRefs(List<Submission> submissions, String worker) {
        String given = worker == null ? "" : worker.trim();
        String ids = String.join(",", submissions.stream().map(s -> Long.toString(s.id())).toList());
        List<String> byRef = jdbc.queryForList("select distinct worker_ref from payroll_row where submission_id in (" + ids
                + ") and worker_ref = ?", String.class, given);
        if (!byRef.isEmpty()) {
            return byRef;
        }
        return jdbc.queryForList("select distinct worker_ref from payroll_row where submission_id in (" + ids + ") and (lower(last_name) "
                + "= lower(?) or lower(first_name || ' ' || last_name) = lower(?))", String.class, given, given);
    }

    /**
     * The worker's hours per day on the payrolls: all of a weekly payroll's, the work week's days of a longer period's
     * ({@code periods} null: every day of the payrolls).
     */
    private List<DayHours> days(List<Submission> submissions, String workerRef, Periods periods) {
        List<DayHours> out = new ArrayList<>();
        boolean inWeek = periods != null && !periods.weekly();
        for (Submission s : submissions) {
            List<Object> args = new ArrayList<>(List.of(s.id(), workerRef));
            if (inWeek) {
                args.add(Date.valueOf(periods.sunday()));
                args.add(Date.valueOf(periods.workWeek()));
            }
            out.addAll(jdbc.query("select r.classification, d.work_date, d.straight_hours, d.overtime_hours, r.entry_number "
                    + "from payroll_row r join payroll_row_day d on d.submission_id = r.submission_id and d.position = r.position "
                    + "where r.submission_id = ? and r.worker_ref = ?" + (inWeek ? " and d.work_date between ? and ?" : "")
                    + " order by r.position, d.work_date",
                    (rs, n) -> new DayHours(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getBigDecimal(3), rs.getBigDecimal(4),
                            rs.getInt(5)),
                    args.toArray()));
        }
        return out;
    }

    /** The reporting periods holding the claimed week, from the contractor's payroll calendar. */
    private Periods periods(ClaimedWeek claim) {
        return periods(claim.contractId(), claim.vendorId(), claim.weekEnding());
    }

    private Periods periods(long contractId, long vendorId, LocalDate weekEnding) {
        return Periods.of(contracts.payrollCalendar(contractId, READER), vendorId, weekEnding);
    }

    /** Locks the row of each period holding the week, in date order, so that two holders never wait on each other. */
    private void hold(long contractId, long vendorId, Periods periods) {
        for (LocalDate end : periods.endings()) {
            weeks.hold(contractId, vendorId, end);
        }
    }

    /**
     * What findings standing for the worker owe in the periods holding the week, about that week: all of a weekly
     * period's; on a longer period, those that name the work week ({@link Periods#about}).
     */
    private List<FindingView> owedToWorker(long contractId, long vendorId, Periods periods, String workerRef) {
        List<FindingView> out = new ArrayList<>();
        for (LocalDate end : periods.endings()) {
            findings.owedToWorker(contractId, vendorId, end, workerRef).stream().filter(periods::about).forEach(out::add);
        }
        return out;
    }

    /**
     * The reporting periods of a contractor's payroll calendar that hold a day of the work week ending {@code workWeek},
     * in date order. On a weekly contract the period whose end is the week (exactly as before cadences); on a longer
     * one each period with a day in the work week, Sunday to Saturday: one, or two when a period ends inside the week
     * (a quarter ending on a Wednesday). A longer period's last day is no work week's end unless it is a Saturday.
     * Rules: the cadences of docs/adr/0011-reporting-cadence-period-end-key.md; the work week, Sunday to Saturday, as
     * the WH-347 day columns run (29 CFR 778.105).
     */
    record Periods(LocalDate workWeek, List<ExpectedPayroll> periods) {

        static Periods of(List<ExpectedPayroll> calendar, long vendorId, LocalDate workWeek) {
            LocalDate sunday = workWeek.minusDays(6);
            boolean saturday = workWeek.getDayOfWeek() == java.time.DayOfWeek.SATURDAY;
            return new Periods(workWeek, calendar.stream()
                    .filter(e -> e.vendorId() != null && e.vendorId() == vendorId)
                    .filter(e -> longer(e) ? saturday && !e.periodStart().isAfter(workWeek) && !e.weekEnding().isBefore(sunday)
                            : e.weekEnding().equals(workWeek))
                    .sorted(Comparator.comparing(ExpectedPayroll::weekEnding)).toList());
        }

        /** A period longer than the one work week ending on its last day. */
        static boolean longer(ExpectedPayroll e) {
            return e.periodStart() != null && e.periodStart().isBefore(e.weekEnding().minusDays(6));
        }

        /** The week is the period itself (a weekly contract), or no period holds it: compared as before cadences. */
        boolean weekly() {
            return periods.isEmpty() || periods.size() == 1 && periods.get(0).weekEnding().equals(workWeek) && !longer(periods.get(0));
        }

        /** The Sunday starting the work week. */
        LocalDate sunday() {
            return workWeek.minusDays(6);
        }

        List<LocalDate> endings() {
            return periods.isEmpty() ? List.of(workWeek) : periods.stream().map(ExpectedPayroll::weekEnding).toList();
        }

        /** The period a finding about the week is filed under: the last period holding it (the one with its Saturday). */
        LocalDate filedUnder() {
            return periods.isEmpty() ? workWeek : periods.get(periods.size() - 1).weekEnding();
        }

        /** The period(s) in words, for the comparison's texts. */
        String describe() {
            return String.join(" and ", periods.stream().map(e -> "the period " + e.periodStart() + " to " + e.weekEnding())
                    .toList()) + ", which holds the work week ending " + workWeek;
        }

        /**
         * Whether a finding of a period holding the week is about the week: every finding of a weekly period; on a longer
         * period a finding whose day is in the work week, or, without a day, one whose detail names the work week as a
         * longer period's findings do ("Work week ending ...: ", WageChecks and this class), or one without that prefix
         * when the period ends in the work week (WageChecks does not prefix the findings of the period's last week).
         */
        boolean about(FindingView f) {
            if (weekly()) {
                return true;
            }
            if (f.workDate() != null) {
                return !f.workDate().isBefore(sunday()) && !f.workDate().isAfter(workWeek);
            }
            String detail = f.detail() == null ? "" : f.detail();
            if (detail.startsWith("Work week ending ")) {
                return detail.startsWith("Work week ending " + workWeek + ":");
            }
            // a finding of the period's last work week (one ending on the period's last day) is not prefixed
            return !f.weekEnding().isBefore(sunday()) && !f.weekEnding().isAfter(workWeek);
        }
    }

    /** Amounts in the comparison's texts and the finding's detail, which are written in English. */
    private static String dollars(BigDecimal amount) {
        return Money.of(amount).format(Locale.US);
    }

    /** An accepted payroll or no-work statement, and the end of its period. */
    private record Submission(long id, boolean noWork, LocalDate end) {
    }

    private record DayHours(String classification, LocalDate date, BigDecimal straight, BigDecimal overtime, int entryNumber) {
    }
}
