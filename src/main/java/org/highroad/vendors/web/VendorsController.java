package org.highroad.vendors.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.paging.PagedAnswer;
import org.highroad.platform.security.HighroadUser;
import org.highroad.vendors.ComplianceRecord;
import org.highroad.vendors.DebarmentReport;
import org.highroad.vendors.Eligibility;
import org.highroad.vendors.VendorProfile;
import org.highroad.vendors.VendorRegistry;
import org.highroad.vendors.VendorUsers;
import org.highroad.vendors.VendorView;
import org.highroad.vendors.ViolationReport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The vendor registry. Procurement officers and administrators register vendors; auditors, officers and
 * administrators record violations and debarments; a contractor reads and edits only its own vendor's profile, reads
 * its own compliance record and responds to its entries in writing.
 */
@RestController
@RequestMapping("/api/vendors")
class VendorsController {

    private static final String STAFF_OR_CONTRACTOR = "hasAnyRole('ADMIN','PROCUREMENT_OFFICER','AUDITOR','WORKFORCE_STAFF','CONTRACTOR')";

    private final VendorRegistry registry;
    private final VendorUsers users;

    VendorsController(VendorRegistry registry, VendorUsers users) {
        this.registry = registry;
        this.users = users;
    }

    @GetMapping
    @PreAuthorize(STAFF_OR_CONTRACTOR)
    ResponseEntity<PageView<VendorView>> list(PageParams page, @AuthenticationPrincipal HighroadUser user) {
        return PagedAnswer.of(registry.list(user, page));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN','PROCUREMENT_OFFICER')")
    ResponseEntity<VendorView> register(@Valid @RequestBody VendorProfile profile,
            @AuthenticationPrincipal HighroadUser user) {
        VendorView created = registry.register(profile, user);
        return ResponseEntity.created(URI.create("/api/vendors/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @PreAuthorize(STAFF_OR_CONTRACTOR)
    VendorView get(@PathVariable Long id, @AuthenticationPrincipal HighroadUser user) {
        return registry.get(id, user);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','PROCUREMENT_OFFICER','CONTRACTOR')")
    VendorView update(@PathVariable Long id, @Valid @RequestBody VendorProfile profile,
            @AuthenticationPrincipal HighroadUser user) {
        return registry.update(id, profile, user);
    }

    @PostMapping("/{id}/violations")
    @PreAuthorize("hasAnyRole('ADMIN','PROCUREMENT_OFFICER','AUDITOR')")
    @ResponseStatus(HttpStatus.CREATED)
    VendorView recordViolation(@PathVariable Long id, @Valid @RequestBody ViolationReport report,
            @AuthenticationPrincipal HighroadUser user) {
        return registry.recordViolation(id, report, user);
    }

    @PostMapping("/{id}/violations/{violationId}/resolution")
    @PreAuthorize("hasAnyRole('ADMIN','AUDITOR')")
    VendorView resolveViolation(@PathVariable Long id, @PathVariable Long violationId,
            @Valid @RequestBody Resolution resolution, @AuthenticationPrincipal HighroadUser user) {
        return registry.resolveViolation(id, violationId, resolution.resolvedOn(), user);
    }

    @PostMapping("/{id}/debarments")
    @PreAuthorize("hasAnyRole('ADMIN','PROCUREMENT_OFFICER','AUDITOR')")
    @ResponseStatus(HttpStatus.CREATED)
    VendorView recordDebarment(@PathVariable Long id, @Valid @RequestBody DebarmentReport report,
            @AuthenticationPrincipal HighroadUser user) {
        return registry.recordDebarment(id, report, user);
    }

    @GetMapping("/{id}/eligibility")
    @PreAuthorize(STAFF_OR_CONTRACTOR)
    Eligibility eligibility(@PathVariable Long id, @RequestParam String standard, @RequestParam int version,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal HighroadUser user) {
        return registry.eligibility(id, standard, version, date, user);
    }

    /** The vendor's compliance scorecard: every entry with the responses beside it, debarments, past performance. */
    @GetMapping("/{id}/compliance-record")
    @PreAuthorize(STAFF_OR_CONTRACTOR)
    ComplianceRecord complianceRecord(@PathVariable Long id, @AuthenticationPrincipal HighroadUser user) {
        return registry.complianceRecord(id, user);
    }

    /** The contractor's written response to an entry of its own record. */
    @PostMapping("/{id}/compliance-record/entries/{entryId}/responses")
    @PreAuthorize("hasRole('CONTRACTOR')")
    @ResponseStatus(HttpStatus.CREATED)
    ComplianceRecord respond(@PathVariable Long id, @PathVariable Long entryId,
            @Valid @RequestBody ComplianceRecord.ResponseRequest request, @AuthenticationPrincipal HighroadUser user) {
        return registry.respond(id, entryId, request.text(), user);
    }

    @PutMapping("/{id}/users/{userId}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void linkUser(@PathVariable Long id, @PathVariable String userId) {
        users.link(userId, id);
    }

    /** Body of the resolution request. */
    record Resolution(@NotNull @jakarta.validation.constraints.PastOrPresent LocalDate resolvedOn) {
    }
}
