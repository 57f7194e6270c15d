package org.highroad.procurement.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.highroad.platform.pages.FormError;
import org.highroad.platform.pages.HtmlPages;
import org.highroad.platform.pages.PageTexts;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.procurement.Awards;
import org.highroad.procurement.BidSubmission;
import org.highroad.procurement.BidResponsiveness;
import org.highroad.procurement.BidStatus;
import org.highroad.procurement.BidView;
import org.highroad.procurement.Bids;
import org.highroad.procurement.SolicitationStatus;
import org.highroad.procurement.SolicitationView;
import org.highroad.procurement.Solicitations;
import org.highroad.standards.RubricExplanations;
import org.highroad.procurement.domain.BidScreening;
import org.highroad.procurement.domain.WageFloors;
import org.highroad.standards.scoring.Criterion;
import org.highroad.standards.scoring.CriterionKind;
import org.highroad.standards.scoring.Principle;
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
 * Bids in the contractor portal: the solicitations open for bids, a bid form asking the price, the wage offered per
 * classification and the job-quality commitments the solicitation's rubric scores (a criterion's metric names the
 * commitment, as {@code procurement.domain.BidAnswers} reads it), the vendor's own bids and, after the award, the
 * notices to it. Through {@link Bids} and {@link Awards} as {@code /api/solicitations/{id}/bids} and {@code /api/bids},
 * so a bid stays sealed: a contractor reads its own vendor's bids only, another's is not found.
 */
@Controller
@HtmlPages
class BidPages {

    private static final String CONTRACTOR = "hasRole('CONTRACTOR')";

    /** The commitments a rubric's metric may ask, by the bid's field of the same name, and how each is written. */
    enum Commitment {
        lowestHourlyWage(Type.DECIMAL), employerHealthPremiumSharePercent(Type.DECIMAL), paidLeaveDaysPerYear(Type.DECIMAL),
        retirementContributionPercent(Type.DECIMAL), scheduleNoticeDays(Type.WHOLE), fullTimeSharePercent(Type.DECIMAL),
        localResidentHoursSharePercent(Type.DECIMAL), peopleOfColorHoursSharePercent(Type.DECIMAL),
        womenHoursSharePercent(Type.DECIMAL), apprenticeHoursSharePercent(Type.DECIMAL),
        trainingHoursPerWorkerPerYear(Type.DECIMAL), seriousSafetyCitationsLast3Years(Type.WHOLE),
        advancementPlan(Type.TEXT), hasCollectiveAgreement(Type.YES_NO), hasWorkerCommittee(Type.YES_NO);

        enum Type { DECIMAL, WHOLE, TEXT, YES_NO }

        final Type type;

        Commitment(Type type) {
            this.type = type;
        }

        public Type getType() {
            return type;
        }

        /** The metric a rubric names for this commitment (the advancement plan is scored as whether there is one). */
        String metric() {
            return this == advancementPlan ? "hasAdvancementPlan" : name();
        }
    }

    /** One commitment the form asks, with the rubric's criteria that score it. */
    record Asked(Commitment commitment, List<Criterion> criteria) {
    }

    /**
     * One of the eight job-quality principles as the form asks it: the commitments the rubric scores under it, the
     * rubric's other criteria of the principle (an officer's rating, past performance, the wage margin the offers give),
     * and the bid's statement for it ({@link BidSubmission#principleStatements()}), kept with the bid.
     */
    record PrincipleAsked(Principle principle, List<Asked> asked, List<Criterion> others) {

        /** The form's field for the principle's statement. */
        public String field() {
            return statementField(principle);
        }
    }

    private final Solicitations solicitations;
    private final Bids bids;
    private final Awards awards;
    private final Validator validator;
    private final Clock clock;
    private final PageTexts texts;
    private final RubricExplanations explanations;
    private final org.highroad.platform.pages.PageFormats formats;
    private final BidResponsiveness responsiveness;

    BidPages(Solicitations solicitations, Bids bids, Awards awards, Validator validator, Clock clock, PageTexts texts,
            RubricExplanations explanations, org.highroad.platform.pages.PageFormats formats, BidResponsiveness responsiveness) {
        this.formats = formats;
        this.responsiveness = responsiveness;
        this.texts = texts;
        this.explanations = explanations;
        this.solicitations = solicitations;
        this.bids = bids;
        this.awards = awards;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping("/portal/bids")
    @PreAuthorize(CONTRACTOR)
    String list(@AuthenticationPrincipal HighroadUser user, Model model) {
        List<SolicitationView> all = solicitations.list(user);
        model.addAttribute("open", all.stream().filter(this::takesBids).toList());
        List<BidView> mine = new ArrayList<>();
        Map<Long, SolicitationView> of = new HashMap<>();
        for (SolicitationView s : all) {
            of.put(s.id(), s);
            mine.addAll(PageView.every(n -> bids.list(s.id(), user, new PageParams(String.valueOf(n), "200", null))));
        }
        mine.sort(Comparator.comparing(BidView::id).reversed());
        model.addAttribute("mine", mine);
        model.addAttribute("solicitationOf", of);
        return "procurement/portal-bids";
    }

    @GetMapping("/portal/bids/solicitations/{id}")
    @PreAuthorize(CONTRACTOR)
    String form(@PathVariable long id, @AuthenticationPrincipal HighroadUser user, Model model) {
        SolicitationView s = solicitations.get(id, user);
        Map<String, String> typed = new HashMap<>();
        if (takesBids(s)) {
            // a bid sent again starts from the vendor's current bid: what it leaves as it is, it keeps
            bids.current(id, user).ifPresent(current -> {
                typed.putAll(typed(s, current.commitments()));
                model.addAttribute("startsFrom", current.id());
            });
        }
        for (int i = 0; i < s.classifications().size(); i++) {
            typed.put("offer" + i + "-classification", s.classifications().get(i));
        }
        return page(s, typed, List.of(), user, model);
    }

    @PostMapping("/portal/bids/solicitations/{id}")
    @PreAuthorize(CONTRACTOR)
    ModelAndView submit(@PathVariable long id, @RequestParam Map<String, String> fields, @AuthenticationPrincipal HighroadUser user,
            Model model) {
        SolicitationView s = solicitations.get(id, user);
        List<FormError> errors = new ArrayList<>();
        List<BidSubmission.WageOffer> offers = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        for (int i = 0; i < s.classifications().size(); i++) {
            BigDecimal base = decimal(fields, "offer" + i + "-baseRate", errors);
            BigDecimal fringe = decimal(fields, "offer" + i + "-fringeRate", errors);
            if (base == null && fringe == null && blank(fields.get("offer" + i + "-baseRate"))
                    && blank(fields.get("offer" + i + "-fringeRate"))) {
                continue; // no offer for this classification: the completeness check names what a bid must offer
            }
            offers.add(new BidSubmission.WageOffer(s.classifications().get(i), base, fringe));
            lineOf.add(i);
        }
        BidSubmission bid = new BidSubmission(decimal(fields, "price", errors), offers,
                decimal(fields, "lowestHourlyWage", errors), decimal(fields, "employerHealthPremiumSharePercent", errors),
                decimal(fields, "paidLeaveDaysPerYear", errors), decimal(fields, "retirementContributionPercent", errors),
                whole(fields, "scheduleNoticeDays", errors), decimal(fields, "fullTimeSharePercent", errors),
                decimal(fields, "localResidentHoursSharePercent", errors), decimal(fields, "peopleOfColorHoursSharePercent", errors),
                decimal(fields, "womenHoursSharePercent", errors), decimal(fields, "apprenticeHoursSharePercent", errors),
                decimal(fields, "trainingHoursPerWorkerPerYear", errors),
                blank(fields.get("advancementPlan")) ? null : fields.get("advancementPlan").strip(),
                yesNo(fields, "hasCollectiveAgreement", errors), yesNo(fields, "hasWorkerCommittee", errors),
                whole(fields, "seriousSafetyCitationsLast3Years", errors), statements(fields));
        // a field's own sentence (the module's, such as "must be a positive hourly rate") before a constraint's
        // default one: one reason per field, the most telling
        List<ConstraintViolation<BidSubmission>> violations = new ArrayList<>(validator.validate(bid));
        violations.sort(Comparator.comparing((ConstraintViolation<BidSubmission> v) -> isDefault(v))
                .thenComparing(v -> v.getPropertyPath().toString()));
        for (ConstraintViolation<BidSubmission> v : violations) {
            String field = field(v.getPropertyPath().toString(), lineOf);
            if (errors.stream().noneMatch(e -> e.field().equals(field))) {
                errors.add(new FormError(field, wording(v, field)));
            }
        }
        // a rate under the prevailing wage or a wage floor is refused at its field, nothing filed (ADR 0036), and
        // listed with the other errors of the same post: the bidder corrects all of them in one round
        for (BidResponsiveness.RateRefused r : responsiveness.ratesRefused(s, offers)) {
            String field = "offer" + lineOf.get(r.offer()) + "-" + (r.shortfall().part() == BidScreening.Part.BASE ? "baseRate" : "fringeRate");
            if (errors.stream().noneMatch(e -> e.field().equals(field))) {
                errors.add(new FormError(field, shortfall(r.shortfall())));
            }
        }
        if (errors.isEmpty()) {
            try {
                BidView filed = bids.submit(id, bid, user);
                return new ModelAndView("redirect:/portal/bids/" + filed.id() + "?submitted");
            } catch (InvalidInputException e) {
                FormError.of(e).forEach(f -> errors.add(new FormError(field(f.field(), lineOf), f.text())));
            }
        }
        ModelAndView page = new ModelAndView(page(s, fields, errors, user, model), model.asMap());
        page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        return page;
    }

    @GetMapping("/portal/bids/{bidId}")
    @PreAuthorize(CONTRACTOR)
    String bid(@PathVariable long bidId, @RequestParam(required = false) String submitted,
            @AuthenticationPrincipal HighroadUser user, Model model) {
        BidView bid = bids.get(bidId, user);
        if (!Objects.equals(bid.vendorId(), user.vendorId())) {
            // the portal shows a bidder its own bids only; sealed or not, another's is not found here
            throw new org.highroad.platform.errors.NotFoundException("no bid " + bidId);
        }
        SolicitationView s = solicitations.get(bid.solicitationId(), user);
        model.addAttribute("bid", bid);
        model.addAttribute("solicitation", s);
        model.addAttribute("submitted", submitted != null);
        model.addAttribute("notices", awards.notices(s.id(), user).stream().filter(n -> n.bidId() == bidId).toList());
        model.addAttribute("open", takesBids(s));
        model.addAttribute("statements", written(bid.commitments()));
        List<BidResponsiveness.Problem> found = responsiveness.problems(s, bid);
        List<String> ineligible = responsiveness.ineligibility(s, bid, user).stream().map(this::ineligible).toList();
        // disqualified (the status says so), or bound to be once the screening runs: its reasons in words
        boolean disqualified = bid.status() == BidStatus.DISQUALIFIED || !ineligible.isEmpty();
        boolean notResponsive = !disqualified && BidResponsiveness.notResponsive(bid, found);
        model.addAttribute("problems", found.stream().map(this::problem).toList());
        model.addAttribute("ineligible", ineligible);
        model.addAttribute("disqualified", disqualified);
        model.addAttribute("notResponsive", notResponsive);
        // a bid whose screening has not run is never told it is "in": it is being screened
        model.addAttribute("screening", !disqualified && !notResponsive && bid.status() == BidStatus.SUBMITTED);
        return "procurement/portal-bid";
    }

    private String page(SolicitationView s, Map<String, String> typed, List<FormError> errors, HighroadUser user, Model model) {
        // the vendor's eligibility is known before it bids: the form says so before a bid is sent to be disqualified
        model.addAttribute("ineligible", responsiveness.ineligibilityToday(s, user).stream().map(this::ineligible).toList());
        Map<String, String> errorAt = new LinkedHashMap<>();
        errors.forEach(e -> errorAt.merge(e.field(), e.text(), (a, b) -> a + "; " + b));
        // beside its field an error says what to fix; in the summary above the form it also says which field
        // in the form's order: the price first, then the offers, then each principle's commitments and statement
        List<String> order = formOrder(s);
        List<FormError> summary = errors.stream()
                .sorted(Comparator.comparing((FormError e) -> order.contains(e.field()) ? order.indexOf(e.field()) : order.size()))
                .map(e -> new FormError(e.field(), label(e.field(), s) + ": " + e.text())).toList();
        Map<String, String> criterionName = new HashMap<>();
        s.rubric().forEach(c -> criterionName.put(c.code(), name(c)));
        model.addAttribute("criterionName", criterionName);
        Map<String, String> scoredBy = new HashMap<>();
        asked(s.rubric()).forEach(a -> scoredBy.put(a.commitment().name(),
                String.join("; ", a.criteria().stream().map(c -> criterionName.get(c.code())).toList())));
        model.addAttribute("scoredBy", scoredBy);
        model.addAttribute("solicitation", s);
        model.addAttribute("open", takesBids(s));
        model.addAttribute("asked", asked(s.rubric()));
        model.addAttribute("principles", principles(s.rubric()));
        Map<String, String> explained = new HashMap<>();
        s.rubric().forEach(c -> explained.put(c.code(), explanations.explain(c)));
        model.addAttribute("explained", explained);
        model.addAttribute("priceCriteria", s.rubric().stream().filter(c -> c.kind() == CriterionKind.PRICE).toList());
        model.addAttribute("typed", typed);
        model.addAttribute("prevailing", prevailing(s));
        model.addAttribute("errors", summary);
        model.addAttribute("errorAt", errorAt);
        return "procurement/portal-bid-form";
    }

    /** The form's fields in the order the form shows them. */
    static List<String> formOrder(SolicitationView s) {
        List<String> order = new ArrayList<>();
        order.add("price");
        for (int i = 0; i < s.classifications().size(); i++) {
            order.add("offer" + i + "-baseRate");
            order.add("offer" + i + "-fringeRate");
        }
        for (PrincipleAsked p : principles(s.rubric())) {
            p.asked().forEach(a -> order.add(a.commitment().name()));
            order.add(p.field());
        }
        return order;
    }

    /**
     * A criterion's name in the page's language: the standard's own name, which is written in English; on a Spanish
     * page, where the standard has no Spanish text, what its metric measures, in the bundle's words.
     */
    private String name(Criterion c) {
        if (!"es".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage()) || c.metric() == null) {
            return c.name();
        }
        try {
            String measured = texts.text("rubric.metric." + c.metric());
            return measured.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + measured.substring(1);
        } catch (org.springframework.context.NoSuchMessageException unknownMetric) {
            return c.name();
        }
    }

    /** A bid's answers as the form's fields hold them, each field as the bidder would type it. */
    static Map<String, String> typed(SolicitationView s, BidSubmission c) {
        Map<String, String> typed = new HashMap<>();
        put(typed, "price", c.price());
        for (int i = 0; i < s.classifications().size(); i++) {
            String classification = s.classifications().get(i);
            for (BidSubmission.WageOffer o : c.wageOffers()) {
                if (o.classification() != null && o.classification().trim().equalsIgnoreCase(classification.trim())) {
                    put(typed, "offer" + i + "-baseRate", o.baseRate());
                    put(typed, "offer" + i + "-fringeRate", o.fringeRate());
                }
            }
        }
        put(typed, "lowestHourlyWage", c.lowestHourlyWage());
        put(typed, "employerHealthPremiumSharePercent", c.employerHealthPremiumSharePercent());
        put(typed, "paidLeaveDaysPerYear", c.paidLeaveDaysPerYear());
        put(typed, "retirementContributionPercent", c.retirementContributionPercent());
        put(typed, "scheduleNoticeDays", c.scheduleNoticeDays());
        put(typed, "fullTimeSharePercent", c.fullTimeSharePercent());
        put(typed, "localResidentHoursSharePercent", c.localResidentHoursSharePercent());
        put(typed, "peopleOfColorHoursSharePercent", c.peopleOfColorHoursSharePercent());
        put(typed, "womenHoursSharePercent", c.womenHoursSharePercent());
        put(typed, "apprenticeHoursSharePercent", c.apprenticeHoursSharePercent());
        put(typed, "trainingHoursPerWorkerPerYear", c.trainingHoursPerWorkerPerYear());
        put(typed, "seriousSafetyCitationsLast3Years", c.seriousSafetyCitationsLast3Years());
        put(typed, "advancementPlan", c.advancementPlan());
        put(typed, "hasCollectiveAgreement", c.hasCollectiveAgreement() == null ? null : c.hasCollectiveAgreement() ? "yes" : "no");
        put(typed, "hasWorkerCommittee", c.hasWorkerCommittee() == null ? null : c.hasWorkerCommittee() ? "yes" : "no");
        c.principleStatements().forEach((p, text) -> put(typed, statementField(p), text));
        return typed;
    }

    private static void put(Map<String, String> typed, String field, Object value) {
        if (value != null) {
            // money keeps its cents (60.00); a share or a count as written (51, 12.5)
            typed.put(field, value instanceof BigDecimal d ? (money(field) ? d.toPlainString() : d.stripTrailingZeros().toPlainString())
                    : value.toString());
        }
    }

    /**
     * Each classification's prevailing wage as the form shows it beside its two rates: "at least $43.00 base and
     * $69.85 with fringe ($26.85) an hour, wage determination MA20240001 mod. 0", and a higher floor of the standard
     * binding the base; null for a classification the wage determinations do not list.
     */
    private List<String> prevailing(SolicitationView s) {
        List<String> shown = new ArrayList<>();
        for (BidResponsiveness.WageToOffer w : responsiveness.wagesToOffer(s)) {
            String text = w.prevailing().map(p -> texts.text("portalBid.prevailing",
                    formats.money(p.rate().baseRate()), formats.money(p.rate().fringePerHour()),
                    formats.money(p.rate().baseRate().add(p.rate().fringePerHour())), determination(p))).orElse(null);
            if (w.higherBaseFloor() != null) {
                String higher = texts.text("portalBid.prevailing.floor", formats.money(w.higherBaseFloor()));
                text = text == null ? higher : text + " " + higher;
            }
            shown.add(text);
        }
        return shown;
    }

    private String determination(WageFloors.Prevailing p) {
        return texts.text("portalBid.determination", p.determination().number(), p.determination().modification());
    }

    /** What a rate lacks, in the page's language, citing the floor it falls under. */
    private String shortfall(BidScreening.Shortfall f) {
        if (f.prevailing() != null) {
            return f.part() == BidScreening.Part.BASE
                    ? texts.text("portalBid.error.belowPrevailing", formats.money(f.required()), determination(f.prevailing()))
                    : texts.text("portalBid.error.belowPrevailingTotal", formats.money(f.required()), determination(f.prevailing()),
                            formats.money(f.offered()));
        }
        return texts.text("portalBid.error.belowFloor", formats.money(f.required()), f.floor().label(), f.floor().citation());
    }

    /**
     * Why the vendor is not eligible, in the page's language, in words: the rule, how many records of the look-back
     * period count against it and how many the standard allows, dates in words (no rule code, no ISO date, no
     * rationale of the standard's preset).
     */
    private String ineligible(BidResponsiveness.Ineligibility i) {
        // dates as the rest of the page writes them (the outcome, the notices): one format on a page
        String on = formats.date(i.on());
        String from = i.from() == null ? null : formats.date(i.from());
        String key = "portalBid.ineligible." + i.rule();
        try {
            if (i.from() == null) {
                return texts.text(key, on);
            }
            return i.count() == null ? texts.text(key + ".some", from, on, i.allowed())
                    : texts.text(key, i.count(), from, on, i.allowed());
        } catch (org.springframework.context.NoSuchMessageException | IllegalArgumentException unknownRule) {
            return texts.text("portalBid.ineligible.other", on);
        }
    }

    /** A problem of a filed bid in the page's language ({@link BidResponsiveness#problems}). */
    private String problem(BidResponsiveness.Problem p) {
        if (p instanceof BidResponsiveness.NoOffer n) {
            return texts.text("portalBid.problem.noOffer", n.classification());
        }
        if (p instanceof BidResponsiveness.RateShort r) {
            return texts.text(r.shortfall().part() == BidScreening.Part.BASE ? "portalBid.offer.baseRate"
                    : "portalBid.offer.fringeRate", r.classification()) + ": " + shortfall(r.shortfall());
        }
        if (p instanceof BidResponsiveness.FloorFailed f) {
            return name(f.criterion()) + ": " + explanations.explain(f.criterion());
        }
        return texts.text("portalBid.problem.noLowestWage");
    }

    /** The commitments the rubric scores or sets a floor on, in the form's order, each with its criteria. */
    static List<Asked> asked(List<Criterion> rubric) {
        List<Asked> asked = new ArrayList<>();
        for (Commitment c : Commitment.values()) {
            List<Criterion> by = rubric.stream().filter(k -> k.kind() != CriterionKind.PAST_PERFORMANCE
                    && k.kind() != CriterionKind.OFFICER_RATED && k.kind() != CriterionKind.PRICE
                    && c.metric().equals(k.metric())).toList();
            if (!by.isEmpty()) {
                asked.add(new Asked(c, by));
            }
        }
        return asked;
    }

    /**
     * The eight principles in the framework's order, each with the commitments whose criteria count toward it (a
     * commitment goes under the principle of its first criterion) and the rubric's remaining criteria of it.
     */
    static List<PrincipleAsked> principles(List<Criterion> rubric) {
        List<Asked> asked = asked(rubric);
        List<PrincipleAsked> principles = new ArrayList<>();
        for (Principle p : Principle.values()) {
            List<Asked> under = asked.stream().filter(a -> a.criteria().get(0).principle() == p).toList();
            List<Criterion> others = rubric.stream().filter(c -> c.principle() == p
                    && asked.stream().noneMatch(a -> a.criteria().contains(c))).toList();
            principles.add(new PrincipleAsked(p, under, others));
        }
        return principles;
    }

    /** A statement the bid holds, under its principle. */
    record Written(Principle principle, String statement) {
    }

    /** The bid's statements in the framework's order of the principles; those it wrote none for are left out. */
    static List<Written> written(BidSubmission commitments) {
        if (commitments == null) {
            return List.of();
        }
        List<Written> written = new ArrayList<>();
        for (Principle p : Principle.values()) {
            String text = commitments.principleStatements().get(p);
            if (!blank(text)) {
                written.add(new Written(p, text));
            }
        }
        return written;
    }

    static String statementField(Principle p) {
        return "statement-" + p.name();
    }

    /** The statements written, per principle; one left blank is no statement (the bid's map holds none blank). */
    static Map<Principle, String> statements(Map<String, String> fields) {
        Map<Principle, String> statements = new EnumMap<>(Principle.class);
        for (Principle p : Principle.values()) {
            String text = fields.get(statementField(p));
            if (!blank(text)) {
                statements.put(p, text.strip());
            }
        }
        return statements;
    }

    private boolean takesBids(SolicitationView s) {
        return s.status() == SolicitationStatus.PUBLISHED && s.submissionDeadline() != null
                && s.submissionDeadline().toInstant().isAfter(clock.instant());
    }

    /** The form's field for a field of the bid: offer n of the bid is the classification's line it came from. */
    static String field(String property, List<Integer> lineOf) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^wageOffers\\[(\\d+)\\]\\.?(.*)$").matcher(property);
        if (m.matches()) {
            int offer = Integer.parseInt(m.group(1));
            int line = offer < lineOf.size() ? lineOf.get(offer) : 0;
            return "offer" + line + "-" + (m.group(2).equals("fringeRate") ? "fringeRate" : "baseRate");
        }
        if (property.startsWith("wageOffers")) {
            return "offer0-baseRate";
        }
        // principleStatements[EARNINGS].<map value>: the statement's field for that principle
        java.util.regex.Matcher st = java.util.regex.Pattern.compile("^principleStatements\\[([A-Z_]+)\\].*$").matcher(property);
        if (st.matches()) {
            return "statement-" + st.group(1);
        }
        return property.isEmpty() ? "price" : property;
    }

    private BigDecimal decimal(Map<String, String> fields, String name, List<FormError> errors) {
        String value = fields.get(name);
        if (blank(value)) {
            return null;
        }
        String written = value.strip().replace("$", "").replace("%", "").strip();
        if (name.equals("price")) {
            written = written.replaceAll(",(?=\\d{3}(\\D|$))", ""); // 1,100,000 is grouped by thousands
        }
        try {
            return new BigDecimal(written);
        } catch (NumberFormatException e) {
            errors.add(texts.error(name, "portalBid.error.number"));
            return null;
        }
    }

    private Integer whole(Map<String, String> fields, String name, List<FormError> errors) {
        String value = fields.get(name);
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(texts.error(name, "portalBid.error.whole"));
            return null;
        }
    }

    /** Yes, no, or not answered (the empty choice); anything else was not one of the form's choices. */
    private Boolean yesNo(Map<String, String> fields, String name, List<FormError> errors) {
        String value = fields.get(name);
        if (blank(value)) {
            return null;
        }
        if (!"yes".equals(value) && !"no".equals(value)) {
            errors.add(texts.error(name, "portalBid.error.yesNo"));
            return null;
        }
        return "yes".equals(value);
    }

    /** Whether a violation speaks in its constraint's default words (Bean Validation's, never shown as they are). */
    private static boolean isDefault(ConstraintViolation<?> v) {
        return v.getMessageTemplate().startsWith("{jakarta.validation.constraints.");
    }

    /** Money the bid form asks: the price and the hourly rates. */
    private static boolean money(String field) {
        return field.equals("price") || field.equals("lowestHourlyWage") || field.matches("offer\\d+-(baseRate|fringeRate)");
    }

    /**
     * What a violation asks of the bidder, in the page's language: the module's own sentence (its Spanish by its
     * reason code), or for a constraint's default words the house's: "required", "at most 4,000 characters", "at most
     * $999,999.99", "at most 1 decimal".
     */
    private String wording(ConstraintViolation<?> v, String field) {
        if (!isDefault(v)) {
            return v.getMessage();
        }
        java.lang.annotation.Annotation constraint = v.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof jakarta.validation.constraints.NotNull
                || constraint instanceof jakarta.validation.constraints.NotBlank
                || constraint instanceof jakarta.validation.constraints.NotEmpty) {
            return texts.text("portalBid.error.required");
        }
        if (constraint instanceof jakarta.validation.constraints.Size size) {
            return texts.text("portalBid.error.characters", size.max());
        }
        if (constraint instanceof jakarta.validation.constraints.Digits digits) {
            if (money(field)) {
                // the largest amount the column keeps: integer digits of nines, then the cents
                BigDecimal most = BigDecimal.TEN.pow(digits.integer()).subtract(BigDecimal.ONE.movePointLeft(digits.fraction()));
                return texts.text("portalBid.error.atMostMoney", formats.money(most));
            }
            return texts.text("portalBid.error.decimals", digits.fraction());
        }
        return texts.text("portalBid.error.notTaken");
    }

    /** The label of a field of the bid form, in the page's language (the summary names each field it lists). */
    private String label(String field, SolicitationView s) {
        java.util.regex.Matcher offer = java.util.regex.Pattern.compile("^offer(\\d+)-(baseRate|fringeRate)$").matcher(field);
        if (offer.matches()) {
            int line = Integer.parseInt(offer.group(1));
            String classification = line < s.classifications().size() ? s.classifications().get(line) : "";
            return texts.text("portalBid.offer." + offer.group(2), classification);
        }
        if (field.startsWith("statement-")) {
            try {
                Principle p = Principle.valueOf(field.substring("statement-".length()));
                return texts.text("portalBid.statement", texts.text("principle." + p.name()));
            } catch (IllegalArgumentException notAPrinciple) {
                return field;
            }
        }
        try {
            return texts.text(field.equals("price") ? "portalBid.price" : "portalBid.c." + field);
        } catch (org.springframework.context.NoSuchMessageException unknown) {
            return texts.text("portalBid.error.theBid");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
