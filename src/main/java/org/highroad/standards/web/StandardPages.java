package org.highroad.standards.web;

import java.util.List;
import org.highroad.platform.pages.HtmlPages;
import org.highroad.platform.security.HighroadUser;
import org.highroad.standards.RubricExplanations;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.StandardVersionView;
import org.highroad.standards.scoring.Criterion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A job-quality standard version read in words by agency staff: where its adoption stands and who proposed it, its
 * summary, its rubric criterion by criterion (how each answer becomes points), its wage floors with their sources,
 * its workforce targets, its eligibility rules, its enforcement parameters and (for a subsidy program) its subsidy
 * terms. Read through {@link StandardCatalog} as {@code GET /api/standards/{code}/versions/{n}} reads it, with what
 * each reader may read ({@link StandardVersionView#asReadBy}); the administrator reviewing a proposal opens it from
 * the Tasklist form and decides there.
 */
@Controller
@HtmlPages
class StandardPages {

    static final String STAFF = "hasAnyRole('ADMIN','PROCUREMENT_OFFICER','AUDITOR','WORKFORCE_STAFF')";

    private final StandardCatalog catalog;
    private final RubricExplanations explanations;
    private final org.highroad.standards.process.StandardAdoptionProcess adoption;

    private final org.highroad.platform.security.FormTokens formTokens;

    StandardPages(StandardCatalog catalog, RubricExplanations explanations,
            org.highroad.standards.process.StandardAdoptionProcess adoption,
            org.highroad.platform.security.FormTokens formTokens) {
        this.formTokens = formTokens;
        this.catalog = catalog;
        this.explanations = explanations;
        this.adoption = adoption;
    }

    /** A rubric line with the sentence that explains how it scores. */
    record RubricLine(Criterion criterion, String explanation) {
    }

    /**
     * What pins the version, in the reader's words (its kind's message and its number), with the page it opens when the
     * reader may open that page (null otherwise); a kind of record the page has no words for is shown as stored.
     */
    record Pin(String kind, String number, String text, String link) {

        /** The message of its kind ({@code standardPage.pin.solicitation}). */
        public String key() {
            return "standardPage.pin." + kind;
        }
    }

    /** The solicitations' and contracts' pins of a version, as {@code StandardCatalog.recordUse} stores them. */
    static List<Pin> pins(List<String> usedBy, HighroadUser reader) {
        boolean procurement = reader.has(org.highroad.platform.security.Role.PROCUREMENT_OFFICER)
                || reader.has(org.highroad.platform.security.Role.ADMIN);
        return usedBy.stream().map(u -> {
            java.util.regex.Matcher program = java.util.regex.Pattern.compile("subsidy-program (\\S+)").matcher(u.strip());
            if (program.matches()) {
                // a wage-subsidy program pins the version by its code (subsidies.SubsidyPrograms): named in words
                return new Pin("subsidyProgram", program.group(1), u, null);
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(solicitation|contract) ([0-9]+)").matcher(u.strip());
            if (!m.matches()) {
                return new Pin(null, null, u, null);
            }
            boolean solicitation = m.group(1).equals("solicitation");
            // a solicitation's page is the procurement officers' (and administrators'); a contract's, every staff role's
            String link = solicitation ? (procurement ? "/staff/solicitations/" + m.group(2) : null) : "/staff/contracts/" + m.group(2);
            return new Pin(m.group(1), m.group(2), u, link);
        }).toList();
    }

    @GetMapping("/staff/standards/{code}/versions/{number}")
    @PreAuthorize(STAFF)
    String version(@PathVariable String code, @PathVariable int number, @AuthenticationPrincipal HighroadUser user,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String saved,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String proposed,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String formRefused, Model model) {
        StandardVersionView v = catalog.version(code, number, user);
        if (user.has(org.highroad.platform.security.Role.ADMIN)) {
            // what an administrator does from here (StandardAdminPages): start a new draft from this version, edit and
            // propose a draft, open the review where a proposal waits in Tasklist
            model.addAttribute("editable", StandardAdminPages.editable(v));
            model.addAttribute("formToken", formTokens.issue(StandardAdminPages.COPY_FORM, user));
            model.addAttribute("formRefused", formRefused != null);
            model.addAttribute("reviewTask", v.adoption().status() == org.highroad.standards.Adoption.Status.PROPOSED
                    ? adoption.reviewTask(v.id()).map(t -> "/operaton/app/tasklist/default/#/?task=" + t).orElse(null) : null);
            model.addAttribute("saved", saved != null);
            model.addAttribute("proposed", proposed != null);
        }
        List<RubricLine> rubric = v.content().rubric() == null ? List.of()
                : v.content().rubric().stream().map(c -> new RubricLine(c, explanations.explain(c))).toList();
        model.addAttribute("v", v);
        model.addAttribute("pins", pins(v.usedBy() == null ? List.of() : v.usedBy(), user));
        model.addAttribute("rubric", rubric);
        return "standards/version";
    }
}
