package org.highroad.complaints;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highroad.complaints.domain.ComplaintWeeks;
import org.highroad.complaints.domain.WorkerComplaint;
import org.highroad.complaints.domain.WorkerComplaint.Comparison;
import org.highroad.complaints.domain.WorkerComplaintRepository;
import org.highroad.payroll.ClaimRestatements;
import org.highroad.payroll.ClaimRestatements.ClaimOnRecord;
import org.highroad.payroll.ClaimRestatements.Restated;
import org.highroad.payroll.PayrollEvents.PayrollReceived;
import org.highroad.payroll.WorkerClaims;
import org.highroad.payroll.WorkerClaims.ClaimedWeek;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.security.HighroadUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints compared with a week's certified payroll are compared again once a payroll for that week is accepted and
 * checked (a correction, say): a complaint's finding owed only what the payroll's findings did not, and those may be
 * superseded now, or the correction's own findings may owe the wages. The payroll module restates the findings
 * ({@link ClaimRestatements}); the complaint keeps the comparison as it reads now and the finding it rests on. The
 * account itself never leaves the complaint (29 CFR 5.6(a)(5)). Then what a visit or interview substantiated for the
 * week is credited with what the findings standing now owe, so that it is owed once.
 */
@Service
class RecomparedComplaints {

    private final WorkerComplaintRepository complaints;
    private final ClaimRestatements restatements;
    private final AuditTrail audit;
    private final ComplaintWeeks weeks;
    private final WorkerComplaints complaintsApi;
    private final WorkerClaims claims;

    RecomparedComplaints(WorkerComplaintRepository complaints, ClaimRestatements restatements, AuditTrail audit,
            ComplaintWeeks weeks, WorkerComplaints complaintsApi, WorkerClaims claims) {
        this.claims = claims;
        this.weeks = weeks;
        this.complaintsApi = complaintsApi;
        this.complaints = complaints;
        this.restatements = restatements;
        this.audit = audit;
    }

    /**
     * After the week's checks committed, outside their transaction; published again by the payroll's recovery if this
     * throws, and comparing again when nothing changed changes nothing.
     */
    @EventListener
    @Transactional
    public void on(PayrollReceived received) {
        Map<ClaimOnRecord, WorkerComplaint> onRecord = new LinkedHashMap<>();
        for (WorkerComplaint c : complaints.findByContractIdAndVendorIdAndComparisonOrderById(received.contractId(),
                received.vendorId(), Comparison.DISCREPANCY)) {
            // every week of the account compared with a finding; a complaint compared before weeks were kept has its
            // triaged week only
            // the work weeks in the payroll's reporting period: the week itself on a weekly contract, every work week
            // with a day in the period on a longer one
            List<ComplaintWeeks.Week> weeks = this.weeks.of(c.id());
            if (weeks.isEmpty()) {
                if (inPeriod(c, c.triageWeekEnding(), received) && c.findingId() != null) {
                    onRecord.put(new ClaimOnRecord(new ClaimedWeek(c.contractId(), c.vendorId(), c.triageWeekEnding(),
                            c.workerRef(), c.hoursClaimed(), c.payClaimed()), c.findingId(), WorkerComplaints.source(c.id())), c);
                }
                continue;
            }
            for (ComplaintWeeks.Week w : weeks) {
                if (w.findingId() != null && inPeriod(c, w.weekEnding(), received)) {
                    onRecord.put(new ClaimOnRecord(complaintsApi.claimFor(c, w.weekEnding()), w.findingId(),
                            WorkerComplaints.source(c.id())), c);
                }
            }
        }
        for (Restated r : onRecord.isEmpty() ? List.<Restated>of() : restatements.restate(received.contractId(), received.vendorId(), received.weekEnding(),
                List.copyOf(onRecord.keySet()))) {
            if (r.stood()) {
                // the confirmed finding stands (ADR 0030, addendum): the comparison on record stays the one it rests on
                WorkerComplaint complaint = onRecord.get(r.onRecord());
                audit.record(WorkerComplaints.SUBJECT, complaint.id(), "COMPARED AGAIN", HighroadUser.WORKFLOW_ID, null, "payroll "
                        + received.submissionId() + " for the week: " + r.check().explanation() + "; confirmed payroll finding "
                        + r.findingId() + " stands" + (!r.recheckFound() ? ", the account no longer differs from the payroll"
                                : r.recheckAmount() == null ? "" : ", the account would owe " + r.recheckAmount() + " now"));
            } else if (r.changed()) {
                WorkerComplaint complaint = onRecord.get(r.onRecord());
                LocalDate week = r.onRecord().claim().weekEnding();
                weeks.recompared(complaint.id(), week, r.check().verdict().name(), r.check().explanation(), r.findingId());
                if (week.equals(complaint.triageWeekEnding())) {
                    complaint.recompared(Comparison.valueOf(r.check().verdict().name()), r.check().explanation(), r.findingId());
                }
                audit.record(WorkerComplaints.SUBJECT, complaint.id(), "COMPARED AGAIN", HighroadUser.WORKFLOW_ID, null, "payroll "
                        + received.submissionId() + " for the week: " + r.check().explanation() + " (payroll finding "
                        + r.findingId() + ")");
            }
        }
        restateVisits(received);
    }

    /**
     * What a visit or interview substantiated for the week is owed once: once the accounts are compared again, each
     * visit's finding owes it less what the findings standing now owe the worker for the week (the payroll's checks on a
     * correction, say), earliest visit first ({@link WorkerClaims#restateSiteViolation}).
     */
    private void restateVisits(PayrollReceived received) {
        for (ComplaintWeeks.Visited v : weeks.visited(received.contractId(), received.vendorId(), received.weekEnding())) {
            long now = claims.restateSiteViolation(v.visitFindingId(), v.substantiated(), WorkerComplaints.source(v.complaintId()));
            if (now != v.visitFindingId()) {
                weeks.substantiated(v.complaintId(), v.weekEnding(), v.substantiated(), now);
                complaints.findById(v.complaintId()).ifPresent(c -> c.visitRestated(v.visitFindingId(), now));
                audit.record(WorkerComplaints.SUBJECT, v.complaintId(), "VISIT FINDING RESTATED", HighroadUser.WORKFLOW_ID, null,
                        "payroll " + received.submissionId() + " for the week ending " + v.weekEnding() + ": payroll finding "
                                + v.visitFindingId() + " restated as " + now);
            }
        }
    }

    /** Whether the complaint's work week lies in the reporting period of the payroll received. */
    private boolean inPeriod(WorkerComplaint c, LocalDate week, PayrollReceived received) {
        return week.equals(received.weekEnding())
                || claims.periodEndings(c.contractId(), c.vendorId(), week).contains(received.weekEnding());
    }
}
