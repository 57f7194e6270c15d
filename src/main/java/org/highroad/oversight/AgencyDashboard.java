package org.highroad.oversight;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.highroad.contracts.ContractStatus;
import org.highroad.contracts.ContractView;
import org.highroad.contracts.Contracts;
import org.highroad.enforcement.ContractCaseFigures;
import org.highroad.payroll.PayrollCompliance;
import org.highroad.payroll.PayrollUtilization;
import org.highroad.payroll.PublicShareFigures;
import org.highroad.payroll.WorkforceComposition;
import org.highroad.platform.disclosure.Suppression;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.security.HighroadUser;
import org.highroad.standards.Agency;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.StandardSummary;
import org.highroad.subsidies.ProgramReport;
import org.highroad.subsidies.ProgramView;
import org.highroad.subsidies.SubsidyPrograms;
import org.highroad.subsidies.SubsidyReports;
import org.highroad.vendors.VendorRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of one agency's dashboard, read through the other modules' APIs (nothing of their tables): each
 * contract's reporting status and open findings ({@code payroll.PayrollCompliance}, the figures the contractor's
 * portal shows), its cases and ledger sums ({@code enforcement.ContractCaseFigures}), its workforce shares at the end
 * of each reporting period ended ({@code payroll.PayrollUtilization.publicFigures}, with worker counts, withheld by
 * {@link Suppression}), and the program report of each wage-subsidy program pinned to one of the agency's standards.
 */
@Service
public class AgencyDashboard {

    /** How many period ends a share series shows: the last year of a weekly contract's quarters, a quarter's weeks. */
    static final int POINTS = 12;

    private final StandardCatalog standards;
    private final Contracts contracts;
    private final VendorRegistry vendors;
    private final PayrollCompliance compliance;
    private final PayrollUtilization utilization;
    private final ContractCaseFigures cases;
    private final SubsidyPrograms programs;
    private final SubsidyReports reports;
    private final WorkforceComposition composition;
    private final Clock clock;

    AgencyDashboard(StandardCatalog standards, Contracts contracts, VendorRegistry vendors, PayrollCompliance compliance,
            PayrollUtilization utilization, ContractCaseFigures cases, SubsidyPrograms programs, SubsidyReports reports,
            WorkforceComposition composition, Clock clock) {
        this.composition = composition;
        this.standards = standards;
        this.contracts = contracts;
        this.vendors = vendors;
        this.compliance = compliance;
        this.utilization = utilization;
        this.cases = cases;
        this.programs = programs;
        this.reports = reports;
        this.clock = clock;
    }

    /** The agencies, for the choice of whose dashboard to open. */
    public List<Agency> agencies() {
        return standards.agencies();
    }

    /**
     * The agency a dashboard opens on when none is asked for: the first (in the catalog's order) that has let a
     * contract the caller sees, else the first; empty when there is no agency yet.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<String> defaultAgency(HighroadUser caller) {
        List<Agency> all = agencies();
        return all.stream().map(Agency::code).filter(code -> !contracts.ofAgency(code, caller).isEmpty()).findFirst()
                .or(() -> all.stream().map(Agency::code).findFirst());
    }

    /**
     * The agency's dashboard as {@code caller} (agency staff) sees it today, its contracts a page at a time, newest
     * first: the totals count every contract (they are the agency's figures), while the table's rows, the workforce
     * shares and each contract's composition lines are those of the page's contracts only (the composition's lines over
     * all contracts stay, withheld as the whole table with margins is). 404 for an agency that does not exist.
     */
    @Transactional(readOnly = true)
    public Dashboard of(String agencyCode, HighroadUser caller, int page, int size) {
        return build(agencyCode, caller, page, size);
    }

    /** The whole dashboard, every contract's rows, shares and lines: what the CSV downloads hold. */
    @Transactional(readOnly = true)
    public Dashboard whole(String agencyCode, HighroadUser caller) {
        return build(agencyCode, caller, 0, Integer.MAX_VALUE);
    }

    private Dashboard build(String agencyCode, HighroadUser caller, int page, int size) {
        Agency agency = agencies().stream().filter(a -> a.code().equals(agencyCode)).findFirst()
                .orElseThrow(() -> new NotFoundException("no agency " + agencyCode));
        List<ContractView> let = new ArrayList<>(contracts.ofAgency(agency.code(), caller));
        java.util.Collections.reverse(let); // newest first: a contract let today is the one to watch
        Map<Long, ContractCaseFigures.Figures> caseFigures = cases.of(let.stream().map(ContractView::id).toList());
        int from = (int) Math.min((long) page * size, let.size());
        int to = (int) Math.min((long) from + size, let.size());
        List<Dashboard.ContractStanding> all = new ArrayList<>();
        List<Dashboard.ContractStanding> shown = new ArrayList<>();
        List<Dashboard.ShareSeries> workforce = new ArrayList<>();
        for (int i = 0; i < let.size(); i++) {
            ContractView c = let.get(i);
            boolean onPage = i >= from && i < to;
            ContractCaseFigures.Figures f = caseFigures.get(c.id());
            String prime = vendors.legalName(c.primeVendorId());
            Dashboard.ContractStanding standing;
            if (c.status() != ContractStatus.EXECUTED) {
                standing = new Dashboard.ContractStanding(c.id(), c.title(), c.status().name(), c.primeVendorId(), prime,
                        f.openCases() == 0, 0, 0, 0, f.openCases(), f.owed(), f.paid(), f.outstanding(), f.held());
            } else {
                PayrollCompliance.Status s = compliance.status(c.id(), caller);
                standing = new Dashboard.ContractStanding(c.id(), c.title(), c.status().name(), c.primeVendorId(), prime,
                        s.compliant() && f.openCases() == 0, s.missingReports(), s.openFindings(), s.shortfalls().size(),
                        f.openCases(), f.owed(), f.paid(), f.outstanding(), f.held());
                if (onPage) {
                    // the shares over time only for the rows shown: twelve period ends a contract, each measured anew
                    workforce.addAll(series(c, s.weeks()));
                }
            }
            all.add(standing);
            if (onPage) {
                shown.add(standing);
            }
        }
        BigDecimal reported = let.stream().map(c -> caseFigures.get(c.id()).reported()).reduce(BigDecimal.ZERO.setScale(2),
                BigDecimal::add);
        Set<Long> onPage = new java.util.HashSet<>();
        shown.forEach(c -> onPage.add(c.contractId()));
        List<Dashboard.CompositionLine> lines = composition(let.stream().filter(c -> c.status() == ContractStatus.EXECUTED)
                .toList()).stream().filter(l -> l.contractId() == null || onPage.contains(l.contractId())).toList();
        int pages = size == Integer.MAX_VALUE || let.isEmpty() ? 1 : (int) ((let.size() + (long) size - 1) / size);
        return new Dashboard(agency.code(), agency.name(), LocalDate.now(clock), totals(all, reported), shown, workforce,
                subsidies(agency.code()), lines, new Dashboard.ContractPage(page, size == Integer.MAX_VALUE ? let.size() : size,
                        let.size(), pages));
    }

    /**
     * One contract's reporting periods and where each stands today (what its missing-periods figure counts): every
     * contractor's, the prime's and its subcontractors'.
     */
    @Transactional(readOnly = true)
    public ContractPeriods periods(long contractId, HighroadUser caller) {
        ContractView c = contracts.get(contractId, caller);
        List<ContractPeriods.Period> out = new ArrayList<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (PayrollCompliance.Week w : compliance.periods(contractId, caller)) {
            out.add(new ContractPeriods.Period(w.vendorId(), names.computeIfAbsent(w.vendorId(), vendors::legalName),
                    w.periodStart(), w.weekEnding(), w.dueOn(), w.state(), w.submissionId()));
        }
        return new ContractPeriods(c.id(), c.title(), c.agencyCode(), LocalDate.now(clock), out);
    }

    private static Dashboard.Totals totals(List<Dashboard.ContractStanding> all, BigDecimal reported) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        BigDecimal owed = zero;
        BigDecimal paid = zero;
        BigDecimal outstanding = zero;
        BigDecimal held = zero;
        int compliant = 0;
        int missing = 0;
        int findings = 0;
        int open = 0;
        for (Dashboard.ContractStanding c : all) {
            compliant += c.compliant() ? 1 : 0;
            missing += c.missingReports();
            findings += c.openFindings();
            open += c.openCases();
            owed = owed.add(c.owed());
            paid = paid.add(c.paid());
            outstanding = outstanding.add(c.outstanding());
            held = held.add(c.held());
        }
        return new Dashboard.Totals(all.size(), compliant, all.size() - compliant, missing, findings, open, owed, paid,
                outstanding, held, reported);
    }

    /**
     * The contract's shares at the end of each of its last {@link #POINTS} reporting periods ended (cumulative, as
     * the commitments are measured), every point withheld on its own worker counts.
     */
    private List<Dashboard.ShareSeries> series(ContractView c, List<PayrollCompliance.Week> weeks) {
        LocalDate today = LocalDate.now(clock);
        TreeSet<LocalDate> ends = new TreeSet<>();
        weeks.stream().map(PayrollCompliance.Week::weekEnding).filter(w -> !w.isAfter(today)).forEach(ends::add);
        while (ends.size() > POINTS) {
            ends.pollFirst();
        }
        record Key(String category, String trade, String level) {
        }
        Map<Key, List<Dashboard.SharePoint>> points = new LinkedHashMap<>();
        Map<Key, BigDecimal> required = new LinkedHashMap<>();
        for (LocalDate end : ends) {
            PublicShareFigures figures = utilization.publicFigures(c.id(), end);
            Set<Suppression.Cell> withheld = Suppression.withheld(figures.lines().stream().map(AgencyDashboard::cell).toList());
            for (PublicShareFigures.Line l : figures.lines()) {
                Key key = new Key(l.category(), l.trade(), l.level());
                boolean hidden = withheld.contains(cell(l));
                points.computeIfAbsent(key, k -> new ArrayList<>()).add(new Dashboard.SharePoint(end,
                        hidden ? null : l.sharePercent(), hidden ? null : l.met(), hidden));
                required.put(key, l.requiredPercent());
            }
        }
        List<Dashboard.ShareSeries> out = new ArrayList<>();
        points.forEach((k, p) -> out.add(new Dashboard.ShareSeries(c.id(), c.title(), k.category(), k.trade(), k.level(),
                required.get(k), List.copyOf(p))));
        return out;
    }

    /** The line key of an answer not reported: no answer written in a payroll is empty. */
    private static final String NOT_REPORTED = "";

    /**
     * Hours and workers of the executed contracts, and of all of them, by race/ethnicity, gender and residency, each
     * line withheld by {@link Suppression} as a table with margins: per dimension, the agency's total line above each
     * contract's total line and each answer's line over all contracts, and those above the contract's answer lines. A
     * line over fewer than five workers is withheld, and a second one beside it wherever the withheld one could be
     * worked back from its total (a contract's total less its other answers, an answer over all contracts less the
     * other contracts'), so only figures over five workers or more, that give no smaller one away, are shown.
     */
    private List<Dashboard.CompositionLine> composition(List<ContractView> executed) {
        Map<Long, String> titles = new LinkedHashMap<>();
        executed.forEach(c -> titles.put(c.id(), c.title()));
        WorkforceComposition.Figures figures = composition.of(List.copyOf(titles.keySet()), LocalDate.now(clock));
        List<Suppression.Cell> cells = figures.lines().stream().map(AgencyDashboard::cell).toList();
        Set<Suppression.Cell> withheld = Suppression.withheld(cells);
        List<Dashboard.CompositionLine> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            WorkforceComposition.Line l = figures.lines().get(i);
            boolean hidden = withheld.contains(cells.get(i));
            out.add(new Dashboard.CompositionLine(l.contractId(), l.contractId() == null ? null : titles.get(l.contractId()),
                    l.dimension().name(), l.total(), l.answer(), hidden ? null : l.hours(), hidden ? null : l.workers(), hidden));
        }
        return out;
    }

    /** A composition line as a suppression cell: its dimension, its contract (none: all) and its answer (none: the total). */
    private static Suppression.Cell cell(WorkforceComposition.Line l) {
        return new Suppression.Cell(l.dimension().name(), l.contractId() == null ? null : String.valueOf(l.contractId()),
                l.total() ? null : l.answer() == null ? NOT_REPORTED : l.answer().toLowerCase(java.util.Locale.ROOT),
                l.workers(), 0);
    }

    private static Suppression.Cell cell(PublicShareFigures.Line l) {
        return new Suppression.Cell(l.category(), l.trade(), l.level(), l.workers(), l.groupWorkers());
    }

    /** The programs pinned to one of the agency's standards, each with its report's money and quality-job share. */
    private List<Dashboard.SubsidyProgram> subsidies(String agencyCode) {
        Set<String> own = new TreeSet<>();
        for (StandardSummary s : standards.list()) {
            if (Objects.equals(s.agencyCode(), agencyCode)) {
                own.add(s.code());
            }
        }
        List<Dashboard.SubsidyProgram> out = new ArrayList<>();
        for (ProgramView p : programs.list()) {
            if (own.contains(p.standardCode())) {
                ProgramReport r = reports.report(p.id());
                out.add(new Dashboard.SubsidyProgram(p.id(), p.code(), p.name(), r.budget(), r.committed(), r.paid(),
                        r.qualityJobShare(), r.qualityGoalPercent(), r.goalMet()));
            }
        }
        return out;
    }
}
