package org.highroad.payroll;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.highroad.contracts.ContractRuleBook;
import org.highroad.contracts.ReportingTerms;
import org.highroad.contracts.WageRule;
import org.highroad.payroll.domain.FindingStore;
import org.highroad.payroll.domain.PayrollSubmission;
import org.highroad.payroll.wages.ApprenticeCensus;
import org.highroad.payroll.wages.ApprenticeProgram;
import org.highroad.payroll.wages.CheckResult;
import org.highroad.payroll.wages.DayHours;
import org.highroad.payroll.wages.FringePlans;
import org.highroad.payroll.wages.Restitution;
import org.highroad.payroll.wages.RuleLookup;
import org.highroad.payroll.wages.WageCheck;
import org.highroad.payroll.wages.WageFinding;
import org.highroad.payroll.wages.WagePolicy;
import org.highroad.payroll.wages.WorkWeeks;
import org.highroad.payroll.wages.WorkerWeek;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The wage side of a payroll's checks, inside the check's transaction: every worker row against the contract's wage
 * rules in force on each day worked ({@link WageCheck}: base, overtime, fringe, apprentices) and the restitution each
 * row is owed. Rows are streamed from the database in worker order and checked about a thousand at a time, so a large
 * payroll is checked in bounded memory.
 */
@Component
class WageChecks {

    /** Overtime premium: CWHSSA, 40 U.S.C. 3702(a); the contract's WAGES clause. */
    private static final BigDecimal OVERTIME_MULTIPLIER = new BigDecimal("1.5");
    private static final int CHUNK_ROWS = 1000;

    // the payroll's census, from its own rows and days only (the benchmark's --explain prints their plans); the
    // payroll is named through WorkerRows.THIS_PAYROLL, which says why
    static final String CENSUS_JOURNEYWORKERS = "select r.classification, d.work_date, count(distinct r.worker_ref) "
            + "from payroll_row r join payroll_row_day d on d.submission_id = r.submission_id and d.position = r.position "
            + "where r.submission_id = " + WorkerRows.THIS_PAYROLL + " and r.level = 'JOURNEYWORKER' "
            + "and d.straight_hours + d.overtime_hours > 0 group by r.classification, d.work_date";
    static final String CENSUS_APPRENTICES = "select classification, worker_ref, max(apprentice_level), min(apprentice_registration) "
            + "from payroll_row where submission_id = ? and level = 'APPRENTICE' group by classification, worker_ref";
    static final String CENSUS_APPRENTICE_DAYS = "select distinct r.classification, r.worker_ref, d.work_date "
            + "from payroll_row r join payroll_row_day d on d.submission_id = r.submission_id and d.position = r.position "
            + "where r.submission_id = " + WorkerRows.THIS_PAYROLL + " and r.level = 'APPRENTICE' "
            + "and d.straight_hours + d.overtime_hours > 0";

    private final ComplianceStatements statements;
    private final FindingStore findings;
    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final Clock clock;
    private final WageCheck wageCheck = new WageCheck();

    WageChecks(ComplianceStatements statements, FindingStore findings, JdbcTemplate jdbc,
            DataSource dataSource, Clock clock) {
        this.statements = statements;
        this.findings = findings;
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(CHUNK_ROWS);
        this.clock = clock;
    }

    /**
     * Records the wage findings not {@code known} yet into {@code created}; returns what the rows are owed in all. A
     * violation that a confirmed finding found on an earlier payroll of the week holds is not recorded again (it is
     * owed once, ADR 0030): {@code refound} gets that finding with what this payroll owes for it now.
     */
    BigDecimal check(PayrollSubmission s, ContractRuleBook rules, Set<String> known, List<Long> created,
            Map<Long, BigDecimal> refound) {
        Map<String, Long> owedElsewhere = findings.owedViolations(s.contractId(), s.vendorId(), s.weekEnding(), s.id());
        ReportingTerms terms = rules.reporting(s.weekEnding());
        // the overtime standard of the contract's reporting terms (standard version's enforcement parameters), and
        // whether that standard lets cash above the base make up a fringe shortfall
        WagePolicy policy = new WagePolicy(terms.weeklyOvertimeAfterHours(), terms.dailyOvertimeAfterHours(),
                OVERTIME_MULTIPLIER, terms.cashAboveBaseMakesUpFringe());
        List<ApprenticeProgram> programs = s.statementId() == null ? List.of()
                : statements.programsOf(s.statementId());
        FringePlans plans = s.statementId() == null ? FringePlans.NONE : statements.fringePlansOf(s.statementId());
        // the ratio is a property of the whole payroll on each day (29 CFR 5.5(a)(4)(i), ApprenticeStatus):
        // journeyworkers on the job each day counted in the database, apprentices listed with their days
        ApprenticeCensus census = new ApprenticeCensus().registrationsNamed(Boolean.TRUE.equals(jdbc.queryForObject(
                "select names_registrations from payroll_submission where id = ?", Boolean.class, s.id())));
        jdbc.query(CENSUS_JOURNEYWORKERS, rs -> {
            census.addJourneyworkersOn(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getInt(3));
        }, s.id());
        streaming.query(CENSUS_APPRENTICES, rs -> {
            census.addApprentice(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3, Integer.class), rs.getString(4));
        }, s.id());
        streaming.query(CENSUS_APPRENTICE_DAYS, rs -> {
            census.addApprenticeOn(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate());
        }, s.id());
        jdbc.update("delete from payroll_restitution where submission_id = ?", s.id());
        Map<String, List<DayHours>> earlier = earlierHoursOfFirstWorkWeek(s, terms.periodStart(s.weekEnding()));
        boolean perWorkWeek = !PayrollRows.period(s, rules).oneWorkWeek();
        BigDecimal[] owed = {BigDecimal.ZERO.setScale(2)};
        // the rule of a classification on a day is looked up once per check: every row and day of the classification
        // asks for it, and the contract's versions do not change during the check (it holds the week's lock)
        Map<String, Map<LocalDate, java.util.Optional<WageRule>>> wageRules = new HashMap<>();
        RuleLookup ruleOn = (c, d) -> wageRules.computeIfAbsent(c, k -> new HashMap<>())
                .computeIfAbsent(d, k -> rules.wageRule(c, k)).orElse(null);
        WorkerRows.stream(streaming, s.id(), CHUNK_ROWS, chunk -> {
            // each work week of the payroll is checked on its own (a weekly payroll is one): overtime is owed per work
            // week (40 U.S.C. 3702(a)), and a finding names the work week it was found in
            List<Restitution> chunkOwed = new ArrayList<>();
            byWorkWeek(chunk, s.weekEnding()).forEach((week, rows) -> {
                CheckResult result = wageCheck.check(rows, programs, plans, policy, ruleOn, census,
                        earlier);
                created.addAll(record(s, perWorkWeek, week, result.findings(), known, owedElsewhere, refound));
                chunkOwed.addAll(result.restitution());
            });
            owed[0] = owed[0].add(restitution(s.id(), chunkOwed));
        });
        return owed[0];
    }

    /**
     * A period that starts after a Sunday (a half-month, month or quarter) shares its first work week with the period
     * before; overtime counts the whole work week (40 U.S.C. 3702(a); 29 CFR 778.104), so the hours the contractor's
     * payroll of the period before reported in that week, per worker, count first. Empty for a weekly or biweekly
     * contract, whose periods start on Sunday, and while the period before has no accepted payroll.
     */
    private Map<String, List<DayHours>> earlierHoursOfFirstWorkWeek(PayrollSubmission s, LocalDate periodStart) {
        LocalDate sunday = WorkWeeks.ending(periodStart).minusDays(6);
        if (!sunday.isBefore(periodStart)) {
            return Map.of();
        }
        Map<String, List<DayHours>> earlier = new HashMap<>();
        jdbc.query("select r.worker_ref, d.work_date, d.straight_hours, d.overtime_hours from payroll_row r "
                + "join payroll_row_day d on d.submission_id = r.submission_id and d.position = r.position "
                + "where r.submission_id = (select max(p.id) from payroll_submission p where p.contract_id = ? and p.vendor_id = ? "
                + "and p.week_ending = ? and p.status = 'ACCEPTED') and d.work_date >= ? and d.work_date < ? "
                + "order by r.worker_ref, d.work_date, r.position",
                rs -> {
                    earlier.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new DayHours(
                            rs.getDate(2).toLocalDate(), rs.getBigDecimal(3), rs.getBigDecimal(4)));
                }, s.contractId(), s.vendorId(), java.sql.Date.valueOf(periodStart.minusDays(1)), java.sql.Date.valueOf(sunday),
                java.sql.Date.valueOf(periodStart));
        return earlier;
    }

    /** A chunk's rows by the Saturday ending their work week; a row without hours goes with the payroll's end. */
    private static Map<LocalDate, List<WorkerWeek>> byWorkWeek(List<WorkerWeek> chunk, LocalDate payrollEnd) {
        Map<LocalDate, List<WorkerWeek>> weeks = new TreeMap<>();
        for (WorkerWeek row : chunk) {
            LocalDate week = row.days().isEmpty() ? payrollEnd : WorkWeeks.ending(row.days().get(0).date());
            weeks.computeIfAbsent(week, k -> new ArrayList<>()).add(row);
        }
        return weeks;
    }

    /**
     * Records the findings of one work week. A weekly payroll's fingerprints are as they always were (a re-check of
     * an older payroll finds its findings known); in a longer period's payroll ({@code perWorkWeek}) the work week is
     * part of the fingerprint and named in the detail of every finding, the last week's too when it ends on the
     * period's last day (a fortnight, a month ending on a Saturday), so that the same kind of finding in two of a
     * worker's weeks are two findings. A row without hours goes with the period's last day ({@link #byWorkWeek}), named
     * as a work week only when that day is a Saturday.
     */
    private List<Long> record(PayrollSubmission s, boolean perWorkWeek, LocalDate week, List<WageFinding> found,
            Set<String> known, Map<String, Long> owedElsewhere, Map<Long, BigDecimal> refound) {
        boolean payrollWeek = !perWorkWeek || week.getDayOfWeek() != DayOfWeek.SATURDAY;
        List<FindingView> views = new ArrayList<>();
        List<String> prints = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        for (WageFinding f : found) {
            String violation = FindingStore.violationKey(f.kind().name(), s.contractId(), s.vendorId(), s.weekEnding(),
                    f.workerRef(), f.classification(), f.date(), payrollWeek ? null : week);
            Long confirmed = owedElsewhere.get(violation);
            if (confirmed != null) {
                // found again on this correction: the confirmed finding owes it, once; what it owes now is shown beside
                refound.merge(confirmed, f.amountOwed() == null ? BigDecimal.ZERO.setScale(2) : f.amountOwed(), BigDecimal::add);
                continue;
            }
            violations.add(f.workerRef() == null ? null : violation);
            views.add(new FindingView(null, f.kind().name(), "OPEN", s.contractId(), s.vendorId(), s.weekEnding(), s.id(),
                    f.entryNumber(), f.workerRef(), f.classification(), f.date(), null, null, null, f.amountOwed(), null,
                    payrollWeek ? f.detail() : "Work week ending " + week + ": " + f.detail(), f.citation(), clock.instant()));
            prints.add(payrollWeek
                    ? FindingStore.fingerprint("wage", s.id(), f.kind(), f.entryNumber(), f.workerRef(), f.classification(), f.date())
                    : FindingStore.fingerprint("wage", s.id(), f.kind(), f.entryNumber(), f.workerRef(), f.classification(), f.date(),
                            week));
        }
        return findings.insertNew(views, prints, violations, known);
    }

    private BigDecimal restitution(long submissionId, List<Restitution> perRow) {
        if (perRow.isEmpty()) {
            return BigDecimal.ZERO;
        }
        // one line per worker entry and classification for the payroll: a period longer than a week has a row per
        // work week, each rounded to cents on its own (WageCheck), and the period's line is their sum. A chunk holds
        // every row of its workers (WorkerRows), so no line is split between chunks.
        Map<String, Restitution> lines = new LinkedHashMap<>();
        for (Restitution r : perRow) {
            lines.merge(r.entryNumber() + "|" + r.classification(), r, (a, b) -> new Restitution(a.workerRef(),
                    a.entryNumber(), a.classification(), a.base().add(b.base()), a.overtime().add(b.overtime()),
                    a.fringe().add(b.fringe()), a.total().add(b.total())));
        }
        List<Restitution> owed = List.copyOf(lines.values());
        jdbc.batchUpdate("insert into payroll_restitution (submission_id, entry_number, classification, worker_ref, base, "
                + "overtime, fringe, total) values (?,?,?,?,?,?,?,?)", owed.stream().map(r -> new Object[] {submissionId,
                        r.entryNumber(), r.classification(), r.workerRef(), r.base(), r.overtime(), r.fringe(), r.total()}).toList());
        return owed.stream().map(Restitution::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
