package org.highroad.vendors.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.paging.PagedAnswer;
import org.highroad.platform.security.HighroadUser;
import org.highroad.vendors.JobQualityProfile;
import org.highroad.vendors.QualificationView;
import org.highroad.vendors.VendorQualifications;
import org.highroad.vendors.process.VendorQualificationProcess;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Vendor pre-qualification. A contractor files its own vendor's job-quality profile (officers and administrators
 * may file on a vendor's behalf); every role reads the vendors it may see; only a procurement officer decides, the
 * same decision an officer can make in Tasklist.
 */
@RestController
@RequestMapping("/api/vendors/{vendorId}/qualifications")
class QualificationsController {

    private static final String STAFF_OR_CONTRACTOR = "hasAnyRole('ADMIN','PROCUREMENT_OFFICER','AUDITOR','WORKFORCE_STAFF','CONTRACTOR')";

    private final VendorQualifications qualifications;
    private final VendorQualificationProcess process;

    QualificationsController(VendorQualifications qualifications, VendorQualificationProcess process) {
        this.qualifications = qualifications;
        this.process = process;
    }

    /** Files a profile, scores it against the standard's adopted version in force today, and starts the review. */
    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN','PROCUREMENT_OFFICER','CONTRACTOR')")
    ResponseEntity<QualificationView> file(@PathVariable Long vendorId, @Valid @RequestBody Filing filing,
            @AuthenticationPrincipal HighroadUser user) {
        QualificationView filed = qualifications.file(vendorId, filing.standardCode(), filing.profile(), user);
        return ResponseEntity.created(URI.create("/api/vendors/" + vendorId + "/qualifications/" + filed.id()))
                .body(filed);
    }

    @GetMapping
    @PreAuthorize(STAFF_OR_CONTRACTOR)
    List<QualificationView> list(@PathVariable Long vendorId, @AuthenticationPrincipal HighroadUser user) {
        return qualifications.list(vendorId, user);
    }

    @GetMapping("/{qualificationId}/audit")
    @PreAuthorize(STAFF_OR_CONTRACTOR)
    ResponseEntity<PageView<org.highroad.platform.audit.AuditEntry>> audit(@PathVariable Long vendorId,
            @PathVariable long qualificationId, PageParams page, @AuthenticationPrincipal HighroadUser user) {
        ofVendor(vendorId, qualificationId, user);
        return PagedAnswer.of(qualifications.auditTrail(qualificationId, user, page));
    }

    @GetMapping("/{qualificationId}")
    @PreAuthorize(STAFF_OR_CONTRACTOR)
    QualificationView get(@PathVariable Long vendorId, @PathVariable long qualificationId,
            @AuthenticationPrincipal HighroadUser user) {
        return ofVendor(vendorId, qualificationId, user);
    }

    /** Pre-qualifies the vendor until a date, or sends the profile back with what to improve. */
    @PostMapping("/{qualificationId}/decision")
    @PreAuthorize("hasRole('PROCUREMENT_OFFICER')")
    QualificationView decide(@PathVariable Long vendorId, @PathVariable long qualificationId,
            @Valid @RequestBody Decision decision, @AuthenticationPrincipal HighroadUser user) {
        ofVendor(vendorId, qualificationId, user);
        process.decide(qualificationId, user, decision.decision() == Decision.Choice.QUALIFY,
                decision.qualifiedUntil(), decision.notes());
        return qualifications.get(qualificationId, user);
    }

    private QualificationView ofVendor(Long vendorId, long qualificationId, HighroadUser user) {
        QualificationView view = qualifications.get(qualificationId, user);
        if (!view.vendorId().equals(vendorId)) {
            throw new NotFoundException("vendor " + vendorId + " has no qualification " + qualificationId);
        }
        return view;
    }

    /** Body of a filing: the standard to be scored against (its adopted version in force today) and the profile. */
    record Filing(@NotBlank @Size(max = 60) String standardCode, @NotNull @Valid JobQualityProfile profile) {
    }

    /** Body of a decision: qualify until a date (inclusive), or improve, with notes (required to send back). */
    record Decision(@NotNull Choice decision, LocalDate qualifiedUntil, @Size(max = 2000) String notes) {
        enum Choice { QUALIFY, IMPROVE }
    }
}
