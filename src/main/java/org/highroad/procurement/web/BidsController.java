package org.highroad.procurement.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import org.highroad.platform.audit.AuditEntry;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.paging.PagedAnswer;
import org.highroad.platform.security.HighroadUser;
import org.springframework.http.ResponseEntity;
import org.highroad.procurement.BidView;
import org.highroad.procurement.Bids;
import org.highroad.procurement.ScorecardReview;
import org.highroad.procurement.ScorecardView;
import org.highroad.procurement.process.BidEvaluationProcess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bids and their scorecards. A contractor reads only its own vendor's bids; officers review scorecards. Bids are
 * sealed until they are opened at the submission deadline: before then a sealed bid is, to agency staff, no bid (404).
 */
@RestController
@RequestMapping("/api/bids")
class BidsController {

    private static final String ANYONE = "hasAnyRole('ADMIN','PROCUREMENT_OFFICER','AUDITOR','WORKFORCE_STAFF','CONTRACTOR')";

    static final String SEALED = "Bids are sealed until they are opened at the submission deadline: before that agency staff get 404, the answer to an id that is no bid (so bid ids cannot be probed); a bidder always reads its own bid.";

    private final Bids bids;
    private final BidEvaluationProcess evaluation;

    BidsController(Bids bids, BidEvaluationProcess evaluation) {
        this.bids = bids;
        this.evaluation = evaluation;
    }

    @GetMapping("/{id}")
    @PreAuthorize(ANYONE)
    @Operation(summary = "A bid: its commitments, status and score", description = SEALED)
    BidView get(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return bids.get(id, user);
    }

    @GetMapping("/{id}/scorecard")
    @PreAuthorize(ANYONE)
    @Operation(summary = "A bid's scorecard: points per criterion with input and reason, subtotals, total",
            description = SEALED + " Before award a bidder sees no price points, total or rank.")
    ScorecardView scorecard(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return bids.scorecard(id, user);
    }

    /** The officer's review: ratings with justifications, then confirm or disqualify (the Tasklist task, by API). */
    @PostMapping("/{id}/review")
    @PreAuthorize("hasRole('PROCUREMENT_OFFICER')")
    @Operation(summary = "The officer's scorecard review", description = "Only once the bids are opened (before, 404 as for an id that is no bid).")
    ScorecardView review(@PathVariable long id, @Valid @RequestBody ScorecardReview review,
            @AuthenticationPrincipal HighroadUser user) {
        bids.get(id, user); // a sealed bid is no bid to the agency yet: 404, as for an unknown id
        evaluation.review(id, user.userId(), review);
        return bids.scorecard(id, user);
    }

    @GetMapping("/{id}/audit")
    @PreAuthorize(ANYONE)
    @Operation(summary = "Who did what to a bid, when and why", description = SEALED)
    ResponseEntity<PageView<AuditEntry>> audit(@PathVariable long id, PageParams page,
            @AuthenticationPrincipal HighroadUser user) {
        return PagedAnswer.of(bids.auditTrail(id, user, page));
    }
}
