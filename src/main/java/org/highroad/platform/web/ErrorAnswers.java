package org.highroad.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.UUID;
import org.highroad.platform.errors.DatabaseOutage;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container answers when a request fails outside a controller (in a filter, while signing in, or a
 * status sent with {@code sendError}): a problem body with the status and no internals, in place of Spring Boot's
 * error page. A database that cannot be reached is 503 with Retry-After; a visit to {@code /error} itself, with no
 * error behind it, is 404.
 *
 * <p>A person's browser on a page's address ({@link BrowserErrorPages}) that gets 404, 405 or 400 here is answered
 * with the pages' "not found" or "cannot be read" page in its language instead.
 */
@RestController
class ErrorAnswers implements ErrorController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ErrorAnswers.class);

    private final BrowserErrorPages pages;

    /** Without the pages: every error a problem body. */
    ErrorAnswers() {
        this(null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    ErrorAnswers(BrowserErrorPages pages) {
        this.pages = pages;
    }

    /** The problem body alone, as any client but a person's browser on a page gets it. */
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        return error(request, null);
    }

    @RequestMapping("${server.error.path:/error}")
    @PreAuthorize("permitAll()")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (code == null) {
            return answer(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is nothing here."), request);
        }
        if (failure != null && DatabaseOutage.causedBy(failure)) {
            log.warn("Database unavailable while answering {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
            return ProblemDetailsAdvice.databaseUnavailable(instance(request));
        }
        HttpStatus status = HttpStatus.resolve(code instanceof Integer n ? n : 500);
        if (status != null && pages != null && response != null && BrowserErrorPages.wanted(request)) {
            // a person's browser on a page's address: the pages' own error page, in the reader's language
            if (status == HttpStatus.NOT_FOUND || status == HttpStatus.METHOD_NOT_ALLOWED) {
                pages.notFound(request, response, status);
                return null;
            }
            if (status == HttpStatus.BAD_REQUEST) {
                pages.badRequest(request, response, java.util.List.of());
                return null;
            }
        }
        if (status == null || status.is5xxServerError()) {
            String reference = UUID.randomUUID().toString();
            log.error("Unexpected error, reference {}", reference, failure);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                    "Something went wrong on our side. Quote reference " + reference + ".");
            problem.setProperty("reference", reference);
            return answer(problem, request);
        }
        return answer(ProblemDetail.forStatusAndDetail(status, status.getReasonPhrase() + "."), request);
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(instance(request));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static URI instance(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        try {
            return URI.create(uri instanceof String s ? s : request.getRequestURI());
        } catch (IllegalArgumentException unparsable) {
            return null;
        }
    }
}
