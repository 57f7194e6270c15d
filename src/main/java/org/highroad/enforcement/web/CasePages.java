package org.highroad.enforcement.web;

import org.highroad.platform.paging.PageView;
import org.highroad.platform.paging.PageParams;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.highroad.enforcement.CaseLedgers;
import org.highroad.enforcement.CaseNotices;
import org.highroad.enforcement.CaseResponses;
import org.highroad.enforcement.CaseSteps;
import org.highroad.enforcement.CuredFindings;
import org.highroad.enforcement.CaseView;
import org.highroad.enforcement.ComplianceCases;
import org.highroad.enforcement.domain.CaseResponse;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.payroll.PayrollSubmissions;
import org.highroad.payroll.SubmissionView;
import org.highroad.platform.money.MoneyAmounts;
import org.highroad.platform.security.FormTokens;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.IdempotencyKey;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.pages.FormError;
import org.highroad.platform.pages.HtmlPages;
import org.highroad.platform.pages.PageTexts;
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
import org.springframework.web.servlet.ModelAndView;

/**
 * My cases in the contractor portal: each compliance case of the vendor (and, for a liable prime, of its
 * subcontractors), its notices with their PDFs, what is owed per worker, the cure date counting down, the responses
 * filed, and a restitution payment recorded from the page. Through the same services as {@code /api/cases}, so a
 * contractor sees and answers only the cases that concern its vendor (another is not found), and a payment is
 * checked as the API checks it ({@link CaseResponses.Request}).
 */
@Controller
@HtmlPages
class CasePages {

    private static final String CONTRACTOR = "hasRole('CONTRACTOR')";
    /** The label of each field of the page's forms, by the field's id. */
    private static final java.util.Map<String, String> LABELS = java.util.Map.of("planText", "case.plan.text", "submissionId",
            "case.correction.payroll", "workerRef", "case.pay.worker", "amount", "case.pay.amount", "paidOn",
            "case.pay.paidOn", "evidence", "case.pay.evidence");

    private final ComplianceCases cases;
    private final CaseNotices notices;
    private final CaseLedgers ledgers;
    private final CaseResponses responses;
    private final Validator validator;
    private final Clock clock;
    private final PayrollSubmissions payrolls;
    private final PageTexts texts;
    private final org.highroad.enforcement.CaseSteps steps;
    private final CuredFindings curedFindings;
    private final FormTokens formTokens;

    CasePages(ComplianceCases cases, CaseNotices notices, CaseLedgers ledgers, CaseResponses responses, Validator validator,
            Clock clock, PayrollSubmissions payrolls, PageTexts texts, org.highroad.enforcement.CaseSteps steps,
            CuredFindings curedFindings, FormTokens formTokens) {
        this.formTokens = formTokens;
        this.curedFindings = curedFindings;
        this.steps = steps;
        this.texts = texts;
        this.payrolls = payrolls;
        this.cases = cases;
        this.notices = notices;
        this.ledgers = ledgers;
        this.responses = responses;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * The payment form's fields as typed, shown again with their errors, and the form's one-time token: each page
     * drawn carries a new one, sent with the payment as its Idempotency-Key (kept hashed with the response under the
     * case's unique index), so the same form posted twice (a double click, a resend) records one payment.
     */
    record PaymentForm(String workerRef, String amount, String paidOn, String evidence, String formToken) {

        static PaymentForm blank(LocalDate today) {
            return new PaymentForm(null, null, today.toString(), null, freshToken());
        }

        /** No token yet: the page draws the form with a token issued for its reader ({@link FormTokens}). */
        static String freshToken() {
            return null;
        }
    }

    /** What the findings awaiting the auditor's review would owe: not owed until confirmed. */
    static BigDecimal pendingReview(CaseView c) {
        return c.findings().stream().filter(f -> "PENDING".equals(f.review()))
                .map(f -> f.finding() != null ? f.finding().amountOwed() : f.recovery() == null ? null : f.recovery().amount())
                .filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    @GetMapping("/portal/cases")
    @PreAuthorize(CONTRACTOR)
    String list(@RequestParam(defaultValue = "0") String page, @AuthenticationPrincipal HighroadUser user, Model model) {
        PageView<CaseView> shown = cases.list(user, new PageParams(page, "50", null));
        model.addAttribute("cases", shown.items());
        // the same figures as each case page: owed as the agency confirmed it, and apart what awaits review
        model.addAttribute("confirmedOwed", ledgers.owed(shown.items().stream().map(CaseView::id).toList()));
        model.addAttribute("pendingReview", shown.items().stream().collect(java.util.stream.Collectors.toMap(CaseView::id,
                CasePages::pendingReview)));
        model.addAttribute("paged", shown);
        return "enforcement/cases";
    }

    @GetMapping("/portal/cases/{id}")
    @PreAuthorize(CONTRACTOR)
    String view(@PathVariable long id, @RequestParam(required = false) String paid,
            @RequestParam(required = false) String responded, @AuthenticationPrincipal HighroadUser user, Model model) {
        model.addAttribute("paid", paid != null);
        model.addAttribute("responded", responded != null);
        return page(id, user, model, PaymentForm.blank(LocalDate.now(clock)), List.of());
    }

    /** A corrective action plan: its text, as {@code POST /api/cases/{id}/responses} with that kind takes it. */
    @PostMapping("/portal/cases/{id}/plans")
    @PreAuthorize(CONTRACTOR)
    ModelAndView plan(@PathVariable long id, @RequestParam(required = false) String planText,
            @RequestParam(required = false) String formToken, @AuthenticationPrincipal HighroadUser user, Model model) {
        model.addAttribute("planText", planText);
        return respond(id, new CaseResponses.Request(CaseResponse.Kind.CORRECTIVE_ACTION_PLAN, planText, null, null), user, model,
                PLAN_TOKEN, formToken);
    }

    /** The model's names of the plan's and the correction's forms' one-time tokens. */
    static final String PLAN_TOKEN = "planToken";
    static final String CORRECTION_TOKEN = "correctionToken";

    /**
     * A correction payroll: one the contractor has filed through the reporting calendar, named here as the case's
     * answer; the case's service checks that it is a payroll of the case's contractor on the case's contract.
     */
    @PostMapping("/portal/cases/{id}/corrections")
    @PreAuthorize(CONTRACTOR)
    ModelAndView correction(@PathVariable long id, @RequestParam(required = false) String submissionId,
            @RequestParam(required = false) String formToken, @AuthenticationPrincipal HighroadUser user, Model model) {
        Long submission = null;
        if (submissionId != null && !submissionId.isBlank()) {
            try {
                submission = Long.valueOf(submissionId.strip());
            } catch (NumberFormatException e) {
                submission = -1L; // names no payroll: refused by the service below like any other payroll not of the case
            }
        }
        return respond(id, new CaseResponses.Request(CaseResponse.Kind.CORRECTION_PAYROLL, null, submission, null), user, model,
                CORRECTION_TOKEN, formToken);
    }

    /**
     * A plan or a correction sent with its form's one-time token ({@code tokenName} names the form): the token, as an
     * Idempotency-Key kept hashed with the response under the case's unique index, makes the same form posted twice (a
     * double click, a resend) one response, as the payment form's does. A form without it (a page drawn before these
     * forms carried one, a token altered) is taken as before, once per post.
     */
    private ModelAndView respond(long id, CaseResponses.Request request, HighroadUser user, Model model, String tokenName,
            String formToken) {
        cases.visible(id, user); // another vendor's case is not found, whatever the form holds
        if (!formTokens.issued(formName(tokenName), user, formToken)) {
            // a post without the form's token, or with one this page never issued (an old tab from before a sign-in, a
            // script, a token altered): nothing is filed, the form is drawn again with a new token to send
            model.addAttribute(tokenName, PaymentForm.freshToken());
            return refused(id, user, model, PaymentForm.blank(LocalDate.now(clock)), List.of(texts.error(
                    responseField(request, null), "case.form.error.token")));
        }
        boolean token = formToken != null && formToken.strip().matches("[\\x21-\\x7E]{1,200}");
        java.util.Optional<IdempotencyKey> key = token
                ? IdempotencyKey.of((PLAN_TOKEN.equals(tokenName) ? "portal-plan-form:" : "portal-correction-form:")
                        + formToken.strip())
                : java.util.Optional.empty();
        model.addAttribute(tokenName, token ? formToken.strip() : PaymentForm.freshToken());
        List<FormError> errors = new ArrayList<>();
        for (ConstraintViolation<CaseResponses.Request> v : validator.validate(request)) {
            errors.add(new FormError(responseField(request, v.getPropertyPath().toString()), v.getMessage()));
        }
        if (errors.isEmpty()) {
            try {
                // the same form again answers the response first filed with it, filing nothing more
                responses.respond(id, request, user, key);
                return new ModelAndView("redirect:/portal/cases/" + id + "?responded");
            } catch (InvalidInputException e) {
                FormError.of(e).forEach(f -> errors.add(new FormError(responseField(request, f.field()), f.text())));
            } catch (IdempotencyKey.Reused e) {
                // this form was sent before with another plan or payroll (back, changed, sent again): the first response
                // stands; a new form is drawn for another
                errors.add(texts.error(responseField(request, null), request.kind() == CaseResponse.Kind.CORRECTIVE_ACTION_PLAN
                        ? "case.plan.error.resent" : "case.correction.error.resent"));
                model.addAttribute(tokenName, PaymentForm.freshToken());
            }
        }
        ModelAndView page = new ModelAndView(page(id, user, model, PaymentForm.blank(LocalDate.now(clock)), errors),
                model.asMap());
        page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        return page;
    }

    /** The page drawn again with the form's errors, nothing filed (422). */
    private ModelAndView refused(long id, HighroadUser user, Model model, PaymentForm form, List<FormError> errors) {
        ModelAndView page = new ModelAndView(page(id, user, model, form, errors), model.asMap());
        page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        return page;
    }

    /** The form's field for a field of a plan's or a correction's request. */
    private static String responseField(CaseResponses.Request request, String requestField) {
        return request.kind() == CaseResponse.Kind.CORRECTIVE_ACTION_PLAN ? "planText" : "submissionId";
    }

    @PostMapping("/portal/cases/{id}/payments")
    @PreAuthorize(CONTRACTOR)
    ModelAndView pay(@PathVariable long id, @RequestParam(required = false) String workerRef,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String paidOn,
            @RequestParam(required = false) String evidence, @RequestParam(required = false) String formToken,
            @AuthenticationPrincipal HighroadUser user, Model model) {
        if (!formTokens.issued(formName(PAYMENT_FORM), user, formToken)) {
            // without the form's token, or with one this page never issued: nothing is recorded, the form is drawn again
            // as typed with a new token to send
            cases.visible(id, user);
            return refused(id, user, model, new PaymentForm(workerRef, amount, paidOn, evidence, PaymentForm.freshToken()),
                    List.of(texts.error("workerRef", "case.form.error.token")));
        }
        java.util.Optional<IdempotencyKey> key = formToken != null && formToken.strip().matches("[\\x21-\\x7E]{1,200}")
                ? IdempotencyKey.of("portal-payment-form:" + formToken.strip()) : java.util.Optional.empty();
        PaymentForm form = new PaymentForm(workerRef, amount, paidOn, evidence,
                key.isPresent() ? formToken.strip() : PaymentForm.freshToken());
        List<FormError> errors = new ArrayList<>();
        BigDecimal sum = amount(amount, errors, texts);
        LocalDate day = day(paidOn, errors, texts);
        CaseResponses.Request request = new CaseResponses.Request(CaseResponse.Kind.RESTITUTION_PAYMENT, null, null,
                List.of(new CaseResponses.PaymentLine(workerRef, sum, day, evidence)));
        for (ConstraintViolation<CaseResponses.Request> v : validator.validate(request)) {
            String field = field(v.getPropertyPath().toString());
            if (errors.stream().noneMatch(e -> e.field().equals(field))) {
                errors.add(new FormError(field, v.getMessage()));
            }
        }
        if (errors.isEmpty()) {
            try {
                // the same form again answers the payment first recorded with it, recording nothing more
                responses.respond(id, request, user, key);
                return new ModelAndView("redirect:/portal/cases/" + id + "?paid");
            } catch (InvalidInputException e) {
                FormError.of(e).forEach(f -> errors.add(new FormError(field(f.field()), f.text())));
            } catch (IdempotencyKey.Reused e) {
                // this form was sent before with other figures (back, changed, sent again): the first payment stands;
                // a new form is drawn for another payment
                errors.add(texts.error("workerRef", "case.pay.error.resent"));
                form = new PaymentForm(workerRef, amount, paidOn, evidence, PaymentForm.freshToken());
            }
        }
        ModelAndView page = new ModelAndView(page(id, user, model, form, errors), model.asMap());
        page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        return page;
    }

    @GetMapping("/portal/cases/{id}/notices/{noticeId}/pdf")
    @PreAuthorize(CONTRACTOR)
    ResponseEntity<byte[]> noticePdf(@PathVariable long id, @PathVariable long noticeId, @AuthenticationPrincipal HighroadUser user) {
        byte[] pdf = notices.pdf(cases.visible(id, user), noticeId);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"notice-" + id + "-" + noticeId
                + ".pdf\"").contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    private String page(long id, HighroadUser user, Model model, PaymentForm form, List<FormError> errors) {
        ComplianceCase visible = cases.visible(id, user);
        CaseView c = cases.get(id, user);
        model.addAttribute("c", c);
        model.addAttribute("daysToCure", c.cureDue() == null ? null : ChronoUnit.DAYS.between(LocalDate.now(clock), c.cureDue()));
        model.addAttribute("notices", notices.list(id));
        model.addAttribute("ledger", ledgers.view(visible, user));
        // what the case's findings awaiting the auditor's review would owe: not owed (nor payable) until confirmed
        model.addAttribute("pendingReview", pendingReview(c));
        model.addAttribute("revisions", ledgers.revisions(id));
        model.addAttribute("responses", responses.list(id));
        // the last verification, when it found the case not cured: said from a code, with what the auditor wrote is
        // still missing, the one reason of a verification written for the contractor (AgencyNotes keeps it for the
        // contractor, hides the others); the verification task tells the auditor the contractor reads it
        model.addAttribute("notCured", steps.list(id, user).stream().filter(s -> "VERIFICATION".equals(s.step()))
                .reduce((a, b) -> b).filter(s -> "NOT_CURED".equals(s.decision()) && "OPEN".equals(c.status()))
                .orElse(null));
        // the last verification, when it found the noticed findings cured while findings that joined the case since
        // await review or their own notice (ADR 0033): the contractor reads which findings are cured, on which day, and
        // what is still open; the cure date of the notices it cured no longer counts down
        CaseSteps.StepView lastVerification = steps.list(id, user).stream().filter(s -> "VERIFICATION".equals(s.step()))
                .reduce((a, b) -> b).orElse(null);
        boolean curedAsNoticed = lastVerification != null && "CURED".equals(lastVerification.decision())
                && "OPEN".equals(c.status());
        model.addAttribute("cured", curedAsNoticed ? lastVerification : null);
        if (curedAsNoticed) {
            java.util.Set<Long> curedIds = curedFindings.of(id);
            model.addAttribute("curedOn", LocalDate.ofInstant(lastVerification.decidedAt(), clock.getZone()));
            model.addAttribute("curedFindings", c.findings().stream().filter(f -> f.finding() != null
                    && curedIds.contains(f.finding().id())).toList());
            model.addAttribute("stillOpen", c.findings().stream().filter(f -> f.finding() != null
                    && ("PENDING".equals(f.review()) || "CONFIRMED".equals(f.review()) && !curedIds.contains(f.finding().id())))
                    .toList());
            // a notice issued after the cure (the newcomers confirmed) sets its own cure date, which counts down
            boolean noticedSince = notices.list(id).stream().anyMatch(n -> n.issuedAt().isAfter(lastVerification.decidedAt()));
            model.addAttribute("cureCountdown", noticedSince);
            model.addAttribute("curedNotices", notices.list(id).stream().filter(n -> !n.issuedAt().isAfter(
                    lastVerification.decidedAt())).map(n -> String.valueOf(n.sequenceNo())).collect(
                            java.util.stream.Collectors.joining(", ")));
        } else {
            model.addAttribute("cureCountdown", true);
        }
        if (!formTokens.issued(formName(PAYMENT_FORM), user, form.formToken())) {
            form = new PaymentForm(form.workerRef(), form.amount(), form.paidOn(), form.evidence(),
                    formTokens.issue(formName(PAYMENT_FORM), user));
        }
        model.addAttribute("form", form);
        for (String token : List.of(PLAN_TOKEN, CORRECTION_TOKEN)) {
            Object kept = model.getAttribute(token);
            if (!(kept instanceof String t) || !formTokens.issued(formName(token), user, t)) {
                model.addAttribute(token, formTokens.issue(formName(token), user)); // each page drawn has its own forms
            }
        }
        // the payrolls a correction may name: the case contractor's accepted ones on the case's contract
        model.addAttribute("corrections", c.contractId() == null ? List.of()
                : PageView.every(n -> payrolls.list(c.contractId(), user, new PageParams(String.valueOf(n), "200", null))).stream()
                        .filter(s -> s.vendorId() == c.vendorId() && s.status().equals("ACCEPTED")
                                && !"NO_WORK".equals(s.source()))
                        .sorted(java.util.Comparator.comparing(SubmissionView::id).reversed()).toList());
        model.addAttribute("errors", errors);
        // the summary at the top names each field by its label ("Amount paid: must be at most …"); beside its field an
        // error needs no label
        model.addAttribute("summaryErrors", errors.stream().map(e -> new FormError(e.field(), LABELS.containsKey(e.field())
                ? texts.text("case.summary.field", texts.text(LABELS.get(e.field())), e.text()) : e.text())).toList());
        model.addAttribute("invalid", FormError.fields(errors));
        return "enforcement/case";
    }


    /** The forms' names for their issued tokens. */
    private static final String PAYMENT_FORM = "payment";

    /**
     * The name a case page's form is issued its one-time tokens under ({@link FormTokens}: a token is taken only for the
     * form and the person it was drawn for, on any node, after a restart, and a post without one or with one made up
     * files nothing).
     */
    private static String formName(String form) {
        return "portal-case-" + form;
    }

    /** The form's field for a field of the API's request: the one payment line's fields are the form's. */
    private static String field(String requestField) {
        String line = requestField.replaceAll("^payments\\[0\\]\\.", "");
        return line.equals("payments") || line.startsWith("payments") ? "workerRef" : line;
    }

    /**
     * The amount as typed, read as the staff's ledger forms read it ({@link MoneyAmounts}): "1e3" (a typo for 103) and
     * "194,00" (a decimal comma) are not dollars, "1.005" is not in whole cents; each refused at the field.
     */
    private static BigDecimal amount(String value, List<FormError> errors, PageTexts texts) {
        MoneyAmounts.Read read = MoneyAmounts.read(value);
        if (read.refusal() == MoneyAmounts.Refusal.MISSING) {
            return null; // bean validation names it
        }
        if (read.refusal() == MoneyAmounts.Refusal.TOO_LARGE) {
            errors.add(texts.error("amount", "reason.enforcement.amountAtMost"));
            return null;
        }
        if (read.refusal() == MoneyAmounts.Refusal.FRACTION_OF_A_CENT) {
            errors.add(texts.error("amount", "reason.enforcement.amountWholeCents"));
            return null;
        }
        if (read.refused()) {
            errors.add(texts.error("amount", "case.pay.error.badAmount"));
            return null;
        }
        return read.amount();
    }

    private static LocalDate day(String value, List<FormError> errors, PageTexts texts) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(texts.error("paidOn", "case.pay.error.badDay"));
            return null;
        }
    }
}
