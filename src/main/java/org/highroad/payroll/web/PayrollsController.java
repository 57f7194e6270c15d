package org.highroad.payroll.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.highroad.payroll.PayrollSubmissions;
import org.highroad.payroll.SubmissionView;
import org.highroad.platform.security.HighroadUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Certified payroll intake: a contractor on the contract posts a week's WH-347 CSV (raw {@code text/csv} body or a
 * multipart {@code file}). 201 when accepted, 200 for the same file sent again, 422 with every error (row, column,
 * reason) when rejected; the submission and its raw file are kept either way.
 */
@RestController
class PayrollsController {

    private static final String ANYONE = "hasAnyRole('ADMIN','PROCUREMENT_OFFICER','AUDITOR','WORKFORCE_STAFF','CONTRACTOR')";

    private final PayrollSubmissions submissions;

    PayrollsController(PayrollSubmissions submissions) {
        this.submissions = submissions;
    }

    @PostMapping(value = "/api/contracts/{id}/payrolls", consumes = "text/csv")
    @PreAuthorize("hasRole('CONTRACTOR')")
    ResponseEntity<Object> submitCsv(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weekEnding,
            HttpServletRequest request, @AuthenticationPrincipal HighroadUser user) throws IOException {
        try (InputStream body = request.getInputStream()) {
            return answer(submissions.submitCsv(id, weekEnding, body, user));
        }
    }

    @PostMapping(value = "/api/contracts/{id}/payrolls", consumes = "multipart/form-data")
    @PreAuthorize("hasRole('CONTRACTOR')")
    ResponseEntity<Object> submitFile(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weekEnding,
            @RequestPart("file") MultipartFile file, @AuthenticationPrincipal HighroadUser user) throws IOException {
        try (InputStream body = file.getInputStream()) {
            return answer(submissions.submitCsv(id, weekEnding, body, user));
        }
    }

    @GetMapping("/api/contracts/{id}/payrolls")
    @PreAuthorize(ANYONE)
    List<SubmissionView> list(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return submissions.list(id, user);
    }

    @GetMapping("/api/payrolls/{submissionId}")
    @PreAuthorize(ANYONE)
    SubmissionView get(@PathVariable long submissionId, @AuthenticationPrincipal HighroadUser user) {
        return submissions.get(submissionId, user);
    }

    private static ResponseEntity<Object> answer(SubmissionView s) {
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
        if (s.duplicate()) {
            return ResponseEntity.ok(s);
        }
        return ResponseEntity.created(URI.create("/api/payrolls/" + s.id())).body(s);
    }

    /** An error named like every other problem body of the API: field and reason. */
    record FieldError(String field, String reason) {
    }
}
