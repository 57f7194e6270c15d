package org.highroad.payroll.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.highroad.payroll.CertifyNoWork;
import org.highroad.payroll.NoWorkOverPayrollRefused;
import org.highroad.payroll.PayrollChecks;
import org.highroad.payroll.PayrollFollowUp;
import org.highroad.payroll.PayrollSubmissions;
import org.highroad.payroll.ReceivePayroll;
import org.highroad.payroll.RetryPayroll;
import org.highroad.payroll.SubmissionOutcome;
import org.highroad.payroll.SubmissionView;
import org.highroad.payroll.domain.PayrollSubmission.Source;
import org.highroad.payroll.statement.StatementOfCompliance;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.paging.PagedAnswer;
import org.highroad.platform.security.HighroadUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Certified payroll intake: a contractor on the contract posts a week's WH-347 payroll as a raw {@code text/csv} body,
 * a multipart {@code file} (with an optional {@code statement} part, a Statement of Compliance in JSON) or a JSON body
 * ({@code rows} keyed by the CSV columns, optional {@code statement}); or certifies a week without work. 201 when
 * accepted (checked at once: findings and amount owed in the answer), 200 for the same file sent again (also at the same
 * moment: that request waits for the first), 422 with every error (row, column, reason) when rejected, 503 when it could
 * not be processed for a technical reason (a neutral reason and a reference, never internals), 202 when another request
 * held the week for longer than intake waits (it is processing the submission: read it again later); the submission
 * and its raw file are kept in every case. With {@code ?map=} (a CSV body or file) the file is the contractor's own
 * export, read with its saved column map or a built-in one ({@code PayrollMapsController}).
 */
@RestController
class PayrollsController {

    private static final String ANYONE = "hasAnyRole('ADMIN','PROCUREMENT_OFFICER','AUDITOR','WORKFORCE_STAFF','CONTRACTOR')";

    private final ReceivePayroll receive;
    private final CertifyNoWork noWork;
    private final RetryPayroll retry;
    private final PayrollSubmissions submissions;
    private final PayrollFollowUp followUp;

    PayrollsController(ReceivePayroll receive, CertifyNoWork noWork, RetryPayroll retry, PayrollSubmissions submissions,
            PayrollFollowUp followUp) {
        this.receive = receive;
        this.noWork = noWork;
        this.retry = retry;
        this.submissions = submissions;
        this.followUp = followUp;
    }

    @PostMapping(value = "/api/contracts/{id}/payrolls", consumes = "text/csv")
    @PreAuthorize("hasRole('CONTRACTOR')")
    ResponseEntity<Object> submitCsv(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weekEnding,
            @RequestParam(required = false) String map, HttpServletRequest request, @AuthenticationPrincipal HighroadUser user)
            throws IOException {
        try (InputStream body = request.getInputStream()) {
            return answer(receive.submit(id, weekEnding, Source.CSV, body, null, map, user));
        }
    }

    @PostMapping(value = "/api/contracts/{id}/payrolls", consumes = "application/json")
    @PreAuthorize("hasRole('CONTRACTOR')")
    ResponseEntity<Object> submitJson(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weekEnding,
            @RequestParam(required = false) String map, HttpServletRequest request, @AuthenticationPrincipal HighroadUser user)
            throws IOException {
        try (InputStream body = request.getInputStream()) {
            return answer(receive.submit(id, weekEnding, Source.JSON, body, null, map, user));
        }
    }

    @PostMapping(value = "/api/contracts/{id}/payrolls", consumes = "multipart/form-data")
    @PreAuthorize("hasRole('CONTRACTOR')")
    ResponseEntity<Object> submitFile(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weekEnding,
            @RequestPart("file") MultipartFile file, @RequestPart(value = "statement", required = false) StatementOfCompliance statement,
            @RequestParam(required = false) String map, @AuthenticationPrincipal HighroadUser user) throws IOException {
        try (InputStream body = file.getInputStream()) {
            return answer(receive.submit(id, weekEnding, Source.CSV, body, statement, map, user));
        }
    }

    @PostMapping("/api/contracts/{id}/payrolls/no-work")
    @PreAuthorize("hasRole('CONTRACTOR')")
    ResponseEntity<Object> noWork(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weekEnding,
            @Valid @RequestBody NoWork body, @AuthenticationPrincipal HighroadUser user) {
        try {
            return answer(noWork.noWork(id, weekEnding, body.reason(), user));
        } catch (NoWorkOverPayrollRefused refused) {
            // the week's payroll in force reports hours: named, with what to do instead
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.getMessage());
            problem.setTitle("No-work statement refused");
            problem.setProperty("weekEnding", refused.weekEnding());
            problem.setProperty("payrollInForce", refused.payrollInForce());
            problem.setProperty("errors", List.of(new FieldError("weekEnding", refused.getMessage())));
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
    }

    /**
     * The agency's auditor records a no-work statement over the payroll in force {@code submissionId}, which reports
     * hours, with the reason (required); audit-trailed. The contractor's own statement is refused there (ADR 0030).
     */
    @PostMapping("/api/payrolls/{submissionId}/no-work")
    @PreAuthorize("hasAnyRole('ADMIN','AUDITOR')")
    ResponseEntity<Object> noWorkOver(@PathVariable long submissionId, @Valid @RequestBody NoWork body,
            @AuthenticationPrincipal HighroadUser user) {
        return answer(noWork.overPayroll(submissionId, body.reason(), user));
    }

    @PostMapping("/api/payrolls/{submissionId}/retry")
    @PreAuthorize("hasAnyRole('ADMIN','CONTRACTOR')")
    ResponseEntity<Object> retry(@PathVariable long submissionId, @AuthenticationPrincipal HighroadUser user) {
        return answer(retry.retry(submissionId, user));
    }

    /** Runs the checks again (after a technical failure, or to show they are idempotent): no finding is made twice. */
    @PostMapping("/api/payrolls/{submissionId}/check")
    @PreAuthorize("hasAnyRole('ADMIN','AUDITOR')")
    PayrollChecks.CheckSummary check(@PathVariable long submissionId) {
        return followUp.recheck(submissionId);
    }

    @ExceptionHandler(PayrollFollowUp.ChecksNotRunException.class)
    ResponseEntity<ProblemDetail> checksNotRun(PayrollFollowUp.ChecksNotRunException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "The checks failed for a technical "
                + "reason; the payroll stays accepted with its checks FAILED and they are run again. Quote reference "
                + e.reference() + ".");
        problem.setTitle("Checks not run");
        problem.setProperty("reference", e.reference());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }

    @GetMapping("/api/contracts/{id}/payrolls")
    @PreAuthorize(ANYONE)
    ResponseEntity<PageView<SubmissionView>> list(@PathVariable long id, PageParams page,
            @AuthenticationPrincipal HighroadUser user) {
        return PagedAnswer.of(submissions.list(id, user, page));
    }

    @GetMapping("/api/payrolls/{submissionId}")
    @PreAuthorize(ANYONE)
    SubmissionView get(@PathVariable long submissionId, @AuthenticationPrincipal HighroadUser user) {
        return submissions.get(submissionId, user);
    }

    private static ResponseEntity<Object> answer(SubmissionOutcome outcome) {
        SubmissionView s = outcome.submission();
        if (outcome.processingElsewhere() && s.status().equals("RECEIVED")) {
            return ResponseEntity.accepted().location(URI.create("/api/payrolls/" + s.id())).body(s);
        }
        if (s.status().equals("REJECTED")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                    "The payroll was rejected with " + s.errorCount() + " error(s); it is kept as submission " + s.id() + ".");
            problem.setTitle("Payroll rejected");
            problem.setProperty("submission", s);
            problem.setProperty("errors", s.errors().stream().map(e -> new FieldError(
                    e.row() == 0 ? (e.column() == null ? "file" : e.column()) : "row " + e.row() + (e.column() == null ? "" : ", " + e.column()),
                    e.reason())).toList());
            return ResponseEntity.unprocessableEntity().body(problem);
        }
        if (s.status().equals("RECEIVED")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "The payroll is stored as "
                    + "submission " + s.id() + " but could not be processed; retry it with POST /api/payrolls/" + s.id() + "/retry.");
            problem.setTitle("Payroll not processed");
            problem.setProperty("submission", s);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
        }
        if (s.duplicate()) {
            return ResponseEntity.ok(s);
        }
        return ResponseEntity.created(URI.create("/api/payrolls/" + s.id())).body(s);
    }

    /** An error named like every other problem body of the API: field and reason. */
    record FieldError(String field, String reason) {
    }

    /** Why there was no work that week (optional). */
    record NoWork(@Size(max = 1000) String reason) {
    }
}
