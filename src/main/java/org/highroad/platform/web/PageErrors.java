package org.highroad.platform.web;

import org.highroad.platform.pages.HtmlPages;
import org.highroad.platform.pages.PageReasons;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.errors.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the pages ({@link HtmlPages}) as pages: what does not exist, or belongs to another vendor, is "not found"
 * (404) exactly as the API answers it, so a contractor cannot tell another vendor's record from none; a page address
 * with a malformed id is not found either; a role check refused is the page that says so (403). Before {@code ProblemDetailsAdvice}, which answers the API.
 */
@ControllerAdvice(annotations = HtmlPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ModelAndView notFound() {
        return page("platform/not-found", HttpStatus.NOT_FOUND);
    }

    /** A role check inside a page's controller: the same page as the page chain's refusal (HomePages#forbidden). */
    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden() {
        ModelAndView page = page("platform/forbidden", HttpStatus.FORBIDDEN);
        page.addObject("csrf", false);
        return page;
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e) {
        ModelAndView page = page("platform/conflict", HttpStatus.CONFLICT);
        page.addObject("detail", PageReasons.inPageLanguage(e.getMessage())); // the module's reason, in the page's language
        return page;
    }

    private static ModelAndView page(String view, HttpStatus status) {
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status);
        return page;
    }
}
