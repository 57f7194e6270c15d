package org.highroad.vendors.web;

import java.util.List;
import java.util.stream.Stream;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.pages.HtmlPages;
import org.highroad.platform.security.HighroadUser;
import org.highroad.vendors.QualificationView;
import org.highroad.vendors.VendorProfile;
import org.highroad.vendors.VendorQualifications;
import org.highroad.vendors.VendorRegistry;
import org.highroad.vendors.VendorView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A vendor's record read by agency staff (its registration, certifications, violations and debarments, and its
 * job-quality profiles) and one profile as filed, with its scorecard line by line, its total, the mandatory floors it
 * fails and the officer's decision. Read through {@link VendorRegistry} and {@link VendorQualifications} as
 * {@code GET /api/vendors/{id}} and {@code /api/vendors/{id}/qualifications/{q}} read them; the officer reviewing a
 * profile opens them from the Tasklist form and decides there.
 */
@Controller
@HtmlPages
class VendorPages {

    static final String STAFF = "hasAnyRole('ADMIN','PROCUREMENT_OFFICER','AUDITOR','WORKFORCE_STAFF')";

    private final VendorRegistry registry;
    private final VendorQualifications qualifications;
    private final org.highroad.standards.StandardCatalog standards;

    VendorPages(VendorRegistry registry, VendorQualifications qualifications, org.highroad.standards.StandardCatalog standards) {
        this.registry = registry;
        this.qualifications = qualifications;
        this.standards = standards;
    }

    @GetMapping("/staff/vendors/{id}")
    @PreAuthorize(STAFF)
    String vendor(@PathVariable long id, @AuthenticationPrincipal HighroadUser user, Model model) {
        VendorView v = registry.get(id, user);
        List<QualificationView> profiles = qualifications.list(id, user);
        model.addAttribute("v", v);
        model.addAttribute("profiles", profiles);
        VendorProfile.Address a = v.profile().address();
        model.addAttribute("address", a == null ? null : String.join(", ", Stream.of(a.street(), a.city(), a.region(),
                a.postalCode(), a.country()).filter(part -> part != null && !part.isBlank()).toList()));
        return "vendors/vendor";
    }

    @GetMapping("/staff/vendors/{id}/qualifications/{qualificationId}")
    @PreAuthorize(STAFF)
    String qualification(@PathVariable long id, @PathVariable long qualificationId, @AuthenticationPrincipal HighroadUser user,
            Model model) {
        QualificationView q = qualifications.get(qualificationId, user);
        if (q.vendorId() != id) {
            throw new NotFoundException("vendor " + id + " has no qualification " + qualificationId);
        }
        model.addAttribute("q", q);
        model.addAttribute("vendorName", registry.legalName(id));
        // the criteria scored on each bid rather than here, by name: those whose measure a profile does not hold (the
        // price, a project's hour shares, an officer's rating), and apart those the profile answers but whose points
        // come with each bid (a tier table's, scored by its decision service)
        java.util.Set<String> atBid = new java.util.HashSet<>(q.scoredAtBidTime());
        List<org.highroad.standards.scoring.Criterion> later = standards.version(q.standardCode(), q.standardVersion())
                .content().rubric().stream().filter(c -> atBid.contains(c.code())).toList();
        // a criterion with no measure at all (an officer's rating of a plan) is one a profile does not answer
        model.addAttribute("notInProfile", later.stream()
                .filter(c -> !answeredByProfile(c))
                .map(org.highroad.standards.scoring.Criterion::name).toList());
        model.addAttribute("answeredScoredAtBid", later.stream()
                .filter(VendorPages::answeredByProfile)
                .map(org.highroad.standards.scoring.Criterion::name).toList());
        return "vendors/qualification";
    }

    private static boolean answeredByProfile(org.highroad.standards.scoring.Criterion c) {
        return c.metric() != null && org.highroad.vendors.JobQualityProfile.METRICS.contains(c.metric());
    }
}
