package org.highroad.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.errors.DatabaseOutage;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.MalformedRequestException;
import org.highroad.platform.validation.Violation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refused request is answered with an RFC 9457 problem body. Input errors list each failing field and why in
 * an {@code errors} member ({@code [{"field": "version.rubric[2].target", "reason": "must be positive"}]}), so a
 * client can fix everything in one round trip.
 * <p>
 * Two statuses for input errors (docs/adr/0024-unprocessable-content-for-rule-violations.md): <b>400</b> when the
 * request cannot be read as asked (a body that is not JSON or has a field of the wrong JSON type or an unknown field, a
 * query or path parameter that is malformed or out of its range, a missing parameter or multipart part: HTTP
 * semantics, RFC 9110 section 15.5.1), <b>422</b> when it was read and its content breaks a rule (bean validation of
 * a body, a rule of the domain: RFC 9110 section 15.5.21, "Unprocessable Content"). 404, 409 and 403 keep their
 * meanings.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    static final String ERRORS = "errors";
    static final int RETRY_AFTER_OUTAGE_SECONDS = 30;

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        if (e instanceof MalformedRequestException) {
            return badRequest("The request could not be read as asked.", e.violations());
        }
        return unprocessable("The request has invalid fields.", e.violations());
    }

    /** The same Idempotency-Key with another body (IETF draft-ietf-httpapi-idempotency-key-header: 422). */
    @ExceptionHandler(org.highroad.platform.validation.IdempotencyKey.Reused.class)
    ResponseEntity<ProblemDetail> keyReused(org.highroad.platform.validation.IdempotencyKey.Reused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("Idempotency-Key reused");
        problem.setProperty(ERRORS, List.of(new Violation(org.highroad.platform.validation.IdempotencyKey.HEADER, e.getMessage())));
        return ResponseEntity.unprocessableEntity().body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    /** Two requests changed one record at once: the later is refused, the earlier stands. */
    static final String CONCURRENT_CHANGE = "Someone else changed this record at the same time; read it again and retry.";

    // a lock another request held past the database's lock timeout (two decisions on one standard) is the same conflict
    @ExceptionHandler({org.springframework.dao.ConcurrencyFailureException.class,
            jakarta.persistence.PessimisticLockException.class, jakarta.persistence.LockTimeoutException.class})
    ProblemDetail concurrentChange(Exception e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, CONCURRENT_CHANGE);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The request conflicts with data already stored (a duplicate or a missing reference).");
    }

    /** Method security refuses inside the controller call: the caller is signed in, so this is a 403. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role does not allow this request.");
    }

    /**
     * Anything unexpected: logged with a reference, answered without internals. A database that cannot be reached is
     * not a defect but an outage: 503, try again.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpectedOrPage(Exception e, HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) {
        ResponseEntity<ProblemDetail> answer = unexpected(e, request);
        // a person's browser reading a page gets the error as a page in its language, never the API's JSON
        if (browserPages != null && BrowserErrorPages.wanted(request) && !response.isCommitted()) {
            Object reference = answer.getBody() == null || answer.getBody().getProperties() == null ? null
                    : answer.getBody().getProperties().get("reference");
            String retryAfter = answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
            if (retryAfter != null) {
                response.setHeader(HttpHeaders.RETRY_AFTER, retryAfter);
            }
            browserPages.unexpected(request, response, HttpStatus.valueOf(answer.getStatusCode().value()),
                    reference == null ? null : reference.toString());
            return null;
        }
        return answer;
    }

    private BrowserErrorPages browserPages;

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void setBrowserPages(BrowserErrorPages browserPages) {
        this.browserPages = browserPages;
    }

    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (DatabaseOutage.causedBy(e)) {
            log.warn("Database unavailable while answering {} {}", request.getMethod(), request.getRequestURI());
            return databaseUnavailable(null);
        }
        String reference = java.util.UUID.randomUUID().toString();
        log.error("Unexpected error, reference {}", reference, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; nothing was changed. Quote reference " + reference + ".");
        problem.setProperty("reference", reference);
        return ResponseEntity.internalServerError().body(problem);
    }

    /** 503 with Retry-After, naming no database, host or driver. */
    static ResponseEntity<ProblemDetail> databaseUnavailable(URI instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Highroad cannot reach its database right now. Try again in a minute.");
        problem.setTitle("Service unavailable");
        problem.setInstance(instance);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_OUTAGE_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : describe(e.getRequiredType());
        return badRequest("A parameter has the wrong type.",
                List.of(new Violation(e.getName(), "must be " + expected + ", got '" + e.getValue() + "'")));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Violation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new Violation(f.getField(), f.getDefaultMessage())).toList();
        return cast(unprocessable("The request has invalid fields.", violations));
    }

    /**
     * Constraints checked on the handler's parameters: a query, path or header parameter out of its range is the
     * request's address at fault (400, like a malformed one); when only the body broke its constraints, 422 as for
     * {@link #handleMethodArgumentNotValid}.
     */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Violation> violations = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new Violation(
                        r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        boolean onlyBody = e.getParameterValidationResults().stream().allMatch(r -> r.getMethodParameter()
                .hasParameterAnnotation(RequestBody.class));
        return cast(onlyBody ? unprocessable("The request has invalid fields.", violations)
                : badRequest("The request has invalid parameters.", violations));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return cast(badRequest("A required parameter is missing.",
                List.of(new Violation(e.getParameterName(), "is required"))));
    }

    /** A multipart request without a part the endpoint needs (the payroll's {@code file}): 400 naming the part. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return cast(badRequest("A required part of the multipart body is missing.",
                List.of(new Violation(e.getRequestPartName(), "is required"))));
    }

    /**
     * A body that cannot be read is 400, except a text that is not one of an enumeration's values (a decision, a kind,
     * a cadence): the body was read and the value is the wrong one, which is 422 as when a module refuses an unknown
     * code itself.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Violation violation = unreadable(e.getCause());
        if (e.getCause() instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()
                && f.getValue() instanceof String) {
            return cast(unprocessable("The request has invalid fields.", List.of(violation)));
        }
        return cast(badRequest("The request body could not be read.", List.of(violation)));
    }

    /** Names the field Jackson stopped at, and why, instead of echoing a parser stack trace. */
    static Violation unreadable(Throwable cause) {
        if (cause instanceof JsonInputRules.UnstorableText t) {
            return new Violation(path(t), JsonInputRules.UnstorableText.REASON);
        }
        StreamReadException duplicate = JsonInputRules.duplicateField(cause);
        if (duplicate != null) {
            return new Violation(JsonInputRules.duplicateFieldPath(duplicate), "appears more than once in the same object");
        }
        if (JsonInputRules.contentAfterValue(cause)) {
            return new Violation("body", "has content after the JSON value: send one JSON object");
        }
        if (cause instanceof UnrecognizedPropertyException u) {
            return new Violation(path(u), "is not a known field");
        }
        if (cause instanceof InvalidFormatException f) {
            return new Violation(path(f), "must be " + describe(f.getTargetType()) + ", got '" + f.getValue() + "'");
        }
        if (cause instanceof ValueInstantiationException v) {
            return new Violation(path(v), v.getCause() == null ? "is not valid" : v.getCause().getMessage());
        }
        if (cause instanceof MismatchedInputException m) {
            String expected = m.getTargetType() == null ? "another type" : describe(m.getTargetType());
            return new Violation(path(m), "must be " + expected);
        }
        if (cause instanceof JsonProcessingException p && p.getLocation() != null) {
            return new Violation("body", "is not valid JSON at line " + p.getLocation().getLineNr() + ", column "
                    + p.getLocation().getColumnNr() + ": " + p.getOriginalMessage());
        }
        return new Violation("body", "is missing or is not valid JSON");
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object of type " + type.getSimpleName();
    }

    /** 400: the request could not be read as asked. */
    private static ResponseEntity<ProblemDetail> badRequest(String detail, List<Violation> violations) {
        return invalidInput(HttpStatus.BAD_REQUEST, "Invalid request", detail, violations);
    }

    /** 422: the request was read; its content breaks a rule. */
    private static ResponseEntity<ProblemDetail> unprocessable(String detail, List<Violation> violations) {
        return invalidInput(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid input", detail, violations);
    }

    private static ResponseEntity<ProblemDetail> invalidInput(HttpStatus status, String title, String detail,
            List<Violation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty(ERRORS, violations);
        return ResponseEntity.status(status).body(problem);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity) response;
    }
}
