package org.highroad.payroll;

import java.util.List;
import org.highroad.payroll.domain.FindingStore;
import org.highroad.payroll.domain.PayrollSubmission;
import org.highroad.payroll.domain.PayrollSubmission.Source;
import org.highroad.payroll.domain.PayrollSubmissionRepository;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.security.HighroadUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Accepting a week's payroll, inside the transaction that wrote its rows and holds the week's lock: a later payroll of
 * the same week is a correction (its Statement of Compliance certifies the payroll correct and complete, WH-347 page 2;
 * 29 CFR 5.5(a)(3)(ii)(B)), so the payroll accepted before it is superseded with its findings still awaiting review, and
 * {@link PayrollEvents.FindingsSuperseded} is published in the same transaction, so that enforcement takes them out of
 * review only if the correction commits. A finding an auditor confirmed stands (ADR 0030): a certified correction is no
 * proof of payment; the correction's check matches what it finds again to it and flags what it shows corrected.
 */
@Component
class PayrollAcceptance {

    private final PayrollSubmissionRepository submissions;
    private final FindingStore findings;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;

    PayrollAcceptance(PayrollSubmissionRepository submissions, FindingStore findings, ApplicationEventPublisher events,
            AuditTrail audit, JdbcTemplate jdbc) {
        this.submissions = submissions;
        this.findings = findings;
        this.events = events;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** Accepts {@code s}, superseding the week's payroll accepted before it (and its findings awaiting review). */
    void accept(PayrollSubmission s, int rowCount, WorkerHoursTally tally, HighroadUser by) {
        Long superseded = null;
        for (PayrollSubmission e : submissions.findByContractIdAndVendorIdAndWeekEndingOrderByIdAsc(s.contractId(), s.vendorId(),
                s.weekEnding())) {
            if (!e.id().equals(s.id()) && e.status() == PayrollSubmission.Status.ACCEPTED) {
                e.superseded();
                superseded = e.id();
                List<Long> supersededFindings = findings.supersede(e.id());
                if (!supersededFindings.isEmpty()) {
                    events.publishEvent(new PayrollEvents.FindingsSuperseded(s.contractId(), s.vendorId(), s.weekEnding(), e.id(),
                            s.id(), supersededFindings, "correction payroll " + s.id() + " replaced payroll " + e.id()
                                    + " for the week ending " + s.weekEnding()));
                }
                audit.record(PayrollSubmissions.SUBJECT, e.id(), "SUPERSEDED", by.userId(), "correction " + s.id(), null);
            }
        }
        s.accept(rowCount, superseded);
        if (rowCount > 0) {
            // the payroll's hours per worker, trade and level, what the contract's shares are summed from
            // (PayrollUtilization.compute): written with its rows, in this transaction, once; tallied as the rows were
            // written (WorkerHoursTally), not read back
            tally.write(jdbc, s.id());
        }
        audit.record(PayrollSubmissions.SUBJECT, s.id(), "ACCEPTED", by.userId(), null,
                s.source() == Source.NO_WORK ? "no-work statement" : rowCount + " row(s)");
    }
}
