package org.highroad.procurement.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.pages.FormError;
import org.highroad.platform.pages.HtmlPages;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.IdempotencyKey;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.procurement.BidStatus;
import org.highroad.procurement.BidView;
import org.highroad.procurement.Bids;
import org.highroad.procurement.RankingView;
import org.highroad.procurement.ScorecardView;
import org.highroad.procurement.SolicitationDraft;
import org.highroad.procurement.SolicitationView;
import org.highroad.procurement.Solicitations;
import org.highroad.procurement.process.SolicitationAwardProcess;
import org.highroad.standards.Adoption;
import org.highroad.standards.RubricExplanations;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.StandardVersionView;
import org.highroad.standards.scoring.Criterion;
import org.highroad.standards.scoring.Principle;
import org.highroad.vendors.VendorRegistry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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
 * The procurement officer's pages: the solicitations (paged), a new solicitation on an adopted standard version with
 * its rubric explained criterion by criterion, and a solicitation's page: its state and deadline, nothing of its
 * sealed bids (not even how many) until they are opened, then the bids side by side (vendor, price, points per criterion, eligibility and
 * screening), each vendor's name leading to its bid's page (points and the bidder's statement per principle), the
 * ranking, and the award (its approval is a Tasklist task, linked). Everything is read and changed
 * through the module's API classes ({@link Solicitations}, {@link Bids}), so the sealing of bids and who may do what
 * hold here as in {@code /api/solicitations}.
 */
@Controller
@HtmlPages
class SolicitationPages {

    /** Reading: officers, and administrators as in the API's reads; changing: officers, as the API. */
    private static final String READERS = "hasAnyRole('PROCUREMENT_OFFICER','ADMIN')";
    private static final String OFFICER = "hasRole('PROCUREMENT_OFFICER')";

    private final Solicitations solicitations;
    private final Bids bids;
    private final StandardCatalog standards;
    private final VendorRegistry vendors;
    private final SolicitationAwardProcess awardProcess;
    private final RubricExplanations explanations;
    private final Validator validator;
    private final org.highroad.platform.pages.PageTexts texts;
    private final org.highroad.platform.security.FormTokens tokens;

    /** The new-solicitation form's name among the forms' one-time tokens. */
    static final String DRAFT_FORM = "new-solicitation";

    SolicitationPages(Solicitations solicitations, Bids bids, StandardCatalog standards, VendorRegistry vendors,
            SolicitationAwardProcess awardProcess, RubricExplanations explanations, Validator validator,
            org.highroad.platform.pages.PageTexts texts, org.highroad.platform.security.FormTokens tokens) {
        this.tokens = tokens;
        this.texts = texts;
        this.solicitations = solicitations;
        this.bids = bids;
        this.standards = standards;
        this.vendors = vendors;
        this.awardProcess = awardProcess;
        this.explanations = explanations;
        this.validator = validator;
    }

    /** An adopted standard version a solicitation may pin, as a choice of the form ({@code CODE:version}). */
    record StandardChoice(String value, String label) {
    }

    /** A rubric line with the sentence that explains how it scores. */
    record RubricLine(Criterion criterion, String explanation) {
    }

    /** What the officer typed, shown again with the errors. */
    record DraftForm(String agencyCode, String title, String description, String category, String region,
            String estimatedValue, String standard, String submissionDeadline, String classifications,
            String requiresPrequalification, String formToken) {

        static DraftForm empty(String standard) {
            return new DraftForm("", "", "", "WORKS", "", "", standard, "", "", null, null);
        }

        /** The box ticked: its value ("true", or "on" as a browser sends a box without a value). */
        public boolean prequalificationTicked() {
            return "true".equals(requiresPrequalification) || "on".equals(requiresPrequalification);
        }
    }

    /** One bid in the table after the opening: who, the price, the points per criterion code, and where it stands. */
    record BidLine(BidView bid, String vendor, BigDecimal price, Map<String, ScorecardView.Line> points, BigDecimal total,
            String outcomeReason) {
    }

    /**
     * One job-quality principle of an opened bid: the rubric's lines of the principle as scored, their points summed,
     * and what the bidder wrote for it (its statement, or null when it wrote none).
     */
    record PrincipleLine(Principle principle, List<ScorecardView.Line> lines, BigDecimal points, String statement) {
    }

    /** One entry of the ranking, with the vendor's name. */
    record RankLine(RankingView.Entry entry, String vendor) {
    }

    @GetMapping("/staff/solicitations")
    @PreAuthorize(READERS)
    String list(@RequestParam(defaultValue = "0") String page, @AuthenticationPrincipal HighroadUser user, Model model) {
        PageView<SolicitationView> shown = solicitations.page(user, new PageParams(page, "25", null));
        model.addAttribute("solicitations", shown.items());
        model.addAttribute("paged", shown);
        return "procurement/solicitations";
    }

    @GetMapping("/staff/solicitations/new")
    @PreAuthorize(OFFICER)
    String create(@RequestParam(required = false) String standard, @AuthenticationPrincipal HighroadUser user, Model model) {
        List<StandardChoice> choices = adoptedChoices();
        String chosen = choices.stream().map(StandardChoice::value).filter(v -> v.equals(standard)).findFirst()
                .orElse(choices.isEmpty() ? null : choices.get(0).value());
        return form(DraftForm.empty(chosen), List.of(), user, model);
    }

    @PostMapping("/staff/solicitations")
    @PreAuthorize(OFFICER)
    ModelAndView save(DraftForm form, @AuthenticationPrincipal HighroadUser user, Model model) {
        List<FormError> errors = new ArrayList<>();
        SolicitationDraft draft = draft(form, errors);
        for (ConstraintViolation<SolicitationDraft> v : validator.validate(draft)) {
            String field = fieldOf(v.getPropertyPath().toString());
            if (errors.stream().noneMatch(e -> e.field().equals(field))) {
                errors.add(new FormError(field, v.getMessage()));
            }
        }
        // a draft is filed only from a form this page drew for this officer: its one-time token is the draft's key, so
        // the form sent twice is one draft; a form without it, or with one made up, files nothing and is drawn again
        boolean issued = tokens.issued(DRAFT_FORM, user, form.formToken());
        if (!issued) {
            errors.add(texts.error("save-draft", "newSolicitation.error.formToken"));
        }
        if (errors.isEmpty()) {
            try {
                SolicitationView created = createOnce(draft, user, IdempotencyKey.of(form.formToken().strip()).orElseThrow());
                return new ModelAndView("redirect:/staff/solicitations/" + created.id() + "?drafted");
            } catch (InvalidInputException e) {
                FormError.of(e).forEach(f -> errors.add(new FormError(fieldOf(f.field()), f.text())));
            }
        }
        ModelAndView page = new ModelAndView(form(form, errors, user, model), model.asMap());
        page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        return page;
    }

    /**
     * The draft of the form with this token. The same form sent twice at the same moment: the token's unique index
     * lets one draft through and refuses the other, which then finds the first. Tried for a few seconds at most,
     * then refused as a conflict.
     */
    private SolicitationView createOnce(SolicitationDraft draft, HighroadUser user, IdempotencyKey token) {
        for (int attempt = 1;; attempt++) {
            try {
                return solicitations.createOnce(draft, user, token);
            } catch (org.springframework.dao.DataIntegrityViolationException sameFormMeanwhile) {
                if (attempt >= 30) {
                    throw new ConflictException("this form was sent twice at the same moment; open the solicitations");
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


    @PostMapping("/staff/solicitations/{id}/publication")
    @PreAuthorize(OFFICER)
    String publish(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        try {
            solicitations.publish(id, user);
        } catch (ConflictException e) {
            // Publish sent twice (a double click, a resend): the first stands, and the page says so with its date,
            // not an error as if it had failed; a solicitation never published (cancelled, say) is still refused
            if (solicitations.get(id, user).publishedAt() != null) {
                return "redirect:/staff/solicitations/" + id + "?alreadyPublished";
            }
            throw e;
        } catch (org.springframework.dao.DataIntegrityViolationException
                | org.springframework.dao.OptimisticLockingFailureException sameClickMeanwhile) {
            // Publish sent twice at the same moment: the other send publishes it (their rows meet on a unique key);
            // this one lands on the page of what stands, once the other has committed (a few seconds at most)
            for (int attempt = 0; attempt < 30; attempt++) {
                if (solicitations.get(id, user).publishedAt() != null) {
                    return "redirect:/staff/solicitations/" + id + "?alreadyPublished";
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            throw sameClickMeanwhile;
        }
        return "redirect:/staff/solicitations/" + id + "?published";
    }

    @GetMapping("/staff/solicitations/{id}")
    @PreAuthorize(READERS)
    String solicitation(@PathVariable long id, @RequestParam(required = false) String drafted,
            @RequestParam(required = false) String published, @RequestParam(required = false) String alreadyPublished,
            @AuthenticationPrincipal HighroadUser user, Model model) {
        SolicitationView s = solicitations.get(id, user);
        model.addAttribute("s", s);
        model.addAttribute("alreadyPublished", alreadyPublished != null && s.publishedAt() != null);
        model.addAttribute("rubric", rubric(s.rubric()));
        model.addAttribute("drafted", drafted != null);
        model.addAttribute("published", published != null);
        boolean sealed = s.openedAt() == null;
        model.addAttribute("sealed", sealed);
        if (sealed) {
            // sealed bidding: the agency learns nothing of the bids before the opening, not even how many came in
            return "procurement/solicitation";
        }
        Map<Long, String> names = new LinkedHashMap<>();
        List<BidLine> lines = PageView.every(p -> bids.list(id, user, new PageParams(String.valueOf(p), "100", null)))
                .stream().filter(b -> b.status() != BidStatus.REPLACED)
                .map(b -> line(b, names.computeIfAbsent(b.vendorId(), vendors::legalName), user)).toList();
        model.addAttribute("bids", lines);
        RankingView ranking = bids.ranking(id, user);
        model.addAttribute("ranking", ranking.entries().stream().filter(e -> e.rank() != null)
                .map(e -> new RankLine(e, names.computeIfAbsent(e.vendorId(), vendors::legalName))).toList());
        model.addAttribute("tieBreak", ranking.tieBreak());
        Optional<String> task = awardProcess.awardTask(id);
        model.addAttribute("awardTask", task.map(t -> "/operaton/app/tasklist/default/#/?task=" + t).orElse(null));
        model.addAttribute("awarded", s.awardedBidId() == null ? null : lines.stream()
                .filter(l -> l.bid().id().equals(s.awardedBidId())).findFirst().orElse(null));
        return "procurement/solicitation";
    }

    /**
     * One bid after the opening: its figures and, principle by principle, its points beside the statement its bidder
     * wrote. A sealed bid is not found here (nor is one of another solicitation): before the deadline the agency learns
     * nothing of a bid, not even that this number is one (FAR 14.401(a)).
     */
    @GetMapping("/staff/solicitations/{id}/bids/{bidId}")
    @PreAuthorize(READERS)
    String bid(@PathVariable long id, @PathVariable long bidId, @AuthenticationPrincipal HighroadUser user, Model model) {
        SolicitationView s = solicitations.get(id, user);
        if (s.openedAt() == null) {
            throw new NotFoundException("no opened bid " + bidId + " of solicitation " + id);
        }
        BidView b;
        try {
            b = bids.get(bidId, user);
        } catch (ConflictException sealed) {
            throw new NotFoundException("no opened bid " + bidId + " of solicitation " + id);
        }
        if (!b.solicitationId().equals(id)) {
            throw new NotFoundException("no bid " + bidId + " of solicitation " + id);
        }
        BidLine line = line(b, vendors.legalName(b.vendorId()), user);
        ScorecardView card = bids.scorecard(bidId, user);
        Map<Principle, String> statements = b.commitments() == null ? Map.of() : b.commitments().principleStatements();
        List<PrincipleLine> principles = new ArrayList<>();
        for (Principle p : Principle.values()) {
            List<ScorecardView.Line> lines = card.criteria() == null ? List.of()
                    : card.criteria().stream().filter(l -> p.name().equals(l.principle())).toList();
            BigDecimal points = card.subtotals() == null ? null : card.subtotals().get(p.name());
            principles.add(new PrincipleLine(p, lines, points, statements.get(p)));
        }
        model.addAttribute("s", s);
        model.addAttribute("b", line);
        model.addAttribute("principles", principles);
        return "procurement/staff-bid";
    }

    private BidLine line(BidView b, String vendor, HighroadUser user) {
        ScorecardView card = bids.scorecard(b.id(), user);
        Map<String, ScorecardView.Line> points = new LinkedHashMap<>();
        if (card.criteria() != null) {
            card.criteria().forEach(l -> points.put(l.code(), l));
        }
        return new BidLine(b, vendor, b.commitments() == null ? null : b.commitments().price(), points, card.total(),
                b.outcomeReason() != null ? b.outcomeReason() : card.outcomeReason());
    }

    private String form(DraftForm form, List<FormError> errors, HighroadUser user, Model model) {
        model.addAttribute("form", form);
        // the form's one-time token: the one it was sent with when shown again (nothing was drafted under it) if this
        // page issued it, else a new one
        model.addAttribute("formToken", tokens.issued(DRAFT_FORM, user, form.formToken()) ? form.formToken().strip()
                : tokens.issue(DRAFT_FORM, user));
        model.addAttribute("errors", errors);
        model.addAttribute("invalid", FormError.fields(errors));
        model.addAttribute("standards", adoptedChoices());
        model.addAttribute("agencies", standards.agencies());
        model.addAttribute("categories", SolicitationDraft.Category.values());
        StandardVersionView version = chosen(form.standard());
        model.addAttribute("version", version);
        model.addAttribute("rubric", version == null ? List.of() : rubric(version.content().rubric()));
        return "procurement/new-solicitation";
    }

    private List<RubricLine> rubric(List<Criterion> criteria) {
        return criteria == null ? List.of() : criteria.stream().map(c -> new RubricLine(c, explanations.explain(c))).toList();
    }

    /**
     * Every adopted version of every procurement standard: a solicitation pins one (the API refuses another, and a
     * wage-subsidy standard, {@link Solicitations#isProcurementStandard}).
     */
    private List<StandardChoice> adoptedChoices() {
        List<StandardChoice> choices = new ArrayList<>();
        standards.list().forEach(s -> standards.versions(s.code()).stream()
                .filter(v -> v.adoption() != null && v.adoption().status() == Adoption.Status.ADOPTED)
                .filter(Solicitations::isProcurementStandard)
                .forEach(v -> choices.add(new StandardChoice(v.standardCode() + ":" + v.version(),
                        v.standardTitle() + " (" + v.standardCode() + ", v" + v.version() + ")"))));
        return choices;
    }

    private StandardVersionView chosen(String standard) {
        if (standard == null || !standard.matches("[A-Za-z0-9-]{1,60}:[0-9]{1,6}")) {
            return null;
        }
        String[] parts = standard.split(":");
        try {
            return standards.version(parts[0], Integer.parseInt(parts[1]));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The form as the API's draft; what cannot be read (an amount, a date, a choice) is an error on its field. */
    private SolicitationDraft draft(DraftForm f, List<FormError> errors) {
        SolicitationDraft.Category category = null;
        try {
            category = SolicitationDraft.Category.valueOf(f.category() == null ? "" : f.category());
        } catch (IllegalArgumentException e) {
            errors.add(new FormError("category", "choose works, services or goods"));
        }
        BigDecimal value = null;
        String typed = f.estimatedValue() == null ? "" : f.estimatedValue().trim().replace("$", "");
        if (typed.isEmpty()) {
            errors.add(new FormError("estimatedValue", "must not be blank"));
        } else if (!typed.matches("[0-9]+(\\.[0-9]{1,2})?")) {
            // "1,500" is not read as either 1.5 or 1500: the reader writes digits and an optional decimal point
            errors.add(new FormError("estimatedValue", "must be an amount in dollars like 1500000.00, without commas"));
        } else if (typed.split("\\.")[0].replaceFirst("^0+(?=\\d)", "").length() > 14) {
            // the record keeps 14 digits of dollars: a larger amount is no estimate of a contract
            errors.add(new FormError("estimatedValue", texts.text("newSolicitation.error.amountTooLarge")));
        } else {
            value = new BigDecimal(typed);
        }
        String code = null;
        Integer version = null;
        if (f.standard() != null && f.standard().matches("[A-Za-z0-9-]{1,60}:[0-9]{1,6}")) {
            code = f.standard().split(":")[0];
            version = Integer.valueOf(f.standard().split(":")[1]);
        } else {
            errors.add(new FormError("standard", "choose an adopted standard version"));
        }
        OffsetDateTime deadline = null;
        try {
            // deadlines are entered and shown in UTC, as the application's clock keeps them
            deadline = LocalDateTime.parse(f.submissionDeadline() == null ? "" : f.submissionDeadline().trim())
                    .atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            errors.add(new FormError("submissionDeadline", "must be a date and time"));
        }
        if (f.requiresPrequalification() != null && !f.requiresPrequalification().isEmpty() && !f.prequalificationTicked()
                && !"false".equals(f.requiresPrequalification())) {
            errors.add(new FormError("requiresPrequalification", texts.text("newSolicitation.error.prequalification")));
        }
        List<String> classifications = f.classifications() == null ? List.of()
                : f.classifications().lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
        // what could not be read stays empty, so the draft's own checks name every other mistake at once
        return new SolicitationDraft(f.agencyCode(), f.title(), blankToNull(f.description()), category, blankToNull(f.region()),
                value, code, version, deadline, classifications, f.prequalificationTicked(), null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The form's field for a property of the draft or a violation the module names. */
    private static String fieldOf(String property) {
        if (property.startsWith("classifications")) {
            return "classifications";
        }
        if (property.equals("standardCode") || property.equals("standardVersion") || property.startsWith("rubric")) {
            return "standard";
        }
        return property;
    }
}
