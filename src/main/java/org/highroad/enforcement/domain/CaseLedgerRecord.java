package org.highroad.enforcement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.highroad.enforcement.ledger.LedgerEntry;
import org.highroad.enforcement.ledger.LedgerEntry.Kind;

/**
 * A stored line of a case's restitution ledger ({@link LedgerEntry}), append-only, with who recorded it and when.
 * The arithmetic is the ledger's ({@link org.highroad.enforcement.ledger.RestitutionLedger}); this only keeps it.
 */
@Entity
@Table(name = "case_ledger_entry")
public class CaseLedgerRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private long caseId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "worker_ref")
    private String workerRef;
    @Column(name = "vendor_id")
    private Long vendorId;
    private BigDecimal amount;
    @Column(name = "finding_id")
    private Long findingId;
    private String component;
    private String evidence;
    @Column(name = "paid_on")
    private LocalDate paidOn;
    @Column(name = "payment_reference")
    private String paymentReference;
    /** The payment reference as compared (LedgerEntry.Withheld#keyOf), unique per case (V83); shown is the one above. */
    @Column(name = "payment_reference_key")
    private String paymentReferenceKey;
    private String reason;
    @Column(name = "response_id")
    private Long responseId;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    /** SHA-256 of the form's one-time token or the client's Idempotency-Key it was recorded with; unique per case. */
    @Column(name = "idempotency_key")
    private String idempotencyKey;

    protected CaseLedgerRecord() {
    }

    /** Stores an entry (already checked by its record); {@code responseId} names the contractor's response, if any. */
    public CaseLedgerRecord(long caseId, LedgerEntry entry, Long responseId, String recordedBy, Instant recordedAt) {
        this.caseId = caseId;
        this.kind = entry.kind();
        this.responseId = responseId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        if (entry instanceof LedgerEntry.Owed o) {
            workerRef = o.workerRef();
            vendorId = o.vendorId();
            amount = o.amount();
            findingId = o.findingId();
            component = o.component();
        } else if (entry instanceof LedgerEntry.Paid p) {
            workerRef = p.workerRef();
            vendorId = p.vendorId();
            amount = p.amount();
            evidence = p.evidence();
            paidOn = p.paidOn();
        } else if (entry instanceof LedgerEntry.Withheld w) {
            vendorId = w.vendorId();
            amount = w.amount();
            paymentReference = w.paymentReference();
            paymentReferenceKey = w.referenceKey();
        } else if (entry instanceof LedgerEntry.Released r) {
            vendorId = r.vendorId();
            amount = r.amount();
            reason = r.reason();
        } else if (entry instanceof LedgerEntry.OwedReversed r) {
            findingId = r.findingId();
            reason = r.reason();
        } else if (entry instanceof LedgerEntry.OwedRevised r) {
            findingId = r.findingId();
            amount = r.amount();
            reason = r.reason();
        }
    }

    /** The entry as the ledger reads it. */
    public LedgerEntry entry() {
        return switch (kind) {
            case OWED -> new LedgerEntry.Owed(workerRef, vendorId, amount, findingId, component);
            case PAID -> new LedgerEntry.Paid(workerRef, vendorId, amount, evidence, paidOn, recordedBy);
            case WITHHELD -> new LedgerEntry.Withheld(vendorId, amount, paymentReference, recordedBy);
            case RELEASED -> new LedgerEntry.Released(vendorId, amount, reason, recordedBy);
            case OWED_REVERSED -> new LedgerEntry.OwedReversed(findingId, reason, recordedBy);
            case OWED_REVISED -> new LedgerEntry.OwedRevised(findingId, amount, reason, recordedBy);
        };
    }

    /** Recorded with this key (the SHA-256 of a form's token or of an Idempotency-Key); null for none. */
    public CaseLedgerRecord keyed(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
        return this;
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public Long responseId() {
        return responseId;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
