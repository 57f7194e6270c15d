package org.highroad.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
}
