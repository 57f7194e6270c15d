package org.highroad.vendors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.highroad.vendors.ComplianceRecord;

/** A contractor's written response to an entry of its record, kept beside it; never edited or deleted. */
@Entity
@Table(name = "labor_violation_response")
public class RecordResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "violation_id")
    private long violationId;
    @Column(name = "vendor_id")
    private long vendorId;
    private String text;
    @Column(name = "responded_by")
    private String respondedBy;
    @Column(name = "responded_at")
    private Instant respondedAt;

    protected RecordResponse() {
    }

    public RecordResponse(long violationId, long vendorId, String text, String by, Instant at) {
        this.violationId = violationId;
        this.vendorId = vendorId;
        this.text = text;
        this.respondedBy = by;
        this.respondedAt = at;
    }

    public long violationId() {
        return violationId;
    }

    public ComplianceRecord.Response toView() {
        return new ComplianceRecord.Response(id, text, respondedBy, respondedAt);
    }
}
