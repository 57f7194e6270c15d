package org.highroad.transparency;

import java.time.Clock;
import java.util.Set;
import org.highroad.enforcement.CaseLedgerChanged;
import org.highroad.platform.audit.AuditRecorded;
import org.highroad.transparency.domain.PublicationMarks;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Marks what the open contracting data must publish again, in the transaction of the change (ADR 0031). Every change
 * a stage shows is written to the audit trail in its transaction, under its subject: the solicitation (published,
 * revised, cancelled, closed, opened, ranked, awarded), a bid (submitted, replaced, ruled out, repriced), the contract
 * (drafted, accepted and executed, amended, a subcontractor added), a payroll submission (accepted, superseded, a
 * no-work statement over it) and a compliance case (findings joined, confirmed, dismissed, revised or superseded, a
 * response with payments, a verification, an escalation step). The ledger of a case is heard apart
 * ({@link CaseLedgerChanged}): a payment recorded moves what is owed. Other subjects (subsidies, vendors' qualifications,
 * complaints, column maps, statements) no stage shows: they are not marked.
 */
@Component
class ChangeMarks {

    static final String SOLICITATION = "solicitation";
    static final String BID = "bid";
    static final String CONTRACT = "contract";
    static final String PAYROLL = "payroll-submission";
    static final String CASE = "compliance-case";

    /** The audit subjects whose change a stage can show. */
    static final Set<String> SHOWN = Set.of(SOLICITATION, BID, CONTRACT, PAYROLL, CASE);

    private final PublicationMarks marks;
    private final Clock clock;

    ChangeMarks(PublicationMarks marks, Clock clock) {
        this.marks = marks;
        this.clock = clock;
    }

    @EventListener
    void on(AuditRecorded recorded) {
        if (SHOWN.contains(recorded.subjectType())) {
            marks.mark(recorded.subjectType(), recorded.subjectId(), clock.instant());
        }
    }

    @EventListener
    void on(CaseLedgerChanged changed) {
        marks.mark(CASE, changed.caseId(), clock.instant());
    }
}
