package org.highroad.transparency.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.transparency.OcdsPublication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public page of a published contract, {@code /public/contracts/{id}}: no login, no script, in English or
 * Spanish ({@code ?lang=es}, else the browser's preferred language). A contract not yet published is not found.
 */
@RestController
class PublicContractPages {

    private final OcdsPublication publication;
    private final Packages packages;

    PublicContractPages(OcdsPublication publication, Packages packages) {
        this.publication = publication;
        this.packages = packages;
    }

    @GetMapping(value = "/public/contracts/{id}", produces = MediaType.TEXT_HTML_VALUE)
    @PreAuthorize("permitAll()")
    ResponseEntity<String> page(@PathVariable long id, @RequestParam(name = "lang", required = false) String lang,
            HttpServletRequest request) {
        var compiled = publication.compiledReleaseOfContract(id)
                .orElseThrow(() -> new NotFoundException("no published contract " + id));
        String language = Locale.forLanguageTag(lang != null ? lang : request.getLocale().toLanguageTag()).getLanguage();
        String html = new ContractPage(language).render(id, compiled,
                packages.base(request) + "/public/ocds/records/" + compiled.path("ocid").asText());
        ResponseEntity<String> answer = packages.answer(request, html, new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header("Content-Security-Policy", ContractPage.POLICY).header("Vary", "Accept-Language")
                .body(answer.getBody());
    }
}
