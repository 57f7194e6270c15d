package org.highroad.subsidies.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.paging.PagedAnswer;
import org.highroad.platform.security.HighroadUser;
import org.highroad.subsidies.NewRequest;
import org.highroad.subsidies.RequestContent;
import org.highroad.subsidies.RequestView;
import org.highroad.subsidies.StaffDecision;
import org.highroad.subsidies.SubsidyRequests;
import org.highroad.subsidies.SubsidyReview;
import org.highroad.subsidies.process.WageSubsidyReviewProcess;
import org.highroad.standards.scoring.Scorecard;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Requests: an employer (a contractor user) drafts, submits and revises its own company's; workforce staff, auditors
 * and administrators read every request. Another company's request is not found.
 */
@RestController
class SubsidyRequestsController {

    static final String READERS = "hasAnyRole('ADMIN','AUDITOR','WORKFORCE_STAFF','CONTRACTOR')";
    static final String EMPLOYER = "hasRole('CONTRACTOR')";

    private final SubsidyRequests requests;
    private final SubsidyReview review;
    private final WageSubsidyReviewProcess process;

    SubsidyRequestsController(SubsidyRequests requests, SubsidyReview review, WageSubsidyReviewProcess process) {
        this.requests = requests;
        this.review = review;
        this.process = process;
    }

    @PostMapping("/api/subsidy-requests")
    @PreAuthorize(EMPLOYER)
    ResponseEntity<RequestView> draft(@Valid @RequestBody NewRequest body, @AuthenticationPrincipal HighroadUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(requests.draft(body, user));
    }

    @GetMapping("/api/subsidy-requests")
    @PreAuthorize(READERS)
    ResponseEntity<PageView<RequestView>> list(PageParams page, @AuthenticationPrincipal HighroadUser user) {
        return PagedAnswer.of(requests.list(user, page));
    }

    @GetMapping("/api/subsidy-requests/{id}")
    @PreAuthorize(READERS)
    RequestView get(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return requests.get(id, user);
    }

    @PutMapping("/api/subsidy-requests/{id}")
    @PreAuthorize(EMPLOYER)
    RequestView update(@PathVariable long id, @Valid @RequestBody DraftBody body, @AuthenticationPrincipal HighroadUser user) {
        return requests.update(id, body.content(), user);
    }

    /** 202: submitted and immutable; the review runs next. */
    @PostMapping("/api/subsidy-requests/{id}/submission")
    @PreAuthorize(EMPLOYER)
    ResponseEntity<RequestView> submit(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        RequestView submitted = requests.submit(id, user);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(requests.get(submitted.id(), user));
    }

    /** A returned request's next version, a draft with the same content. */
    @PostMapping("/api/subsidy-requests/{id}/revision")
    @PreAuthorize(EMPLOYER)
    ResponseEntity<RequestView> revise(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(requests.revise(id, user));
    }

    @PostMapping("/api/subsidy-requests/{id}/withdrawal")
    @PreAuthorize(EMPLOYER)
    RequestView withdraw(@PathVariable long id, @Valid @RequestBody ReasonBody body, @AuthenticationPrincipal HighroadUser user) {
        return requests.withdraw(id, body.reason(), user);
    }

    @PostMapping("/api/subsidy-requests/{id}/reduction")
    @PreAuthorize(EMPLOYER)
    RequestView reduce(@PathVariable long id, @Valid @RequestBody ReductionBody body, @AuthenticationPrincipal HighroadUser user) {
        return requests.reduce(id, body.hires(), user);
    }

    @GetMapping("/api/subsidy-requests/{id}/scorecard")
    @PreAuthorize(READERS)
    Scorecard scorecard(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        requests.get(id, user);
        return review.scorecard(id);
    }

    /** Workforce staff's decision on a request above the automatic-approval amount, as in Tasklist. */
    @PostMapping("/api/subsidy-requests/{id}/review")
    @PreAuthorize("hasRole('WORKFORCE_STAFF')")
    RequestView decide(@PathVariable long id, @Valid @RequestBody ReviewBody body, @AuthenticationPrincipal HighroadUser user) {
        requests.get(id, user);
        process.decide(id, new StaffDecision(body.decision(), body.note()), user);
        return requests.get(id, user);
    }

    /** The content type is set on the answer, not declared for negotiation, so a caller without the role gets 403. */
    @GetMapping("/api/subsidy-requests/{id}/agreement.pdf")
    @PreAuthorize(READERS)
    ResponseEntity<byte[]> agreement(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        requests.get(id, user);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"subsidy-agreement-" + id + ".pdf\"").body(requests.agreement(id));
    }

    /** The employer accepts the agreement, before the first day of work. */
    @PostMapping("/api/subsidy-requests/{id}/agreement/acceptance")
    @PreAuthorize(EMPLOYER)
    RequestView accept(@PathVariable long id, @Valid @RequestBody AcceptanceBody body, @AuthenticationPrincipal HighroadUser user) {
        requests.get(id, user);
        process.accept(id, body.wageCommitment(), user);
        return requests.get(id, user);
    }

    record ReasonBody(@Size(max = 2000, message = "must be at most 2000 characters") String reason) {
    }

    record ReductionBody(@NotNull Integer hires) {
    }

    record ReviewBody(@NotNull @Pattern(regexp = "APPROVE|REFUSE", message = "must be APPROVE or REFUSE") String decision,
            @Size(max = 2000) String note) {
    }

    record AcceptanceBody(@Size(max = 2000, message = "must be at most 2000 characters") String wageCommitment) {
    }

    record DraftBody(@NotNull @Valid RequestContent content) {
    }
}
