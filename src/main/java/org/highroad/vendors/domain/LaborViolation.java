package org.highroad.vendors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.vendors.VendorView;
import org.highroad.vendors.ViolationReport;

/** A labor-law violation on a vendor's record. It is never deleted; it is resolved (restitution paid, abated). */
@Entity
@Table(name = "labor_violation")
public class LaborViolation extends VendorRecord {

    @Enumerated(EnumType.STRING)
    private ViolationReport.Kind kind;
    @Column(name = "occurred_on")
    private LocalDate occurredOn;
    private String agency;
    private String description;
    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    protected LaborViolation() {
    }

    LaborViolation(Vendor vendor, ViolationReport report, String by, Instant at) {
        super(vendor, by, at);
        this.kind = report.kind();
        this.occurredOn = report.occurredOn();
        this.agency = report.agency();
        this.description = report.description();
        this.resolvedOn = report.resolvedOn();
    }

    public void resolve(LocalDate on) {
        if (resolvedOn != null) {
            throw new ConflictException("violation " + id() + " was already resolved on " + resolvedOn);
        }
        if (on.isBefore(occurredOn)) {
            throw new InvalidInputException("resolvedOn", "must not be before the violation occurred (" + occurredOn + ")");
        }
        resolvedOn = on;
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
        return new VendorView.ViolationView(id(), kind, occurredOn, agency, description, resolvedOn != null, resolvedOn);
    }
}
