package org.highroad.complaints.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public complaint page at {@code /public/complaints} and the page asking where a complaint stands
 * ({@code /public/complaints/status}): no login, no script, no external assets, in English or
 * Spanish ({@code ?lang=es}, else the browser's preferred language). It posts to {@code /api/public/complaints}.
 */
@RestController
class PublicPages {

    private final AgencyContact contact;

    PublicPages(AgencyContact contact) {
        this.contact = contact;
    }

    @GetMapping(value = "/public/complaints", produces = MediaType.TEXT_HTML_VALUE)
    @PreAuthorize("permitAll()")
    ResponseEntity<String> page(@RequestParam(name = "lang", required = false) String lang, HttpServletRequest request) {
        ComplaintPage page = ComplaintPage.in(lang != null ? lang : request.getLocale().toLanguageTag(), contact);
        return html(page.form(Map.of(), List.of()));
    }

    /** Where a complaint stands: the form asking for the receipt (posted to {@code /api/public/complaints/status}). */
    @GetMapping(value = "/public/complaints/status", produces = MediaType.TEXT_HTML_VALUE)
    @PreAuthorize("permitAll()")
    ResponseEntity<String> status(@RequestParam(name = "lang", required = false) String lang, HttpServletRequest request) {
        ComplaintPage page = ComplaintPage.in(lang != null ? lang : request.getLocale().toLanguageTag(), contact);
        return html(page.status(null, null, false, List.of(), null));
    }

    static ResponseEntity<String> html(String body) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", ComplaintPage.POLICY).header("Cache-Control", "no-store").body(body);
    }
}
