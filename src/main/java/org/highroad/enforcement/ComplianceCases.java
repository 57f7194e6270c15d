package org.highroad.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.highroad.contracts.Contracts;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCase.CaseFinding;
import org.highroad.enforcement.domain.ComplianceCaseRepository;
import org.highroad.enforcement.domain.ComplianceCase.Review;
import org.highroad.payroll.FindingView;
import org.highroad.payroll.PayrollEvents.PayrollFlagged;
import org.highroad.payroll.PayrollResults;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.security.HighroadUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliance cases (issue 6, point 1): the findings about one contractor's payrolls on one contract open a case or
 * join the open one, in the transaction that recorded them (a finding is never without its case). Agency staff see
 * every case; a contractor its own, and as the prime, its subcontractors' cases, for which it is liable
 * (29 CFR 5.5(a)(6): the prime is responsible for its subcontractors' compliance).
 */
@Service
public class ComplianceCases {

    static final String SUBJECT = "compliance-case";
    private static final String WORKFLOW = "highroad-workflow";

    private final ComplianceCaseRepository cases;
    private final Contracts contracts;
    private final PayrollResults payroll;
    private final AuditTrail audit;
    private final Clock clock;

    ComplianceCases(ComplianceCaseRepository cases, Contracts contracts, PayrollResults payroll, AuditTrail audit,
            Clock clock) {
        this.cases = cases;
        this.contracts = contracts;
        this.payroll = payroll;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(PayrollFlagged flagged) {
        ComplianceCase open = cases.findFirstByContractIdAndVendorIdAndStatusOrderByIdDesc(flagged.contractId(),
                flagged.vendorId(), ComplianceCase.Status.OPEN).orElse(null);
        boolean opened = open == null;
        if (opened) {
            open = cases.saveAndFlush(new ComplianceCase(flagged.contractId(), flagged.vendorId(),
                    contracts.primeVendorOf(flagged.contractId()), clock.instant()));
        }
        int added = open.join(flagged.findingIds());
        audit.record(SUBJECT, open.id(), opened ? "OPENED" : "FINDINGS JOINED", WORKFLOW, null,
                added + " finding(s) for the week ending " + flagged.weekEnding()
                        + (flagged.submissionId() == null ? " (late report)" : " from payroll " + flagged.submissionId()));
    }

    /** The auditor's queue: open cases first, oldest first; a contractor sees its own (and its subcontractors'). */
    @Transactional(readOnly = true)
    public List<CaseView> list(HighroadUser caller) {
        return cases.findAllByOrderByIdDesc().stream().filter(c -> visibleTo(c, caller)).map(this::view)
                .sorted(Comparator.comparing(CaseView::status).reversed().thenComparing(CaseView::openedAt))
                .toList();
    }

    @Transactional(readOnly = true)
    public CaseView get(long id, HighroadUser caller) {
        ComplianceCase c = cases.findById(id).filter(x -> visibleTo(x, caller))
                .orElseThrow(() -> new NotFoundException("no compliance case " + id));
        return view(c);
    }

    private static boolean visibleTo(ComplianceCase c, HighroadUser caller) {
        return caller.isAgencyStaff() || c.concerns(caller.vendorId());
    }

    private CaseView view(ComplianceCase c) {
        Map<Long, FindingView> byId = payroll.findingsByIds(c.findings().stream().map(CaseFinding::findingId).toList())
                .stream().collect(Collectors.toMap(FindingView::id, Function.identity()));
        List<CaseView.Finding> findings = c.findings().stream().map(f -> new CaseView.Finding(byId.get(f.findingId()),
                f.review().name(), f.reason(), f.reviewedBy(), f.reviewedAt())).toList();
        List<CaseView.Finding> standing = findings.stream().filter(f -> !f.review().equals(Review.DISMISSED.name())).toList();
        BigDecimal owed = standing.stream().map(f -> f.finding().amountOwed()).filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        BigDecimal hours = standing.stream().map(f -> f.finding().hoursShort()).filter(h -> h != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        return new CaseView(c.id(), c.contractId(), c.vendorId(), c.primeVendorId(), c.vendorId() != c.primeVendorId(),
                c.status().name(), c.openedAt(), Duration.between(c.openedAt(), clock.instant()).toDays(),
                count(c, Review.PENDING), count(c, Review.CONFIRMED), count(c, Review.DISMISSED), owed, hours, findings);
    }

    private static int count(ComplianceCase c, Review review) {
        return (int) c.findings().stream().filter(f -> f.review() == review).count();
    }
}
