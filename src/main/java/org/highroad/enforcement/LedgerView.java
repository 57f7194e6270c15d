package org.highroad.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.highroad.enforcement.ledger.CaseTotals;
import org.highroad.enforcement.ledger.ContractorTotals;
import org.highroad.enforcement.ledger.WorkerBalance;

/**
 * A case's restitution ledger as {@code GET /api/cases/{id}/ledger} shows it: per worker (reference and contractor,
 * never a name), per contractor with the withholding to recommend, the case totals and every entry with who recorded
 * it and when. A contractor reads every amount, but not why staff released or reversed one nor who recorded it
 * ({@link AgencyNotes}).
 */
public record LedgerView(long caseId, CaseTotals totals, List<WorkerBalance> workers, List<Contractor> contractors,
        List<Entry> entries) {

    /** A contractor's totals and what to withhold from its next payment (see {@link ContractorTotals#recommendedWithholding()}). */
    public record Contractor(ContractorTotals totals, BigDecimal recommendedWithholding) {
    }

    /**
     * One stored line: the entry itself, the contractor's response it came from (if any), who and when; for a payment
     * the auditor refused on verifying, the reason the contractor reads ({@link PaymentRulings}), else null.
     */
    public record Entry(long id, String kind, Object entry, Long responseId, String recordedBy, Instant recordedAt,
            String refusedBecause) {

        public Entry(long id, String kind, Object entry, Long responseId, String recordedBy, Instant recordedAt) {
            this(id, kind, entry, responseId, recordedBy, recordedAt, null);
        }

        /** Whether the auditor refused this payment. */
        public boolean refused() {
            return refusedBecause != null;
        }
    }
}
