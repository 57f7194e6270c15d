package org.highroad.contracts.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.highroad.contracts.AcceptanceDecision;
import org.highroad.contracts.AddSubcontractor;
import org.highroad.contracts.AmendContract;
import org.highroad.contracts.Amendment;
import org.highroad.contracts.AuditEntryView;
import org.highroad.contracts.ContractDocuments;
import org.highroad.contracts.ContractDraft;
import org.highroad.contracts.ContractView;
import org.highroad.contracts.Contracts;
import org.highroad.contracts.DraftFromAward;
import org.highroad.contracts.ExpectedPayroll;
import org.highroad.contracts.LegalReviewDecision;
import org.highroad.contracts.SubcontractorRequest;
import org.highroad.contracts.WageRule;
import org.highroad.contracts.process.ContractAwardProcess;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.paging.PagedAnswer;
import org.highroad.platform.security.HighroadUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

/** Contracts: agency staff see all; a contractor sees the contracts it is prime or subcontractor on. */
@RestController
@RequestMapping("/api/contracts")
class ContractsController {

    private static final String ANYONE = "hasAnyRole('ADMIN','PROCUREMENT_OFFICER','AUDITOR','WORKFORCE_STAFF','CONTRACTOR')";
    private static final String OFFICER = "hasRole('PROCUREMENT_OFFICER')";

    private final Contracts contracts;
    private final DraftFromAward drafting;
    private final AmendContract amendments;
    private final AddSubcontractor subcontracting;
    private final ContractDocuments documents;
    private final ContractAwardProcess process;

    ContractsController(Contracts contracts, DraftFromAward drafting, AmendContract amendments, AddSubcontractor subcontracting,
            ContractDocuments documents, ContractAwardProcess process) {
        this.contracts = contracts;
        this.drafting = drafting;
        this.amendments = amendments;
        this.subcontracting = subcontracting;
        this.documents = documents;
        this.process = process;
    }

    @GetMapping
    @PreAuthorize(ANYONE)
    ResponseEntity<PageView<ContractView>> list(PageParams page, @AuthenticationPrincipal HighroadUser user) {
        return PagedAnswer.of(contracts.list(user, page));
    }

    @GetMapping("/{id}")
    @PreAuthorize(ANYONE)
    ContractView get(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return contracts.get(id, user);
    }

    @GetMapping("/{id}/versions")
    @PreAuthorize(ANYONE)
    List<ContractView.Version> versions(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return contracts.versions(id, user);
    }

    @GetMapping(value = "/{id}/document.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(ANYONE)
    ResponseEntity<byte[]> document(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        byte[] pdf = documents.pdf(id, user);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"contract-" + id + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    @PutMapping("/{id}/draft")
    @PreAuthorize(OFFICER)
    ContractView reviseDraft(@PathVariable long id, @Valid @RequestBody ContractDraft draft, @AuthenticationPrincipal HighroadUser user) {
        return drafting.revise(id, draft, user);
    }

    @PostMapping("/{id}/legal-review")
    @PreAuthorize(OFFICER)
    ContractView legalReview(@PathVariable long id, @Valid @RequestBody LegalReviewBody decision, @AuthenticationPrincipal HighroadUser user) {
        process.legalReview(id, user.userId(), decision.decision(), decision.reason());
        return contracts.get(id, user);
    }

    @PostMapping("/{id}/acceptance")
    @PreAuthorize("hasRole('CONTRACTOR')")
    ContractView accept(@PathVariable long id, @Valid @RequestBody AcceptanceBody decision, @AuthenticationPrincipal HighroadUser user) {
        contracts.get(id, user);
        process.accept(id, user.userId(), user.vendorId(), decision.decision(), decision.reason());
        return contracts.get(id, user);
    }

    @PostMapping("/{id}/amendments")
    @PreAuthorize(OFFICER)
    ContractView amend(@PathVariable long id, @Valid @RequestBody Amendment amendment, @AuthenticationPrincipal HighroadUser user) {
        return amendments.amend(id, amendment, user);
    }

    @PostMapping("/{id}/subcontractors")
    @PreAuthorize("hasAnyRole('PROCUREMENT_OFFICER','CONTRACTOR')")
    ContractView addSubcontractor(@PathVariable long id, @Valid @RequestBody SubcontractorRequest request,
            @AuthenticationPrincipal HighroadUser user) {
        return subcontracting.add(id, request, user);
    }

    @GetMapping("/{id}/payroll-calendar")
    @PreAuthorize(ANYONE)
    List<ExpectedPayroll> calendar(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return contracts.payrollCalendar(id, user);
    }

    /** The wage rule payroll is checked against, for a classification on a day. */
    @GetMapping("/{id}/wage-rule")
    @PreAuthorize(ANYONE)
    WageRule wageRule(@PathVariable long id, @RequestParam String classification,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @AuthenticationPrincipal HighroadUser user) {
        contracts.get(id, user);
        return contracts.wageRule(id, classification, date)
                .orElseThrow(() -> new NotFoundException("contract " + id + " has no commitment for " + classification));
    }

    @GetMapping("/{id}/audit")
    @PreAuthorize(ANYONE)
    ResponseEntity<PageView<AuditEntryView>> audit(@PathVariable long id, PageParams page,
            @AuthenticationPrincipal HighroadUser user) {
        return PagedAnswer.of(contracts.auditTrail(id, user, page));
    }

    /** Body of a legal review: approve or return, and why. */
    record LegalReviewBody(@NotNull LegalReviewDecision decision, @NotBlank @Size(max = 2000) String reason) {
    }

    /** Body of the contractor's answer: accept or reject, and why. */
    record AcceptanceBody(@NotNull AcceptanceDecision decision, @NotBlank @Size(max = 2000) String reason) {
    }
}
