package org.highroad.contracts.web;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.highroad.contracts.AmendContract;
import org.highroad.contracts.Amendment;
import org.highroad.contracts.ContractDocuments;
import org.highroad.contracts.ContractStatus;
import org.highroad.contracts.ContractView;
import org.highroad.contracts.Contracts;
import org.highroad.contracts.WageRule;
import org.highroad.contracts.process.ContractAwardProcess;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.pages.FormError;
import org.highroad.platform.pages.HtmlPages;
import org.highroad.platform.pages.PageTexts;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.platform.validation.IdempotencyKey;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.procurement.BidSubmission;
import org.highroad.vendors.VendorRegistry;
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
 * The procurement officer's contract pages: the contracts drafted from awards waiting in legal review (paged), and a
 * contract's page with its PDF, its schedules (committed wages per classification on the first day, the required
 * shares of work hours, the reporting and enforcement terms, the clauses) and a link to its legal-review task in
 * Tasklist, where the officer decides it. Read through {@link Contracts} and {@link ContractDocuments} as
 * {@code /api/contracts} reads them.
 */
@Controller
@HtmlPages
class LegalReviewPages {

    private static final String OFFICERS = "hasAnyRole('PROCUREMENT_OFFICER','ADMIN')";
    /**
     * A contract's page and PDF are read by all agency staff, as {@code GET /api/contracts/{id}} is: the auditor's case
     * page and Tasklist forms link to them. Changing it stays the officer's.
     */
    private static final String STAFF = "hasAnyRole('PROCUREMENT_OFFICER','ADMIN','AUDITOR','WORKFORCE_STAFF')";
    /** Amending a contract is the officer's, as on the API. */
    private static final String AMENDS = "hasRole('PROCUREMENT_OFFICER')";

    private final Contracts contracts;
    private final ContractDocuments documents;
    private final ContractAwardProcess award;
    private final VendorRegistry vendors;
    private final AmendContract amendments;
    private final Validator validator;
    private final PageTexts texts;
    private final org.highroad.platform.security.FormTokens tokens;
    /** The name the amendment form's one-time tokens are drawn for. */
    static final String AMEND_FORM = "contract-amendment";

    LegalReviewPages(Contracts contracts, ContractDocuments documents, ContractAwardProcess award, VendorRegistry vendors,
            AmendContract amendments, Validator validator, PageTexts texts, org.highroad.platform.security.FormTokens tokens) {
        this.tokens = tokens;
        this.amendments = amendments;
        this.validator = validator;
        this.texts = texts;
        this.contracts = contracts;
        this.documents = documents;
        this.award = award;
        this.vendors = vendors;
    }

    /** A contract with its prime's legal name. */
    record Line(ContractView contract, String prime) {
    }

    /** A classification's wages as drafted, and the rate committed on the contract's first day. */
    record WageLine(ContractView.Wage wage, WageRule committed) {
    }

    @GetMapping("/staff/contracts")
    @PreAuthorize(OFFICERS)
    String list(@RequestParam(defaultValue = "0") String page, @AuthenticationPrincipal HighroadUser user, Model model) {
        PageView<ContractView> shown = contracts.listInStatus(ContractStatus.IN_LEGAL_REVIEW, user, new PageParams(page, "25", null));
        model.addAttribute("contracts", shown.items().stream().map(c -> new Line(c, vendors.legalName(c.primeVendorId()))).toList());
        model.addAttribute("paged", shown);
        return "contracts/staff-contracts";
    }

    @GetMapping("/staff/contracts/{id}")
    @PreAuthorize(STAFF)
    String contract(@PathVariable long id, @AuthenticationPrincipal HighroadUser user, Model model) {
        return page(id, user, model, null, List.of());
    }

    /**
     * The officer amends an executed contract from its page, through the same use case as
     * {@code POST /api/contracts/{id}/amendments}: from which day, why, and the committed wages that rise (the others
     * carry over). 422 re-renders the page with the fields marked; 409 when it does not take effect after the version
     * in force.
     */
    @PostMapping("/staff/contracts/{id}/amendments")
    @PreAuthorize(AMENDS)
    ModelAndView amend(@PathVariable long id, @RequestParam Map<String, String> form, @AuthenticationPrincipal HighroadUser user,
            Model model) {
        ContractView c = contracts.fullView(id, user);
        List<FormError> errors = new ArrayList<>();
        // the form drawn for this officer carries a one-time token, stored with the amendment it records: the same
        // form sent again (a double click, a resend) lands on the amendment recorded, never records a second one nor
        // says nothing was recorded; a token made up or drawn for someone else records nothing
        String sentToken = form.get("formToken");
        IdempotencyKey token = null;
        if (sentToken != null && !sentToken.isBlank()) {
            if (tokens.issued(AMEND_FORM, user, sentToken)) {
                token = IdempotencyKey.of(sentToken.strip()).orElseThrow();
                if (amendments.amendedWith(id, token)) {
                    return new ModelAndView("redirect:/staff/contracts/" + id + "?amended");
                }
            } else {
                errors.add(texts.error("amend", "amendment.error.formToken"));
            }
        }
        LocalDate from = null;
        String effectiveFrom = form.get("effectiveFrom");
        try {
            from = effectiveFrom == null || effectiveFrom.isBlank() ? null : LocalDate.parse(effectiveFrom.strip());
        } catch (DateTimeParseException e) {
            // named below
        }
        if (from == null) {
            errors.add(texts.error("effectiveFrom", "amendment.error.date"));
        }
        List<String> classifications = c.current() == null ? List.of()
                : c.current().wages().stream().map(ContractView.Wage::classification).toList();
        List<BidSubmission.WageOffer> offers = new ArrayList<>();
        List<Integer> offerRows = new ArrayList<>();
        for (int i = 0; i < classifications.size(); i++) {
            String base = form.get("base-" + i);
            String fringe = form.get("fringe-" + i);
            if ((base == null || base.isBlank()) && (fringe == null || fringe.isBlank())) {
                continue; // unchanged: carries over
            }
            BigDecimal baseRate = amount(base, "base-" + i, errors);
            BigDecimal fringeRate = amount(fringe, "fringe-" + i, errors);
            if (baseRate != null && fringeRate != null) {
                offers.add(new BidSubmission.WageOffer(classifications.get(i), baseRate, fringeRate));
                offerRows.add(i);
            }
        }
        String reason = form.get("reason");
        Amendment amendment = new Amendment(from == null ? LocalDate.MIN : from, reason == null ? null : reason.strip(), offers);
        validator.validate(amendment).forEach(v -> errors.add(new FormError(field(v.getPropertyPath().toString(), offerRows),
                v.getMessage())));
        HttpStatus status = HttpStatus.UNPROCESSABLE_ENTITY;
        if (errors.isEmpty()) {
            try {
                if (token == null) {
                    amendments.amend(id, amendment, user);
                } else {
                    amendments.amendOnce(id, amendment, user, token);
                }
                return new ModelAndView("redirect:/staff/contracts/" + id + "?amended");
            } catch (org.springframework.dao.DataIntegrityViolationException
                    | org.springframework.dao.OptimisticLockingFailureException sameFormMeanwhile) {
                // the same form sent at the same moment: the other send recorded it (or another amendment took the
                // version number meanwhile: then the page says so)
                if (token != null && recordedMeanwhile(id, token)) {
                    return new ModelAndView("redirect:/staff/contracts/" + id + "?amended");
                }
                throw new org.springframework.dao.OptimisticLockingFailureException("an amendment of this contract was recorded at the same moment");
            } catch (InvalidInputException e) {
                FormError.of(e).forEach(f -> errors.add(new FormError(field(f.field(), offerRows), f.text())));
            } catch (ConflictException e) {
                errors.add(new FormError("effectiveFrom", e.getMessage()));
                status = HttpStatus.CONFLICT;
            }
        }
        ModelAndView page = new ModelAndView(page(id, user, model, form, errors), model.asMap());
        page.setStatus(status);
        return page;
    }

    /** Whether the amendment of this form was recorded by its other send, waited for a few seconds at most. */
    private boolean recordedMeanwhile(long id, IdempotencyKey token) {
        for (int attempt = 0; attempt < 30; attempt++) {
            if (amendments.amendedWith(id, token)) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** A dollar amount per hour as typed ("60", "60.50"), or null with the field's error. */
    private BigDecimal amount(String typed, String field, List<FormError> errors) {
        try {
            return new BigDecimal(typed == null ? "" : typed.strip().replace("$", "").replace(",", ""));
        } catch (NumberFormatException e) {
            errors.add(texts.error(field, "amendment.error.amount"));
            return null;
        }
    }

    /** The page's field of an amendment's property ("wageOffers[1].fringeRate" is the fringe of that offer's row). */
    private static String field(String property, List<Integer> offerRows) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("wageOffers\\[(\\d+)\\](\\.(\\w+))?").matcher(property);
        if (m.lookingAt()) {
            int offer = Integer.parseInt(m.group(1));
            int row = offer < offerRows.size() ? offerRows.get(offer) : 0;
            return ("fringeRate".equals(m.group(3)) ? "fringe-" : "base-") + row;
        }
        if (property.equals("wageOffers")) {
            return "base-0"; // the rates as a whole (none changes): marked at the first of them
        }
        return property.equals("reason") || property.equals("effectiveFrom") ? property : "effectiveFrom";
    }

    private String page(long id, HighroadUser user, Model model, Map<String, String> form, List<FormError> errors) {
        ContractView c = contracts.fullView(id, user);
        model.addAttribute("errors", errors);
        model.addAttribute("invalid", FormError.fields(errors));
        model.addAttribute("amendForm", form == null ? Map.of() : form);
        // the form's one-time token, kept when the form is drawn again with its errors
        String sentToken = form == null ? null : form.get("formToken");
        model.addAttribute("amendFormToken", tokens.issued(AMEND_FORM, user, sentToken) ? sentToken.strip()
                : tokens.issue(AMEND_FORM, user));
        model.addAttribute("mayAmend", user.has(Role.PROCUREMENT_OFFICER) && c.status() == ContractStatus.EXECUTED);
        List<WageLine> wages = c.current() == null ? List.of() : c.current().wages().stream()
                .map(w -> new WageLine(w, c.periodStart() == null ? null
                        : contracts.wageRule(id, w.classification(), c.periodStart()).orElse(null))).toList();
        model.addAttribute("c", c);
        model.addAttribute("prime", vendors.legalName(c.primeVendorId()));
        model.addAttribute("wages", wages);
        model.addAttribute("workforce", c.periodStart() == null ? List.of() : contracts.workforceRules(id, c.periodStart()));
        // the legal review is the officer's: other staff read the contract without a task they could not open
        boolean reviews = user.has(Role.PROCUREMENT_OFFICER) || user.has(Role.ADMIN);
        model.addAttribute("reviewTask", reviews && c.status() == ContractStatus.IN_LEGAL_REVIEW
                ? award.legalReviewTask(id).map(t -> "/operaton/app/tasklist/default/#/?task=" + t).orElse(null) : null);
        return "contracts/staff-contract";
    }

    @GetMapping("/staff/contracts/{id}/document.pdf")
    @PreAuthorize(STAFF)
    ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(documents.pdf(id, user));
    }
}
