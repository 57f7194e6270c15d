package org.highroad.enforcement;

import java.util.List;
import org.highroad.enforcement.CaseIntake.CaseFindingsAdded;
import org.highroad.enforcement.domain.SubsidyRecoveries;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.money.Money;
import org.highroad.platform.security.HighroadUser;
import org.highroad.subsidies.SubsidyClawbackFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A wage-subsidy clawback opens a compliance case about the subsidy agreement, in the transaction that recorded it: its
 * one finding is the subsidy recovery, owed by the employer to the program, which the compliance-case process reviews,
 * notices, follows through the employer's repayment and verifies like any case. One case per clawback, however often
 * the clawback is announced: the database holds it ({@link SubsidyRecoveries}); a repeat changes nothing.
 */
@Service
public class SubsidyCaseIntake {

    private final SubsidyRecoveries recoveries;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    SubsidyCaseIntake(SubsidyRecoveries recoveries, AuditTrail audit, ApplicationEventPublisher events) {
        this.recoveries = recoveries;
        this.audit = audit;
        this.events = events;
    }

    @EventListener
    @Transactional
    public void on(SubsidyClawbackFound found) {
        if (found.amount() == null || found.amount().signum() <= 0 || recoveries.caseOf(found.clawbackId()).isPresent()) {
            return; // nothing to recover, or its case is open already
        }
        SubsidyRecovery recovery = new SubsidyRecovery(0, found.clawbackId(), found.requestId(), found.programId(),
                found.programCode(), found.programName(), found.agreement(), found.ground(), found.workerRef(),
                Money.of(found.amount()).amount(), found.detail(), found.ruleCited(), found.agencyCode(), found.cureBusinessDays(),
                found.foundAt());
        recoveries.open(recovery, found.employerVendorId()).ifPresent(opened -> {
            events.publishEvent(new CaseFindingsAdded(opened[0], List.of(opened[1]), true));
            audit.record(ComplianceCases.SUBJECT, opened[0], "OPENED", HighroadUser.WORKFLOW_ID, null, "subsidy recovery of "
                    + Money.of(found.amount()) + " owed to program " + found.programCode() + " (" + found.ground() + ", clawback "
                    + found.clawbackId() + ", subsidy request " + found.requestId() + ")");
        });
    }
}
