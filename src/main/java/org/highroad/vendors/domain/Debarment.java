package org.highroad.vendors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.highroad.vendors.DebarmentReport;
import org.highroad.vendors.VendorView;

/** A debarment or suspension of a vendor, from a date and (when known) until a date, inclusive. */
@Entity
@Table(name = "debarment")
public class Debarment extends VendorRecord {

    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    private String source;
    private String reason;

    protected Debarment() {
    }

    Debarment(Vendor vendor, DebarmentReport report, String by, Instant at) {
        super(vendor, by, at);
        this.startsOn = report.startsOn();
        this.endsOn = report.endsOn();
        this.source = report.source();
        this.reason = report.reason();
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
        return new VendorView.DebarmentView(id(), startsOn, endsOn, source, reason);
    }
}
