package org.highroad.subsidies.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.pages.FormError;
import org.highroad.platform.pages.HtmlPages;
import org.highroad.platform.pages.PageTexts;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.IdempotencyKey;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.subsidies.Attestation;
import org.highroad.subsidies.ClaimFiling;
import org.highroad.subsidies.NewRequest;
import org.highroad.subsidies.ProgramView;
import org.highroad.subsidies.RequestContent;
import org.highroad.subsidies.RequestStatus;
import org.highroad.subsidies.RequestView;
import org.highroad.subsidies.SubsidyClaims;
import org.highroad.subsidies.SubsidyPrograms;
import org.highroad.subsidies.SubsidyRequests;
import org.highroad.subsidies.process.WageSubsidyReviewProcess;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * The employer's wage-subsidy pages in the portal: its company's requests and the programs open to it; a request's
 * form (apply, correct a draft, submit); a request's page with the reasons it was returned, its versions, the agreement
 * to download and accept, and after it the hires named and the milestone claims filed with their payroll evidence.
 * Every action goes through the same use case as {@code /api/subsidy-requests} and is checked with the same
 * constraints, so another company's request is not found here either, and the page shows no more than the API shows a
 * contractor: the reasons and flags the review gave, the decision's note, never who decided. Accepting the agreement
 * goes through {@link WageSubsidyReviewProcess#accept}, as the API does, which completes the employer's Tasklist task.
 */
@Controller
@HtmlPages
class PortalSubsidyPages {

    private static final String EMPLOYER = SubsidyRequestsController.EMPLOYER;
    /**
     * The hidden field of the new request form holding its one-time token, drawn when the form is written: the same
     * form sent twice (a double click, Back and send again) is one request (see {@link SubsidyRequests#draftOnce}).
     */
    static final String FORM_TOKEN = "formToken";
    private static final Set<RequestStatus> WITHDRAWABLE = EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.IN_REVIEW,
            RequestStatus.APPROVED);
    /** Week lines a claim form offers first; more by a reload ("weeks" asked in the address), up to the API's 60. */
    static final int FIRST_WEEKS = 4;
    static final int MOST_WEEKS = 60;

    /** The form's fields in the order of {@link RequestContent}, each typed as text. */
    static final List<String> TEXT_FIELDS = List.of("position", "classification", "sector", "county");
    static final List<String> DECIMAL_FIELDS = List.of("hourlyWage", "hoursPerWeek", "healthPremiumShare", "paidLeaveDays",
            "retirementPercent");
    static final List<String> INTEGER_FIELDS = List.of("hires", "trainingHours", "scheduleNoticeDays");
    static final List<String> DATE_FIELDS = List.of("startDate", "operatingSince");
    static final List<String> LONG_TEXT_FIELDS = List.of("advancementPath", "trainingPlan", "wageProgression");

    private final SubsidyRequests requests;
    private final SubsidyPrograms programs;
    private final SubsidyClaims claims;
    private final WageSubsidyReviewProcess process;
    private final Validator validator;
    private final PageTexts texts;

    PortalSubsidyPages(SubsidyRequests requests, SubsidyPrograms programs, SubsidyClaims claims,
            WageSubsidyReviewProcess process, Validator validator, PageTexts texts) {
        this.requests = requests;
        this.programs = programs;
        this.claims = claims;
        this.process = process;
        this.validator = validator;
        this.texts = texts;
    }

    /** One of the employer's requests in the list: its newest version and what the employer does next. */
    record RequestLine(RequestView request, String next) {
    }

    @GetMapping("/portal/subsidies")
    @PreAuthorize(EMPLOYER)
    String list(@RequestParam(defaultValue = "0") String page, @AuthenticationPrincipal HighroadUser user, Model model) {
        PageView<RequestView> shown = requests.list(user, new PageParams(page, "25", null));
        // a request's history is one line: its newest version (older ones are listed on its page)
        List<RequestLine> lines = shown.items().stream().filter(PortalSubsidyPages::newest)
                .map(r -> new RequestLine(r, "portalSubsidy.next." + r.status())).toList();
        model.addAttribute("lines", lines);
        model.addAttribute("paged", shown);
        model.addAttribute("programs", programs.list());
        return "subsidies/portal-requests";
    }

    // ---- the request's form: apply, or correct a draft ----

    @GetMapping("/portal/subsidies/new")
    @PreAuthorize(EMPLOYER)
    String applyForm(@RequestParam("program") long programId, Model model) {
        ProgramView program = programs.get(programId);
        return form(program, null, new LinkedHashMap<>(), List.of(), model);
    }

    @PostMapping("/portal/subsidies/new")
    @PreAuthorize(EMPLOYER)
    ModelAndView apply(@RequestParam("program") long programId, @RequestParam MultiValueMap<String, String> fields,
            @AuthenticationPrincipal HighroadUser user, Model model) {
        ProgramView program = programs.get(programId);
        Map<String, String> typed = typed(fields);
        typed.put(FORM_TOKEN, fields.getFirst(FORM_TOKEN));
        List<FormError> errors = new ArrayList<>();
        RequestContent content = content(typed, errors);
        boolean submit = "submit".equals(fields.getFirst("action"));
        if (errors.isEmpty()) {
            validator.validate(new NewRequest(programId, content)).forEach(v -> errors.add(error(v)));
        }
        if (errors.isEmpty() && submit) {
            // nothing is saved when the submission would be refused: the employer saves a draft to keep it
            content.missing().forEach(f -> errors.add(texts.error(f, "portalSubsidy.error.required")));
        }
        if (!errors.isEmpty()) {
            return status(form(program, null, typed, errors, model), model, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        Optional<IdempotencyKey> token = formToken(fields.getFirst(FORM_TOKEN));
        RequestView drafted;
        try {
            drafted = token.isPresent() ? draftOnce(new NewRequest(programId, content), user, token.get())
                    : requests.draft(new NewRequest(programId, content), user);
        } catch (InvalidInputException e) {
            return status(form(program, null, typed, fieldErrors(e), model), model, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        if (submit && drafted.status() == RequestStatus.DRAFT) {
            try {
                requests.submit(drafted.id(), user);
            } catch (InvalidInputException e) {
                // saved as a draft as the API saves it; the form is now the draft's
                return status(form(program, drafted, typed, fieldErrors(e), model), model, HttpStatus.UNPROCESSABLE_ENTITY);
            } catch (ConflictException submittedMeanwhile) {
                // the same form's other send submitted it a moment ago: one request, submitted once
                if (token.isEmpty()) {
                    throw submittedMeanwhile;
                }
            }
        }
        String said = submit ? "?submitted" : drafted.status() == RequestStatus.DRAFT ? "?saved" : "";
        return new ModelAndView("redirect:/portal/subsidies/" + drafted.id() + said);
    }

    /**
     * The request of the form with this token. The same form sent twice at the same moment: the token's unique index
     * lets one draft through and holds the other until the first commits; the other then finds the first. Tried for a
     * few seconds at most, then refused as a conflict.
     */
    private RequestView draftOnce(NewRequest body, HighroadUser user, IdempotencyKey token) {
        for (int attempt = 1;; attempt++) {
            try {
                return requests.draftOnce(body, user, token).request();
            } catch (DataIntegrityViolationException sameFormMeanwhile) {
                if (attempt >= 30) {
                    throw new ConflictException("this form was sent twice at the same moment; open My wage-subsidy requests");
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw sameFormMeanwhile;
                }
            }
        }
    }

    /** The form's one-time token as an Idempotency-Key; none when absent or not a plain token (then drafted as before). */
    private static Optional<IdempotencyKey> formToken(String sent) {
        return sent != null && sent.matches("[\\x21-\\x7E]{1,255}") ? IdempotencyKey.of(sent) : Optional.empty();
    }

    @GetMapping("/portal/subsidies/{id}/edit")
    @PreAuthorize(EMPLOYER)
    String editForm(@PathVariable long id, @AuthenticationPrincipal HighroadUser user, Model model) {
        RequestView r = requests.get(id, user);
        if (r.status() != RequestStatus.DRAFT) {
            return "redirect:/portal/subsidies/" + id; // only a draft is changed: its page says what can be done now
        }
        return form(programs.get(r.programId()), r, typed(r.content()), List.of(), model);
    }

    @PostMapping("/portal/subsidies/{id}/edit")
    @PreAuthorize(EMPLOYER)
    ModelAndView edit(@PathVariable long id, @RequestParam MultiValueMap<String, String> fields,
            @AuthenticationPrincipal HighroadUser user, Model model) {
        RequestView r = requests.get(id, user);
        ProgramView program = programs.get(r.programId());
        Map<String, String> typed = typed(fields);
        List<FormError> errors = new ArrayList<>();
        RequestContent content = content(typed, errors);
        boolean submit = "submit".equals(fields.getFirst("action"));
        if (errors.isEmpty()) {
            validator.validate(new SubsidyRequestsController.DraftBody(content)).forEach(v -> errors.add(error(v)));
        }
        if (!errors.isEmpty()) {
            return status(form(program, r, typed, errors, model), model, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            requests.update(id, content, user);
            if (submit) {
                requests.submit(id, user);
            }
        } catch (InvalidInputException e) {
            // the changes are saved as the API's PUT saves them; the submission says what it still needs
            return status(form(program, requests.get(id, user), typed, fieldErrors(e), model), model,
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return new ModelAndView("redirect:/portal/subsidies/" + id + (submit ? "?submitted" : "?saved"));
    }

    // ---- the request's page and its actions ----

    @GetMapping("/portal/subsidies/{id}")
    @PreAuthorize(EMPLOYER)
    String request(@PathVariable long id, @RequestParam Map<String, String> said, @AuthenticationPrincipal HighroadUser user,
            Model model) {
        model.addAttribute("said", said.keySet().stream().filter(k -> Set.of("saved", "submitted", "withdrawn", "accepted",
                "named", "ended", "filed", "revised").contains(k)).findFirst().orElse(null));
        return page(requests.get(id, user), null, List.of(), Map.of(), weeksAsked(said.get("weeks")), user, model);
    }

    @PostMapping("/portal/subsidies/{id}/submission")
    @PreAuthorize(EMPLOYER)
    ModelAndView submit(@PathVariable long id, @AuthenticationPrincipal HighroadUser user, Model model) {
        RequestView r = requests.get(id, user);
        try {
            requests.submit(id, user);
        } catch (InvalidInputException e) {
            return status(form(programs.get(r.programId()), r, typed(r.content()), fieldErrors(e), model), model,
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return new ModelAndView("redirect:/portal/subsidies/" + id + "?submitted");
    }

    /** A returned request's next version: a draft with the same content, opened in the form to be corrected. */
    @PostMapping("/portal/subsidies/{id}/revision")
    @PreAuthorize(EMPLOYER)
    String revise(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return "redirect:/portal/subsidies/" + requests.revise(id, user).id() + "/edit";
    }

    @PostMapping("/portal/subsidies/{id}/withdrawal")
    @PreAuthorize(EMPLOYER)
    ModelAndView withdraw(@PathVariable long id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal HighroadUser user, Model model) {
        RequestView r = requests.get(id, user);
        List<FormError> errors = new ArrayList<>();
        validator.validate(new SubsidyRequestsController.ReasonBody(reason))
                .forEach(v -> errors.add(new FormError("withdraw-reason", v.getMessage())));
        if (!errors.isEmpty()) {
            return status(page(r, "withdraw", errors, one("withdraw-reason", reason), FIRST_WEEKS, user, model), model,
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        requests.withdraw(id, blank(reason) ? null : reason.strip(), user);
        return new ModelAndView("redirect:/portal/subsidies/" + id + "?withdrawn");
    }

    /** The agreement's PDF as issued, as {@code GET /api/subsidy-requests/{id}/agreement.pdf} answers it. */
    @GetMapping("/portal/subsidies/{id}/agreement.pdf")
    @PreAuthorize(EMPLOYER)
    ResponseEntity<byte[]> agreement(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        requests.get(id, user);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"subsidy-agreement-" + id + ".pdf\"").body(requests.agreement(id));
    }

    /**
     * The employer accepts the agreement: through the review process as the API does, so its Tasklist task is completed
     * too; what the review refuses (after the first day, or the condition's commitment missing) is said at the form.
     */
    @PostMapping("/portal/subsidies/{id}/agreement/acceptance")
    @PreAuthorize(EMPLOYER)
    ModelAndView accept(@PathVariable long id, @RequestParam(required = false) String wageCommitment,
            @AuthenticationPrincipal HighroadUser user, Model model) {
        RequestView r = requests.get(id, user);
        if (r.status() == RequestStatus.AGREED) {
            return new ModelAndView("redirect:/portal/subsidies/" + id + "?accepted"); // accepted already (a double click)
        }
        List<FormError> errors = new ArrayList<>();
        validator.validate(new SubsidyRequestsController.AcceptanceBody(wageCommitment))
                .forEach(v -> errors.add(new FormError("wageCommitment", v.getMessage())));
        String commitment = blank(wageCommitment) ? null : wageCommitment.strip();
        if (errors.isEmpty()) {
            try {
                process.accept(id, commitment, user);
                return new ModelAndView("redirect:/portal/subsidies/" + id + "?accepted");
            } catch (ConflictException e) {
                if (requests.get(id, user).status() == RequestStatus.AGREED) { // the other click accepted it meanwhile
                    return new ModelAndView("redirect:/portal/subsidies/" + id + "?accepted");
                }
                errors.add(new FormError("wageCommitment", e.getMessage()));
                return status(page(r, "accept", errors, one("wageCommitment", wageCommitment), FIRST_WEEKS, user, model),
                        model, HttpStatus.CONFLICT);
            }
        }
        return status(page(r, "accept", errors, one("wageCommitment", wageCommitment), FIRST_WEEKS, user, model), model,
                HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @PostMapping("/portal/subsidies/{id}/hires")
    @PreAuthorize(EMPLOYER)
    ModelAndView nameHire(@PathVariable long id, @RequestParam(required = false) String workerRef,
            @RequestParam(required = false) String startDate, @AuthenticationPrincipal HighroadUser user, Model model) {
        RequestView r = requests.get(id, user);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("hire-workerRef", workerRef);
        typed.put("hire-startDate", startDate);
        List<FormError> errors = new ArrayList<>();
        LocalDate start = date(startDate, "hire-startDate", errors);
        if (errors.isEmpty()) {
            validator.validate(new SubsidyClaimsController.HireBody(workerRef == null ? null : workerRef.strip(), start))
                    .forEach(v -> errors.add(new FormError("hire-" + v.getPropertyPath(), v.getMessage())));
        }
        if (errors.isEmpty()) {
            try {
                claims.nameHire(id, workerRef.strip(), start, user);
                return new ModelAndView("redirect:/portal/subsidies/" + id + "?named#hires-title");
            } catch (InvalidInputException e) {
                FormError.of(e).forEach(f -> errors.add(new FormError("hire-" + f.field(), f.text())));
            } catch (ConflictException e) {
                errors.add(new FormError("hire-workerRef", e.getMessage()));
                return status(page(r, "hire", errors, typed, FIRST_WEEKS, user, model), model, HttpStatus.CONFLICT);
            }
        }
        return status(page(r, "hire", errors, typed, FIRST_WEEKS, user, model), model, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @PostMapping("/portal/subsidies/{id}/hires/{workerRef}/end")
    @PreAuthorize(EMPLOYER)
    ModelAndView endHire(@PathVariable long id, @PathVariable String workerRef, @RequestParam(required = false) String endedOn,
            @RequestParam(required = false) String withCause, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal HighroadUser user, Model model) {
        RequestView r = requests.get(id, user);
        String prefix = "end-" + workerRef + "-";
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put(prefix + "endedOn", endedOn);
        typed.put(prefix + "withCause", withCause);
        typed.put(prefix + "reason", reason);
        List<FormError> errors = new ArrayList<>();
        LocalDate ended = date(endedOn, prefix + "endedOn", errors);
        Boolean cause = "true".equals(withCause) ? Boolean.TRUE : "false".equals(withCause) ? Boolean.FALSE : null;
        if (errors.isEmpty()) {
            validator.validate(new SubsidyClaimsController.EndBody(ended, cause, reason == null ? null : reason.strip()))
                    .forEach(v -> errors.add(new FormError(prefix + v.getPropertyPath(), v.getMessage())));
        }
        if (errors.isEmpty()) {
            try {
                claims.endHire(id, workerRef, ended, cause, reason.strip(), user);
                return new ModelAndView("redirect:/portal/subsidies/" + id + "?ended#hires-title");
            } catch (InvalidInputException e) {
                FormError.of(e).forEach(f -> errors.add(new FormError(prefix + f.field(), f.text())));
            } catch (ConflictException e) {
                errors.add(new FormError(prefix + "endedOn", e.getMessage()));
                return status(page(r, "end", errors, typed, FIRST_WEEKS, user, model), model, HttpStatus.CONFLICT);
            }
        }
        return status(page(r, "end", errors, typed, FIRST_WEEKS, user, model), model, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    /** A milestone claim: one payroll CSV per week, each uploaded beside its week ending, filed as the API files it. */
    @PostMapping(value = "/portal/subsidies/{id}/claims", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(EMPLOYER)
    ModelAndView file(@PathVariable long id, MultipartHttpServletRequest upload, @AuthenticationPrincipal HighroadUser user,
            Model model) throws IOException {
        RequestView r = requests.get(id, user);
        int lines = Math.min(MOST_WEEKS, Math.max(1, intOr(upload.getParameter("weekCount"), FIRST_WEEKS)));
        String milestone = upload.getParameter("milestone");
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("claim-milestone", milestone);
        List<FormError> errors = new ArrayList<>();
        List<ClaimFiling.EvidenceWeek> weeks = new ArrayList<>();
        List<Integer> lineOfWeek = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            String week = upload.getParameter("week" + i + "-weekEnding");
            MultipartFile csv = upload.getFile("week" + i + "-csv");
            typed.put("week" + i + "-weekEnding", week);
            boolean noFile = csv == null || csv.isEmpty();
            if (blank(week) && noFile) {
                continue; // an empty line is no week
            }
            LocalDate ending = date(week, "week" + i + "-weekEnding", errors);
            if (noFile) {
                errors.add(texts.error("week" + i + "-csv", "portalSubsidy.error.noFile"));
                continue;
            }
            weeks.add(new ClaimFiling.EvidenceWeek(ending, new String(csv.getBytes(), StandardCharsets.UTF_8)));
            lineOfWeek.add(i);
        }
        if (weeks.isEmpty() && errors.isEmpty()) {
            errors.add(texts.error("week0-weekEnding", "portalSubsidy.error.noWeek"));
        }
        ClaimFiling filing = new ClaimFiling(blank(milestone) ? null : milestone, weeks);
        if (errors.isEmpty()) {
            for (ConstraintViolation<ClaimFiling> v : validator.validate(filing)) {
                errors.add(new FormError(claimField(v.getPropertyPath().toString(), lineOfWeek), v.getMessage()));
            }
        }
        if (errors.isEmpty()) {
            try {
                claims.file(id, filing, user);
                return new ModelAndView("redirect:/portal/subsidies/" + id + "?filed#claims-title");
            } catch (InvalidInputException e) {
                FormError.of(e).forEach(f -> errors.add(new FormError(claimField(f.field(), lineOfWeek), f.text())));
            } catch (ConflictException e) {
                errors.add(new FormError("claim-milestone", e.getMessage()));
                return status(page(r, "claim", errors, typed, lines, user, model), model, HttpStatus.CONFLICT);
            }
        }
        return status(page(r, "claim", errors, typed, lines, user, model), model, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    // ---- the pages ----

    private String form(ProgramView program, RequestView draft, Map<String, String> typed, List<FormError> unnamed, Model model) {
        List<FormError> errors = named(unnamed);
        model.addAttribute("program", program);
        model.addAttribute("draft", draft);
        model.addAttribute("form", typed);
        model.addAttribute("attestations", Attestation.values());
        model.addAttribute("required", program.terms().attestations() == null ? List.of() : program.terms().attestations());
        model.addAttribute("chosen", typed.getOrDefault("attestations", ""));
        model.addAttribute("errors", errors);
        model.addAttribute("invalid", FormError.fields(errors));
        // the new request form's one-time token: the one it was sent with when shown again (nothing was drafted
        // under it), else a new random one
        String sent = typed.get(FORM_TOKEN);
        model.addAttribute("formToken", sent != null && formToken(sent).isPresent() ? sent : UUID.randomUUID().toString());
        return "subsidies/portal-form";
    }

    private String page(RequestView r, String failedForm, List<FormError> unnamed, Map<String, String> typed, int weekLines,
            HighroadUser user, Model model) {
        List<FormError> errors = named(unnamed);
        model.addAttribute("r", r);
        model.addAttribute("program", programs.get(r.programId()));
        model.addAttribute("newest", newest(r));
        model.addAttribute("withdrawable", WITHDRAWABLE.contains(r.status()));
        boolean agreementShown = r.status() == RequestStatus.APPROVED || r.status() == RequestStatus.AGREED;
        boolean issued = false;
        if (agreementShown) {
            try {
                requests.agreement(r.id());
                issued = true;
            } catch (org.highroad.platform.errors.NotFoundException notYet) {
                issued = false; // approved a moment ago: the review issues it next
            }
        }
        model.addAttribute("agreementIssued", issued);
        boolean agreed = r.status() == RequestStatus.AGREED;
        model.addAttribute("agreed", agreed);
        model.addAttribute("hires", agreed ? claims.hires(r.id(), user) : List.of());
        model.addAttribute("claims", agreed ? claims.claims(r.id(), user) : List.of());
        model.addAttribute("clawbacks", agreed ? claims.clawbacks(r.id(), user) : List.of());
        model.addAttribute("weekLines", java.util.stream.IntStream.range(0, weekLines).boxed().toList());
        model.addAttribute("moreWeeks", Math.min(MOST_WEEKS, weekLines + FIRST_WEEKS));
        model.addAttribute("failedForm", failedForm);
        model.addAttribute("errors", errors);
        model.addAttribute("invalid", FormError.fields(errors));
        model.addAttribute("typed", typed);
        if (!model.containsAttribute("said")) {
            model.addAttribute("said", null);
        }
        return "subsidies/portal-request";
    }

    /** Each error saying which field it is about (the summary lists them apart from their fields). */
    private List<FormError> named(List<FormError> errors) {
        return errors.stream().map(e -> new FormError(e.field(), label(e.field()) + ": " + e.text())).toList();
    }

    /** The label of a field of the pages' forms, in the page's language. */
    private String label(String field) {
        java.util.regex.Matcher week = java.util.regex.Pattern.compile("^week(\\d+)-(weekEnding|csv)$").matcher(field);
        if (week.matches()) {
            return texts.text("portalSubsidy.week", Integer.parseInt(week.group(1)) + 1) + ", "
                    + texts.text("portalSubsidy.field." + week.group(2));
        }
        String key;
        if (field.startsWith("end-")) {
            String last = field.substring(field.lastIndexOf('-') + 1);
            key = last.equals("reason") ? "endReason" : last;
        } else {
            key = switch (field) {
                case "hire-workerRef" -> "workerRef";
                case "hire-startDate" -> "hireStart";
                case "withdraw-reason" -> "withdrawReason";
                case "claim-milestone" -> "milestone";
                default -> field;
            };
        }
        try {
            return texts.text("portalSubsidy.field." + key);
        } catch (org.springframework.context.NoSuchMessageException unknown) {
            return field;
        }
    }

    // ---- reading the form ----

    /** The fields as typed, the attestations ticked joined by commas (to be shown again). */
    static Map<String, String> typed(MultiValueMap<String, String> fields) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String f : allFields()) {
            typed.put(f, fields.getFirst(f));
        }
        typed.put("workerCommittee", fields.getFirst("workerCommittee"));
        // one checkbox per attestation, each named after it
        List<String> ticked = java.util.Arrays.stream(Attestation.values()).map(Enum::name)
                .filter(a -> fields.containsKey("attestation-" + a)).toList();
        typed.put("attestations", String.join(",", ticked));
        return typed;
    }

    /** A draft's content as the form shows it. */
    static Map<String, String> typed(RequestContent c) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("position", c.position());
        typed.put("classification", c.classification());
        typed.put("sector", c.sector());
        typed.put("county", c.county());
        typed.put("hourlyWage", plain(c.hourlyWage()));
        typed.put("hoursPerWeek", plain(c.hoursPerWeek()));
        typed.put("healthPremiumShare", plain(c.healthPremiumShare()));
        typed.put("paidLeaveDays", plain(c.paidLeaveDays()));
        typed.put("retirementPercent", plain(c.retirementPercent()));
        typed.put("hires", c.hires() == null ? null : c.hires().toString());
        typed.put("trainingHours", c.trainingHours() == null ? null : c.trainingHours().toString());
        typed.put("scheduleNoticeDays", c.scheduleNoticeDays() == null ? null : c.scheduleNoticeDays().toString());
        typed.put("startDate", c.startDate() == null ? null : c.startDate().toString());
        typed.put("operatingSince", c.operatingSince() == null ? null : c.operatingSince().toString());
        typed.put("advancementPath", c.advancementPath());
        typed.put("trainingPlan", c.trainingPlan());
        typed.put("wageProgression", c.wageProgression());
        typed.put("workerCommittee", c.workerCommittee() == null ? null : c.workerCommittee().toString());
        typed.put("attestations", String.join(",", c.attestations().stream().map(Enum::name).toList()));
        return typed;
    }

    private static List<String> allFields() {
        List<String> all = new ArrayList<>(TEXT_FIELDS);
        all.addAll(DECIMAL_FIELDS);
        all.addAll(INTEGER_FIELDS);
        all.addAll(DATE_FIELDS);
        all.addAll(LONG_TEXT_FIELDS);
        return all;
    }

    /** The content the form describes; a field that is not a number or a date is an error at that field. */
    private RequestContent content(Map<String, String> t, List<FormError> errors) {
        List<Attestation> attestations = new ArrayList<>();
        String ticked = t.get("attestations");
        if (!blank(ticked)) {
            for (String a : ticked.split(",")) {
                try {
                    attestations.add(Attestation.valueOf(a.strip()));
                } catch (IllegalArgumentException unknown) {
                    errors.add(texts.error("attestations", "portalSubsidy.error.attestation"));
                }
            }
        }
        String committee = t.get("workerCommittee");
        return new RequestContent(text(t.get("position")), text(t.get("classification")), text(t.get("sector")),
                text(t.get("county")), decimal(t, "hourlyWage", errors), decimal(t, "hoursPerWeek", errors),
                integer(t, "hires", errors), integer(t, "trainingHours", errors), date(t.get("startDate"), "startDate", errors),
                date(t.get("operatingSince"), "operatingSince", errors), decimal(t, "healthPremiumShare", errors),
                decimal(t, "paidLeaveDays", errors), decimal(t, "retirementPercent", errors),
                integer(t, "scheduleNoticeDays", errors),
                "true".equals(committee) ? Boolean.TRUE : "false".equals(committee) ? Boolean.FALSE : null,
                text(t.get("advancementPath")), text(t.get("trainingPlan")), attestations, text(t.get("wageProgression")));
    }

    private BigDecimal decimal(Map<String, String> t, String field, List<FormError> errors) {
        String s = t.get(field);
        if (blank(s)) {
            return null;
        }
        try {
            return new BigDecimal(s.strip().replace("$", "").replace(",", "").replace("%", "").strip());
        } catch (NumberFormatException e) {
            errors.add(texts.error(field, "portalSubsidy.error.number"));
            return null;
        }
    }

    private Integer integer(Map<String, String> t, String field, List<FormError> errors) {
        String s = t.get(field);
        if (blank(s)) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            errors.add(texts.error(field, "portalSubsidy.error.wholeNumber"));
            return null;
        }
    }

    private LocalDate date(String s, String field, List<FormError> errors) {
        if (blank(s)) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            errors.add(texts.error(field, "portalSubsidy.error.date"));
            return null;
        }
    }

    /** A constraint's error at the form's field: {@code content.hourlyWage} is the field {@code hourlyWage}. */
    private static FormError error(ConstraintViolation<?> v) {
        return new FormError(formField(v.getPropertyPath().toString()), v.getMessage());
    }

    private static List<FormError> fieldErrors(InvalidInputException e) {
        return FormError.of(e).stream().map(f -> new FormError(formField(f.field()), f.text())).toList();
    }

    static String formField(String property) {
        String f = property.startsWith("content.") ? property.substring("content.".length()) : property;
        if (f.startsWith("attestations")) {
            return "attestations";
        }
        return f.isEmpty() || f.equals("content") || f.equals("programId") ? "position" : f;
    }

    /** A claim's property at the form's field: week n of the filing is the form's line it came from. */
    static String claimField(String property, List<Integer> lineOfWeek) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^weeks\\[(\\d+)\\]\\.?(.*)$").matcher(property);
        if (m.matches()) {
            int week = Integer.parseInt(m.group(1));
            int line = week < lineOfWeek.size() ? lineOfWeek.get(week) : 0;
            return "week" + line + "-" + (m.group(2).equals("csv") ? "csv" : "weekEnding");
        }
        if (property.startsWith("weeks")) {
            return "week0-weekEnding";
        }
        return "claim-milestone";
    }

    /** One field as typed (a map that takes a field left empty). */
    private static Map<String, String> one(String field, String value) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put(field, value);
        return typed;
    }

    private static boolean newest(RequestView r) {
        return r.versions().isEmpty() || r.versions().get(r.versions().size() - 1).id() == r.id();
    }

    private static int weeksAsked(String weeks) {
        return Math.min(MOST_WEEKS, Math.max(FIRST_WEEKS, intOr(weeks, FIRST_WEEKS)));
    }

    private static String text(String s) {
        return blank(s) ? null : s.strip();
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static int intOr(String s, int otherwise) {
        try {
            return s == null ? otherwise : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static ModelAndView status(String name, Model model, HttpStatus status) {
        ModelAndView page = new ModelAndView(name, model.asMap());
        page.setStatus(status);
        return page;
    }
}
