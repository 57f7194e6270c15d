package org.highroad.complaints;

import org.highroad.complaints.domain.WorkerComplaint;

/** Complaints as read by auditors and administrators. */
final class ComplaintViews {

    private ComplaintViews() {
    }

    static ComplaintView of(WorkerComplaint c, ClaimPricing.PricedClaim priced) {
        ComplaintView.Contact contact = c.anonymous() ? null
                : new ComplaintView.Contact(c.contactName(), c.contactPhone(), c.contactEmail());
        ComplaintView.TriageView triage = c.triagedAt() == null ? null : new ComplaintView.TriageView(c.contractId(),
                c.vendorId(), c.workerRef(), c.triageWeekEnding(), c.triageNote(), c.triagedBy(), c.triagedAt());
        ComplaintView.Comparison comparison = c.comparison() == null ? null
                : new ComplaintView.Comparison(c.comparison().name(), c.comparisonDetail(), c.findingId());
        ComplaintView.Visit visit = c.visitOutcome() == null ? null
                : new ComplaintView.Visit(c.visitedOn(), c.visitOutcome().name(), c.visitNotes(), c.visitedBy(),
                        c.visitOutcome() == WorkerComplaint.VisitOutcome.VIOLATION_FOUND ? c.findingId() : null);
        return new ComplaintView(c.id(), c.receipt(), c.status().name(), c.receivedAt(), c.employer(),
                c.contractReference(), c.worksite(), c.narrative(), c.weekEnding(), c.hoursClaimed(), c.payClaimed(),
                c.language(), c.anonymous(), contact, triage, comparison, visit, c.account().orElse(null), priced);
    }

    static ComplaintView.Summary summary(WorkerComplaint c) {
        return new ComplaintView.Summary(c.id(), c.receipt(), c.status().name(), c.receivedAt(), c.employer(),
                c.contractReference(), c.worksite(), c.weekEnding(), c.language(), c.anonymous(), c.contractId(),
                c.vendorId(), c.findingId());
    }
}
