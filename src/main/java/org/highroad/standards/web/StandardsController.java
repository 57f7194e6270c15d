package org.highroad.standards.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.highroad.platform.security.HighroadUser;
import org.highroad.standards.NewStandard;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.StandardSummary;
import org.highroad.standards.StandardVersionContent;
import org.highroad.standards.StandardVersionView;
import org.highroad.standards.process.StandardAdoptionProcess;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * Job-quality standards. Everyone signed in may read them (they are public policy and bidders must know them), without
 * the administrators' internal notes ({@link StandardVersionView#asReadBy}); only administrators write them.
 */
@RestController
@RequestMapping("/api/standards")
class StandardsController {

    private final StandardCatalog catalog;
    private final StandardAdoptionProcess adoption;

    StandardsController(StandardCatalog catalog, StandardAdoptionProcess adoption) {
        this.catalog = catalog;
        this.adoption = adoption;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    List<StandardSummary> list() {
        return catalog.list();
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<StandardVersionView> create(@Valid @RequestBody NewStandard request,
            @AuthenticationPrincipal HighroadUser user) {
        StandardVersionView created = catalog.create(request, user.userId());
        return ResponseEntity.created(location(created)).body(created);
    }

    @GetMapping("/{code}/versions")
    @PreAuthorize("isAuthenticated()")
    List<StandardVersionView> versions(@PathVariable String code, @AuthenticationPrincipal HighroadUser user) {
        return catalog.versions(code, user);
    }

    @PostMapping("/{code}/versions")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<StandardVersionView> addVersion(@PathVariable String code,
            @Valid @RequestBody StandardVersionContent content, @AuthenticationPrincipal HighroadUser user) {
        StandardVersionView created = catalog.addVersion(code, content, user.userId());
        return ResponseEntity.created(location(created)).body(created);
    }

    @GetMapping("/{code}/versions/{number}")
    @PreAuthorize("isAuthenticated()")
    StandardVersionView version(@PathVariable String code, @PathVariable int number,
            @AuthenticationPrincipal HighroadUser user) {
        return catalog.version(code, number, user);
    }

    @PutMapping("/{code}/versions/{number}")
    @PreAuthorize("hasRole('ADMIN')")
    StandardVersionView replaceVersion(@PathVariable String code, @PathVariable int number,
            @Valid @RequestBody StandardVersionContent content) {
        return catalog.replaceVersion(code, number, content);
    }

    /** Sends a draft version to another administrator for adoption (process standardVersionAdoption). */
    @PostMapping("/{code}/versions/{number}/proposal")
    @PreAuthorize("hasRole('ADMIN')")
    StandardVersionView propose(@PathVariable String code, @PathVariable int number,
            @AuthenticationPrincipal HighroadUser user) {
        return catalog.propose(code, number, user.userId());
    }

    /** Adopts or returns a proposed version; the same decision an administrator can make in Tasklist. */
    @PostMapping("/{code}/versions/{number}/decision")
    @PreAuthorize("hasRole('ADMIN')")
    StandardVersionView decide(@PathVariable String code, @PathVariable int number,
            @Valid @RequestBody AdoptionDecision decision, @AuthenticationPrincipal HighroadUser user) {
        long versionId = catalog.version(code, number).id();
        adoption.decide(versionId, user.userId(), decision.decision() == AdoptionDecision.Choice.ADOPT,
                decision.comment());
        return catalog.version(versionId);
    }

    /** Body of a decision: adopt or return, and why. */
    record AdoptionDecision(@NotNull Choice decision, @NotBlank @Size(max = 2000) String comment) {
        enum Choice { ADOPT, RETURN }
    }

    @GetMapping("/{code}/in-force")
    @PreAuthorize("isAuthenticated()")
    StandardVersionView inForce(@PathVariable String code,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal HighroadUser user) {
        return catalog.versionInForceOn(code, date, user);
    }

    private static URI location(StandardVersionView v) {
        return URI.create("/api/standards/" + v.standardCode() + "/versions/" + v.version());
    }
}
