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
import org.highroad.payroll.domain.FindingStore;
import org.highroad.payroll.domain.PayrollSubmission;
import org.highroad.payroll.wages.ApprenticeCensus;
import org.highroad.payroll.wages.ApprenticeProgram;
import org.highroad.payroll.wages.CheckResult;
import org.highroad.payroll.wages.FringePlans;
import org.highroad.payroll.wages.Restitution;
import org.highroad.payroll.wages.WageCheck;
import org.highroad.payroll.wages.WageFinding;
import org.highroad.payroll.wages.WagePolicy;
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

    private final Contracts contracts;
    private final ComplianceStatements statements;
    private final FindingStore findings;
    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final Clock clock;
    private final WageCheck wageCheck = new WageCheck();

    WageChecks(Contracts contracts, ComplianceStatements statements, FindingStore findings, JdbcTemplate jdbc,
            DataSource dataSource, Clock clock) {
        this.contracts = contracts;
        this.statements = statements;
        this.findings = findings;
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(CHUNK_ROWS);
        this.clock = clock;
    }

    /** Records the wage findings not {@code known} yet into {@code created}; returns what the rows are owed in all. */
    BigDecimal check(PayrollSubmission s, Set<String> known, List<Long> created) {
        ContractRuleBook rules = contracts.ruleBook(s.contractId());
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
        jdbc.query("select r.classification, d.work_date, count(distinct r.worker_ref) from payroll_row r join payroll_row_day d "
                + "on d.submission_id = r.submission_id and d.position = r.position where r.submission_id = ? "
                + "and r.level = 'JOURNEYWORKER' and d.straight_hours + d.overtime_hours > 0 group by r.classification, d.work_date",
                rs -> {
                    census.addJourneyworkersOn(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getInt(3));
                }, s.id());
        streaming.query("select classification, worker_ref, max(apprentice_level), min(apprentice_registration) "
                + "from payroll_row where submission_id = ? and level = 'APPRENTICE' group by classification, worker_ref",
                rs -> {
                    census.addApprentice(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3, Integer.class),
                            rs.getString(4));
                }, s.id());
        streaming.query("select distinct r.classification, r.worker_ref, d.work_date from payroll_row r join payroll_row_day d "
                + "on d.submission_id = r.submission_id and d.position = r.position where r.submission_id = ? "
                + "and r.level = 'APPRENTICE' and d.straight_hours + d.overtime_hours > 0",
                rs -> {
                    census.addApprenticeOn(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate());
                }, s.id());
        jdbc.update("delete from payroll_restitution where submission_id = ?", s.id());
        BigDecimal[] owed = {BigDecimal.ZERO.setScale(2)};
        WorkerRows.stream(streaming, s.id(), CHUNK_ROWS, chunk -> {
            CheckResult result = wageCheck.check(chunk, programs, plans, policy, (c, d) -> rules.wageRule(c, d).orElse(null), census);
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
}
