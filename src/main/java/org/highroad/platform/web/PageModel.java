package org.highroad.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.highroad.platform.pages.HtmlPages;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared layout needs on every page: the page's own path, and the address its language switch leads to
 * ({@link PageAddresses}): the page itself with its query for a page read with GET; for a form answered at the
 * address it was posted to (a refusal shown at {@code /portal/cases/1/payments}), the page that shows the form, so
 * switching language never leads to an address that has no page.
 */
@ControllerAdvice(annotations = HtmlPages.class)
class PageModel {

    private final PageAddresses addresses;

    PageModel(PageAddresses addresses) {
        this.addresses = addresses;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("languagePath")
    String languagePath(HttpServletRequest request) {
        return addresses.pageOf(request);
    }
}
