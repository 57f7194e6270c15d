package org.highroad.enforcement.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A compliance case: the findings about one contractor's payrolls on one contract, followed until every worker is paid.
 * New findings join the open case; a closed case stays closed and the next finding opens another.
 */
@Entity
@Table(name = "compliance_case")
public class ComplianceCase {

    /** Where a case stands. */
    public enum Status { OPEN, CLOSED }

    /** The auditor's review of a finding. */
    public enum Review { PENDING, CONFIRMED, DISMISSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "contract_id")
    private long contractId;
    @Column(name = "vendor_id")
    private long vendorId;
    @Column(name = "prime_vendor_id")
    private long primeVendorId;
    @Enumerated(EnumType.STRING)
    private Status status = Status.OPEN;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_reason")
    private String closedReason;
    @ElementCollection
    @CollectionTable(name = "case_finding", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<CaseFinding> findings = new ArrayList<>();
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected ComplianceCase() {
    }

    public ComplianceCase(long contractId, long vendorId, long primeVendorId, Instant openedAt) {
        this.contractId = contractId;
        this.vendorId = vendorId;
        this.primeVendorId = primeVendorId;
        this.openedAt = openedAt;
    }

    /** Adds findings not already in the case, to be reviewed; returns how many were added. */
    public int join(List<Long> findingIds) {
        int added = 0;
        for (Long f : findingIds) {
            if (findings.stream().noneMatch(c -> c.findingId() == f)) {
                findings.add(new CaseFinding(f, Review.PENDING, null, null, null));
                added++;
            }
        }
        return added;
    }

    public Long id() {
        return id;
    }

    public long contractId() {
        return contractId;
    }

    public long vendorId() {
        return vendorId;
    }

    public long primeVendorId() {
        return primeVendorId;
    }

    public Status status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public List<CaseFinding> findings() {
        return List.copyOf(findings);
    }

    /** Whether a contractor user of {@code vendor} may see the case: its own, or its subcontractor's as the liable prime. */
    public boolean concerns(Long vendor) {
        return vendor != null && (vendor == vendorId || vendor == primeVendorId);
    }

    /** A finding in a case and its review. */
    @Embeddable
    public record CaseFinding(@Column(name = "finding_id") long findingId,
            @Enumerated(EnumType.STRING) @Column(name = "review") Review review,
            @Column(name = "reason") String reason, @Column(name = "reviewed_by") String reviewedBy,
            @Column(name = "reviewed_at") Instant reviewedAt) {
    }
}
