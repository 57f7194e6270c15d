package org.highroad.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.pages.FormError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address under {@code /portal/}, {@code /staff/} or {@code /public/} that no page has ({@code /portal/nothing}),
 * or a page address read with a method it does not take (the address of a form's post, read with GET after a reload
 * or a sign-in): a browser gets the "not found" page in its reader's language ({@link BrowserErrorPages}); anyone else,
 * and the API always, the problem details of {@link ProblemDetailsAdvice}. Before it, after the pages' own errors.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PageAddressErrors {

    private final BrowserErrorPages pages;
    private final ProblemDetailsAdvice problems;

    PageAddressErrors(BrowserErrorPages pages, ProblemDetailsAdvice problems) {
        this.pages = pages;
        this.problems = problems;
    }

    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class})
    ResponseEntity<Object> noPage(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (!BrowserErrorPages.wanted(request)) {
            return problems.handleException(e, new ServletWebRequest(request, response));
        }
        if (e instanceof HttpRequestMethodNotSupportedException m) {
            HttpHeaders allow = m.getHeaders();
            allow.forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            pages.notFound(request, response, HttpStatus.METHOD_NOT_ALLOWED);
        } else {
            pages.notFound(request, response, HttpStatus.NOT_FOUND);
        }
        return null;
    }

    /**
     * A record a page outside the signed-in pages shows that does not exist or is not published
     * ({@code /public/contracts/999}), or a malformed id in its address ({@code /public/contracts/abc}): the "not
     * found" page for a browser; a malformed query parameter, the page naming it. The pages' own controllers answer
     * these themselves ({@code PageErrors}); the API keeps its problem details.
     */
    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response) {
        if (!BrowserErrorPages.wanted(request)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problems.notFound(e));
        }
        pages.notFound(request, response, HttpStatus.NOT_FOUND);
        return null;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<?> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request,
            HttpServletResponse response) {
        if (!BrowserErrorPages.wanted(request)) {
            return problems.typeMismatch(e);
        }
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            pages.notFound(request, response, HttpStatus.NOT_FOUND);
        } else {
            boolean number = e.getRequiredType() != null && (Number.class.isAssignableFrom(e.getRequiredType())
                    || e.getRequiredType().isPrimitive());
            pages.badRequest(request, response, List.of(new FormError(e.getName(), "must be " + (number ? "a number" : "another value")
                    + ", got '" + e.getValue() + "'")));
        }
        return null;
    }
}
