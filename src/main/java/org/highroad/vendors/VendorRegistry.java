package org.highroad.vendors;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.security.HighroadUser;
import org.highroad.standards.EligibilityRule;
import org.highroad.standards.StandardCatalog;
import org.highroad.vendors.domain.Vendor;
import org.highroad.vendors.domain.VendorRepository;
import org.highroad.vendors.domain.VendorScreening;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor registry's API. Every read and write takes the caller: agency staff see every vendor, a contractor only
 * its own, and another vendor is answered as not found so that its existence is not disclosed.
 */
@Service
public class VendorRegistry {

    private final VendorRepository vendors;
    private final StandardCatalog standards;
    private final Clock clock;

    VendorRegistry(VendorRepository vendors, StandardCatalog standards, Clock clock) {
        this.vendors = vendors;
        this.standards = standards;
        this.clock = clock;
    }

    @Transactional
    public VendorView register(VendorProfile profile, HighroadUser by) {
        requireUniqueIdentifiers(profile, null, null);
        return viewFor(vendors.saveAndFlush(new Vendor(profile, by.userId(), clock.instant())), by);
    }

    @Transactional(readOnly = true)
    public List<VendorView> list(HighroadUser caller) {
        if (caller.isAgencyStaff()) {
            return vendors.findAllByOrderByLegalName().stream().map(Vendor::toView).toList();
        }
        return caller.vendorId() == null ? List.of()
                : vendors.findById(caller.vendorId()).map(v -> List.of(viewFor(v, caller))).orElse(List.of());
    }

    /** A vendor's legal name, for documents addressed to it (a notice of non-compliance). */
    @Transactional(readOnly = true)
    public String legalName(long id) {
        return vendors.findById(id).map(v -> v.toView().profile().legalName())
                .orElseThrow(() -> new NotFoundException("no vendor " + id));
    }

    @Transactional(readOnly = true)
    public VendorView get(Long id, HighroadUser caller) {
        return viewFor(visible(id, caller), caller);
    }

    @Transactional
    public VendorView update(Long id, VendorProfile profile, HighroadUser caller) {
        Vendor vendor = visible(id, caller);
        requireUniqueIdentifiers(profile, vendor.ein(), vendor.uei());
        vendor.update(profile);
        return viewFor(vendors.saveAndFlush(vendor), caller);
    }

    @Transactional
    public VendorView recordViolation(Long id, ViolationReport report, HighroadUser by) {
        Vendor vendor = visible(id, by);
        vendor.recordViolation(report, by.userId(), clock.instant());
        return viewFor(vendors.saveAndFlush(vendor), by);
    }

    @Transactional
    public VendorView resolveViolation(Long id, Long violationId, LocalDate resolvedOn, HighroadUser by) {
        Vendor vendor = visible(id, by);
        vendor.violation(violationId).resolve(resolvedOn);
        return viewFor(vendors.saveAndFlush(vendor), by);
    }

    @Transactional
    public VendorView recordDebarment(Long id, DebarmentReport report, HighroadUser by) {
        if (report.endsOn() != null && report.endsOn().isBefore(report.startsOn())) {
            throw new org.highroad.platform.validation.InvalidInputException("endsOn", "must not be before startsOn " + report.startsOn());
        }
        Vendor vendor = visible(id, by);
        vendor.recordDebarment(report, by.userId(), clock.instant());
        return viewFor(vendors.saveAndFlush(vendor), by);
    }

    /**
     * A debarment referral from a compliance case, after an auditor and an administrator approved it: a PENDING
     * debarment on the vendor for the debarring official (29 CFR 5.12); it screens nothing out until decided.
     */
    @Transactional
    public void referForDebarment(long vendorId, long caseId, String reason, String by) {
        Vendor vendor = vendors.findById(vendorId).orElseThrow(() -> new NotFoundException("no vendor " + vendorId));
        vendor.referForDebarment(new DebarmentReport(LocalDate.now(clock), null, "Highroad compliance case " + caseId, reason),
                caseId, by, clock.instant());
        vendors.saveAndFlush(vendor);
    }

    /** Screens a vendor against the eligibility rules of a standard version as of a date. */
    @Transactional(readOnly = true)
    public Eligibility eligibility(Long id, String standardCode, int version, LocalDate date, HighroadUser caller) {
        Vendor vendor = visible(id, caller);
        List<EligibilityRule> rules = standards.eligibilityRules(standardCode, version);
        List<Eligibility.Reason> reasons = VendorScreening.reasonsAgainst(vendor, rules, date);
        return new Eligibility(id, standardCode, version, date, reasons.isEmpty(), reasons);
    }

    @Transactional(readOnly = true)
    public boolean exists(Long id) {
        return vendors.existsById(id);
    }

    /** Agency staff read the whole record; a contractor its own, as {@link VendorView#asReadByContractor()} says. */
    private static VendorView viewFor(Vendor vendor, HighroadUser reader) {
        return reader.isAgencyStaff() ? vendor.toView() : vendor.toView().asReadByContractor();
    }

    private Vendor visible(Long id, HighroadUser caller) {
        if (!caller.mayActFor(id)) {
            throw new NotFoundException("no vendor " + id);
        }
        return vendors.findById(id).orElseThrow(() -> new NotFoundException("no vendor " + id));
    }

    /** EIN and UEI identify one vendor; unchanged identifiers of the vendor being edited are not duplicates. */
    private void requireUniqueIdentifiers(VendorProfile profile, String currentEin, String currentUei) {
        if (profile.ein() != null && !profile.ein().equals(currentEin) && vendors.existsByEin(profile.ein())) {
            throw new ConflictException("a vendor with EIN " + profile.ein() + " is already registered");
        }
        if (profile.uei() != null && !profile.uei().equals(currentUei) && vendors.existsByUei(profile.uei())) {
            throw new ConflictException("a vendor with UEI " + profile.uei() + " is already registered");
        }
    }
}
