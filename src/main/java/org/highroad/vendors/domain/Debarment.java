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
    @Column(name = "status")
    private String status = ACTIVE;
    @Column(name = "case_id")
    private Long caseId;

    /** Screens the vendor out on its dates. */
    public static final String ACTIVE = "ACTIVE";
    /**
     * Referred by an enforcement case and approved by an auditor and an administrator, awaiting the debarring
     * official's decision (29 CFR 5.12): recorded on the vendor, but it screens nothing out until it is decided.
     */
    public static final String PENDING = "PENDING";

    protected Debarment() {
    }

    Debarment(Vendor vendor, DebarmentReport report, String by, Instant at) {
        super(vendor, by, at);
        this.startsOn = report.startsOn();
        this.endsOn = report.endsOn();
        this.source = report.source();
        this.reason = report.reason();
    }

    Debarment(Vendor vendor, DebarmentReport report, long caseId, String by, Instant at) {
        this(vendor, report, by, at);
        this.status = PENDING;
        this.caseId = caseId;
    }

    public boolean activeOn(LocalDate date) {
        return ACTIVE.equals(status) && !date.isBefore(startsOn) && (endsOn == null || !date.isAfter(endsOn));
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
        return new VendorView.DebarmentView(id(), startsOn, endsOn, source, reason, status, caseId);
    }
}
