package org.highroad.enforcement.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.highroad.enforcement.BulkReview;
import org.highroad.enforcement.ComplianceCases;
import org.highroad.enforcement.ReviewFinding;
import org.highroad.enforcement.process.ComplianceCaseProcess;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.MalformedRequestException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk review of a case's findings (ADR 0021): the findings grouped by worker or by kind, and one decision with one
 * reason for a selection of them, each finding still recorded one by one. Auditors only, as the single review.
 */
@RestController
class BulkReviewController {

    private static final String AUDITOR = "hasRole('AUDITOR')";

    private final ComplianceCases cases;
    private final BulkReview bulk;
    private final ComplianceCaseProcess process;

    BulkReviewController(ComplianceCases cases, BulkReview bulk, ComplianceCaseProcess process) {
        this.cases = cases;
        this.bulk = bulk;
        this.process = process;
    }

    /**
     * The selection (the findings by id, or a group: {@code workerRef} and/or {@code kind}, or {@code withoutWorker} for
     * the findings about the payroll as a whole, optionally of one payroll) and the decision with its reason, for every
     * finding selected.
     */
    record Request(@Size(max = 10_000) List<Long> findingIds, @Size(max = 100) String workerRef, @Size(max = 60) String kind,
            Long payrollId, Boolean withoutWorker,
            @NotBlank @Pattern(regexp = "CONFIRM|DISMISS", message = "must be CONFIRM or DISMISS") String decision,
            @NotBlank @Size(max = 2000) String reason) {

        BulkReview.Selection selection() {
            BulkReview.Selection s = new BulkReview.Selection(findingIds, workerRef, kind, payrollId,
                    Boolean.TRUE.equals(withoutWorker));
            if (s.byIds() == s.byGroup()) {
                throw new InvalidInputException("findingIds", s.byIds()
                        ? "name the findings, or a group (workerRef and/or kind), not both"
                        : "name the findings, or a group: workerRef and/or kind");
            }
            if (s.contradictory()) {
                throw new InvalidInputException("withoutWorker", "a group is one worker's findings or those of no worker, not both");
            }
            return s;
        }
    }

    /** What was recorded: the findings, one by one in the case's audit trail, and how many of the case stay pending. */
    record Reviewed(long caseId, String decision, int reviewed, List<Long> findingIds, int pendingFindings) {
    }

    /** Confirms or dismisses the selected findings with one reason: all or none (409 naming those not pending). */
    @PostMapping("/api/cases/{id}/findings/review")
    @PreAuthorize(AUDITOR)
    Reviewed review(@PathVariable long id, @Valid @RequestBody Request body, @AuthenticationPrincipal HighroadUser user) {
        BulkReview.Selection selection = body.selection();
        cases.visible(id, user);
        List<Long> selected = bulk.select(id, selection);
        ReviewFinding.Decision decision = ReviewFinding.Decision.valueOf(body.decision());
        int n = process.review(id, selected, user, decision, body.reason());
        return new Reviewed(id, decision.name(), n, selected, bulk.pending(id));
    }

    /**
     * The case's findings grouped by worker or by kind, with counts and the restitution claimed (strings of cents): all
     * the groups as a list; with {@code page} or {@code size} (a case of thousands of workers), one page of them as
     * every paged list answers ({@code items}, {@code page}, {@code size}, {@code totalElements}, {@code totalPages}).
     */
    @GetMapping("/api/cases/{id}/findings/groups")
    @PreAuthorize(AUDITOR)
    Object groups(@PathVariable long id, @RequestParam(defaultValue = "worker") String by,
            @RequestParam(required = false) Long payrollId, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, @AuthenticationPrincipal HighroadUser user) {
        List<BulkReview.Group> all = allGroups(id, by, payrollId, user);
        return page == null && size == null ? all : StaffCasePages.pageOf(all, page, size);
    }

    private List<BulkReview.Group> allGroups(long id, String by, Long payrollId, HighroadUser user) {
        BulkReview.GroupBy groupBy = switch (by) {
            case "worker" -> BulkReview.GroupBy.WORKER;
            case "kind" -> BulkReview.GroupBy.KIND;
            default -> throw new MalformedRequestException("by", "must be worker or kind");
        };
        cases.visible(id, user);
        return bulk.groups(id, groupBy, payrollId);
    }
}
