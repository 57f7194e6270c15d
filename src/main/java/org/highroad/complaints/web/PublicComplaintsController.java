package org.highroad.complaints.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.highroad.platform.validation.IdempotencyKey;
import org.highroad.platform.validation.InvalidInputException;
import org.springframework.http.MediaType;
import org.highroad.complaints.ComplaintStage;
import org.highroad.complaints.Receipt;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.bind.annotation.RequestBody;
import org.highroad.complaints.WorkerComplaints;
import org.highroad.complaints.domain.ComplaintForm;
import org.highroad.platform.validation.Violation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public complaint endpoint: anyone, without a login (the form at {@code /public/complaints} posts here). The body
 * is read up to the size limit and no further; a body cut at the limit is answered 413 naming the field it was in.
 * {@link PublicComplaintGuard} limits the rate per client before this runs.
 */
@RestController
class PublicComplaintsController {

    static final String STATUS = "/api/public/complaints/status";

    private final WorkerComplaints complaints;
    private final int maxBodyBytes;
    private final ObjectMapper json;
    private final AgencyContact contact;
    private final StatusLookups lookups;
    private final java.time.Clock clock;

    PublicComplaintsController(WorkerComplaints complaints, @Value("${highroad.complaints.max-body-bytes:65536}") int maxBodyBytes,
            ObjectMapper json, AgencyContact contact, StatusLookups lookups, java.time.Clock clock) {
        this.clock = clock;
        this.contact = contact;
        this.lookups = lookups;
        this.json = json;
        this.complaints = complaints;
        this.maxBodyBytes = maxBodyBytes;
    }

    @PostMapping(value = PublicComplaintGuard.PATH, consumes = "application/json")
    @PreAuthorize("permitAll()")
    @PublicIntake
    ResponseEntity<Receipt> receive(HttpServletRequest request,
            @RequestHeader(value = IdempotencyKey.HEADER, required = false) String idempotencyKey) throws IOException {
        // a client that may send the complaint again (its answer lost) names it with a key of its own
        Optional<IdempotencyKey> key = IdempotencyKey.of(idempotencyKey);
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                discard(in);
                throw new TooLarge(ComplaintForm.fieldAtCut(Arrays.copyOf(body, maxBodyBytes)), maxBodyBytes);
            }
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(complaints.receive(body, key));
    }

    /**
     * The page's form, posted without script (form-encoded): the same complaint as the API's JSON
     * ({@link ComplaintPage#json}), answered with the page in the worker's language: the receipt, or the form again with
     * the answers and what to check (422). Limited like the API ({@link PublicComplaintGuard}).
     */
    @PostMapping(value = PublicComplaintGuard.PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    @PreAuthorize("permitAll()")
    @PublicIntake
    ResponseEntity<String> receiveForm(HttpServletRequest request) throws IOException {
        Map<String, String[]> form = request.getParameterMap();
        ComplaintPage page = ComplaintPage.in(ComplaintPage.value(form, ComplaintPage.PAGE), contact);
        byte[] body = json.writeValueAsBytes(ComplaintPage.json(form));
        if (body.length > maxBodyBytes) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.TEXT_HTML)
                    .header("Content-Security-Policy", ComplaintPage.POLICY).body(page.form(form, List.of(new Violation(
                            ComplaintForm.fieldAtCut(Arrays.copyOf(body, maxBodyBytes)), "is too long: the whole complaint may be at most "
                                    + maxBodyBytes + " bytes"))));
        }
        String language = ComplaintPage.value(form, "language");
        if (language != null && !ComplaintPage.LANGUAGES.contains(language)) {
            // the form offers its own languages only: another is not what the worker chose on this page. Nothing is
            // filed; the form again with this and whatever else the intake would refuse, all at once
            List<Violation> errors = new java.util.ArrayList<>(List.of(new Violation("language", ComplaintPage.NOT_OFFERED)));
            try {
                org.highroad.complaints.domain.ComplaintForm.read(body, java.time.LocalDate.now(clock));
            } catch (InvalidInputException e) {
                e.violations().stream().filter(v -> !"language".equals(v.field())).forEach(errors::add);
            }
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).contentType(new MediaType(MediaType.TEXT_HTML,
                    java.nio.charset.StandardCharsets.UTF_8)).header("Content-Security-Policy", ComplaintPage.POLICY)
                    .body(page.form(form, errors));
        }
        try {
            Receipt receipt = receiveOnce(body, IdempotencyKey.of(ComplaintPage.value(form, ComplaintPage.TOKEN)));
            return PublicPages.html(page.receipt(receipt, ComplaintPage.value(form, "employer") != null
                    ? ComplaintPage.value(form, "employer") : ComplaintPage.value(form, "contract"), ComplaintPage.value(form, "worksite")));
        } catch (InvalidInputException e) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).contentType(new MediaType(MediaType.TEXT_HTML,
                    java.nio.charset.StandardCharsets.UTF_8)).header("Content-Security-Policy", ComplaintPage.POLICY)
                    .body(page.form(form, e.violations()));
        } catch (IdempotencyKey.Reused e) {
            // the form sent before, then changed (the browser's back button) and sent again: the first complaint stays
            // as it was; the form again with the new answers and a new token, so that they can be sent as a complaint
            Map<String, String[]> again = new java.util.LinkedHashMap<>(form);
            again.remove(ComplaintPage.TOKEN);
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).contentType(new MediaType(MediaType.TEXT_HTML,
                    java.nio.charset.StandardCharsets.UTF_8)).header("Content-Security-Policy", ComplaintPage.POLICY)
                    .body(page.form(again, List.of(new Violation(null, e.getMessage()))));
        }
    }

    /**
     * The complaint under the form's token. The same form sent twice at the same moment: the token's unique index lets
     * one through and refuses the other until the first commits; the other then reads the first's receipt, so both
     * answers show the same receipt page. Tried for a few seconds at most, then refused as the API refuses it (409).
     */
    private Receipt receiveOnce(byte[] body, Optional<IdempotencyKey> key) {
        for (int attempt = 1;; attempt++) {
            try {
                return complaints.receive(body, key);
            } catch (org.springframework.dao.DataIntegrityViolationException sameTokenMeanwhile) {
                if (key.isEmpty() || attempt >= 30) {
                    throw sameTokenMeanwhile;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw sameTokenMeanwhile;
                }
            }
        }
    }

    /** Body of a status question in JSON. */
    record StatusQuestion(String receipt) {
    }

    /** The stage of the complaint with the receipt: status only (no personal data). */
    record StatusAnswer(String receipt, ComplaintStage stage) {
    }

    /**
     * Where a complaint stands, by its receipt (JSON): 200 with its stage, 404 for a receipt no complaint has, 400
     * naming {@code receipt} for one not written as a receipt, 429 with Retry-After when asked too often.
     */
    @PostMapping(value = STATUS, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("permitAll()")
    ResponseEntity<?> status(@RequestBody StatusQuestion question, HttpServletRequest request) {
        Optional<Duration> wait = lookups.acquire(request.getRemoteAddr());
        if (wait.isPresent()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, "Too many questions; try again in "
                    + seconds(wait.get()) + " seconds.");
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(seconds(wait.get())))
                    .body(problem);
        }
        Optional<ComplaintStage> stage = complaints.stageOf(question.receipt());
        return stage.<ResponseEntity<?>>map(s -> ResponseEntity.ok(new StatusAnswer(question.receipt().strip().toUpperCase(
                java.util.Locale.ROOT), s))).orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail
                .forStatusAndDetail(HttpStatus.NOT_FOUND, "No complaint has this receipt.")));
    }

    /** The status page's form, posted without script: the page again with the stage, in the worker's language. */
    @PostMapping(value = STATUS, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    @PreAuthorize("permitAll()")
    ResponseEntity<String> statusForm(HttpServletRequest request) {
        Map<String, String[]> form = request.getParameterMap();
        ComplaintPage page = ComplaintPage.in(ComplaintPage.value(form, ComplaintPage.PAGE), contact);
        String receipt = ComplaintPage.value(form, "receipt");
        MediaType html = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);
        Optional<Duration> wait = lookups.acquire(request.getRemoteAddr());
        if (wait.isPresent()) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(html)
                    .header("Retry-After", String.valueOf(seconds(wait.get()))).header("Content-Security-Policy", ComplaintPage.POLICY)
                    .body(page.status(receipt, null, false, List.of(), seconds(wait.get())));
        }
        try {
            Optional<ComplaintStage> stage = complaints.stageOf(receipt);
            return ResponseEntity.status(stage.isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND).contentType(html)
                    .header("Content-Security-Policy", ComplaintPage.POLICY).header("Cache-Control", "no-store")
                    .body(page.status(receipt, stage.orElse(null), stage.isEmpty(), List.of(), null));
        } catch (InvalidInputException e) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(html).header("Content-Security-Policy", ComplaintPage.POLICY)
                    .body(page.status(receipt, null, false, e.violations(), null));
        }
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }

    /** Reads and drops what is left of an oversized body, up to {@link PublicComplaintGuard#REFUSE_UNREAD_OVER}. */
    private static void discard(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        long dropped = 0;
        for (int n = in.read(buffer); n > 0 && dropped < PublicComplaintGuard.REFUSE_UNREAD_OVER; n = in.read(buffer)) {
            dropped += n;
        }
    }

    @ExceptionHandler(TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(TooLarge e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "The complaint is too large.");
        problem.setProperty("errors", List.of(new Violation(e.field, "is too long: the whole complaint may be at most "
                + e.limit + " bytes")));
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }

    /** A body over the limit, cut while reading {@code field}. */
    static final class TooLarge extends RuntimeException {
        private final String field;
        private final int limit;

        TooLarge(String field, int limit) {
            super("body over " + limit + " bytes");
            this.field = field;
            this.limit = limit;
        }
    }
}
