package org.highroad.payroll.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.highroad.payroll.ComplianceStatements;
import org.highroad.payroll.FindingView;
import org.highroad.payroll.PayrollCompliance;
import org.highroad.payroll.PayrollResults;
import org.highroad.payroll.PayrollUtilization;
import org.highroad.payroll.RowResult;
import org.highroad.payroll.WorkerPayReaders;
import org.highroad.payroll.statement.StatementOfCompliance;
import org.highroad.payroll.statement.StatementView;
import org.highroad.payroll.utilization.Utilization;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.paging.PagedAnswer;
import org.highroad.platform.security.HighroadUser;
import org.springframework.http.ResponseEntity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a payroll's checks found: per-row results, the contract's findings, its workforce shares, whether its
 * reporting is in order; and the Statements of Compliance contractors file.
 */
@RestController
class PayrollComplianceController {

    private static final String ANYONE = "hasAnyRole('ADMIN','PROCUREMENT_OFFICER','AUDITOR','WORKFORCE_STAFF','CONTRACTOR')";

    private final ComplianceStatements statements;
    private final PayrollResults results;
    private final PayrollUtilization utilization;
    private final PayrollCompliance compliance;

    PayrollComplianceController(ComplianceStatements statements, PayrollResults results, PayrollUtilization utilization,
            PayrollCompliance compliance) {
        this.statements = statements;
        this.results = results;
        this.utilization = utilization;
        this.compliance = compliance;
    }

    @PostMapping("/api/contracts/{id}/compliance-statements")
    @PreAuthorize("hasRole('CONTRACTOR')")
    @ResponseStatus(HttpStatus.CREATED)
    StatementView file(@PathVariable long id, @Valid @RequestBody StatementOfCompliance statement,
            @org.springframework.web.bind.annotation.RequestHeader(name = org.highroad.platform.validation.IdempotencyKey.HEADER,
                    required = false) String idempotencyKey,
            @AuthenticationPrincipal HighroadUser user) {
        // with an Idempotency-Key, the same statement sent again is the one first filed; other values with that key are
        // a conflict (409), the first statement standing
        var key = org.highroad.platform.validation.IdempotencyKey.of(idempotencyKey);
        return key.isPresent() ? StatementsOnce.file(statements, id, statement, user, key.get())
                : statements.file(id, statement, user);
    }

    @GetMapping("/api/contracts/{id}/compliance-statements")
    @PreAuthorize(ANYONE)
    List<StatementView> statements(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return statements.list(id, user);
    }

    /** Each worker by name with hours, rates and pay: auditors, administrators and the payroll's contractor (ADR 0032). */
    @GetMapping("/api/payrolls/{submissionId}/rows")
    @PreAuthorize(WorkerPayReaders.ROLES)
    List<RowResult> rows(@PathVariable long submissionId, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit, @AuthenticationPrincipal HighroadUser user) {
        return results.rows(submissionId, offset, limit, user);
    }

    @GetMapping("/api/contracts/{id}/payroll-findings")
    @PreAuthorize(ANYONE)
    ResponseEntity<PageView<FindingView>> findings(@PathVariable long id, PageParams page,
            @AuthenticationPrincipal HighroadUser user) {
        return PagedAnswer.of(results.findings(id, user, page));
    }

    @GetMapping("/api/contracts/{id}/utilization")
    @PreAuthorize(ANYONE)
    Utilization utilization(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @AuthenticationPrincipal HighroadUser user) {
        return utilization.forCaller(id, asOf, user);
    }

    @GetMapping("/api/contracts/{id}/payroll-compliance")
    @PreAuthorize(ANYONE)
    PayrollCompliance.Status compliance(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return compliance.status(id, user);
    }
}
