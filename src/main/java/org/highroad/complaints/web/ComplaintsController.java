package org.highroad.complaints.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.highroad.complaints.ComplaintView;
import org.highroad.complaints.SiteVisit;
import org.highroad.complaints.Triage;
import org.highroad.complaints.WorkerComplaints;
import org.highroad.complaints.process.WorkerComplaintProcess;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.paging.PagedAnswer;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Complaints for investigators: auditors and administrators read them (contact details included); auditors triage
 * them and record site visits, as they would in Tasklist. Contractors never reach these (29 CFR 5.6(a)(5)).
 */
@RestController
class ComplaintsController {

    private static final String INVESTIGATORS = "hasAnyRole('ADMIN','AUDITOR')";

    private final WorkerComplaints complaints;
    private final WorkerComplaintProcess process;

    ComplaintsController(WorkerComplaints complaints, WorkerComplaintProcess process) {
        this.complaints = complaints;
        this.process = process;
    }

    @GetMapping("/api/complaints")
    @PreAuthorize(INVESTIGATORS)
    ResponseEntity<PageView<ComplaintView.Summary>> list(PageParams page, @AuthenticationPrincipal HighroadUser user) {
        return PagedAnswer.of(complaints.list(user, page));
    }

    @GetMapping("/api/complaints/{id}")
    @PreAuthorize(INVESTIGATORS)
    ComplaintView get(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return complaints.get(id, user);
    }

    /** 202: the triage is recorded; the comparison with the payroll runs next, in its own job. */
    @PostMapping("/api/complaints/{id}/triage")
    @PreAuthorize("hasRole('AUDITOR')")
    ResponseEntity<ComplaintView> triage(@PathVariable long id, @Valid @RequestBody TriageRequest body,
            @AuthenticationPrincipal HighroadUser user) {
        process.triage(id, new Triage(body.contractId(), body.vendorId(), body.workerRef(), body.weekEnding(), body.note()), user);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(complaints.get(id, user));
    }

    @PostMapping("/api/complaints/{id}/site-visit")
    @PreAuthorize("hasRole('AUDITOR')")
    ComplaintView siteVisit(@PathVariable long id, @Valid @RequestBody SiteVisitRequest body,
            @AuthenticationPrincipal HighroadUser user) {
        Map<LocalDate, BigDecimal> substantiated = new TreeMap<>();
        for (WeekAmount week : body.substantiated() == null ? List.<WeekAmount>of() : body.substantiated()) {
            if (substantiated.put(week.weekEnding(), week.amount()) != null) {
                throw new InvalidInputException("substantiated", "the week ending " + week.weekEnding() + " is given twice");
            }
        }
        process.recordSiteVisit(id, new SiteVisit(body.visitedOn(), body.outcome(), body.notes(), body.violation(),
                body.amountOwed(), substantiated), user);
        return complaints.get(id, user);
    }

    record TriageRequest(@NotNull Long contractId, @NotNull Long vendorId, @NotBlank @Size(max = 100) String workerRef,
            @NotNull LocalDate weekEnding, @Size(max = 2000) String note) {
    }

    /**
     * {@code violation}, {@code amountOwed} (the triaged week) and {@code substantiated} (other weeks of the account) go
     * with VIOLATION_FOUND only; the notes stay with the complaint.
     */
    record SiteVisitRequest(@NotNull LocalDate visitedOn, @NotBlank String outcome, @NotBlank @Size(max = 4000) String notes,
            @Size(max = 1000) String violation, BigDecimal amountOwed, @Size(max = 60) List<@Valid WeekAmount> substantiated) {
    }

    /** What the visit or interview substantiated as owed to the worker for a week (wages and fringe). */
    record WeekAmount(@NotNull LocalDate weekEnding, @NotNull BigDecimal amount) {
    }
}
