package org.highroad.vendors;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageQuery;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.paging.SortFields;
import org.highroad.platform.security.HighroadUser;
import org.springframework.data.domain.Sort;
import org.highroad.standards.EligibilityRule;
import org.highroad.standards.StandardCatalog;
import java.util.Map;
import java.util.stream.Collectors;
import org.highroad.vendors.domain.PastPerformanceRates;
import org.highroad.vendors.domain.RecordResponse;
import org.highroad.vendors.domain.RecordResponseRepository;
import org.highroad.vendors.domain.Vendor;
import org.highroad.vendors.domain.VendorRepository;
import org.highroad.vendors.domain.VendorScreening;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor registry's API. Every read and write takes the caller: agency staff see every vendor, a contractor only
 * its own, and another vendor is answered as not found so that its existence is not disclosed.
 */
@Service
public class VendorRegistry {

    /** The look-back of the compliance record's past performance when the caller names none (years). */
    public static final int DEFAULT_LOOKBACK_YEARS = 3;

    private final VendorRepository vendors;
    private final StandardCatalog standards;
    private final RecordResponseRepository responses;
    private final PerformanceFacts facts;
    private final Clock clock;

    VendorRegistry(VendorRepository vendors, StandardCatalog standards, RecordResponseRepository responses,
            PerformanceFacts facts, Clock clock) {
        this.vendors = vendors;
        this.standards = standards;
        this.responses = responses;
        this.facts = facts;
        this.clock = clock;
    }

    @Transactional
    public VendorView register(VendorProfile profile, HighroadUser by) {
        requireUniqueIdentifiers(profile, null, null);
        return viewFor(vendors.saveAndFlush(new Vendor(profile, by.userId(), clock.instant())), by);
    }

    @Transactional(readOnly = true)
    public PageView<VendorView> list(HighroadUser caller, PageParams asked) {
        PageQuery query = asked.query(SORTS);
        if (!caller.isAgencyStaff() && caller.vendorId() == null) {
            return new PageView<>(List.of(), query.page(), query.size(), 0, 0);
        }
        return PageView.of(vendors.pageVisible(caller.isAgencyStaff(), caller.vendorId() == null ? -1 : caller.vendorId(),
                query.pageable())).map(v -> viewFor(v, caller));
    }

    /** How the vendor list may be sorted: by legal name by default. */
    public static final SortFields SORTS = SortFields.by(Sort.by("legalName"), "id").allow("legalName").allow("id")
            .allow("createdAt");

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

    /**
     * A compliance case's outcome on the record, in the transaction of the outcome: the case's contractor gets (or
     * updates) one entry once the case closes with confirmed violations or a sanction is decided; the prime of a
     * subcontractor's case gets one when the case closes with wages unpaid, for which the prime is liable (29 CFR
     * 5.5(a)(6): the prime is responsible for its subcontractors' compliance). An entry once written follows the case
     * (payments after the close resolve it). One entry per case and vendor, held by the unique {@code entry_key}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordCaseOutcome(CaseOutcome outcome, String by) {
        Vendor contractor = vendors.findById(outcome.vendorId())
                .orElseThrow(() -> new NotFoundException("no vendor " + outcome.vendorId()));
        boolean reportable = outcome.closed() && outcome.confirmedFindings() > 0 || !outcome.sanctions().isEmpty();
        if (reportable || contractor.hasEntryFrom(outcome.caseId())) {
            contractor.recordCaseOutcome(outcome, false, by, clock.instant());
            vendors.saveAndFlush(contractor);
        }
        if (outcome.subcontractorCase()) {
            Vendor prime = vendors.findById(outcome.primeVendorId())
                    .orElseThrow(() -> new NotFoundException("no vendor " + outcome.primeVendorId()));
            if (outcome.closed() && outcome.outstanding().signum() > 0 || prime.hasEntryFrom(outcome.caseId())) {
                prime.recordCaseOutcome(outcome, true, by, clock.instant());
                vendors.saveAndFlush(prime);
            }
        }
    }

    /**
     * The vendor's compliance scorecard: agency staff read every vendor's, a contractor its own (another vendor's is
     * not found), with the referral reasons left out as in {@link VendorView#asReadByContractor()}.
     */
    @Transactional(readOnly = true)
    public ComplianceRecord complianceRecord(Long id, HighroadUser caller) {
        Vendor vendor = visible(id, caller);
        Map<Long, List<ComplianceRecord.Response>> byEntry = responses.findByVendorIdOrderById(id).stream().collect(
                Collectors.groupingBy(RecordResponse::violationId, Collectors.mapping(RecordResponse::toView, Collectors.toList())));
        LocalDate today = LocalDate.now(clock);
        return new ComplianceRecord(id, vendor.legalName(), vendor.violations().stream()
                .map(v -> v.toEntry(byEntry.getOrDefault(v.id(), List.of()))).toList(), viewFor(vendor, caller).debarments(),
                pastPerformance(id, today, DEFAULT_LOOKBACK_YEARS));
    }

    /** The contractor's written response to an entry of its own record, kept beside the entry. */
    @Transactional
    public ComplianceRecord respond(Long id, Long entryId, String text, HighroadUser caller) {
        if (caller.isAgencyStaff()) {
            throw new org.highroad.platform.errors.ConflictException("only the vendor's own contractor users respond to its record");
        }
        Vendor vendor = visible(id, caller);
        vendor.violation(entryId);
        if (text == null || text.isBlank()) {
            throw new org.highroad.platform.validation.InvalidInputException("text", "a response says something");
        }
        responses.saveAndFlush(new RecordResponse(entryId, id, text.strip(), caller.userId(), clock.instant()));
        return complianceRecord(id, caller);
    }

    /**
     * The vendor's past performance over the {@code lookbackYears} before {@code asOf} (inclusive), from the payroll
     * and enforcement facts ({@link PerformanceFacts}); no caller check: procurement scores bids with it.
     */
    @Transactional(readOnly = true)
    public PastPerformance pastPerformance(long vendorId, LocalDate asOf, int lookbackYears) {
        LocalDate from = asOf.minusYears(lookbackYears);
        return PastPerformanceRates.of(vendorId, from, asOf, facts.of(vendorId, from, asOf));
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
