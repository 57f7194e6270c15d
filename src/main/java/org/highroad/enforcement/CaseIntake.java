package org.highroad.enforcement;

import java.time.Clock;
import java.util.List;
import org.highroad.contracts.Contracts;
import org.highroad.enforcement.domain.CaseOpenings;
import org.highroad.enforcement.domain.CaseStep.Kind;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCase.CaseFinding;
import org.highroad.enforcement.domain.ComplianceCaseRepository;
import org.highroad.payroll.PayrollEvents.PayrollFlagged;
import org.highroad.payroll.PayrollResults;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.security.HighroadUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The findings about one contractor's payrolls on one contract open a compliance case or join the open one, in the
 * transaction that recorded them (a finding is never without its case). One open case at a time per contract and
 * contractor, held by the database ({@link CaseOpenings}); a subcontractor's case names the liable prime (29 CFR
 * 5.5(a)(6): the prime is responsible for its subcontractors' compliance).
 */
@Service
public class CaseIntake {

    private static final String WORKFLOW = HighroadUser.WORKFLOW_ID;

    private final ComplianceCaseRepository cases;
    private final CaseOpenings openings;
    private final Contracts contracts;
    private final PayrollResults payroll;
    private final CaseSteps steps;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseIntake(ComplianceCaseRepository cases, CaseOpenings openings, Contracts contracts, PayrollResults payroll,
            CaseSteps steps, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.openings = openings;
        this.contracts = contracts;
        this.payroll = payroll;
        this.steps = steps;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Findings entered a case: {@code opened}, its process starts; otherwise the running one reviews them. */
    public record CaseFindingsAdded(long caseId, List<Long> findingIds, boolean opened) {
    }

    @EventListener
    @Transactional
    public void on(PayrollFlagged flagged) {
        String key = ComplianceCase.openKey(flagged.contractId(), flagged.vendorId());
        ComplianceCase open = cases.lockOpen(key).orElse(null);
        boolean opened = false;
        if (open == null) {
            // opened once (unique open key): a transaction that loses the race joins the case the winner opened
            opened = openings.open(flagged.contractId(), flagged.vendorId(), contracts.primeVendorOf(flagged.contractId()),
                    clock.instant());
            open = cases.lockOpen(key).orElseThrow(() -> new IllegalStateException("no open case " + key + " after opening it"));
        }
        List<Long> before = open.findings().stream().map(CaseFinding::findingId).toList();
        int added = open.join(flagged.findingIds());
        events.publishEvent(new CaseFindingsAdded(open.id(), flagged.findingIds().stream().filter(f -> !before.contains(f)).toList(),
                opened));
        boolean lateReport = flagged.submissionId() == null && payroll.findingsByIds(flagged.findingIds()).stream()
                .anyMatch(f -> "LATE_REPORT".equals(f.kind()));
        if (lateReport) {
            // a missing payroll: the contractor is reminded at once, before the review and any notice
            steps.record(open.id(), Kind.REMINDER, "SENT", null, "The certified payroll for the week ending "
                    + flagged.weekEnding() + " is past due: submit it with its Statement of Compliance (29 CFR 5.5(a)(3)(ii); "
                    + "contract Schedule C)", null, WORKFLOW);
        }
        audit.record(ComplianceCases.SUBJECT, open.id(), opened ? "OPENED" : "FINDINGS JOINED", WORKFLOW, null,
                added + " finding(s) for the week ending " + flagged.weekEnding()
                        + (lateReport ? " (late report)" : flagged.submissionId() == null ? "" : " from payroll " + flagged.submissionId()));
    }
}
