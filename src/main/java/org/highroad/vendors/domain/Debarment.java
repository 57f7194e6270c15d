package org.highroad.vendors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.highroad.vendors.DebarmentReport;
import org.highroad.vendors.VendorView;

/** A debarment or suspension of a vendor, from a date and (when known) until a date, inclusive. */
@Entity
@Table(name = "debarment")
public class Debarment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vendor_id")
    private Vendor vendor;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    private String source;
    private String reason;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;

    protected Debarment() {
    }

    Debarment(Vendor vendor, DebarmentReport report, String by, Instant at) {
        this.vendor = vendor;
        this.startsOn = report.startsOn();
        this.endsOn = report.endsOn();
        this.source = report.source();
        this.reason = report.reason();
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(startsOn) && (endsOn == null || !date.isAfter(endsOn));
    }

    public String source() {
        return source;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    VendorView.DebarmentView toView() {
        return new VendorView.DebarmentView(id, startsOn, endsOn, source, reason);
    }
}
