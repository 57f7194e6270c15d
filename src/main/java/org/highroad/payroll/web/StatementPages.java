package org.highroad.payroll.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.highroad.payroll.ComplianceStatements;
import org.highroad.payroll.statement.StatementOfCompliance;
import org.highroad.payroll.statement.StatementOfCompliance.FringePlan;
import org.highroad.payroll.statement.StatementView;
import org.highroad.platform.pages.FormError;
import org.highroad.platform.pages.HtmlPages;
import org.highroad.platform.pages.PageTexts;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.IdempotencyKey;
import org.highroad.platform.validation.InvalidInputException;
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
 * The contractor's Statement of Compliance (WH-347 page 2) filed and updated in a form: the signatory, the fringe
 * plans paid per hour worked (item 4(a)) and the exceptions (item 4(c)), with every statement filed before. Filed
 * through {@link ComplianceStatements#file}, as {@code POST /api/contracts/{id}/compliance-statements}, and checked
 * with the same constraints, so another vendor's contract is not found here either. What the form does not edit, the
 * apprenticeship programs and the plans paying for all work (their annualized credit, 29 CFR 5.25(c)(1)), is carried
 * over from the statement in force unchanged and listed on the page; the API files them (the page says so in words: the
 * contractor's payroll or compliance software files the whole statement, or the agency's labor compliance officer
 * helps). The error summary names each reason's field, a plan by its line.
 */
@Controller
@HtmlPages
class StatementPages {

    /** Empty plan lines the form offers beyond the plans on file; more by a reload ("add plan lines"). */
    static final int EMPTY_PLANS = 2;
    static final int MOST_PLANS = 50;
    /** The form's one-time token: a double click files one statement (ComplianceStatements#fileOnce). */
    static final String FORM_TOKEN = "formToken";

    private final ComplianceStatements statements;
    private final Validator validator;
    private final PageTexts texts;

    StatementPages(ComplianceStatements statements, Validator validator, PageTexts texts) {
        this.texts = texts;
        this.statements = statements;
        this.validator = validator;
    }

    /** One fringe-plan line as typed. */
    /**
     * The most a fringe plan may credit per hour worked, typed on this form: the bound the bid form and the wage
     * standards put on an hourly rate (procurement.BidSubmission, standards.WageRate: at most 1000.00 per hour). A
     * larger credit is a typing error (99999 for 99.99), and would widen what the payroll check lets a row claim.
     */
    static final BigDecimal MOST_CREDIT_PER_HOUR = new BigDecimal("1000.00");

    /** Zero as written in dollars and cents ("0", "0.00", "$0"), which the shared reader refuses as no payment. */
    private static final java.util.regex.Pattern ZERO_WRITTEN = java.util.regex.Pattern.compile("\\$?(0+(\\.0*)?|\\.0+)");

    record PlanLine(String name, String hourlyCredit) {
    }

    /** The form's fields as typed, shown again with their errors. */
    record StatementForm(String signatoryName, String signatoryTitle, List<PlanLine> plans, String exceptions) {
    }

    @GetMapping("/portal/contracts/{id}/statement")
    @PreAuthorize("hasRole('CONTRACTOR')")
    String form(@PathVariable long id, @RequestParam(required = false) String filed, @AuthenticationPrincipal HighroadUser user,
            Model model) {
        List<StatementView> mine = statements.list(id, user);
        StatementView inForce = inForce(mine, user);
        StatementForm form = formOf(inForce);
        model.addAttribute("filed", filed != null);
        model.addAttribute(FORM_TOKEN, java.util.UUID.randomUUID().toString());
        return page(id, mine, inForce, form, List.of(), model);
    }

    @PostMapping("/portal/contracts/{id}/statement")
    @PreAuthorize("hasRole('CONTRACTOR')")
    ModelAndView file(@PathVariable long id, @RequestParam Map<String, String> fields,
            @AuthenticationPrincipal HighroadUser user, Model model) {
        // the statements on file first: another vendor's contract is not found, whatever the form holds
        List<StatementView> mine = statements.list(id, user);
        StatementView inForce = inForce(mine, user);
        int lines = Math.min(MOST_PLANS, Math.max(0, intOr(fields.get("planCount"), 0)));
        List<PlanLine> typed = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            typed.add(new PlanLine(fields.get("plan" + i + "-name"), fields.get("plan" + i + "-hourlyCredit")));
        }
        StatementForm form = new StatementForm(fields.get("signatoryName"), fields.get("signatoryTitle"), typed,
                fields.get("exceptions"));
        // the form shown again keeps its token: nothing of it is filed yet
        java.util.Optional<IdempotencyKey> token = formToken(fields.get(FORM_TOKEN));
        model.addAttribute(FORM_TOKEN, token.isPresent() ? fields.get(FORM_TOKEN) : java.util.UUID.randomUUID().toString());
        if ("add".equals(fields.get("action"))) {
            pad(typed, Math.min(MOST_PLANS, typed.size() + EMPTY_PLANS));
            return view(page(id, mine, inForce, form, List.of(), model), model, HttpStatus.OK);
        }
        List<FormError> errors = new ArrayList<>();
        List<FringePlan> plans = new ArrayList<>();
        List<Integer> lineOfPlan = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            PlanLine line = typed.get(i);
            boolean nameBlank = blank(line.name());
            boolean creditBlank = blank(line.hourlyCredit());
            if (nameBlank && creditBlank) {
                continue; // an empty line is no plan
            }
            BigDecimal credit = null;
            if (creditBlank) {
                errors.add(texts.error("plan" + i + "-hourlyCredit", "statement.error.noCredit"));
            } else {
                // read as every money field of Highroad reads an amount (MoneyAmounts: no exponent form, no decimal
                // comma, whole cents), and at most MOST_CREDIT_PER_HOUR
                // (a minus sign or zero is read, to be told "0 or more" by the statement's own rule)
                String written = line.hourlyCredit().strip();
                boolean negative = written.startsWith("-");
                String digits = negative ? written.substring(1).strip() : written;
                org.highroad.platform.money.MoneyAmounts.Read read = ZERO_WRITTEN.matcher(digits).matches()
                        ? new org.highroad.platform.money.MoneyAmounts.Read(BigDecimal.ZERO.setScale(2), null)
                        : org.highroad.platform.money.MoneyAmounts.read(digits);
                if (read.refusal() == org.highroad.platform.money.MoneyAmounts.Refusal.FRACTION_OF_A_CENT) {
                    errors.add(texts.error("plan" + i + "-hourlyCredit", "statement.error.creditCents"));
                } else if (read.refusal() == org.highroad.platform.money.MoneyAmounts.Refusal.TOO_LARGE
                        || !read.refused() && read.amount().compareTo(MOST_CREDIT_PER_HOUR) > 0) {
                    errors.add(texts.error("plan" + i + "-hourlyCredit", "statement.error.creditTooHigh"));
                } else if (read.refused()) {
                    errors.add(texts.error("plan" + i + "-hourlyCredit", "statement.error.badCredit"));
                } else {
                    credit = negative ? read.amount().negate() : read.amount();
                }
            }
            plans.add(new FringePlan(nameBlank ? null : line.name().strip(), credit));
            lineOfPlan.add(i);
        }
        // what the form does not edit stays as the statement in force has it (class comment)
        List<StatementOfCompliance.ApprenticeshipProgram> programs = List.of();
        if (inForce != null) {
            inForce.statement().fringePlans().stream().filter(FringePlan::coversAllWork).forEach(plans::add);
            programs = inForce.statement().apprenticeshipPrograms();
        }
        StatementOfCompliance statement = new StatementOfCompliance(strip(form.signatoryName()), strip(form.signatoryTitle()),
                plans, programs, blank(form.exceptions()) ? null : form.exceptions().strip());
        for (ConstraintViolation<StatementOfCompliance> v : validator.validate(statement)) {
            String field = field(v.getPropertyPath().toString(), lineOfPlan);
            if (errors.stream().noneMatch(e -> e.field().equals(field))) {
                errors.add(error(field, v));
            }
        }
        if (errors.isEmpty()) {
            try {
                if (token.isPresent()) {
                    StatementsOnce.file(statements, id, statement, user, token.get());
                } else {
                    statements.file(id, statement, user);
                }
                return new ModelAndView("redirect:/portal/contracts/" + id + "/statement?filed");
            } catch (InvalidInputException e) {
                FormError.of(e).forEach(f -> errors.add(new FormError(field(f.field(), lineOfPlan), f.text())));
            } catch (ComplianceStatements.AlreadyFiled e) {
                // this form filed a statement before with other values: the page says the second send was not filed and
                // shows the statement in force (among those filed), and the form keeps what was just typed, with a new
                // token, so that nothing typed is lost and filing it again makes it the statement in force
                List<StatementView> now = statements.list(id, user);
                StatementView filed = inForce(now, user);
                model.addAttribute("alreadyFiled", e.first());
                model.addAttribute(FORM_TOKEN, java.util.UUID.randomUUID().toString());
                return view(page(id, now, filed, form, List.of(), model), model, HttpStatus.CONFLICT);
            }
        }
        return view(page(id, mine, inForce, form, errors, model), model, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    /** The form as drawn from the statement in force (empty without one), with empty plan lines to add more. */
    private static StatementForm formOf(StatementView inForce) {
        List<PlanLine> plans = new ArrayList<>();
        StatementForm form;
        if (inForce == null) {
            form = new StatementForm(null, null, plans, null);
        } else {
            StatementOfCompliance s = inForce.statement();
            s.fringePlans().stream().filter(p -> !p.coversAllWork())
                    .forEach(p -> plans.add(new PlanLine(p.name(), p.hourlyCredit().toPlainString())));
            form = new StatementForm(s.signatoryName(), s.signatoryTitle(), plans, s.exceptions());
        }
        pad(plans, plans.size() + EMPTY_PLANS);
        return form;
    }

    /** The form's one-time token as an Idempotency-Key; none when absent or not a plain token (then filed as before). */
    private static java.util.Optional<IdempotencyKey> formToken(String sent) {
        return sent != null && sent.matches("[\\x21-\\x7E]{1,255}") ? IdempotencyKey.of(sent) : java.util.Optional.empty();
    }

    private String page(long id, List<StatementView> mine, StatementView inForce, StatementForm form, List<FormError> errors,
            Model model) {
        model.addAttribute("contractId", id);
        List<StatementView> newestFirst = new ArrayList<>(mine);
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("history", newestFirst);
        model.addAttribute("inForce", inForce);
        model.addAttribute("carried", inForce == null ? List.of()
                : inForce.statement().fringePlans().stream().filter(FringePlan::coversAllWork).toList());
        model.addAttribute("programs", inForce == null ? List.of() : inForce.statement().apprenticeshipPrograms());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("invalid", FormError.fields(errors));
        Map<String, String> labels = new java.util.HashMap<>();
        errors.forEach(e -> labels.put(e.field(), label(e.field())));
        model.addAttribute("labels", labels);
        return "payroll/statement";
    }

    private static final java.util.regex.Pattern PLAN_FIELD = java.util.regex.Pattern.compile("^plan(\\d+)-(name|hourlyCredit)$");

    /**
     * The label of the form's {@code field} as the page shows it, so that the error summary says where each reason
     * belongs ("Plan 2: name"), a plan line counted from 1 as on the page.
     */
    String label(String field) {
        java.util.regex.Matcher plan = PLAN_FIELD.matcher(field);
        if (plan.matches()) {
            int line = Integer.parseInt(plan.group(1)) + 1;
            return texts.text(plan.group(2).equals("name") ? "statement.plan.name" : "statement.plan.credit", line);
        }
        return switch (field) {
            case "signatoryName" -> texts.text("statement.signatoryName");
            case "signatoryTitle" -> texts.text("statement.signatoryTitle");
            case "exceptions" -> texts.text("statement.exceptions");
            case "plans" -> texts.text("statement.plans");
            case "programs" -> texts.text("statement.error.programsLabel");
            default -> texts.text("statement.title");
        };
    }

    /**
     * A constraint the statement breaks, said in the page's words (the constraints of {@link StatementOfCompliance}):
     * a blank required field, a text too long, a negative amount, too many digits; another in the validator's words.
     */
    private FormError error(String field, ConstraintViolation<StatementOfCompliance> v) {
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        return switch (v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotBlank", "NotNull" -> texts.error(field, "statement.error.required");
            case "Size" -> field.equals("plans") || field.equals("programs")
                    ? texts.error(field, "statement.error.tooMany", attributes.get("max"))
                    : texts.error(field, "statement.error.tooLong", attributes.get("max"));
            case "DecimalMin" -> texts.error(field, "statement.error.negative");
            case "Digits" -> texts.error(field, "statement.error.digits", attributes.get("integer"), attributes.get("fraction"));
            default -> new FormError(field, v.getMessage());
        };
    }

    /** The contractor's own statement in force: its latest (ComplianceStatements: the latest is in force). */
    private static StatementView inForce(List<StatementView> mine, HighroadUser user) {
        return mine.stream().filter(s -> user.vendorId() != null && s.vendorId() == user.vendorId()).reduce((a, b) -> b)
                .orElse(null);
    }

    /** The form's field of a property of the statement: plan n of the request is the form's line it came from. */
    static String field(String property, List<Integer> lineOfPlan) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^fringePlans\\[(\\d+)\\]\\.?(.*)$").matcher(property);
        if (m.matches()) {
            int plan = Integer.parseInt(m.group(1));
            if (plan >= lineOfPlan.size()) {
                return "plans"; // a plan carried over from the statement in force
            }
            return "plan" + lineOfPlan.get(plan) + "-" + (m.group(2).equals("name") ? "name" : "hourlyCredit");
        }
        if (property.startsWith("fringePlans")) {
            return "plans";
        }
        if (property.startsWith("apprenticeshipPrograms")) {
            return "programs";
        }
        return property.isEmpty() ? "signatoryName" : property;
    }

    private static void pad(List<PlanLine> plans, int size) {
        while (plans.size() < size) {
            plans.add(new PlanLine(null, null));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static int intOr(String s, int otherwise) {
        try {
            return s == null ? otherwise : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static ModelAndView view(String name, Model model, HttpStatus status) {
        ModelAndView page = new ModelAndView(name, model.asMap());
        page.setStatus(status);
        return page;
    }
}
