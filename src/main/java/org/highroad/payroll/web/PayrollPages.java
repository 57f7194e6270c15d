package org.highroad.payroll.web;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.highroad.payroll.CertifyNoWork;
import org.highroad.payroll.NoWorkOverPayrollRefused;
import org.highroad.payroll.PayrollCompliance;
import org.highroad.payroll.PayrollResults;
import org.highroad.payroll.PayrollSubmissions;
import org.highroad.payroll.PayrollUtilization;
import org.highroad.payroll.ReceivePayroll;
import org.highroad.payroll.SubmissionOutcome;
import org.highroad.payroll.SubmissionView;
import org.highroad.payroll.domain.PayrollSubmission.Source;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.pages.FormError;
import org.highroad.platform.pages.HtmlPages;
import org.highroad.platform.pages.PageTexts;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The contractor's weekly filing in the portal: the reporting calendar of a contract (each period received, no work,
 * corrected, late, missing or not yet due, with its due date, and the shares of hours to date), filing a payroll (a CSV
 * upload for a chosen period, or a week certified without work), the answer (every error of a rejection with its row,
 * column and what to fix; or every row as checked, with its flags and the amount owed), and every submission of a
 * period with the one in force and the file as sent. Everything goes through the same services as
 * {@code /api/contracts/{id}/payrolls}, so every rule of the API holds here: a contractor files and reads only its own
 * vendor's payrolls (another's is not found).
 */
@Controller
@HtmlPages
class PayrollPages {

    private static final String CONTRACTOR = "hasRole('CONTRACTOR')";

    private final ReceivePayroll receive;
    private final CertifyNoWork noWork;
    private final PayrollSubmissions submissions;
    private final PayrollResults results;
    private final PayrollCompliance compliance;
    private final PayrollUtilization utilization;
    private final Validator validator;
    private final PageTexts texts;

    PayrollPages(ReceivePayroll receive, CertifyNoWork noWork, PayrollSubmissions submissions, PayrollResults results,
            PayrollCompliance compliance, PayrollUtilization utilization, Validator validator, PageTexts texts) {
        this.texts = texts;
        this.receive = receive;
        this.noWork = noWork;
        this.submissions = submissions;
        this.results = results;
        this.compliance = compliance;
        this.utilization = utilization;
        this.validator = validator;
    }

    @GetMapping("/portal/contracts/{id}/payrolls")
    @PreAuthorize(CONTRACTOR)
    String calendar(@PathVariable long id, @AuthenticationPrincipal HighroadUser user, Model model) {
        PayrollCompliance.Status status = compliance.status(id, user);
        model.addAttribute("contractId", id);
        model.addAttribute("status", status);
        model.addAttribute("periods", ReportingPeriod.of(status.weeks(), allSubmissions(id, user)));
        model.addAttribute("shares", utilization.forCaller(id, null, user).lines());
        return "payroll/calendar";
    }

    @GetMapping("/portal/contracts/{id}/payrolls/file")
    @PreAuthorize(CONTRACTOR)
    String fileForm(@PathVariable long id, @RequestParam(required = false) String week,
            @AuthenticationPrincipal HighroadUser user, Model model) {
        return form(id, week, List.of(), null, user, model);
    }

    @PostMapping(value = "/portal/contracts/{id}/payrolls/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(CONTRACTOR)
    ModelAndView file(@PathVariable long id, @RequestParam(name = "weekEnding", required = false) String week,
            @RequestParam(name = "file", required = false) MultipartFile file, @AuthenticationPrincipal HighroadUser user,
            Model model) throws IOException {
        List<FormError> errors = new ArrayList<>();
        LocalDate weekEnding = date(week, "weekEnding", errors, texts);
        if (file == null || file.isEmpty()) {
            errors.add(texts.error("file", "file.error.noFile"));
        }
        if (!errors.isEmpty()) {
            return view(form(id, week, errors, null, user, model), model, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        SubmissionOutcome outcome;
        try (InputStream body = file.getInputStream()) {
            outcome = receive.submit(id, weekEnding, Source.CSV, body, null, null, user);
        } catch (InvalidInputException e) {
            return view(form(id, week, FormError.of(e), null, user, model), model, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        SubmissionView s = outcome.submission();
        if (s.status().equals("REJECTED")) {
            return view(form(id, week, List.of(), s, user, model), model, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return new ModelAndView("redirect:/portal/payrolls/" + s.id());
    }

    @PostMapping("/portal/contracts/{id}/payrolls/no-work")
    @PreAuthorize(CONTRACTOR)
    ModelAndView noWork(@PathVariable long id, @RequestParam(name = "weekEnding", required = false) String week,
            @RequestParam(name = "reason", required = false) String reason, @AuthenticationPrincipal HighroadUser user,
            Model model) {
        List<FormError> errors = new ArrayList<>();
        LocalDate weekEnding = date(week, "noWorkWeekEnding", errors, texts);
        validator.validate(new PayrollsController.NoWork(reason))
                .forEach(v -> errors.add(new FormError("reason", v.getMessage())));
        HttpStatus status = HttpStatus.UNPROCESSABLE_ENTITY;
        if (errors.isEmpty()) {
            try {
                return new ModelAndView("redirect:/portal/payrolls/" + noWork.noWork(id, weekEnding, reason, user).submission().id());
            } catch (InvalidInputException e) {
                FormError.of(e).forEach(f -> errors.add(new FormError(f.field().equals("weekEnding") ? "noWorkWeekEnding"
                        : f.field(), f.text())));
            } catch (NoWorkOverPayrollRefused refused) {
                // the week's payroll in force reports hours: a correction payroll, or the agency's auditor (ADR 0030)
                errors.add(new FormError("noWorkWeekEnding", refused.getMessage()));
                status = HttpStatus.CONFLICT;
            }
        }
        model.addAttribute("noWorkReason", reason);
        return view(form(id, week, errors, null, user, model), model, status);
    }

    @GetMapping("/portal/payrolls/{submissionId}")
    @PreAuthorize(CONTRACTOR)
    String submission(@PathVariable long submissionId, @RequestParam(defaultValue = "0") int offset,
            @AuthenticationPrincipal HighroadUser user, Model model) {
        SubmissionView s = submissions.get(submissionId, user);
        model.addAttribute("submission", s);
        boolean checked = s.status().equals("ACCEPTED") && !"NO_WORK".equals(s.source());
        model.addAttribute("rows", checked ? results.rows(submissionId, Math.max(0, offset), 1000, user) : List.of());
        model.addAttribute("offset", Math.max(0, offset));
        return "payroll/submission";
    }

    @GetMapping("/portal/contracts/{id}/payrolls/weeks/{weekEnding}")
    @PreAuthorize(CONTRACTOR)
    String history(@PathVariable long id, @PathVariable String weekEnding, @AuthenticationPrincipal HighroadUser user,
            Model model) {
        LocalDate week;
        try {
            week = LocalDate.parse(weekEnding);
        } catch (DateTimeParseException e) {
            // a page address with a malformed week names no period: not found, as a malformed id is (PageErrors)
            throw new NotFoundException("no period ending " + weekEnding);
        }
        List<SubmissionView> ofWeek = allSubmissions(id, user).stream().filter(s -> s.weekEnding().equals(week)).toList();
        model.addAttribute("contractId", id);
        model.addAttribute("weekEnding", week);
        model.addAttribute("submissions", ofWeek);
        model.addAttribute("inForce", ReportingPeriod.inForce(ofWeek));
        return "payroll/history";
    }

    @GetMapping("/portal/payrolls/{submissionId}/file")
    @PreAuthorize(CONTRACTOR)
    ResponseEntity<InputStreamResource> rawFile(@PathVariable long submissionId, @AuthenticationPrincipal HighroadUser user) {
        PayrollSubmissions.RawFile raw = submissions.rawFile(submissionId, user);
        String name = "payroll-" + submissionId + (raw.source().equals("JSON") ? ".json" : ".csv");
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .header("X-Content-SHA256", raw.sha256()).contentLength(raw.size())
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(new InputStreamResource(raw.content()));
    }

    /** The canonical layout's header row (docs/payroll-csv.md), to fill in. */
    @GetMapping("/portal/payrolls/template.csv")
    @PreAuthorize(CONTRACTOR)
    ResponseEntity<ClassPathResource> template() {
        return csv("payroll-template.csv");
    }

    /** The walkthrough's payroll for its first week, every row paid as committed. */
    @GetMapping("/portal/payrolls/sample.csv")
    @PreAuthorize(CONTRACTOR)
    ResponseEntity<ClassPathResource> sample() {
        return csv("payroll-sample.csv");
    }

    private static ResponseEntity<ClassPathResource> csv(String name) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(new ClassPathResource("payroll/files/" + name));
    }

    private String form(long id, String week, List<FormError> errors, SubmissionView rejected, HighroadUser user, Model model) {
        PayrollCompliance.Status status = compliance.status(id, user);
        List<ReportingPeriod> periods = ReportingPeriod.of(status.weeks(), allSubmissions(id, user));
        model.addAttribute("contractId", id);
        model.addAttribute("periods", periods);
        model.addAttribute("selected", week != null ? week : periods.stream().filter(p -> p.state().equals("MISSING"))
                .map(p -> p.week().weekEnding().toString()).findFirst().orElse(null));
        model.addAttribute("errors", errors);
        model.addAttribute("invalid", FormError.fields(errors));
        model.addAttribute("rejected", rejected);
        return "payroll/file";
    }

    private static ModelAndView view(String name, Model model, HttpStatus status) {
        ModelAndView page = new ModelAndView(name, model.asMap());
        page.setStatus(status);
        return page;
    }

    static LocalDate date(String value, String field, List<FormError> errors, PageTexts texts) {
        if (value == null || value.isBlank()) {
            errors.add(texts.error(field, "file.error.noPeriod"));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(texts.error(field, "file.error.badPeriod"));
            return null;
        }
    }

    /**
     * One expected period as the calendar shows it: its state (MISSING, NOT_DUE, NO_WORK or RECEIVED), whether the
     * payroll in force came after the due date (late) or replaced an earlier one (corrected), and what its checks found.
     */
    record ReportingPeriod(PayrollCompliance.Week week, String state, boolean late, boolean corrected, int attempts,
            SubmissionView inForce) {

        static List<ReportingPeriod> of(List<PayrollCompliance.Week> weeks, List<SubmissionView> all) {
            Map<String, List<SubmissionView>> byWeek = all.stream()
                    .collect(Collectors.groupingBy(s -> s.vendorId() + "/" + s.weekEnding()));
            return weeks.stream().map(w -> {
                List<SubmissionView> subs = byWeek.getOrDefault(w.vendorId() + "/" + w.weekEnding(), List.of());
                SubmissionView current = inForce(subs);
                String state = w.state().startsWith("RECEIVED") ? "RECEIVED" : w.state();
                // late: the payroll in force arrived after the day it was due (29 CFR 5.5(a)(3)(ii)(A); REPORTING clause)
                boolean late = current != null && current.submittedAt().atOffset(ZoneOffset.UTC).toLocalDate().isAfter(w.dueOn());
                boolean corrected = current != null && current.supersedesId() != null;
                return new ReportingPeriod(w, state, late, corrected, subs.size(), current);
            }).sorted(Comparator.comparing((ReportingPeriod p) -> p.week().weekEnding())).toList();
        }

        /** The accepted submission in force: the latest accepted one, as {@code PayrollCompliance} counts it. */
        static SubmissionView inForce(List<SubmissionView> ofWeek) {
            return ofWeek.stream().filter(s -> s.status().equals("ACCEPTED")).max(Comparator.comparing(SubmissionView::id))
                    .orElse(null);
        }
    }

    /** Every submission of the contract the user may see, read a page at a time (the calendar shows every period). */
    private List<SubmissionView> allSubmissions(long contractId, HighroadUser user) {
        return PageView.every(n -> submissions.list(contractId, user, new PageParams(String.valueOf(n), "200", null)));
    }
}
