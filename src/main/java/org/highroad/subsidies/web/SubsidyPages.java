package org.highroad.subsidies.web;

import java.util.Arrays;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.pages.HtmlPages;
import org.highroad.platform.pages.PageReasons;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.security.HighroadUser;
import org.highroad.subsidies.ProgramReport;
import org.highroad.subsidies.ProgramView;
import org.highroad.subsidies.RequestStatus;
import org.highroad.subsidies.RequestView;
import org.highroad.subsidies.SubsidyClaims;
import org.highroad.subsidies.SubsidyPrograms;
import org.highroad.subsidies.SubsidyReports;
import org.highroad.subsidies.SubsidyRequests;
import org.highroad.subsidies.SubsidyReview;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Workforce staff's pages: the wage-subsidy programs with their terms and budget (reserved, committed, paid), the
 * requests with their scores and flags (paged, filtered by status), a request's page (scorecard, the hard rules it was
 * returned on, its soft flags, the money, its versions, hires and claims) and a program's report (aggregates under
 * five hires suppressed, as {@link SubsidyReports} writes it). Read through the module's API classes, as
 * {@code /api/subsidy-programs} and {@code /api/subsidy-requests} read them. Decisions stay Tasklist tasks.
 */
@Controller
@HtmlPages
class SubsidyPages {

    private static final String WORKFORCE = "hasRole('WORKFORCE_STAFF')";
    /** A program's report (aggregates, small cells withheld) is read as {@code GET /api/subsidy-programs/{id}/report} is. */
    private static final String REPORT_READERS = "hasAnyRole('ADMIN','WORKFORCE_STAFF','AUDITOR')";

    private final SubsidyPrograms programs;
    private final SubsidyRequests requests;
    private final SubsidyReview review;
    private final SubsidyClaims claims;
    private final SubsidyReports reports;

    SubsidyPages(SubsidyPrograms programs, SubsidyRequests requests, SubsidyReview review, SubsidyClaims claims,
            SubsidyReports reports) {
        this.programs = programs;
        this.requests = requests;
        this.review = review;
        this.claims = claims;
        this.reports = reports;
    }

    /** A program with its report's budget figures. */
    record ProgramLine(ProgramView program, ProgramReport report) {
    }

    /** One breakdown of the report (by sector, county or classification). */
    record Groups(String key, java.util.List<ProgramReport.Group> rows) {
    }

    @GetMapping("/staff/subsidies/programs")
    @PreAuthorize(WORKFORCE)
    String programs(Model model) {
        model.addAttribute("programs", programs.list().stream().map(p -> new ProgramLine(p, reports.report(p.id()))).toList());
        return "subsidies/programs";
    }

    @GetMapping("/staff/subsidies/programs/{id}/report")
    @PreAuthorize(REPORT_READERS)
    String report(@PathVariable long id, Model model) {
        model.addAttribute("program", programs.get(id));
        ProgramReport report = reports.report(id);
        model.addAttribute("report", report);
        model.addAttribute("groups", java.util.List.of(new Groups("bySector", report.bySector()),
                new Groups("byCounty", report.byCounty()), new Groups("byClassification", report.byClassification())));
        return "subsidies/report";
    }

    @GetMapping("/staff/subsidies/requests")
    @PreAuthorize(WORKFORCE)
    String requests(@RequestParam(defaultValue = "0") String page, @RequestParam(required = false) String status,
            @AuthenticationPrincipal HighroadUser user, Model model) {
        RequestStatus chosen = Arrays.stream(RequestStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        PageView<RequestView> shown = requests.list(user, new PageParams(page, "25", null), chosen);
        model.addAttribute("requests", shown.items());
        model.addAttribute("paged", shown);
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("status", chosen);
        model.addAttribute("pagerPath", chosen == null ? "/staff/subsidies/requests" : "/staff/subsidies/requests?status=" + chosen);
        return "subsidies/requests";
    }

    @GetMapping("/staff/subsidies/requests/{id}")
    @PreAuthorize(WORKFORCE)
    String request(@PathVariable long id, @AuthenticationPrincipal HighroadUser user, Model model) {
        RequestView r = requests.get(id, user);
        model.addAttribute("r", r);
        try {
            model.addAttribute("scorecard", review.scorecard(id));
        } catch (ConflictException notYetComplete) {
            // a draft missing answers is scored once it has them (the API answers 409 with what is missing)
            model.addAttribute("scorecard", null);
            model.addAttribute("unscored", PageReasons.inPageLanguage(notYetComplete.getMessage()));
        }
        model.addAttribute("hires", claims.hires(id, user));
        model.addAttribute("claims", claims.claims(id, user));
        model.addAttribute("clawbacks", claims.clawbacks(id, user));
        model.addAttribute("program", programs.get(r.programId()));
        return "subsidies/request";
    }
}
