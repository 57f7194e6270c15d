package org.highroad.procurement.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.highroad.platform.audit.AuditEntry;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.paging.PagedAnswer;
import org.highroad.platform.security.HighroadUser;
import org.highroad.procurement.Awards;
import org.highroad.procurement.BidSubmission;
import org.highroad.procurement.BidView;
import org.highroad.procurement.Bids;
import org.highroad.procurement.NoticeView;
import org.highroad.procurement.RankingView;
import org.highroad.procurement.SolicitationDraft;
import org.highroad.procurement.SolicitationView;
import org.highroad.procurement.Solicitations;
import org.highroad.procurement.process.SolicitationAwardProcess;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Solicitations: procurement officers draft, publish, cancel and award them; contractors read published ones and
 * bid for their own vendor.
 */
@RestController
@RequestMapping("/api/solicitations")
class SolicitationsController {

    private static final String ANYONE = "hasAnyRole('ADMIN','PROCUREMENT_OFFICER','AUDITOR','WORKFORCE_STAFF','CONTRACTOR')";
    private static final String STAFF = "hasAnyRole('ADMIN','PROCUREMENT_OFFICER','AUDITOR','WORKFORCE_STAFF')";
    private static final String OFFICER = "hasRole('PROCUREMENT_OFFICER')";

    private final Solicitations solicitations;
    private final Bids bids;
    private final Awards awards;
    private final SolicitationAwardProcess awardProcess;

    SolicitationsController(Solicitations solicitations, Bids bids, Awards awards, SolicitationAwardProcess awardProcess) {
        this.solicitations = solicitations;
        this.bids = bids;
        this.awards = awards;
        this.awardProcess = awardProcess;
    }

    @GetMapping
    @PreAuthorize(ANYONE)
    List<SolicitationView> list(@AuthenticationPrincipal HighroadUser user) {
        return solicitations.list(user);
    }

    @PostMapping
    @PreAuthorize(OFFICER)
    ResponseEntity<SolicitationView> create(@Valid @RequestBody SolicitationDraft draft, @AuthenticationPrincipal HighroadUser user) {
        SolicitationView created = solicitations.create(draft, user);
        return ResponseEntity.created(URI.create("/api/solicitations/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @PreAuthorize(ANYONE)
    SolicitationView get(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return solicitations.get(id, user);
    }

    @PutMapping("/{id}")
    @PreAuthorize(OFFICER)
    SolicitationView revise(@PathVariable long id, @Valid @RequestBody SolicitationDraft draft,
            @AuthenticationPrincipal HighroadUser user) {
        return solicitations.revise(id, draft, user);
    }

    @PostMapping("/{id}/publication")
    @PreAuthorize(OFFICER)
    SolicitationView publish(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return solicitations.publish(id, user);
    }

    @PostMapping("/{id}/cancellation")
    @PreAuthorize(OFFICER)
    SolicitationView cancel(@PathVariable long id, @Valid @RequestBody Reason reason, @AuthenticationPrincipal HighroadUser user) {
        return solicitations.cancel(id, reason.reason(), user);
    }

    @GetMapping("/{id}/bids")
    @PreAuthorize(ANYONE)
    @Operation(summary = "The bids of a solicitation (a contractor: its own)", description = BidsController.SEALED)
    ResponseEntity<PageView<BidView>> bids(@PathVariable long id, PageParams page,
            @AuthenticationPrincipal HighroadUser user) {
        return PagedAnswer.of(bids.list(id, user, page));
    }

    @PostMapping("/{id}/bids")
    @PreAuthorize("hasRole('CONTRACTOR')")
    @Operation(summary = "Send a bid for the caller's vendor (replaces its current bid)", description = "A rate below the "
            + "prevailing wage or a wage floor of the standard is refused: 422 naming the field (wageOffers[i].baseRate or "
            + "fringeRate) and the floor, nothing filed, the current bid untouched (ADR 0036). A bid failing another "
            + "mandatory floor, incomplete or from an ineligible vendor is filed and ruled out by its screening.")
    ResponseEntity<BidView> submit(@PathVariable long id, @Valid @RequestBody BidSubmission submission,
            @AuthenticationPrincipal HighroadUser user) {
        BidView bid = bids.submit(id, submission, user);
        return ResponseEntity.created(URI.create("/api/bids/" + bid.id())).body(bid);
    }

    @GetMapping("/{id}/ranking")
    @PreAuthorize(ANYONE)
    @Operation(summary = "Bids in rank order, then the rest with their outcome",
            description = "Agency staff: once the bids are opened (409 before). A bidder: once the solicitation is awarded.")
    RankingView ranking(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return bids.ranking(id, user);
    }

    /** Confirms the top-ranked bid or awards another responsive bid with a reason (the Tasklist task, by API). */
    @PostMapping("/{id}/award")
    @PreAuthorize(OFFICER)
    SolicitationView award(@PathVariable long id, @Valid @RequestBody AwardDecision decision,
            @AuthenticationPrincipal HighroadUser user) {
        awardProcess.approve(id, user.userId(), decision.bidId(), decision.reason());
        return solicitations.get(id, user);
    }

    @GetMapping("/{id}/notices")
    @PreAuthorize(ANYONE)
    List<NoticeView> notices(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return awards.notices(id, user);
    }

    @GetMapping("/{id}/audit")
    @PreAuthorize(STAFF)
    ResponseEntity<PageView<AuditEntry>> audit(@PathVariable long id, PageParams page) {
        return PagedAnswer.of(awards.auditTrail(id, page));
    }

    /** Body of a cancellation. */
    record Reason(@NotBlank @Size(max = 2000) String reason) {
    }

    /** Body of an award decision. */
    record AwardDecision(@NotNull Long bidId, @Size(max = 2000) String reason) {
    }
}
