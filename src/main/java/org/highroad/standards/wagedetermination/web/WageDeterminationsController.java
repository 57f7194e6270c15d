package org.highroad.standards.wagedetermination.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.MalformedRequestException;
import org.highroad.platform.validation.Violation;
import org.highroad.standards.wagedetermination.DeterminationView;
import org.highroad.standards.wagedetermination.ImportOutcome;
import org.highroad.standards.wagedetermination.UnreadLine;
import org.highroad.standards.wagedetermination.WageDeterminations;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Wage determinations imported as published on SAM.gov: administrators import a general decision's plain text;
 * everyone signed in reads them (they are public rates). 201 for a new modification (with {@code unreadLines} when some
 * lines could not be read), 200 for the same text again, 422 with every unread line when the text cannot be read as a
 * decision at all, 409 for another text of a modification already imported. Pinning one in a standard version draft
 * copies its rates into the version.
 */
@RestController
class WageDeterminationsController {

    static final int MAX_BYTES = 1_000_000;

    private final WageDeterminations determinations;

    WageDeterminationsController(WageDeterminations determinations) {
        this.determinations = determinations;
    }

    @PostMapping("/api/wage-determinations/import")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Object> importText(HttpServletRequest request, @AuthenticationPrincipal HighroadUser user)
            throws IOException {
        String text = text(request);
        ImportOutcome outcome = determinations.importText(text, user.userId());
        return switch (outcome.status()) {
            case IMPORTED -> ResponseEntity.created(location(outcome.determination())).body(outcome);
            case DUPLICATE -> ResponseEntity.ok(outcome);
            case REJECTED -> rejected(outcome);
            case CONFLICT -> conflict(outcome);
        };
    }

    @GetMapping("/api/wage-determinations")
    @PreAuthorize("isAuthenticated()")
    List<WageDeterminations.Summary> list() {
        return determinations.list();
    }

    @GetMapping("/api/wage-determinations/{number}/modifications/{modification}")
    @PreAuthorize("isAuthenticated()")
    DeterminationView get(@PathVariable String number, @PathVariable int modification) {
        return determinations.get(number, modification);
    }

    @PostMapping("/api/standards/{code}/versions/{version}/wage-determinations")
    @PreAuthorize("hasRole('ADMIN')")
    WageDeterminations.PinOutcome pin(@PathVariable String code, @PathVariable int version,
            @RequestBody WageDeterminations.PinRequest request) {
        return determinations.pin(code, version, request);
    }

    private static URI location(DeterminationView d) {
        return URI.create("/api/wage-determinations/" + d.number() + "/modifications/" + d.modification());
    }

    private static ResponseEntity<Object> rejected(ImportOutcome o) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, "The text could not be"
                + " read as a general decision; it is kept as text " + o.textId() + " with " + o.unreadLines().size()
                + " unread line(s).");
        problem.setTitle("Wage determination not imported");
        problem.setProperty("textId", o.textId());
        problem.setProperty("errors", o.unreadLines().stream().map(WageDeterminationsController::error).toList());
        problem.setProperty("unreadLines", o.unreadLines());
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<Object> conflict(ImportOutcome o) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Wage determination "
                + o.determination().number() + " modification " + o.determination().modification() + " was already"
                + " imported from another text; this one is kept as text " + o.textId() + " and not imported. A changed"
                + " decision is published as a new modification.");
        problem.setProperty("textId", o.textId());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static Violation error(UnreadLine u) {
        return new Violation(u.line() == null ? "text" : "line " + u.line(), u.reason());
    }

    /** The body as text: {@code text/plain} only, at most {@link #MAX_BYTES}, in its charset (UTF-8 by default). */
    private static String text(HttpServletRequest request) throws IOException {
        MediaType type;
        try {
            type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        } catch (InvalidMediaTypeException e) {
            type = null;
        }
        if (type == null || !MediaType.TEXT_PLAIN.includes(type)) {
            throw new UnsupportedText();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                in.skip(16L * MAX_BYTES);
                throw new TextTooLarge();
            }
        }
        Charset charset = type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedRequestException("body", "is not valid " + charset.name() + " text");
        }
        if (text.isBlank()) {
            throw new MalformedRequestException("body", "must be the plain text of a general decision");
        }
        if (text.indexOf('\0') >= 0) {
            throw new MalformedRequestException("body", "must not contain a NUL character");
        }
        return text;
    }

    @ExceptionHandler(UnsupportedText.class)
    ResponseEntity<ProblemDetail> unsupported(UnsupportedText e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Send the general decision as it is published, with Content-Type text/plain.");
        problem.setProperty("errors", List.of(new Violation("Content-Type", "must be text/plain")));
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(TextTooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(TextTooLarge e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "The text is too large for a general decision.");
        problem.setProperty("errors", List.of(new Violation("body", "may be at most " + MAX_BYTES + " bytes")));
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    static final class UnsupportedText extends RuntimeException {
        UnsupportedText() {
            super("not text/plain");
        }
    }

    static final class TextTooLarge extends RuntimeException {
        TextTooLarge() {
            super("text over " + MAX_BYTES + " bytes");
        }
    }
}
