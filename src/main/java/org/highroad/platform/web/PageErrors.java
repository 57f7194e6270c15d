package org.highroad.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.platform.pages.PageFormats;
import java.util.List;
import org.highroad.platform.pages.FormError;
import org.highroad.platform.pages.HtmlPages;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.MalformedRequestException;
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
 *
 * <p>A page asked for with a query parameter it cannot use ({@code ?page=-1}, {@code ?workers=abc}, a sort it does not
 * have, a parameter it needs left out) is answered with the page that names the parameter and why, in the reader's
 * language, with the status the API gives the same mistake: 400 when the address cannot be read as asked, 422 when a
 * module refused what it said (docs/adr/0024-unprocessable-content-for-rule-violations.md). The API keeps its problem
 * details.
 */
@ControllerAdvice(annotations = HtmlPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Pattern ISO_DAY = Pattern.compile("(?<![\\w-])(\\d{4}-\\d{2}-\\d{2})(?![\\w-])");

    private final PageFormats formats;

    PageErrors(PageFormats formats) {
        this.formats = formats;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return page("platform/not-found", HttpStatus.NOT_FOUND);
    }

    /** A malformed id in the page's address is not found; a malformed query parameter is named (400). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return notFound();
        }
        String expected = e.getRequiredType() != null && (Number.class.isAssignableFrom(e.getRequiredType())
                || e.getRequiredType().isPrimitive()) ? "a number" : "another value";
        return badRequest(HttpStatus.BAD_REQUEST, List.of(new FormError(e.getName(), "must be " + expected + ", got '"
                + e.getValue() + "'")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e) {
        return badRequest(HttpStatus.BAD_REQUEST, List.of(new FormError(e.getParameterName(), "is required")));
    }

    /** A parameter a page's controller or a module refused: each named with its reason, in the page's language. */
    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e) {
        return badRequest(e instanceof MalformedRequestException ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_ENTITY,
                FormError.of(e).stream().map(error -> new FormError(error.field(), daysAsThePageWrites(error.text())))
                        .toList());
    }

    /** Constraints on a page's parameters (a range, a length): the address is at fault, 400. */
    @ExceptionHandler(org.springframework.web.method.annotation.HandlerMethodValidationException.class)
    ModelAndView outOfRange(org.springframework.web.method.annotation.HandlerMethodValidationException e) {
        return badRequest(HttpStatus.BAD_REQUEST, e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new FormError(
                        r.getMethodParameter().getParameterName(), err.getDefaultMessage()))).toList());
    }

    private static ModelAndView badRequest(HttpStatus status, List<FormError> problems) {
        ModelAndView page = page("platform/bad-request", status);
        page.addObject("problems", problems);
        return page;
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
        // the module's reason, in the page's language
        page.addObject("detail", daysAsThePageWrites(PageReasons.inPageLanguage(e.getMessage())));
        return page;
    }

    /**
     * A module's reason states days as ISO dates (the API's form, "2027-07-01"); a page writes them as it writes every
     * day, in the reader's language ({@link PageFormats#date}: "Jul 1, 2027", "1 jul. 2027"). A text that only looks
     * like a day (2027-13-45) stays as it is, and so does a day inside a reference ("PO-2027-01-15").
     */
    private String daysAsThePageWrites(String reason) {
        if (reason == null) {
            return null;
        }
        return ISO_DAY.matcher(reason).replaceAll(day -> {
            try {
                return Matcher.quoteReplacement(formats.date(LocalDate.parse(day.group(1))));
            } catch (DateTimeParseException notADay) {
                return Matcher.quoteReplacement(day.group(1));
            }
        });
    }

    /**
     * Two sends of one page's form changed the same record at once (a double click on a decision): the conflict page in
     * the reader's language, never the API's JSON; the first send stands, so reading the record again shows it.
     */
    // a lock another request held past the database's lock timeout (two decisions on one standard) is the same conflict
    @ExceptionHandler({org.springframework.dao.ConcurrencyFailureException.class,
            jakarta.persistence.PessimisticLockException.class, jakarta.persistence.LockTimeoutException.class})
    ModelAndView concurrentChange() {
        return conflict(new ConflictException(ProblemDetailsAdvice.CONCURRENT_CHANGE));
    }

    /**
     * Two sends of one page's form met on a unique key of what they file (a double click the page's controller could
     * not land on what stands): the conflict page in the reader's language, never the API's JSON.
     */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ModelAndView sameFormAtOnce() {
        return concurrentChange();
    }

    private static ModelAndView page(String view, HttpStatus status) {
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status);
        return page;
    }
}
