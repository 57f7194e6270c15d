package org.highroad.complaints;

import java.util.List;
import org.highroad.complaints.domain.ComplaintWeeks;
import org.highroad.complaints.domain.WorkerComplaint;

/** Complaints as read by auditors and administrators. */
final class ComplaintViews {

    private ComplaintViews() {
    }

    static ComplaintView of(WorkerComplaint c, ClaimPricing.PricedClaim priced, List<ComplaintWeeks.Week> weeks) {
        ComplaintView.Contact contact = c.anonymous() ? null
                : new ComplaintView.Contact(c.contactName(), c.contactPhone(), c.contactEmail());
        ComplaintView.TriageView triage = c.triagedAt() == null ? null : new ComplaintView.TriageView(c.contractId(),
                c.vendorId(), c.workerRef(), c.triageWeekEnding(), c.triageNote(), c.triagedBy(), c.triagedAt());
        ComplaintView.Comparison comparison = c.comparison() == null ? null
                : new ComplaintView.Comparison(c.comparison().name(), c.comparisonDetail(), c.findingId());
        ComplaintView.Visit visit = c.visitOutcome() == null ? null
                : new ComplaintView.Visit(c.visitedOn(), c.visitOutcome().name(), c.visitNotes(), c.visitedBy(),
                        c.visitFindingId());
        return new ComplaintView(c.id(), c.receipt(), c.status().name(), c.receivedAt(), c.employer(),
                c.contractReference(), c.worksite(), c.narrative(), c.weekEnding(), c.hoursClaimed(), c.payClaimed(),
                c.language(), c.anonymous(), contact, triage, comparison, visit, c.account().orElse(null), priced,
                weeks.stream().map(w -> new ComplaintView.Week(w.weekEnding(), w.verdict(), w.detail(), w.findingId(),
                        w.substantiated(), w.visitFindingId())).toList());
    }

    static ComplaintView.Summary summary(WorkerComplaint c) {
        return new ComplaintView.Summary(c.id(), c.receipt(), c.status().name(), c.receivedAt(), c.employer(),
                c.contractReference(), c.worksite(), c.weekEnding(), c.language(), c.anonymous(), c.contractId(),
                c.vendorId(), c.findingId());
    }
}
