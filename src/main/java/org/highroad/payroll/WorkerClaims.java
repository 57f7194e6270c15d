package org.highroad.payroll;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
     */
    public record ClaimCheck(Verdict verdict, Long submissionId, String workerRef, BigDecimal reportedHours,
            BigDecimal requiredPay, BigDecimal amountShort, String explanation, String statement, Long owedBy, Row row) {
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
     * first ({@link PayrollWeeks#hold}), so two accounts of one worker's week compared at the same moment are compared
     * one after the other and the second credits what the first recorded: the difference is owed once.
     */
    @Transactional
    public Compared compareAndRecord(ClaimedWeek claim, String source) {
        weeks.hold(claim.contractId(), claim.vendorId(), claim.weekEnding());
        ClaimCheck check = compare(claim, Set.of());
        return new Compared(check, check.verdict() == Verdict.DISCREPANCY ? record(claim, check, source) : null);
    }

    /**
     * The comparison with the payroll in force, crediting the wages that findings standing for that worker and week
     * already owe, except the findings in {@code ignoring}. Call it in a transaction holding the week ({@link PayrollWeeks#hold}).
     */
    ClaimCheck compare(ClaimedWeek claim, Set<Long> ignoring) {
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
                                    + claim.hours() + " hours worked", "the contractor certified no work in the week ending "
                                    + claim.weekEnding() + "; the investigation found work in that week", null, null)
                    : undecided(s.id(), "the contractor certified no work that week and the account gives no hours");
        }
        List<String> refs = workerRefs(s.id(), claim.worker());
        if (refs.size() != 1) {
            return undecided(s.id(), refs.isEmpty() ? "no worker on the payroll matches the worker reference given"
                    : "more than one worker on the payroll matches the reference given");
        }
        return compareRows(claim, s.id(), refs.get(0), ignoring);
    }

    private ClaimCheck compareRows(ClaimedWeek claim, long submissionId, String workerRef, Set<Long> ignoring) {
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
        List<String> stated = new ArrayList<>();
        if (claim.hours() != null && claim.hours().compareTo(hours) > 0) {
            found.add(claim.hours() + " hours worked against " + hours + " reported");
            stated.add("the certified payroll reports " + hours + " hours, fewer than the investigation found worked");
        }
        BigDecimal shortBy = null;
        Long owedBy = null;
        if (claim.pay() != null && claim.pay().compareTo(required) < 0) {
            found.add(dollars(claim.pay()) + " paid against " + dollars(required) + " due for the reported hours at the committed rate");
            AlreadyOwed owed = alreadyOwed(claim, workerRef, ignoring);
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
        String week = "worker " + workerRef + ", week ending " + claim.weekEnding() + ": ";
        return found.isEmpty()
                ? new ClaimCheck(Verdict.CONSISTENT, submissionId, workerRef, hours, required, null, week
                        + "the account agrees with the certified payroll (" + hours + " hours, " + dollars(required) + " due)", null,
                        null, row)
                : new ClaimCheck(Verdict.DISCREPANCY, submissionId, workerRef, hours, required, shortBy,
                        week + String.join("; ", found), stated.isEmpty() ? null : week + String.join("; ", stated),
                        stated.isEmpty() ? owedBy : null, row);
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
    private AlreadyOwed alreadyOwed(ClaimedWeek claim, String workerRef, Set<Long> ignoring) {
        List<FindingView> owing = findings.owedToWorker(claim.contractId(), claim.vendorId(), claim.weekEnding(), workerRef)
                .stream().filter(f -> !f.kind().contains("FRINGE") && !ignoring.contains(f.id())).toList();
        return new AlreadyOwed(owing.stream().map(FindingView::amountOwed).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2),
                owing.stream().map(FindingView::id).toList());
    }

    /**
     * Whether the contractor is expected to report a certified payroll for the contract and week (the week is in its
     * payroll calendar): a week a worker's account spans outside it is not one a payroll can be compared for.
     */
    @Transactional(readOnly = true)
    public boolean payrollExpected(long contractId, long vendorId, LocalDate weekEnding) {
        return contracts.payrollCalendar(contractId, READER).stream()
                .anyMatch(e -> e.vendorId() == vendorId && e.weekEnding().equals(weekEnding));
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
                "no certified payroll was reported for the week ending " + claim.weekEnding() + ", in which work is reported",
                "no certified payroll was reported for the week ending " + claim.weekEnding()
                        + ", in which the investigation found work", null, null);
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
        String print = investigationPrint(claim, source);
        FindingView finding = new FindingView(null, KIND, "OPEN", claim.contractId(), claim.vendorId(), claim.weekEnding(),
                check.submissionId(), check.row() == null ? null : check.row().entryNumber(), check.workerRef(),
                check.row() == null ? null : check.row().classification(), null, null, null, null, check.amountShort(), null,
                detail(check), RULE, clock.instant());
        return recordOnce(finding, print);
    }

    /** What an account's own finding is about: the contractor's week, and the account ({@code source}). */
    static String investigationPrint(ClaimedWeek claim, String source) {
        return FindingStore.fingerprint("investigation", claim.contractId(), claim.vendorId(), claim.weekEnding(), source);
    }

    /** What the contractor reads in the finding of a discrepancy: the check's statement. */
    static String detail(ClaimCheck check) {
        return "investigation: " + check.statement();
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
        return accepted(new ClaimedWeek(contractId, vendorId, weekEnding, worker, null, null))
                .filter(s -> !s.noWork())
                .map(s -> workerRefs(s.id(), worker))
                .filter(refs -> refs.size() == 1)
                .map(refs -> refs.get(0));
    }

    /**
     * The classification the contractor's accepted certified payroll for that contract and week reports the worker in
     * (the worker's first row), when the payroll names exactly one such worker: a worker's claim is priced at the
     * committed wage for that classification.
     */
    @Transactional(readOnly = true)
    public Optional<String> payrollClassification(long contractId, long vendorId, LocalDate weekEnding, String worker) {
        return accepted(new ClaimedWeek(contractId, vendorId, weekEnding, worker, null, null))
                .filter(s -> !s.noWork())
                .flatMap(s -> payrollWorker(contractId, vendorId, weekEnding, worker)
                        .flatMap(ref -> days(s.id(), ref).stream().findFirst().map(DayHours::classification)));
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
        weeks.hold(v.contractId(), v.vendorId(), v.weekEnding());
        String print = FindingStore.fingerprint("site-visit", v.contractId(), v.vendorId(), v.weekEnding(), source);
        Optional<Long> recorded = findings.standing(print);
        if (recorded.isPresent()) {
            return recorded.get(); // a retried step
        }
        Optional<Submission> submission = accepted(new ClaimedWeek(v.contractId(), v.vendorId(), v.weekEnding(), v.worker(),
                null, null));
        Optional<String> ref = payrollWorker(v.contractId(), v.vendorId(), v.weekEnding(), v.worker());
        boolean owes = v.amountOwed() != null && v.amountOwed().signum() > 0;
        if (owes && ref.isEmpty()) {
            throw new IllegalArgumentException("wages owed need a worker on the certified payroll for the week ending " + v.weekEnding());
        }
        List<DayHours> days = ref.isEmpty() ? List.of() : days(submission.get().id(), ref.get());
        BigDecimal substantiated = owes ? v.amountOwed().setScale(2, RoundingMode.HALF_UP) : null;
        List<FindingView> owing = owes ? findings.owedToWorker(v.contractId(), v.vendorId(), v.weekEnding(), ref.get()) : List.of();
        BigDecimal already = owing.stream().map(FindingView::amountOwed).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal amount = !owes ? null : substantiated.subtract(already).max(BigDecimal.ZERO);
        String credited = already.signum() == 0 ? ""
                : ", of which " + dollars(substantiated.min(already)) + " is already owed by payroll finding(s) "
                        + owing.stream().map(FindingView::id).toList();
        String detail = "site visit on " + v.visitedOn() + ": " + v.statement().strip()
                + (owes ? " (" + dollars(substantiated) + " owed to worker " + ref.get() + " for the week ending " + v.weekEnding()
                        + credited + ")" : "");
        FindingView finding = new FindingView(null, SITE_KIND, "OPEN", v.contractId(), v.vendorId(), v.weekEnding(),
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
        weeks.hold(f.contractId(), f.vendorId(), f.weekEnding());
        f = findings.byIds(List.of(findingId)).get(0); // as it stands with the week held
        if (!SITE_KIND.equals(f.kind()) || !FindingStore.stillOpen(f.status()) || f.workerRef() == null
                || substantiated == null || substantiated.signum() <= 0) {
            return f.id();
        }
        Optional<Submission> submission = accepted(new ClaimedWeek(f.contractId(), f.vendorId(), f.weekEnding(), f.workerRef(),
                null, null)).filter(s -> !s.noWork());
        Optional<String> ref = payrollWorker(f.contractId(), f.vendorId(), f.weekEnding(), f.workerRef());
        if (submission.isEmpty() || ref.isEmpty() || !ref.get().equals(f.workerRef())) {
            return f.id();
        }
        long own = f.id();
        BigDecimal owedInAll = substantiated.setScale(2, RoundingMode.HALF_UP);
        List<FindingView> owing = findings.owedToWorker(f.contractId(), f.vendorId(), f.weekEnding(), f.workerRef()).stream()
                .filter(o -> o.id() != own && !(SITE_KIND.equals(o.kind()) && o.id() > own)).toList();
        BigDecimal already = owing.stream().map(FindingView::amountOwed).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal amount = owedInAll.subtract(already).max(BigDecimal.ZERO);
        BigDecimal was = f.amountOwed() == null ? BigDecimal.ZERO : f.amountOwed();
        if (amount.compareTo(was) == 0) {
            return f.id();
        }
        List<Long> superseded = findings.supersede(List.of(f.id()));
        if (superseded.isEmpty()) {
            return f.id();
        }
        long inForce = submission.get().id();
        events.publishEvent(new PayrollEvents.FindingsSuperseded(f.contractId(), f.vendorId(), f.weekEnding(),
                f.submissionId() == null ? inForce : f.submissionId(), inForce, superseded, "the site visit's finding was "
                        + "restated against payroll " + inForce + ", the certified payroll in force for the week ending "
                        + f.weekEnding()));
        String detail = f.detail();
        int amounts = detail.lastIndexOf(" ($");
        String statement = amounts < 0 ? detail : detail.substring(0, amounts);
        String credited = already.signum() == 0 ? ""
                : ", of which " + dollars(owedInAll.min(already)) + " is already owed by payroll finding(s) "
                        + owing.stream().map(FindingView::id).toList();
        List<DayHours> days = days(inForce, f.workerRef());
        FindingView restated = new FindingView(null, SITE_KIND, "OPEN", f.contractId(), f.vendorId(), f.weekEnding(), inForce,
                days.isEmpty() ? f.entryNumber() : days.get(0).entryNumber(), f.workerRef(),
                days.isEmpty() ? f.classification() : days.get(0).classification(), null, null, null, null,
                amount.signum() == 0 ? null : amount, null, statement + " (" + dollars(owedInAll) + " owed to worker "
                        + f.workerRef() + " for the week ending " + f.weekEnding() + credited + ")", SITE_RULE, clock.instant());
        return recordOnce(restated, FindingStore.fingerprint("site-visit", f.contractId(), f.vendorId(), f.weekEnding(), source));
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
        Optional<Submission> submission = accepted(new ClaimedWeek(contractId, vendorId, weekEnding, worker, null, null))
                .filter(s -> !s.noWork());
        Optional<String> ref = payrollWorker(contractId, vendorId, weekEnding, worker);
        if (submission.isEmpty() || ref.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select r.entry_number, r.first_name, r.last_name, r.classification, r.level, r.straight_rate, "
                + "r.overtime_rate, r.fringe_credit_per_hour + r.cash_in_lieu_per_hour, r.gross_this_project, "
                + "(select coalesce(sum(d.straight_hours + d.overtime_hours), 0) from payroll_row_day d "
                + "where d.submission_id = r.submission_id and d.position = r.position) from payroll_row r "
                + "where r.submission_id = ? and r.worker_ref = ? order by r.position",
                (rs, n) -> new PayrollLine(rs.getInt(1), (rs.getString(2) + " " + rs.getString(3)).strip(), rs.getString(4),
                        rs.getString(5), rs.getBigDecimal(10), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                        rs.getBigDecimal(9)),
                submission.get().id(), ref.get());
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
        return new ClaimCheck(Verdict.UNDECIDED, submissionId, null, null, null, null, why, null, null, null);
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

    /** Amounts in the comparison's texts and the finding's detail, which are written in English. */
    private static String dollars(BigDecimal amount) {
        return Money.of(amount).format(Locale.US);
    }

    private record Submission(long id, boolean noWork) {
    }

    private record DayHours(String classification, LocalDate date, BigDecimal straight, BigDecimal overtime, int entryNumber) {
    }
}
