package org.highroad.subsidies.web;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.pages.FormError;
import org.highroad.platform.pages.HtmlPages;
import org.highroad.platform.pages.PageReasons;
import org.highroad.platform.pages.PageTexts;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.subsidies.ProgramReport;
import org.highroad.subsidies.ProgramView;
import org.highroad.subsidies.RequestStatus;
import org.highroad.subsidies.RequestView;
import org.highroad.subsidies.SubsidyClaims;
import org.highroad.subsidies.SubsidyPrograms;
import org.highroad.subsidies.SubsidyReports;
import org.highroad.subsidies.SubsidyRequests;
import org.highroad.subsidies.SubsidyReview;
import org.highroad.subsidies.process.WageSubsidyReviewProcess;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

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
    private final WageSubsidyReviewProcess process;
    private final Validator validator;
    private final PageTexts texts;

    SubsidyPages(SubsidyPrograms programs, SubsidyRequests requests, SubsidyReview review, SubsidyClaims claims,
            SubsidyReports reports, WageSubsidyReviewProcess process, Validator validator, PageTexts texts) {
        this.process = process;
        this.validator = validator;
        this.texts = texts;
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
        return page(id, user, model, List.of());
    }

    /**
     * Ends a started hire, as {@code POST /api/subsidy-requests/{id}/hires/{worker}/end} does (the same use case: an
     * early end without cause claws back what was paid for the hire); 422 re-renders the page with the field marked.
     */
    @PostMapping("/staff/subsidies/requests/{id}/hire-end")
    @PreAuthorize(WORKFORCE)
    ModelAndView endHire(@PathVariable long id, @RequestParam(name = "workerRef", required = false) String workerRef,
            @RequestParam(name = "endedOn", required = false) String endedOn,
            @RequestParam(name = "withCause", required = false) String withCause,
            @RequestParam(name = "endReason", required = false) String reason, @AuthenticationPrincipal HighroadUser user,
            Model model) {
        List<FormError> errors = new ArrayList<>();
        if (workerRef == null || workerRef.isBlank()) {
            errors.add(texts.error("endWorker", "subsidyStaff.error.chooseHire"));
        }
        LocalDate on = null;
        try {
            on = endedOn == null || endedOn.isBlank() ? null : LocalDate.parse(endedOn.strip());
        } catch (DateTimeParseException e) {
            // the date field's own message below
        }
        if (on == null) {
            errors.add(texts.error("endedOn", "subsidyStaff.error.date"));
        }
        if (!"true".equals(withCause) && !"false".equals(withCause)) {
            errors.add(texts.error("withCause", "subsidyStaff.error.cause"));
        }
        validator.validate(new SubsidyClaimsController.EndBody(on == null ? LocalDate.MIN : on, Boolean.TRUE, reason))
                .forEach(v -> errors.add(new FormError("endReason", v.getMessage())));
        HttpStatus status = HttpStatus.UNPROCESSABLE_ENTITY;
        if (errors.isEmpty()) {
            try {
                claims.endHire(id, workerRef.strip(), on, Boolean.parseBoolean(withCause), reason.strip(), user);
                return new ModelAndView("redirect:/staff/subsidies/requests/" + id + "?hireEnded");
            } catch (InvalidInputException e) {
                FormError.of(e).forEach(f -> errors.add(new FormError(f.field().equals("reason") ? "endReason" : f.field(), f.text())));
            } catch (ConflictException e) {
                errors.add(new FormError("endWorker", e.getMessage()));
                status = HttpStatus.CONFLICT;
            }
        }
        model.addAttribute("endForm", new EndForm(workerRef, endedOn, withCause, reason));
        return rerendered(id, user, model, errors, status);
    }

    /**
     * Records a displacement complaint upheld: everything paid on the request not yet recovered is clawed back, as
     * {@code POST /api/subsidy-requests/{id}/clawbacks} does (once: the same complaint again records nothing more).
     */
    @PostMapping("/staff/subsidies/requests/{id}/displacement")
    @PreAuthorize(WORKFORCE)
    ModelAndView displacement(@PathVariable long id, @RequestParam(name = "detail", required = false) String detail,
            @AuthenticationPrincipal HighroadUser user, Model model) {
        List<FormError> errors = new ArrayList<>();
        validator.validate(new SubsidyClaimsController.DisplacementBody(detail))
                .forEach(v -> errors.add(new FormError("detail", v.getMessage())));
        if (errors.isEmpty()) {
            try {
                boolean recorded = claims.clawBackForDisplacement(id, detail.strip(), user).recorded();
                return new ModelAndView("redirect:/staff/subsidies/requests/" + id + (recorded ? "?clawedBack" : "?alreadyClawedBack"));
            } catch (InvalidInputException e) {
                FormError.of(e).forEach(f -> errors.add(new FormError("detail", f.text())));
            } catch (ConflictException notAgreed) {
                // a request without an accepted agreement: nothing to claw back, said beside the form's field
                errors.add(new FormError("detail", PageReasons.inPageLanguage(notAgreed.getMessage())));
                model.addAttribute("detail", detail);
                return rerendered(id, user, model, errors, HttpStatus.CONFLICT);
            }
        }
        model.addAttribute("detail", detail);
        return rerendered(id, user, model, errors, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    /** What the hire-end form was sent with, shown again beside its errors. */
    record EndForm(String workerRef, String endedOn, String withCause, String reason) {
    }

    private ModelAndView rerendered(long id, HighroadUser user, Model model, List<FormError> errors, HttpStatus status) {
        ModelAndView page = new ModelAndView(page(id, user, model, errors), model.asMap());
        page.setStatus(status);
        return page;
    }

    private String page(long id, HighroadUser user, Model model, List<FormError> errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("invalid", FormError.fields(errors));
        if (!model.containsAttribute("endForm")) {
            model.addAttribute("endForm", new EndForm(null, null, null, null));
        }
        // a decision waiting for workforce staff: decided in Tasklist, linked from here
        model.addAttribute("reviewTask", process.reviewTask(id).map(t -> "/operaton/app/tasklist/default/#/?task=" + t).orElse(null));
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
