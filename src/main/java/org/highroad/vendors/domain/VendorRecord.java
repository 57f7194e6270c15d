package org.highroad.vendors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** Something recorded on a vendor's file (a violation, a debarment): who recorded it and when. Never deleted. */
@MappedSuperclass
abstract class VendorRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vendor_id")
    private Vendor vendor;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;

    protected VendorRecord() {
    }

    protected VendorRecord(Vendor vendor, String by, Instant at) {
        this.vendor = vendor;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long id() {
        return id;
    }
}
