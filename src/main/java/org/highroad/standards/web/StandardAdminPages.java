package org.highroad.standards.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.pages.FormError;
import org.highroad.platform.pages.HtmlPages;
import org.highroad.platform.pages.PageReasons;
import org.highroad.platform.pages.PageTexts;
import org.highroad.platform.security.FormTokens;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.IdempotencyKey;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.standards.Adoption;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.StandardPresets;
import org.highroad.standards.StandardSummary;
import org.highroad.standards.StandardVersionContent;
import org.highroad.standards.StandardVersionView;
import org.springframework.dao.DataAccessException;
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
 * The administrator's pages for job-quality standards: the standards and their versions (which is in force today),
 * a new draft started from a version (its content copied) or from a preset, a draft edited (its wage floors, workforce
 * targets, the rubric's weights and scoring per criterion, the enforcement parameters and reporting cadence), and a
 * draft proposed for adoption (the adoption itself is another administrator's Tasklist task, linked). Everything goes
 * through the module's API classes ({@link StandardCatalog}, {@link StandardPresets}) with the same rules as
 * {@code /api/standards} and {@code /api/standard-presets}: the same bean validation and cross-field rules, and the
 * same role (administrators only). Each form that starts a draft carries a one-time token kept unique with the draft,
 * so the same form sent twice starts one draft; a proposal sent twice meets the version's row version (one proposal).
 */
@Controller
@HtmlPages
class StandardAdminPages {

    /** As the API's writes: {@code StandardsController}, {@code PresetsController}. */
    static final String ADMIN = "hasRole('ADMIN')";
    /** The names of the start forms whose one-time tokens {@link FormTokens} issues and checks. */
    static final String COPY_FORM = "standards-copy";
    static final String PRESET_FORM = "standards-preset";

    private final StandardCatalog catalog;
    private final StandardPresets presets;
    private final Validator validator;
    private final PageTexts texts;
    private final Clock clock;
    private final org.highroad.standards.RubricExplanations explanations;
    private final com.fasterxml.jackson.databind.ObjectMapper json;
    private final FormTokens formTokens;
    private final org.highroad.platform.pages.PageFormats formats;

    StandardAdminPages(StandardCatalog catalog, StandardPresets presets,
            Validator validator, PageTexts texts, Clock clock, org.highroad.standards.RubricExplanations explanations,
            com.fasterxml.jackson.databind.ObjectMapper json, FormTokens formTokens,
            org.highroad.platform.pages.PageFormats formats) {
        this.formTokens = formTokens;
        this.formats = formats;
        this.explanations = explanations;
        this.json = json;
        this.catalog = catalog;
        this.presets = presets;
        this.validator = validator;
        this.texts = texts;
        this.clock = clock;
    }

    /** One standard in the list: its versions, oldest first, and the number of the one in force today (or null). */
    record StandardLine(StandardSummary standard, List<StandardVersionView> versions, Integer inForceToday) {
    }

    @GetMapping("/staff/standards")
    @PreAuthorize(ADMIN)
    String list(@RequestParam(required = false) String formRefused, @AuthenticationPrincipal HighroadUser user,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        List<StandardLine> lines = new ArrayList<>();
        for (StandardSummary s : catalog.list()) {
            Integer inForce = null;
            try {
                inForce = catalog.versionInForceOn(s.code(), today).version();
            } catch (org.highroad.platform.errors.NotFoundException none) {
                // no adopted version in force today
            }
            lines.add(new StandardLine(s, catalog.versions(s.code()), inForce));
        }
        model.addAttribute("standards", lines);
        model.addAttribute("today", today);
        model.addAttribute("presets", presets.available());
        model.addAttribute("loaded", lines.stream().map(l -> l.standard().code()).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("agencies", catalog.agencies());
        // each preset's form its own one-time token, issued for this administrator
        Map<String, String> presetTokens = new java.util.HashMap<>();
        presets.available().forEach(p -> presetTokens.put(p.id(), formTokens.issue(PRESET_FORM, user)));
        model.addAttribute("presetTokens", presetTokens);
        model.addAttribute("formRefused", formRefused != null);
        return "standards/list";
    }

    /** A new draft version with the content of this one (the API's {@code POST /api/standards/{code}/versions}). */
    @PostMapping("/staff/standards/{code}/versions/{number}/copy")
    @PreAuthorize(ADMIN)
    String copy(@PathVariable String code, @PathVariable int number, @RequestParam(required = false) String formToken,
            @AuthenticationPrincipal HighroadUser user) {
        if (!formTokens.issued(COPY_FORM, user, formToken)) {
            // no token, or one these pages never issued to this administrator (a made-up one, a replayed script):
            // nothing is started, the version's page again with a sentence and a new form
            return "redirect:/staff/standards/" + code + "/versions/" + number + "?formRefused";
        }
        // the new draft starts in force from today when the copied version's date has passed, never in the past
        StandardVersionContent content = catalog.asNewDraft(catalog.version(code, number).content());
        String hash = formToken(formToken).map(IdempotencyKey::hash).orElse(UUID.randomUUID().toString());
        StandardVersionView started = once(() -> catalog.addVersionOnce(code, content, user.userId(), hash), hash, user);
        return "redirect:/staff/standards/" + started.standardCode() + "/versions/" + started.version() + "/edit?started";
    }

    /** A preset loaded as a new standard of an agency (the API's {@code POST /api/standard-presets/{id}/load}). */
    @PostMapping("/staff/standards/presets/{id}")
    @PreAuthorize(ADMIN)
    String load(@PathVariable String id, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String formToken, @AuthenticationPrincipal HighroadUser user) {
        if (!formTokens.issued(PRESET_FORM, user, formToken)) {
            return "redirect:/staff/standards?formRefused#presets"; // nothing is started, as for a version's copy
        }
        Optional<IdempotencyKey> token = formToken(formToken + "-" + id);
        String hash = token.map(IdempotencyKey::hash).orElse(UUID.randomUUID().toString());
        StandardVersionView started;
        if (catalog.exists(presets.preset(id).standard().code())) {
            // its standard is loaded already: the preset's values become the standard's next draft version
            started = once(() -> presets.newVersionOnce(id, user.userId(), hash), hash, user);
        } else {
            if (agency == null || agency.isBlank()) {
                throw new InvalidInputException(List.of(new org.highroad.platform.validation.Violation("agency",
                        texts.text("standardAdmin.error.agency"))));
            }
            started = once(() -> presets.loadOnce(id, agency, user.userId(), hash), hash, user);
        }
        return "redirect:/staff/standards/" + started.standardCode() + "/versions/" + started.version() + "/edit?started";
    }

    /**
     * What a form with this token started: the first send does it; a send at the same moment is refused by the
     * database (the token's unique index, or the version number's, or the standard code's) and then finds what the
     * first started. Tried for a few seconds at most, then refused as a conflict.
     */
    private StandardVersionView once(Supplier<StandardVersionView> start, String tokenHash, HighroadUser user) {
        for (int attempt = 1;; attempt++) {
            try {
                return start.get();
            } catch (DataAccessException | ConflictException sameFormMeanwhile) {
                // refused by the database (or, read after the first committed, "already exists"): the first send's draft
                Optional<StandardVersionView> first = catalog.startedByForm(tokenHash, user.userId());
                if (first.isPresent()) {
                    return first.get();
                }
                if (sameFormMeanwhile instanceof ConflictException conflict) {
                    throw conflict;
                }
                if (attempt >= 30) {
                    throw new ConflictException("this form was sent twice at the same moment; open the standards");
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

    /** The form's one-time token as an idempotency key; none when absent or not a plain token. */
    private static Optional<IdempotencyKey> formToken(String sent) {
        return sent != null && sent.matches("[\\x21-\\x7E]{1,255}") ? IdempotencyKey.of(sent) : Optional.empty();
    }

    /** A draft's edit form; a version that is no draft has none: its page is shown instead. */
    @GetMapping("/staff/standards/{code}/versions/{number}/edit")
    @PreAuthorize(ADMIN)
    String edit(@PathVariable String code, @PathVariable int number, @RequestParam(required = false) String started,
            Model model) {
        long rowVersion = catalog.rowVersion(code, number); // read first: a save in between makes this form stale
        StandardVersionView v = catalog.version(code, number);
        if (!editable(v)) {
            return "redirect:/staff/standards/" + code + "/versions/" + number;
        }
        model.addAttribute("started", started != null);
        return form(v, StandardVersionForm.of(v.content(), explanations::explain), List.of(), rowVersion, model);
    }

    /** A draft saved (the API's {@code PUT /api/standards/{code}/versions/{n}}): 422 with the form again when refused. */
    @PostMapping("/staff/standards/{code}/versions/{number}/edit")
    @PreAuthorize(ADMIN)
    ModelAndView save(@PathVariable String code, @PathVariable int number, @RequestParam Map<String, String> sent,
            Model model) {
        StandardVersionView v = catalog.version(code, number);
        if (!editable(v)) {
            // no form for a version that is no draft (a tab left open): the module's refusal, 409, before any field
            catalog.replaceVersion(code, number, v.content());
        }
        long readAt = readAt(sent.get("rowVersion"));
        StandardVersionForm form = StandardVersionForm.read(sent, v.content().rubric(), explanations::explain);
        List<FormError> errors = new ArrayList<>();
        StandardVersionForm.Read read = form.toContent(v.content());
        if (readAt != catalog.rowVersion(code, number)) {
            // drawn before another save of this draft (another tab, another administrator, or this form's first click)
            return savedMeanwhile(code, number, read, model);
        }
        read.unreadable().forEach((field, key) -> errors.add(error(field, texts.text(key), form, v)));
        if (errors.isEmpty()) {
            StandardVersionContent content = read.content();
            // one message per field, the house's own words first (a bound of its own, "must be a positive hourly
            // rate"), then Bean Validation's generic ones said in the page's words
            List<ConstraintViolation<StandardVersionContent>> found = new ArrayList<>(validator.validate(content));
            found.sort(java.util.Comparator.comparing(violation -> inWords(violation) != null));
            java.util.Set<String> told = new java.util.HashSet<>();
            for (ConstraintViolation<StandardVersionContent> violation : found) {
                String field = read.formField(violation.getPropertyPath().toString());
                if (told.add(field)) {
                    String words = inWords(violation);
                    errors.add(error(field, words != null ? words : violation.getMessage(), form, v));
                }
            }
            if (errors.isEmpty()) {
                catalog.draftDateRefusals(code, number, content.effectiveFrom()).forEach(violation ->
                        errors.add(error(violation.field(), violation.reason(), form, v)));
            }
            if (errors.isEmpty()) {
                try {
                    catalog.replaceDraft(code, number, content, readAt);
                    return new ModelAndView("redirect:/staff/standards/" + code + "/versions/" + number + "?saved");
                } catch (StandardCatalog.DraftChangedMeanwhile | DataAccessException savedAtTheSameMoment) {
                    // another save of the same draft committed first (refused by the row version)
                    return savedMeanwhile(code, number, read, model);
                } catch (InvalidInputException e) {
                    e.violations().forEach(violation -> errors.add(error(read.formField(violation.field()),
                            violation.reason(), form, v)));
                }
            }
        }
        ModelAndView page = new ModelAndView(form(v, form, errors, readAt, model), model.asMap());
        page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        return page;
    }

    /**
     * A save from a form drawn before the draft's last save: when what it sends is what is stored (the same form sent
     * twice, a double click), the page of the saved draft; otherwise nothing is stored and the form is drawn again from
     * what is stored now, with a sentence that someone saved it meanwhile (409), so that no save is silently lost.
     */
    private ModelAndView savedMeanwhile(String code, int number, StandardVersionForm.Read read, Model model) {
        long now = catalog.rowVersion(code, number);
        StandardVersionView v = catalog.version(code, number);
        if (!editable(v)) {
            catalog.replaceVersion(code, number, v.content()); // the module's 409: proposed, adopted or in use
        }
        if (read.unreadable().isEmpty() && sameContent(read.content(), v.content())) {
            return new ModelAndView("redirect:/staff/standards/" + code + "/versions/" + number + "?saved");
        }
        model.addAttribute("savedMeanwhile", true);
        ModelAndView page = new ModelAndView(form(v, StandardVersionForm.of(v.content(), explanations::explain), List.of(),
                now, model), model.asMap());
        page.setStatus(HttpStatus.CONFLICT);
        return page;
    }

    /** The same content, amounts compared by value (18.2 is 18.20). */
    private boolean sameContent(StandardVersionContent sent, StandardVersionContent stored) {
        com.fasterxml.jackson.databind.JsonNode a = json.valueToTree(sent);
        com.fasterxml.jackson.databind.JsonNode b = json.valueToTree(stored);
        return a.equals((x, y) -> x.isNumber() && y.isNumber() ? x.decimalValue().compareTo(y.decimalValue())
                : x.equals(y) ? 0 : 1, b);
    }

    /**
     * A generic Bean Validation refusal in the page's words ("is required", "must have at most 200 characters"),
     * instead of the validator's texts ("must not be null", "numeric value out of bounds (<6 digits>.<2 digits>
     * expected)"); null for a constraint that states its own message.
     */
    private String inWords(ConstraintViolation<?> violation) {
        Map<String, Object> limits = violation.getConstraintDescriptor().getAttributes();
        return switch (violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> texts.text("standardEdit.error.required");
            case "Size" -> violation.getInvalidValue() instanceof CharSequence
                    ? texts.text("standardEdit.error.tooLong", limits.get("max"))
                    : texts.text("standardEdit.error.tooMany", limits.get("max"));
            case "Digits" -> texts.text("standardEdit.error.digits", limits.get("integer"), limits.get("fraction"));
            default -> null;
        };
    }

    /** The row version the form was drawn at; a form without one is as stale as can be. */
    private static long readAt(String sent) {
        try {
            return sent == null ? -1 : Long.parseLong(sent.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * A draft proposed for adoption (the API's {@code POST .../proposal}): the adoption process starts once the
     * proposal commits, and the version's page shows where it waits. Sent twice (a double click, at the same moment or
     * one after the other) it is one proposal: the version's row version lets one change through (a send that
     * loses is refused by the database); the other finds it proposed by the same administrator and shows the same page.
     */
    @PostMapping("/staff/standards/{code}/versions/{number}/proposal")
    @PreAuthorize(ADMIN)
    String propose(@PathVariable String code, @PathVariable int number, @AuthenticationPrincipal HighroadUser user) {
        StandardVersionView draft = catalog.version(code, number);
        if (draft.adoption().status() == Adoption.Status.DRAFT) {
            // a draft dated before today or before the version in force is not proposed from the pages
            List<org.highroad.platform.validation.Violation> refused = catalog.draftDateRefusals(code, number,
                    draft.content().effectiveFrom());
            if (!refused.isEmpty()) {
                throw new InvalidInputException(refused);
            }
        }
        try {
            catalog.propose(code, number, user.userId());
        } catch (ConflictException | DataAccessException sentTwice) {
            Adoption now = catalog.version(code, number).adoption();
            if (now.status() != Adoption.Status.PROPOSED || !user.userId().equals(now.proposedBy())) {
                throw sentTwice;
            }
        }
        return "redirect:/staff/standards/" + code + "/versions/" + number + "?proposed";
    }

    static boolean editable(StandardVersionView v) {
        return v.adoption().status() == Adoption.Status.DRAFT && !v.inUse();
    }

    private FormError error(String field, String reason, StandardVersionForm form, StandardVersionView v) {
        // the reason in the page's language first (a module's English reason is known by its code), then its label;
        // its days as the page writes days ("Jul 1, 2027", "1 jul 2027"), not as the API states them
        return new FormError(field, StandardVersionForm.label(field, v.content(), texts) + ": "
                + daysAsThePageWrites(PageReasons.inPageLanguage(reason)));
    }

    private static final java.util.regex.Pattern ISO_DAY = java.util.regex.Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

    private String daysAsThePageWrites(String reason) {
        return ISO_DAY.matcher(reason).replaceAll(day -> {
            try {
                return java.util.regex.Matcher.quoteReplacement(formats.date(java.time.LocalDate.parse(day.group(1))));
            } catch (java.time.format.DateTimeParseException notADay) {
                return java.util.regex.Matcher.quoteReplacement(day.group(1));
            }
        });
    }

    private String form(StandardVersionView v, StandardVersionForm form, List<FormError> errors, long rowVersion, Model model) {
        model.addAttribute("v", v);
        model.addAttribute("rowVersion", rowVersion);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("invalid", FormError.fields(errors));
        model.addAttribute("scopes", org.highroad.standards.WageFloor.Scope.values());
        model.addAttribute("sources", org.highroad.standards.WageFloor.Source.values());
        model.addAttribute("categories", org.highroad.standards.WorkforceTarget.Category.values());
        model.addAttribute("cadences", org.highroad.standards.ReportingCadence.values());
        return "standards/edit";
    }

}
