package org.highroad.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCase.CaseFinding;
import org.highroad.enforcement.domain.ComplianceCase.Review;
import org.highroad.enforcement.domain.ComplianceCaseRepository;
import org.highroad.enforcement.domain.SubsidyRecoveries;
import org.highroad.payroll.FindingRecheck;
import org.highroad.payroll.FindingView;
import org.highroad.payroll.PayrollResults;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageQuery;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.paging.SortFields;
import org.highroad.platform.security.HighroadUser;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliance cases as their readers see them: agency staff see every case; a contractor its own, and as the prime,
 * its subcontractors' cases, for which it is liable (29 CFR 5.5(a)(6): the prime is responsible for its
 * subcontractors' compliance). Findings enter cases through {@link CaseIntake}; the use cases that move a case
 * ({@link ReviewFinding}, {@link RecordVerification}, ...) are beside this one.
 */
@Service
public class ComplianceCases {

    /** The audit trail's subject for a compliance case. */
    static final String SUBJECT = "compliance-case";

    private final ComplianceCaseRepository cases;
    private final PayrollResults payroll;
    private final CaseLedgers ledgers;
    private final SubsidyRecoveries recoveries;
    private final Clock clock;

    ComplianceCases(ComplianceCaseRepository cases, PayrollResults payroll, CaseLedgers ledgers, SubsidyRecoveries recoveries,
            Clock clock) {
        this.recoveries = recoveries;
        this.cases = cases;
        this.payroll = payroll;
        this.ledgers = ledgers;
        this.clock = clock;
    }

    /**
     * How the auditor's queue may be sorted: by default open cases first, oldest first (then by id, so pages never
     * overlap).
     */
    public static final SortFields SORTS = SortFields.by(Sort.by(Sort.Order.desc("status"), Sort.Order.asc("openedAt")), "id")
            .allow("status", "status", "openedAt").allow("openedAt").allow("contractId").allow("vendorId").allow("id");

    /** A case's findings are read in the order the case holds them. */
    public static final SortFields FINDING_SORTS = SortFields.byId("position", Sort.Direction.ASC);

    /**
     * One page of the auditor's queue: open cases first, oldest first; a contractor sees its own (and its
     * subcontractors'), without the agency's notes ({@link AgencyNotes}), and its total counts only those.
     */
    @Transactional(readOnly = true)
    public PageView<CaseView> list(HighroadUser caller, PageParams asked) {
        PageQuery query = asked.query(SORTS);
        if (!caller.isAgencyStaff() && caller.vendorId() == null) {
            return new PageView<>(List.of(), query.page(), query.size(), 0, 0);
        }
        PageView<ComplianceCase> page = PageView.of(cases.pageVisible(caller.isAgencyStaff(),
                caller.vendorId() == null ? -1 : caller.vendorId(), query.pageable()));
        // one read of the findings and one of the ledgers for the whole page
        Map<Long, FindingView> findings = byId(findingIds(page.items(), false));
        Map<Long, SubsidyRecovery> recovered = recoveriesById(findingIds(page.items(), true));
        Map<Long, BigDecimal> outstanding = ledgers.outstanding(page.items().stream().map(ComplianceCase::id).toList());
        return page.map(c -> AgencyNotes.caseFor(view(c, findings, recovered, outstanding.get(c.id())), caller));
    }

    /**
     * The cases about one contract the caller may see, oldest first, read as {@link #list} reads them: what the
     * contract's public implementation stage is compiled from, without reading every case.
     */
    @Transactional(readOnly = true)
    public List<CaseView> ofContract(long contractId, HighroadUser caller) {
        List<ComplianceCase> of = cases.findByContractIdOrderById(contractId).stream().filter(c -> visibleTo(c, caller)).toList();
        if (of.isEmpty()) {
            return List.of();
        }
        Map<Long, FindingView> findings = byId(findingIds(of, false));
        Map<Long, SubsidyRecovery> recovered = recoveriesById(findingIds(of, true));
        Map<Long, BigDecimal> outstanding = ledgers.outstanding(of.stream().map(ComplianceCase::id).toList());
        return of.stream().map(c -> AgencyNotes.caseFor(view(c, findings, recovered, outstanding.get(c.id())), caller)).toList();
    }

    /**
     * One page of the agency staff's queue with only the cases of this status (OPEN or CLOSED); {@code null} is every
     * case ({@link #list}). Only agency staff read it (others get an empty page).
     */
    @Transactional(readOnly = true)
    public PageView<CaseView> list(HighroadUser caller, PageParams asked, ComplianceCase.Status status) {
        if (status == null || !caller.isAgencyStaff()) {
            return status == null ? list(caller, asked) : new PageView<>(List.of(), 0, 0, 0, 0);
        }
        PageQuery query = asked.query(SORTS);
        PageView<ComplianceCase> page = PageView.of(cases.pageByStatus(status, query.pageable()));
        Map<Long, FindingView> findings = byId(findingIds(page.items(), false));
        Map<Long, SubsidyRecovery> recovered = recoveriesById(findingIds(page.items(), true));
        Map<Long, BigDecimal> outstanding = ledgers.outstanding(page.items().stream().map(ComplianceCase::id).toList());
        return page.map(c -> view(c, findings, recovered, outstanding.get(c.id())));
    }

    /**
     * One page of a case's findings with their review, if the caller may see the case (else 404); a contractor reads
     * them without the review notes ({@link AgencyNotes}).
     */
    @Transactional(readOnly = true)
    public PageView<CaseView.Finding> findings(long id, HighroadUser caller, PageParams asked) {
        PageQuery query = asked.query(FINDING_SORTS);
        boolean subsidy = visible(id, caller).aboutSubsidy();
        PageView<CaseFinding> page = PageView.of(cases.findingsOf(id,
                org.springframework.data.domain.PageRequest.of(query.page(), query.size())));
        List<Long> ids = page.items().stream().map(CaseFinding::findingId).toList();
        Map<Long, FindingView> byId = subsidy ? Map.of() : byId(ids);
        Map<Long, SubsidyRecovery> recovered = subsidy ? recoveriesById(ids) : Map.of();
        Map<Long, FindingRecheck> rechecks = subsidy ? Map.of() : payroll.rechecksOf(confirmedIds(page.items()));
        return page.map(f -> AgencyNotes.findingFor(new CaseView.Finding(byId.get(f.findingId()), recovered.get(f.findingId()),
                f.review().name(), f.reason(), f.reviewedBy(), f.reviewedAt(), rechecks.get(f.findingId())), caller));
    }

    /** The case if the caller may see it (agency staff, its contractor, the liable prime), else 404. */
    @Transactional(readOnly = true)
    public ComplianceCase visible(long id, HighroadUser caller) {
        return cases.findById(id).filter(x -> visibleTo(x, caller))
                .orElseThrow(() -> new NotFoundException("no compliance case " + id));
    }

    /** The case as the caller may read it ({@link AgencyNotes}), if the caller may see it, else 404. */
    @Transactional(readOnly = true)
    public CaseView get(long id, HighroadUser caller) {
        return AgencyNotes.caseFor(view(visible(id, caller)), caller);
    }

    private static boolean visibleTo(ComplianceCase c, HighroadUser caller) {
        return caller.isAgencyStaff() || c.concerns(caller.vendorId());
    }

    /** The findings of these cases from one source: subsidy recoveries, or payroll findings (ids of two tables). */
    private static List<Long> findingIds(List<ComplianceCase> of, boolean subsidy) {
        return of.stream().filter(c -> c.aboutSubsidy() == subsidy).flatMap(c -> c.findings().stream())
                .map(CaseFinding::findingId).toList();
    }

    /** The confirmed findings among these: only those are rechecked against a later payroll of their week. */
    private static List<Long> confirmedIds(List<CaseFinding> of) {
        return of.stream().filter(f -> f.review() == Review.CONFIRMED).map(CaseFinding::findingId).toList();
    }

    private Map<Long, SubsidyRecovery> recoveriesById(List<Long> ids) {
        return recoveries.byIds(ids).stream().collect(Collectors.toMap(SubsidyRecovery::id, Function.identity()));
    }

    private Map<Long, FindingView> byId(List<Long> findingIds) {
        return payroll.findingsByIds(findingIds).stream().collect(Collectors.toMap(FindingView::id, Function.identity()));
    }

    private CaseView view(ComplianceCase c) {
        return view(c, byId(findingIds(List.of(c), false)), recoveriesById(findingIds(List.of(c), true)),
                ledgers.stillOwed(c.id()));
    }

    private CaseView view(ComplianceCase c, Map<Long, FindingView> byId, Map<Long, SubsidyRecovery> recovered,
            BigDecimal outstanding) {
        Map<Long, FindingRecheck> rechecks = c.aboutSubsidy() ? Map.of() : payroll.rechecksOf(confirmedIds(c.findings()));
        List<CaseView.Finding> findings = c.findings().stream().map(f -> c.aboutSubsidy()
                ? new CaseView.Finding(null, recovered.get(f.findingId()), f.review().name(), f.reason(), f.reviewedBy(), f.reviewedAt(),
                        null)
                : new CaseView.Finding(byId.get(f.findingId()), null, f.review().name(), f.reason(), f.reviewedBy(),
                        f.reviewedAt(), rechecks.get(f.findingId()))).toList();
        // what the case holds against the contractor: not what was dismissed, nor what no longer stands
        List<CaseView.Finding> standing = findings.stream().filter(f -> !f.review().equals(Review.DISMISSED.name())
                && !f.review().equals(Review.SUPERSEDED.name())
                && (f.finding() == null || !"SUPERSEDED".equals(f.finding().status()))).toList();
        BigDecimal owed = standing.stream().map(f -> f.recovery() != null ? f.recovery().amount()
                : f.finding() == null ? null : f.finding().amountOwed()).filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        BigDecimal hours = standing.stream().filter(f -> f.finding() != null).map(f -> f.finding().hoursShort()).filter(h -> h != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        Instant until = c.closedAt() == null ? clock.instant() : c.closedAt();
        return new CaseView(c.id(), c.subject().name(), c.contractId(), c.subsidyRequestId(), c.vendorId(),
                c.primeVendorId(), c.vendorId() != c.primeVendorId(),
                c.status().name(), c.outcome(), c.openedAt(), Duration.between(c.openedAt(), until).toDays(),
                c.count(Review.PENDING), c.count(Review.CONFIRMED), c.count(Review.DISMISSED), c.count(Review.SUPERSEDED), owed,
                outstanding, hours, c.escalationStep(), c.cureDue(), c.nextCheck(), c.closedReason(), findings);
    }
}
