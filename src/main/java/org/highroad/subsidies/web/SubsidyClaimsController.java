package org.highroad.subsidies.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.highroad.platform.security.HighroadUser;
import org.highroad.subsidies.ClaimFiling;
import org.highroad.subsidies.ClaimView;
import org.highroad.subsidies.SubsidyClaims;
import org.highroad.subsidies.domain.SubsidyLedger;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** After the agreement: the employer names hires and files milestone claims; staff record a displacement clawback. */
@RestController
class SubsidyClaimsController {

    private final SubsidyClaims claims;

    SubsidyClaimsController(SubsidyClaims claims) {
        this.claims = claims;
    }

    @PostMapping("/api/subsidy-requests/{id}/hires")
    @PreAuthorize(SubsidyRequestsController.EMPLOYER)
    ResponseEntity<List<SubsidyLedger.Hire>> name(@PathVariable long id, @Valid @RequestBody HireBody body,
            @AuthenticationPrincipal HighroadUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(claims.nameHire(id, body.workerRef(), body.startDate(), user));
    }

    @GetMapping("/api/subsidy-requests/{id}/hires")
    @PreAuthorize(SubsidyRequestsController.READERS)
    List<SubsidyLedger.Hire> hires(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return claims.hires(id, user);
    }

    @PostMapping("/api/subsidy-requests/{id}/hires/{workerRef}/end")
    @PreAuthorize("hasAnyRole('CONTRACTOR','WORKFORCE_STAFF')")
    List<SubsidyLedger.Hire> end(@PathVariable long id, @PathVariable String workerRef, @Valid @RequestBody EndBody body,
            @AuthenticationPrincipal HighroadUser user) {
        return claims.endHire(id, workerRef, body.endedOn(), body.withCause(), body.reason(), user);
    }

    @PostMapping("/api/subsidy-requests/{id}/claims")
    @PreAuthorize(SubsidyRequestsController.EMPLOYER)
    ResponseEntity<ClaimView> file(@PathVariable long id, @Valid @RequestBody ClaimFiling body,
            @AuthenticationPrincipal HighroadUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(claims.file(id, body, user));
    }

    @GetMapping("/api/subsidy-requests/{id}/claims")
    @PreAuthorize(SubsidyRequestsController.READERS)
    List<ClaimView> claims(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return claims.claims(id, user);
    }

    @PostMapping("/api/subsidy-requests/{id}/clawbacks")
    @PreAuthorize("hasRole('WORKFORCE_STAFF')")
    ResponseEntity<List<SubsidyLedger.Clawback>> clawBack(@PathVariable long id, @Valid @RequestBody DisplacementBody body,
            @AuthenticationPrincipal HighroadUser user) {
        SubsidyClaims.Displacement d = claims.clawBackForDisplacement(id, body.detail(), user);
        return ResponseEntity.status(d.recorded() ? HttpStatus.CREATED : HttpStatus.OK).body(d.clawbacks());
    }

    @GetMapping("/api/subsidy-requests/{id}/clawbacks")
    @PreAuthorize(SubsidyRequestsController.READERS)
    List<SubsidyLedger.Clawback> clawbacks(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return claims.clawbacks(id, user);
    }

    // house wording for each field's reason (a page shows it under the field's label, and in Spanish by its code)
    record HireBody(@NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters") String workerRef,
            @NotNull(message = "is required") LocalDate startDate) {
    }

    record EndBody(@NotNull(message = "is required") LocalDate endedOn, @NotNull(message = "is required") Boolean withCause,
            @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters") String reason) {
    }

    record DisplacementBody(@NotBlank @Size(max = 2000) String detail) {
    }
}
