package org.highroad.enforcement.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.highroad.enforcement.BulkReview;
import org.highroad.enforcement.CaseLedgers;
import org.highroad.enforcement.CaseNotices;
import org.highroad.enforcement.CaseResponses;
import org.highroad.enforcement.CaseSteps;
import org.highroad.enforcement.CaseView;
import org.highroad.enforcement.ComplianceCases;
import org.highroad.enforcement.ReviewFinding;
import org.highroad.enforcement.ReviseFinding;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.process.ComplianceCaseProcess;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.pages.FormError;
import org.highroad.platform.pages.HtmlPages;
import org.highroad.platform.pages.PageReasons;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageQuery;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.IdempotencyKey;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.vendors.VendorRegistry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The auditor's workbench (agency staff): the case queue and each case's page, with its findings grouped by worker and
 * by kind and the bulk review form (ADR 0021), its findings one by one with the payroll row behind each, notices with
 * their PDFs, responses, the ledger and the steps. Through the same services as {@code /api/cases}; the bulk review
 * is the API's ({@link BulkReview} through {@link ComplianceCaseProcess}), so it is refused for the same reasons.
 */
@Controller
@HtmlPages
class StaffCasePages {

    private static final String STAFF = "hasAnyRole('ADMIN','PROCUREMENT_OFFICER','AUDITOR','WORKFORCE_STAFF')";
    private static final String AUDITOR = "hasRole('AUDITOR')";
    private static final int FINDINGS_PER_PAGE = 100;
    /** The bulk review form's choice of the findings of no worker: about the payroll as a whole. */
    static final String WHOLE_PAYROLL = "payroll-as-a-whole";

    /** Worker groups a page of the case shows: a payroll of thousands of workers gives thousands of groups. */
    static final int GROUPS_PER_PAGE = 50;

    private final ComplianceCases cases;
    private final BulkReview bulk;
    private final ComplianceCaseProcess process;
    private final CaseNotices notices;
    private final CaseLedgers ledgers;
    private final CaseResponses responses;
    private final CaseSteps steps;
    private final VendorRegistry vendors;
    private final MessageSource messages;
    private final ReviseFinding revisions;
    private final org.highroad.platform.security.FormTokens tokens;

    StaffCasePages(ComplianceCases cases, BulkReview bulk, ComplianceCaseProcess process, CaseNotices notices,
            CaseLedgers ledgers, CaseResponses responses, CaseSteps steps, VendorRegistry vendors, MessageSource messages,
            ReviseFinding revisions, org.highroad.platform.security.FormTokens tokens) {
        this.tokens = tokens;
        this.revisions = revisions;
        this.cases = cases;
        this.bulk = bulk;
        this.process = process;
        this.notices = notices;
        this.ledgers = ledgers;
        this.responses = responses;
        this.steps = steps;
        this.vendors = vendors;
        this.messages = messages;
    }

    /** A row of the queue: the case and its contractor's name. */
    record QueueRow(CaseView c, String contractor) {
    }

    /** A decision waiting in Tasklist on the case; {@code link} to its task for whom decides it, else null. */
    record Waiting(String what, String link) {
    }

    /** The bulk review form's fields as typed, shown again with their errors. */
    record BulkForm(String group, String decision, String reason) {
    }

    @GetMapping("/staff/cases")
    @PreAuthorize(STAFF)
    String queue(@RequestParam(defaultValue = "OPEN") String status, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") String page, @AuthenticationPrincipal HighroadUser user, Model model) {
        ComplianceCase.Status filter = switch (status) {
            case "CLOSED" -> ComplianceCase.Status.CLOSED;
            case "ALL" -> null;
            default -> ComplianceCase.Status.OPEN;
        };
        PageView<CaseView> shown = cases.list(user, new PageParams(page, "25", sort), filter);
        Map<Long, String> names = shown.items().stream().map(CaseView::vendorId).distinct()
                .collect(Collectors.toMap(Function.identity(), vendors::legalName));
        model.addAttribute("rows", shown.items().stream().map(c -> new QueueRow(c, names.get(c.vendorId()))).toList());
        model.addAttribute("paged", shown);
        model.addAttribute("status", filter == null ? "ALL" : filter.name());
        model.addAttribute("sort", sort == null ? "" : sort);
        model.addAttribute("pagerPath", "/staff/cases?status=" + (filter == null ? "ALL" : filter.name())
                + (sort == null ? "" : "&sort=" + sort));
        return "enforcement/staff-cases";
    }

    @GetMapping("/staff/cases/{id}")
    @PreAuthorize(STAFF)
    String view(@PathVariable long id, @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "0") String workers, @RequestParam(required = false) Integer reviewed,
            @RequestParam(required = false) Long revised, @RequestParam(required = false) String ledger,
            @RequestParam(required = false) Integer reviewedAlready, @AuthenticationPrincipal HighroadUser user, Model model) {
        model.addAttribute("reviewed", reviewed);
        model.addAttribute("reviewedAlready", reviewedAlready);
        model.addAttribute("ledgerDone", "withhold".equals(ledger) || "release".equals(ledger) ? ledger : null);
        model.addAttribute("revised", revised);
        return page(id, page, workers, user, model, new BulkForm(null, null, null), List.of());
    }

    /**
     * One page of the groups (in their order: the largest amount to review first), {@code page} and {@code size}
     * checked as every list's are (400 naming the parameter); a page past the last is empty, with the total.
     */
    static PageView<BulkReview.Group> pageOf(List<BulkReview.Group> all, String page, String size) {
        PageQuery q = new PageParams(page, size, null).query(GROUP_ORDER);
        int from = (int) Math.min((long) q.page() * q.size(), all.size());
        int to = Math.min(from + q.size(), all.size());
        return new PageView<>(List.copyOf(all.subList(from, to)), q.page(), q.size(), all.size(),
                (all.size() + q.size() - 1) / q.size());
    }

    /** The groups keep the order the review gives them: no sort to choose. */
    private static final org.highroad.platform.paging.SortFields GROUP_ORDER = org.highroad.platform.paging.SortFields
            .byId("key", org.springframework.data.domain.Sort.Direction.ASC);

    /**
     * One decision with one reason for a group of the case's findings pending review (one worker's or one kind): each
     * finding recorded one by one; refused whole when any is no longer pending.
     */
    @PostMapping("/staff/cases/{id}/review")
    @PreAuthorize(AUDITOR)
    ModelAndView review(@PathVariable long id, @RequestParam(required = false) String group,
            @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal HighroadUser user, Model model) {
        cases.visible(id, user);
        BulkForm form = new BulkForm(group, decision, reason);
        List<FormError> errors = new ArrayList<>();
        Locale locale = LocaleContextHolder.getLocale();
        BulkReview.Selection selection = null;
        if (WHOLE_PAYROLL.equals(group)) {
            selection = new BulkReview.Selection(null, null, null, null, true);
        } else if (group != null && group.startsWith("worker:") && group.length() > 7) {
            selection = new BulkReview.Selection(null, group.substring(7), null, null);
        } else if (group != null && group.startsWith("kind:") && group.length() > 5) {
            selection = new BulkReview.Selection(null, null, group.substring(5), null);
        } else {
            errors.add(new FormError("group", messages.getMessage("staffcase.bulk.error.group", null, locale)));
        }
        if (!"CONFIRM".equals(decision) && !"DISMISS".equals(decision)) {
            errors.add(new FormError("decision", messages.getMessage("staffcase.bulk.error.decision", null, locale)));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new FormError("reason", messages.getMessage("staffcase.bulk.error.reason", null, locale)));
        } else if (reason.strip().length() < 10) {
            // one reason for every finding of the group says why, as the other decisions on a case do (BulkReview)
            errors.add(new FormError("reason", messages.getMessage("staffcase.bulk.error.reasonShort", new Object[] {10}, locale)));
        } else if (reason.length() > 2000) {
            errors.add(new FormError("reason", messages.getMessage("staffcase.bulk.error.reasonLength", null, locale)));
        }
        boolean conflict = false;
        if (errors.isEmpty()) {
            try {
                int n = process.review(id, bulk.select(id, selection), user, ReviewFinding.Decision.valueOf(decision), reason);
                return new ModelAndView("redirect:/staff/cases/" + id + "?reviewed=" + n);
            } catch (ConflictException e) {
                // the same review sent again (a double click, a resend): the group's findings stand as this auditor
                // just decided them, so the page says so rather than that nothing was recorded
                int already = reviewedAsSent(id, user, selection, decision, reason);
                if (already > 0) {
                    return new ModelAndView("redirect:/staff/cases/" + id + "?reviewedAlready=" + already);
                }
                conflict = true;
                errors.add(new FormError("group", messages.getMessage("staffcase.bulk.error.conflict",
                        new Object[] {PageReasons.inPageLanguage(e.getMessage())},
                        locale)));
            } catch (InvalidInputException e) {
                errors.addAll(FormError.of(e));
            }
        }
        ModelAndView page = new ModelAndView(page(id, "0", "0", user, model, form, errors), model.asMap());
        page.setStatus(conflict ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY);
        return page;
    }

    /**
     * How many findings of the group sent were reviewed with this decision and this reason by this auditor, when none
     * of the group is pending any more (the review sent again after the first was recorded); 0 otherwise.
     */
    private int reviewedAsSent(long id, HighroadUser user, BulkReview.Selection selection, String decision, String reason) {
        String status = "CONFIRM".equals(decision) ? "CONFIRMED" : "DISMISSED";
        List<CaseView.Finding> group = cases.get(id, user).findings().stream().filter(f -> f.finding() != null)
                .filter(f -> selection.withoutWorker() ? f.finding().workerRef() == null || f.finding().workerRef().isBlank()
                        : selection.workerRef() == null || selection.workerRef().strip().equals(f.finding().workerRef()))
                .filter(f -> selection.kind() == null || selection.kind().strip().equals(f.finding().kind()))
                .filter(f -> !"SUPERSEDED".equals(f.review()))
                .toList();
        if (group.isEmpty() || group.stream().anyMatch(f -> "PENDING".equals(f.review()))) {
            return 0;
        }
        long same = group.stream().filter(f -> status.equals(f.review()) && user.userId().equals(f.reviewedBy())
                && f.reason() != null && f.reason().equals(reason.strip())).count();
        return (int) same;
    }

    /** The revision form of one confirmed finding as typed, shown again with its errors. */
    record ReviseForm(Long findingId, String amount, String reason) {
    }

    /**
     * An auditor revises what a confirmed finding owes, with the reason (ADR 0030, addendum; the API's
     * {@code POST /api/cases/{id}/findings/{findingId}/revision}, refused for the same reasons). The form's fields are
     * named by the finding ({@code revise-amount-12}), so the error summary links to the form of the finding revised.
     */
    @PostMapping("/staff/cases/{id}/findings/{findingId}/revision")
    @PreAuthorize(AUDITOR)
    ModelAndView revise(@PathVariable long id, @PathVariable long findingId, @RequestParam(required = false) String amount,
            @RequestParam(required = false) String reason, @AuthenticationPrincipal HighroadUser user, Model model) {
        cases.visible(id, user);
        List<FormError> errors = new ArrayList<>();
        Locale locale = LocaleContextHolder.getLocale();
        String amountField = "revise-amount-" + findingId;
        java.math.BigDecimal value = null;
        if (amount == null || amount.isBlank()) {
            errors.add(new FormError(amountField, messages.getMessage("staffcase.revise.error.amount", null, locale)));
        } else {
            try {
                value = new java.math.BigDecimal(amount.strip().replace("$", "").replace(",", ""));
            } catch (NumberFormatException e) {
                errors.add(new FormError(amountField, messages.getMessage("staffcase.revise.error.amountNumber", null, locale)));
            }
        }
        boolean conflict = false;
        if (errors.isEmpty()) {
            try {
                revisions.revise(id, findingId, value, reason, user);
                return new ModelAndView("redirect:/staff/cases/" + id + "?revised=" + findingId + "#finding-" + findingId);
            } catch (ConflictException e) {
                conflict = true;
                errors.add(new FormError(amountField, e.getMessage()));
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> errors.add(new FormError("revise-" + v.field() + "-" + findingId, v.reason())));
            }
        }
        model.addAttribute("revise", new ReviseForm(findingId, amount, reason));
        ModelAndView page = new ModelAndView(page(id, "0", "0", user, model, new BulkForm(null, null, null), errors), model.asMap());
        page.setStatus(conflict ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY);
        return page;
    }

    /** The withholding and release forms as typed, shown again with their errors; {@code which} names the form sent. */
    record LedgerForm(String which, String amount, String paymentReference, String reason) {

        static final LedgerForm NONE = new LedgerForm(null, null, null, null);
    }

    /** Who records withholding and its release: the same roles as the API's {@code /api/cases/{id}/ledger/...}. */
    private static final String LEDGER_KEEPERS = "hasAnyRole('ADMIN','AUDITOR')";

    /**
     * Withholding from a payment due to the contractor, recorded on the case's ledger (29 CFR 5.5(a)(2), 29 CFR 5.9):
     * the API's {@code POST /api/cases/{id}/ledger/withholdings} through the same {@link CaseLedgers#recordWithholding},
     * so the same payment sent twice (the form sent again) is one withholding, and another amount from it is refused.
     */
    @PostMapping("/staff/cases/{id}/ledger/withholdings")
    @PreAuthorize(LEDGER_KEEPERS)
    ModelAndView withhold(@PathVariable long id, @RequestParam(required = false) String amount,
            @RequestParam(required = false) String paymentReference, @AuthenticationPrincipal HighroadUser user, Model model) {
        return ledgerEntry(id, new LedgerForm("withhold", amount, paymentReference, null), user, model,
                java.util.Optional.empty());
    }

    /** A release of withholding held, with why: the API's {@code POST /api/cases/{id}/ledger/releases}. */
    @PostMapping("/staff/cases/{id}/ledger/releases")
    @PreAuthorize(LEDGER_KEEPERS)
    ModelAndView release(@PathVariable long id, @RequestParam(required = false) String amount,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String formToken,
            @AuthenticationPrincipal HighroadUser user, Model model) {
        // the release form's one-time token (drawn with the page for this person) is the release's key: the same form
        // sent twice (a double click, a resend) records one release; a form without it, or with one the page never
        // drew (an old tab, a token altered), releases nothing and is drawn again with a new token
        boolean issued = tokens.issued(RELEASE_FORM, user, formToken);
        model.addAttribute(RELEASE_TOKEN, issued ? formToken.strip() : tokens.issue(RELEASE_FORM, user));
        return ledgerEntry(id, new LedgerForm("release", amount, null, reason), user, model,
                issued ? IdempotencyKey.of("staff-release-form:" + formToken.strip()) : java.util.Optional.empty());
    }

    /** The release form's name among the forms' one-time tokens. */
    static final String RELEASE_FORM = "staff-release";

    /** The model's name of the release form's one-time token. */
    static final String RELEASE_TOKEN = "releaseToken";


    private ModelAndView ledgerEntry(long id, LedgerForm form, HighroadUser user, Model model,
            java.util.Optional<IdempotencyKey> key) {
        ComplianceCase c = cases.visible(id, user);
        boolean release = "release".equals(form.which());
        String prefix = form.which() + "-";
        Locale locale = LocaleContextHolder.getLocale();
        List<FormError> errors = new ArrayList<>();
        java.math.BigDecimal value = ledgerAmount(form.amount(), prefix + "amount", errors, locale);
        String text = release ? form.reason() : form.paymentReference();
        String textField = prefix + (release ? "reason" : "reference");
        int max = release ? 2000 : 200;
        if (text == null || text.isBlank()) {
            errors.add(new FormError(textField, messages.getMessage("staffcase.ledger.error." + (release ? "reason" : "reference"),
                    null, locale)));
        } else if (text.strip().length() > max) {
            errors.add(new FormError(textField, messages.getMessage("staffcase.ledger.error.tooLong", new Object[] {max}, locale)));
        }
        if (release && key.isEmpty()) {
            errors.add(new FormError("release-submit", messages.getMessage("staffcase.ledger.error.formToken", null, locale)));
        }
        boolean conflict = false;
        if (errors.isEmpty()) {
            try {
                // the same release form again answers as the first did, recording nothing more
                ledgers.recordWithholding(c, release, value, text.strip(), user.userId(), key);
                return new ModelAndView("redirect:/staff/cases/" + id + "?ledger=" + form.which() + "#ledger-title");
            } catch (IdempotencyKey.Reused e) {
                // this form was sent before with another amount or reason (back, changed, sent again): the first
                // release stands; a new form is drawn for another release
                errors.add(new FormError(prefix + "amount", messages.getMessage("staffcase.ledger.error.resent", null, locale)));
                model.addAttribute(RELEASE_TOKEN, tokens.issue(RELEASE_FORM, user));
            } catch (ConflictException e) {
                conflict = true;
                // the payment withheld from already (another amount) is the reference's error; a closed case, the amount's
                errors.add(new FormError(!release && e.getMessage().contains(org.highroad.enforcement.CaseLedgers.WITHHELD_ALREADY) ? textField : prefix + "amount",
                        e.getMessage()));
            } catch (org.highroad.enforcement.CaseLedgers.AboveWhatIsOwed e) {
                // the ceiling on withholding, in the page's language
                // (nothing more, rather than "at most $0.00", once what is held covers what is owed; nothing at all, not
                // "still owes $0.00", when nothing is owed)
                errors.add(new FormError(prefix + "amount", messages.getMessage(e.owes().signum() == 0
                        ? "staffcase.ledger.error.owesNothing" : e.most().signum() == 0
                        ? "staffcase.ledger.error.nothingMore" : "staffcase.ledger.error.aboveOwed",
                        new Object[] {org.highroad.platform.money.Money.of(e.most()).format(locale),
                        org.highroad.platform.money.Money.of(e.owes()).format(locale),
                        org.highroad.platform.money.Money.of(e.held()).format(locale)}, locale)));
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> errors.add(new FormError(prefix + ("amount".equals(v.field()) ? "amount" : v.field()),
                        v.reason())));
            }
        }
        model.addAttribute("ledgerForm", form);
        ModelAndView page = new ModelAndView(page(id, "0", "0", user, model, new BulkForm(null, null, null), errors), model.asMap());
        page.setStatus(conflict ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY);
        return page;
    }

    /**
     * Dollars and cents as typed ("$1,200.50"): more than $0.00, in whole cents, at most ten digits of dollars, read by
     * {@link org.highroad.platform.money.MoneyAmounts} as the API's ledger reads its amounts ("1e3" is not $1,000.00,
     * nor "194,00" $19,400.00); refused in the page's words.
     */
    private java.math.BigDecimal ledgerAmount(String amount, String field, List<FormError> errors, Locale locale) {
        org.highroad.platform.money.MoneyAmounts.Read read = org.highroad.platform.money.MoneyAmounts.read(amount);
        if (read.refused()) {
            String code = switch (read.refusal()) {
                case MISSING -> "staffcase.ledger.error.amount";
                case NOT_AN_AMOUNT -> "staffcase.ledger.error.amountNumber";
                // the house's words for a fraction of a cent, as on the contractor's payment form
                case FRACTION_OF_A_CENT -> "reason.enforcement.amountWholeCents";
                case TOO_LARGE -> "reason.enforcement.amountAtMost";
            };
            errors.add(new FormError(field, messages.getMessage(code, null, locale)));
        }
        return read.amount();
    }

    @GetMapping("/staff/cases/{id}/notices/{noticeId}/pdf")
    @PreAuthorize(STAFF)
    ResponseEntity<byte[]> noticePdf(@PathVariable long id, @PathVariable long noticeId, @AuthenticationPrincipal HighroadUser user) {
        byte[] pdf = notices.pdf(cases.visible(id, user), noticeId);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"notice-" + id + "-" + noticeId
                + ".pdf\"").contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    private String page(long id, String page, String workers, HighroadUser user, Model model, BulkForm form,
            List<FormError> errors) {
        ComplianceCase visible = cases.visible(id, user);
        CaseView c = cases.get(id, user);
        model.addAttribute("c", c);
        model.addAttribute("contractor", vendors.legalName(c.vendorId()));
        PageView<BulkReview.Group> byWorker;
        try {
            byWorker = pageOf(bulk.groups(id, BulkReview.GroupBy.WORKER, null), workers, String.valueOf(GROUPS_PER_PAGE));
        } catch (org.highroad.platform.validation.MalformedRequestException e) {
            // the page of worker groups is the page's "workers" parameter: the error page names that one
            throw new org.highroad.platform.validation.MalformedRequestException(e.violations().stream()
                    .map(v -> new org.highroad.platform.validation.Violation(v.field().equals("page") ? "workers" : v.field(),
                            v.reason())).toList());
        }
        model.addAttribute("byWorker", byWorker.items());
        model.addAttribute("workerPages", byWorker);
        model.addAttribute("findingsPage", page);
        model.addAttribute("byKind", bulk.groups(id, BulkReview.GroupBy.KIND, null));
        PageView<CaseView.Finding> findings = cases.findings(id, user, new PageParams(page, String.valueOf(FINDINGS_PER_PAGE), null));
        model.addAttribute("findings", findings);
        model.addAttribute("notices", notices.list(id));
        org.highroad.enforcement.LedgerView ledger = ledgers.view(visible, user);
        model.addAttribute("ledger", ledger);
        // paid is what an auditor accepted (ADR 0037: a payment counts as paid once the agency accepted its proof), as
        // the Tasklist forms count it; what the contractor reported and no verification has ruled on yet is shown apart,
        // to rule on, and is still owed until it is accepted
        org.highroad.enforcement.ledger.CaseTotals proved = ledgers.proven(id).totals();
        model.addAttribute("proved", proved);
        model.addAttribute("toRuleOn", ledger.totals().paid().subtract(proved.paid()).max(java.math.BigDecimal.ZERO).setScale(2));
        // the contractors of the ledger by name, for the note on withholding held beyond what is owed
        model.addAttribute("vendorNames", ledger.contractors().stream().map(k -> k.totals().vendorId()).distinct()
                .collect(Collectors.toMap(Function.identity(), vendors::legalName)));
        // the withholding form names the most that can be withheld now: the ceiling (29 CFR 5.9, 5.5(a)(2)) read as
        // CaseLedgers#recordWithholding reads it, on the payments proved, for the case's contractor
        org.highroad.enforcement.ledger.ContractorTotals mine = ledger.contractors().stream()
                .filter(k -> k.totals().vendorId() == visible.vendorId()).map(org.highroad.enforcement.LedgerView.Contractor::totals)
                .findFirst().orElse(null);
        java.math.BigDecimal zero = java.math.BigDecimal.ZERO.setScale(2);
        model.addAttribute("withholdMost", mine == null ? zero : mine.recommendedWithholding());
        model.addAttribute("withholdOwes", mine == null ? zero : mine.outstanding());
        model.addAttribute("withholdHeld", mine == null ? zero : mine.held());
        model.addAttribute("revisions", ledgers.revisions(id));
        if (!model.containsAttribute("ledgerForm")) {
            model.addAttribute("ledgerForm", LedgerForm.NONE);
        }
        if (!model.containsAttribute(RELEASE_TOKEN)) {
            model.addAttribute(RELEASE_TOKEN, tokens.issue(RELEASE_FORM, user)); // each page drawn has its own release form
        }
        model.addAttribute("ledgerKeeper", user.has(org.highroad.platform.security.Role.AUDITOR)
                || user.has(org.highroad.platform.security.Role.ADMIN));
        if (!model.containsAttribute("revise")) {
            model.addAttribute("revise", new ReviseForm(null, null, null));
        }
        model.addAttribute("caseOpen", c.status().equals("OPEN"));
        // what the findings still to review would owe: at stake, not owed, until the auditor confirms them
        model.addAttribute("atStake", c.findings().stream().filter(f -> "PENDING".equals(f.review()))
                .map(f -> f.recovery() != null ? f.recovery().amount() : f.finding() == null ? null : f.finding().amountOwed())
                .filter(a -> a != null).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add).setScale(2));
        model.addAttribute("responses", responses.list(id));
        model.addAttribute("steps", steps.list(id, user));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("invalid", FormError.fields(errors));
        model.addAttribute("auditor", user.has(org.highroad.platform.security.Role.AUDITOR));
        model.addAttribute("open", c.status().equals("OPEN") && c.pendingFindings() > 0);
        // the decisions waiting on the case are Tasklist tasks: the page links each to whom decides it
        model.addAttribute("waiting", process.waitingTasks(id).stream().map(w -> new Waiting(w.what(),
                user.has(w.decidedBy()) ? "/operaton/app/tasklist/default/#/?task=" + w.taskId() : null)).toList());
        return "enforcement/staff-case";
    }
}
