package org.highroad.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Errors that no page's controller answers (an address no page has, a page address read with the wrong method, a
 * public page's record that is not published) answered to a person's browser as the pages' own error page, in the
 * reader's language, instead of the API's problem details: under {@code /portal/}, {@code /staff/} and
 * {@code /public/}, when the browser asks for HTML. The API ({@code /api/**}) and every client that does not ask for
 * HTML keep their problem details.
 */
@Component
class BrowserErrorPages {

    private static final List<String> PAGE_ROOTS = List.of("/portal/", "/staff/", "/public/");
    private static final MediaType HTML = MediaType.TEXT_HTML;

    private final ViewResolver views;
    private final PageAddresses addresses;

    BrowserErrorPages(@Qualifier("thymeleafViewResolver") ViewResolver views, PageAddresses addresses) {
        this.views = views;
        this.addresses = addresses;
    }

    /** Whether the request is a person's browser reading a page's address (the address first asked for). */
    static boolean wanted(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String s ? s : request.getRequestURI();
        String path = uri == null ? "" : uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        if (PAGE_ROOTS.stream().noneMatch(root -> path.startsWith(root) || path.equals(root.substring(0, root.length() - 1)))) {
            return false;
        }
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        try {
            // a browser names text/html; a client that takes anything (*/*) is not taken for one
            return MediaType.parseMediaTypes(accept).stream().anyMatch(t -> HTML.equalsTypeAndSubtype(t) && t.getQualityValue() > 0);
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** "Not found" as a page, with the status given (404, or 405 for a page address read with the wrong method). */
    void notFound(HttpServletRequest request, HttpServletResponse response, HttpStatus status) {
        render("platform/not-found", status, Map.of(), request, response);
    }

    /** "This address cannot be read" as a page, naming what is wrong when it is known. */
    void badRequest(HttpServletRequest request, HttpServletResponse response, List<?> problems) {
        render("platform/bad-request", HttpStatus.BAD_REQUEST, Map.of("problems", problems), request, response);
    }

    /**
     * A page that failed on the agency's side (500, with the reference the log holds) or could not reach the database
     * (503, no reference), as a page in the reader's language rather than the API's JSON.
     */
    void unexpected(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String reference) {
        Map<String, Object> extra = new HashMap<>();
        extra.put("reference", reference);
        render("platform/error", status, extra, request, response);
    }

    private void render(String name, HttpStatus status, Map<String, ?> extra, HttpServletRequest request,
            HttpServletResponse response) {
        try {
            Locale locale = language(request, response);
            View view = views.resolveViewName(name, locale);
            Map<String, Object> model = new HashMap<>(extra);
            Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            String path = (original instanceof String s ? s : request.getRequestURI()).substring(request.getContextPath().length());
            model.put("currentPath", path);
            model.put("languagePath", original == null ? addresses.pageOf(request) : path);
            response.setStatus(status.value());
            response.setHeader("Cache-Control", "no-store");
            view.render(model, request, response);
        } catch (Exception e) {
            throw new IllegalStateException("the error page " + name + " could not be written", e);
        }
    }

    /** The reader's language; {@code ?lang=} on the address switches it here too, as on every page. */
    private static Locale language(HttpServletRequest request, HttpServletResponse response) {
        LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
        String lang = request.getParameter("lang");
        if (resolver != null && lang != null && "GET".equals(request.getMethod())
                && PageLocale.LANGUAGES.stream().anyMatch(l -> l.getLanguage().equals(lang))) {
            resolver.setLocale(request, response, Locale.forLanguageTag(lang));
        }
        return RequestContextUtils.getLocale(request);
    }
}
