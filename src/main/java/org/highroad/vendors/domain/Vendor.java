package org.highroad.vendors.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.vendors.DebarmentReport;
import org.highroad.vendors.VendorProfile;
import org.highroad.vendors.VendorProfile.Address;
import org.highroad.vendors.VendorView;
import org.highroad.vendors.ViolationReport;

/** A vendor in the registry with its certifications, contacts, violation history and debarments. */
@Entity
@Table(name = "vendor")
public class Vendor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "legal_name")
    private String legalName;
    private String ein;
    private String uei;
    private String street;
    private String city;
    private String region;
    @Column(name = "postal_code")
    private String postalCode;
    private String country;
    @ElementCollection
    @CollectionTable(name = "vendor_certification", joinColumns = @JoinColumn(name = "vendor_id"))
    @OrderColumn(name = "position")
    private List<VendorProfile.Certification> certifications = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "vendor_contact", joinColumns = @JoinColumn(name = "vendor_id"))
    @OrderColumn(name = "position")
    private List<VendorProfile.Contact> contacts = new ArrayList<>();
    @OneToMany(mappedBy = "vendor", cascade = CascadeType.ALL)
    @OrderBy("occurredOn, id")
    private List<LaborViolation> violations = new ArrayList<>();
    @OneToMany(mappedBy = "vendor", cascade = CascadeType.ALL)
    @OrderBy("startsOn, id")
    private List<Debarment> debarments = new ArrayList<>();
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Vendor() {
    }

    public Vendor(VendorProfile profile, String by, Instant at) {
        this.createdBy = by;
        this.createdAt = at;
        update(profile);
    }

    public void update(VendorProfile profile) {
        legalName = profile.legalName();
        ein = profile.ein();
        uei = profile.uei();
        Address address = profile.address();
        street = address == null ? null : address.street();
        city = address == null ? null : address.city();
        region = address == null ? null : address.region();
        postalCode = address == null ? null : address.postalCode();
        country = address == null ? null : address.country();
        certifications.clear();
        certifications.addAll(profile.certifications());
        contacts.clear();
        contacts.addAll(profile.contacts());
    }

    public LaborViolation recordViolation(ViolationReport report, String by, Instant at) {
        LaborViolation violation = new LaborViolation(this, report, by, at);
        violations.add(violation);
        return violation;
    }

    /**
     * The entry a compliance case keeps on this vendor's record, written the first time and brought up to date after
     * ({@link LaborViolation#follow}); {@code primeLiability} for a prime liable for its subcontractor's unpaid wages.
     */
    public LaborViolation recordCaseOutcome(org.highroad.vendors.CaseOutcome outcome, boolean primeLiability, String by,
            Instant at) {
        String key = LaborViolation.entryKey(outcome.caseId(), id);
        for (LaborViolation v : violations) {
            if (key.equals(v.entryKey())) {
                v.follow(outcome);
                return v;
            }
        }
        LaborViolation entry = new LaborViolation(this, key, primeLiability, outcome, by, at);
        violations.add(entry);
        return entry;
    }

    /** Whether the vendor's record holds an entry from this case. */
    public boolean hasEntryFrom(long caseId) {
        return violations.stream().anyMatch(v -> v.caseId() != null && v.caseId() == caseId);
    }

    public String legalName() {
        return legalName;
    }

    public LaborViolation violation(Long violationId) {
        return violations.stream().filter(v -> v.id().equals(violationId)).findFirst()
                .orElseThrow(() -> new NotFoundException("vendor " + id + " has no violation " + violationId));
    }

    public Debarment recordDebarment(DebarmentReport report, String by, Instant at) {
        Debarment debarment = new Debarment(this, report, by, at);
        debarments.add(debarment);
        return debarment;
    }

    /** A debarment referral from an enforcement case: recorded as PENDING (see {@link Debarment#PENDING}). */
    public Debarment referForDebarment(DebarmentReport report, long caseId, String by, Instant at) {
        Debarment debarment = new Debarment(this, report, caseId, by, at);
        debarments.add(debarment);
        return debarment;
    }

    public List<LaborViolation> violations() {
        return List.copyOf(violations);
    }

    public List<Debarment> debarments() {
        return List.copyOf(debarments);
    }

    public Long id() {
        return id;
    }

    public String ein() {
        return ein;
    }

    public String uei() {
        return uei;
    }

    public VendorView toView() {
        Address address = city == null && street == null ? null : new Address(street, city, region, postalCode, country);
        VendorProfile profile = new VendorProfile(legalName, ein, uei, address, List.copyOf(certifications),
                List.copyOf(contacts));
        return new VendorView(id, profile, violations.stream().map(LaborViolation::toView).toList(),
                debarments.stream().map(Debarment::toView).toList());
    }
}
