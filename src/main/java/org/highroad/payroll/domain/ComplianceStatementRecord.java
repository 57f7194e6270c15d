package org.highroad.payroll.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.highroad.payroll.statement.ContributionPeriod;
import org.highroad.payroll.statement.StatementOfCompliance;
import org.highroad.payroll.statement.StatementOfCompliance.ApprenticeshipProgram;
import org.highroad.payroll.statement.StatementOfCompliance.FringePlan;
import org.highroad.payroll.statement.StatementView;
import org.highroad.payroll.wages.AnnualizedPlan;
import org.highroad.payroll.wages.ApprenticeProgram;
import org.highroad.payroll.wages.FringePlans;

/** A filed Statement of Compliance. Never changed: a new statement is a new record. */
@Entity
@Table(name = "compliance_statement")
public class ComplianceStatementRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "contract_id")
    private long contractId;
    @Column(name = "vendor_id")
    private long vendorId;
    @Column(name = "signatory_name")
    private String signatoryName;
    @Column(name = "signatory_title")
    private String signatoryTitle;
    private String exceptions;
    @Column(name = "filed_by")
    private String filedBy;
    @Column(name = "filed_at")
    private Instant filedAt;
    /** The page form's one-time token (its SHA-256), unique: the same form sent twice files one statement. */
    @Column(name = "form_token")
    private String formToken;
    /** What the form (or request) that filed it sent, hashed: the same token with other values is not this statement. */
    @Column(name = "request_sha256")
    private String requestSha256;
    @ElementCollection
    @CollectionTable(name = "compliance_statement_plan", joinColumns = @JoinColumn(name = "statement_id"))
    @OrderColumn(name = "position")
    private List<Plan> plans = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "compliance_statement_program", joinColumns = @JoinColumn(name = "statement_id"))
    @OrderColumn(name = "position")
    private List<Program> programs = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "compliance_statement_level", joinColumns = @JoinColumn(name = "statement_id"))
    @OrderColumn(name = "position")
    private List<LevelRate> levels = new ArrayList<>();

    protected ComplianceStatementRecord() {
    }

    public ComplianceStatementRecord(long contractId, long vendorId, StatementOfCompliance s, String by, Instant at) {
        this.contractId = contractId;
        this.vendorId = vendorId;
        this.signatoryName = s.signatoryName().strip();
        this.signatoryTitle = s.signatoryTitle().strip();
        this.exceptions = s.exceptions();
        this.filedBy = by;
        this.filedAt = at;
        s.fringePlans().forEach(p -> plans.add(Plan.of(p)));
        for (int i = 0; i < s.apprenticeshipPrograms().size(); i++) {
            ApprenticeshipProgram p = s.apprenticeshipPrograms().get(i);
            programs.add(new Program(p.name(), p.classification(), p.registered(), p.registrationNumber(), p.registeredWith(),
                    p.apprenticesPerJourneyworker(), p.fringePerHourByLevel().isEmpty() ? null : p.fringeSource().strip()));
            int program = i;
            new TreeMap<>(p.percentOfJourneyRateByLevel()).forEach((level, percent) -> levels.add(new LevelRate(program, level, percent,
                    p.fringePercentOfJourneyByLevel().get(level), p.fringePerHourByLevel().get(level))));
        }
    }

    public Long id() {
        return id;
    }

    public long contractId() {
        return contractId;
    }

    public long vendorId() {
        return vendorId;
    }

    /** Keeps the form's one-time token with the statement (before it is saved). */
    public void keepFormToken(String hash) {
        this.formToken = hash;
    }

    /** The token's hash and the hash of what was sent with it. */
    public void keepFormToken(String hash, String requestSha256) {
        this.formToken = hash;
        this.requestSha256 = hash == null ? null : requestSha256;
    }

    /**
     * Whether a request that hashes to {@code sha256} is the one that filed this statement: a statement filed before
     * the hash was kept answers as the same (as it did then).
     */
    public boolean sameRequest(String sha256) {
        return requestSha256 == null || requestSha256.equals(sha256);
    }

    public StatementView toView() {
        return new StatementView(id, contractId, vendorId, new StatementOfCompliance(signatoryName, signatoryTitle,
                plans.stream().map(Plan::toFringePlan).toList(),
                indexedPrograms().stream().map(p -> new ApprenticeshipProgram(p.program().name(), p.program().classification(),
                        p.program().registered(), p.program().registrationNumber(), p.program().registeredWith(),
                        p.program().apprenticesPerJourneyworker(), p.levels(), p.fringes(), p.fringesPerHour(),
                        p.program().fringeSource())).toList(), exceptions), filedBy, filedAt);
    }

    /** The programs as the wage check takes them (29 CFR 5.5(a)(4)(i)). */
    public List<ApprenticeProgram> apprenticePrograms() {
        return indexedPrograms().stream().map(p -> new ApprenticeProgram(p.program().name(), p.program().classification(),
                p.program().registered(), p.program().registrationNumber(), p.program().apprenticesPerJourneyworker(),
                p.levels(), p.fringes(), p.fringesPerHour(), p.program().fringeSource())).toList();
    }

    private List<ProgramLevels> indexedPrograms() {
        List<ProgramLevels> out = new ArrayList<>();
        for (int i = 0; i < programs.size(); i++) {
            Map<Integer, BigDecimal> byLevel = new TreeMap<>();
            Map<Integer, BigDecimal> fringeByLevel = new TreeMap<>();
            Map<Integer, BigDecimal> fringePerHour = new TreeMap<>();
            for (LevelRate l : levels) {
                if (l.programPosition() == i) {
                    byLevel.put(l.levelNo(), l.percentOfJourney());
                    if (l.fringePercentOfJourney() != null) {
                        fringeByLevel.put(l.levelNo(), l.fringePercentOfJourney());
                    }
                    if (l.fringePerHour() != null) {
                        fringePerHour.put(l.levelNo(), l.fringePerHour());
                    }
                }
            }
            out.add(new ProgramLevels(programs.get(i), byLevel, fringeByLevel, fringePerHour));
        }
        return out;
    }

    private record ProgramLevels(Program program, Map<Integer, BigDecimal> levels, Map<Integer, BigDecimal> fringes,
            Map<Integer, BigDecimal> fringesPerHour) {
    }

    /** The plans that pay for all work, annualized as the wage check credits them (29 CFR 5.25(c)(1)). */
    public FringePlans fringePlans() {
        List<FringePlan> filed = plans.stream().map(Plan::toFringePlan).toList();
        return new FringePlans(filed.stream().filter(FringePlan::coversAllWork).map(FringePlan::annualized).toList(),
                filed.stream().filter(p -> !p.coversAllWork()).map(FringePlan::hourlyCredit).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * Item 4(a): a plan and its hourly credit; for a plan that pays for all work, its contribution, period, annual
     * hours on all work and covered worker, and the hourly credit Highroad computed from them (29 CFR 5.25(c)(1)).
     */
    @Embeddable
    public record Plan(@Column(name = "plan_name") String name, @Column(name = "hourly_credit") BigDecimal hourlyCredit,
            @Column(name = "contribution") BigDecimal contribution,
            @Enumerated(EnumType.STRING) @Column(name = "contribution_period") ContributionPeriod period,
            @Column(name = "annual_hours_all_work") BigDecimal annualHoursAllWork,
            @Column(name = "worker_ref") String workerRef) {

        static Plan of(FringePlan p) {
            if (!p.coversAllWork()) {
                return new Plan(p.name(), p.hourlyCredit(), null, null, null, null);
            }
            AnnualizedPlan a = p.annualized();
            return new Plan(p.name(), a.hourlyCredit(), p.contribution(), p.period(), p.annualHoursAllWork(), a.workerRef());
        }

        FringePlan toFringePlan() {
            return new FringePlan(name, hourlyCredit, contribution, period, annualHoursAllWork, workerRef);
        }
    }

    /** An apprenticeship program and its ratio. */
    @Embeddable
    public record Program(@Column(name = "program_name") String name, @Column(name = "classification") String classification,
            @Column(name = "registered") boolean registered, @Column(name = "registration_number") String registrationNumber,
            @Column(name = "registered_with") String registeredWith,
            @Column(name = "apprentices_per_journey") BigDecimal apprenticesPerJourneyworker,
            @Column(name = "fringe_source") String fringeSource) {
    }

    /**
     * A program's progression level, its wage in percent of the journeyworker rate and the fringe the program sets in
     * percent of the journeyworker fringe, or the fringe per hour the wage determination sets for the level ({@code null}
     * both: the full fringe, 29 CFR 5.5(a)(4)(i)).
     */
    @Embeddable
    public record LevelRate(@Column(name = "program_position") int programPosition, @Column(name = "level_no") int levelNo,
            @Column(name = "percent_of_journey") BigDecimal percentOfJourney,
            @Column(name = "fringe_percent_of_journey") BigDecimal fringePercentOfJourney,
            @Column(name = "fringe_per_hour") BigDecimal fringePerHour) {
    }
}
