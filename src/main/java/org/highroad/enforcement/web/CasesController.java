package org.highroad.enforcement.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.highroad.enforcement.CaseLedgers;
import org.highroad.enforcement.CaseNotices;
import org.highroad.enforcement.CaseResponses;
import org.highroad.enforcement.CaseSteps;
import org.highroad.enforcement.CaseView;
import org.highroad.enforcement.ComplianceCases;
import org.highroad.enforcement.LedgerView;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.paging.PagedAnswer;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.money.MoneyAmounts;
import org.highroad.platform.validation.DollarsAndCents;
import org.highroad.platform.validation.IdempotencyKey;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Compliance cases: the auditor's queue and each case's findings, notices, responses, ledger and steps. Agency staff
 * read every case; a contractor reads its own and, as the liable prime, its subcontractors' (others get 404) and
 * responds to them. Staff record withholding and its release. The decisions on a case are {@link CaseDecisionsController}'s.
 */
@RestController
class CasesController {

    private static final String ANYONE = "hasAnyRole('ADMIN','PROCUREMENT_OFFICER','AUDITOR','WORKFORCE_STAFF','CONTRACTOR')";

    private final ComplianceCases cases;
    private final CaseSteps steps;
    private final CaseResponses responses;
    private final CaseNotices notices;
    private final CaseLedgers ledgers;

    CasesController(ComplianceCases cases, CaseSteps steps, CaseResponses responses, CaseNotices notices,
            CaseLedgers ledgers) {
        this.cases = cases;
        this.steps = steps;
        this.responses = responses;
        this.notices = notices;
        this.ledgers = ledgers;
    }

    @GetMapping("/api/cases")
    @PreAuthorize(ANYONE)
    ResponseEntity<PageView<CaseView>> list(PageParams page, @AuthenticationPrincipal HighroadUser user) {
        return PagedAnswer.of(cases.list(user, page));
    }

    /** A case's findings with their review, a page at a time (a payroll can bring thousands). */
    @GetMapping("/api/cases/{id}/findings")
    @PreAuthorize(ANYONE)
    ResponseEntity<PageView<CaseView.Finding>> findings(@PathVariable long id, PageParams page,
            @AuthenticationPrincipal HighroadUser user) {
        return PagedAnswer.of(cases.findings(id, user, page));
    }

    @GetMapping("/api/cases/{id}")
    @PreAuthorize(ANYONE)
    CaseView get(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return cases.get(id, user);
    }

    /** The contractor (or the liable prime) responds: a corrective action plan, a correction payroll, proof of payment. */
    @PostMapping("/api/cases/{id}/responses")
    @PreAuthorize("hasRole('CONTRACTOR')")
    @ResponseStatus(HttpStatus.CREATED)
    CaseResponses.ResponseView respond(@PathVariable long id, @Valid @RequestBody CaseResponses.Request body,
            @RequestHeader(value = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            @AuthenticationPrincipal HighroadUser user) {
        // a client that may send the response again (its answer lost) names it with a key of its own
        return responses.respond(id, body, user, IdempotencyKey.of(idempotencyKey));
    }

    @GetMapping("/api/cases/{id}/responses")
    @PreAuthorize(ANYONE)
    List<CaseResponses.ResponseView> responses(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return responses.list(cases.visible(id, user).id());
    }

    /** The restitution ledger: per worker, per contractor with the withholding to recommend, totals and entries. */
    @GetMapping("/api/cases/{id}/ledger")
    @PreAuthorize(ANYONE)
    LedgerView ledger(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return ledgers.view(cases.visible(id, user), user);
    }

    /**
     * Withholding: {@code paymentReference} names the payment it was taken from. The amount is read as written (a JSON
     * string or number) as the staff case page's form reads it ({@link DollarsAndCents}): {@code 1e3} or
     * {@code 40.005} is refused (422 at {@code amount}), not taken as $1,000.00 or rounded.
     */
    record Withholding(@DollarsAndCents String amount, @NotBlank @Size(max = 200) String paymentReference) {
    }

    /** A release of withholding, with why; its amount read as a withholding's. */
    record Release(@DollarsAndCents String amount, @NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping("/api/cases/{id}/ledger/withholdings")
    @PreAuthorize("hasAnyRole('ADMIN','AUDITOR')")
    LedgerView withhold(@PathVariable long id, @Valid @RequestBody Withholding body, @AuthenticationPrincipal HighroadUser user) {
        ComplianceCase c = cases.visible(id, user);
        ledgers.recordWithholding(c, false, MoneyAmounts.of(body.amount()), body.paymentReference().strip(), user.userId());
        return ledgers.view(c, user);
    }

    @PostMapping("/api/cases/{id}/ledger/releases")
    @PreAuthorize("hasAnyRole('ADMIN','AUDITOR')")
    LedgerView release(@PathVariable long id, @Valid @RequestBody Release body,
            @RequestHeader(value = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            @AuthenticationPrincipal HighroadUser user) {
        ComplianceCase c = cases.visible(id, user);
        // with an Idempotency-Key, the same release sent again records nothing more (the key kept with the entry, V79)
        ledgers.recordWithholding(c, true, MoneyAmounts.of(body.amount()), body.reason().strip(), user.userId(),
                IdempotencyKey.of(idempotencyKey));
        return ledgers.view(c, user);
    }

    @GetMapping("/api/cases/{id}/notices")
    @PreAuthorize(ANYONE)
    List<CaseNotices.NoticeView> notices(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return notices.list(cases.visible(id, user).id());
    }

    @GetMapping(value = "/api/cases/{id}/notices/{noticeId}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(ANYONE)
    ResponseEntity<byte[]> noticePdf(@PathVariable long id, @PathVariable long noticeId,
            @AuthenticationPrincipal HighroadUser user) {
        byte[] pdf = notices.pdf(cases.visible(id, user), noticeId);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"notice-" + id + "-" + noticeId
                + ".pdf\"").contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    /** Every step the case took, with who, when and why (a contractor: what and when, and the why written for it). */
    @GetMapping("/api/cases/{id}/steps")
    @PreAuthorize(ANYONE)
    List<CaseSteps.StepView> steps(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return steps.list(cases.visible(id, user).id(), user);
    }
}
