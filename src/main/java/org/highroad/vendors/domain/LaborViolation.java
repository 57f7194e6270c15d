package org.highroad.vendors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.highroad.platform.errors.ConflictException;
import org.highroad.vendors.VendorView;
import org.highroad.vendors.ViolationReport;

/** A labor-law violation on a vendor's record. It is never deleted; it is resolved (restitution paid, abated). */
@Entity
@Table(name = "labor_violation")
public class LaborViolation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vendor_id")
    private Vendor vendor;
    @Enumerated(EnumType.STRING)
    private ViolationReport.Kind kind;
    @Column(name = "occurred_on")
    private LocalDate occurredOn;
    private String agency;
    private String description;
    @Column(name = "resolved_on")
    private LocalDate resolvedOn;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;

    protected LaborViolation() {
    }

    LaborViolation(Vendor vendor, ViolationReport report, String by, Instant at) {
        this.vendor = vendor;
        this.kind = report.kind();
        this.occurredOn = report.occurredOn();
        this.agency = report.agency();
        this.description = report.description();
        this.resolvedOn = report.resolvedOn();
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public void resolve(LocalDate on) {
        if (resolvedOn != null) {
            throw new ConflictException("violation " + id + " was already resolved on " + resolvedOn);
        }
        if (on.isBefore(occurredOn)) {
            throw new ConflictException("a violation cannot be resolved before it occurred (" + occurredOn + ")");
        }
        resolvedOn = on;
    }

    public Long id() {
        return id;
    }

    public ViolationReport.Kind kind() {
        return kind;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    /** Unresolved as of {@code date}: not resolved, or resolved only after that date. */
    public boolean unresolvedOn(LocalDate date) {
        return resolvedOn == null || resolvedOn.isAfter(date);
    }

    VendorView.ViolationView toView() {
        return new VendorView.ViolationView(id, kind, occurredOn, agency, description, resolvedOn != null, resolvedOn);
    }
}
