package org.highroad.standards.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.platform.pages.PageTexts;
import org.highroad.standards.EnforcementParameters;
import org.highroad.standards.ReportingCadence;
import org.highroad.standards.StandardVersionContent;
import org.highroad.standards.WageFloor;
import org.highroad.standards.WorkforceTarget;
import org.highroad.standards.scoring.Criterion;
import org.highroad.standards.scoring.CriterionKind;
import org.springframework.context.NoSuchMessageException;

/**
 * A draft standard version's edit form as the administrator typed it (texts, shown again with the errors): its in-force
 * date and summary, its wage floors (one empty row to add one, a box to remove one), its workforce targets (the
 * same), the rubric's weight and scoring parameters per criterion, and the enforcement parameters with the reporting
 * cadence. What the form does not show (wage determinations, eligibility rules, subsidy terms, and each criterion's
 * code, name, principle, kind and metric) is kept from the stored draft. Reading it only turns texts into numbers,
 * dates and choices; every rule on the values is the module's ({@code StandardVersionContent}'s bean validation and
 * {@code StandardCatalog}'s cross-field rules), as for the API.
 */
public record StandardVersionForm(String effectiveFrom, String summary, List<Floor> floors, List<Target> targets,
        List<Line> rubric, Enforcement enforcement) {

    /** A wage floor's row; amounts in dollars. */
    public record Floor(String label, String hourlyRate, String effectiveFrom, String effectiveUntil, String scope,
            String scopeValue, String source, String citation, boolean remove) {

        boolean blank() {
            return empty(label) && empty(hourlyRate) && empty(effectiveFrom) && empty(effectiveUntil) && empty(scopeValue)
                    && empty(citation);
        }
    }

    /** A workforce target's row; the share in percent. */
    public record Target(String category, String sharePercent, boolean perTrade, boolean journeyAndApprenticeSeparately,
            String citation, boolean remove) {

        boolean blank() {
            return empty(sharePercent) && empty(citation);
        }
    }

    /**
     * A criterion's line: what identifies it (shown, not changed here), its weight and the parameters its kind reads
     * ({@link #shown}); a parameter null was not sent and keeps the stored value.
     */
    public record Line(String code, String name, CriterionKind kind, String weight, String minimum, String maximum,
            String zeroPointsAt, String fullPointsAt, String target, String cap, String decisionRef, List<String> shown,
            String explanation) {

        public boolean shows(String parameter) {
            return shown.contains(parameter);
        }
    }

    /** The enforcement parameters; amounts in dollars, hours and days as numbers. */
    public record Enforcement(String reportingDeadlineDays, String curePeriodBusinessDays, String restitutionThreshold,
            String finePerViolationPerDay, String fineCap, String weeklyOvertimeAfterHours, String dailyOvertimeAfterHours,
            boolean cashAboveBaseMakesUpFringe, String reportingCadence) {
    }

    /**
     * The form read as a version's content, with what could not be read (field → message code of the page's text),
     * and the form's row of each floor and target of the content (a removed or empty row is not in the content).
     */
    public record Read(StandardVersionContent content, Map<String, String> unreadable, List<Integer> floorRows,
            List<Integer> targetRows) {

        private static final Pattern ROW = Pattern.compile("^(wageFloors|workforceTargets)\\[(\\d+)](.*)$");
        private static final Pattern CRITERION = Pattern.compile("^rubric\\[(\\d+)]\\.(.+)$");

        /** The form's field of a violation's path in the content (the summary links to it). */
        public String formField(String path) {
            Matcher row = ROW.matcher(path);
            if (row.matches()) {
                List<Integer> rows = row.group(1).equals("wageFloors") ? floorRows : targetRows;
                int k = Integer.parseInt(row.group(2));
                String rest = row.group(3).isEmpty() ? ".label" : row.group(3);
                if (row.group(1).equals("workforceTargets") && row.group(3).isEmpty()) {
                    rest = ".category";
                }
                return k < rows.size() ? row.group(1) + "[" + rows.get(k) + "]" + rest : row.group(1);
            }
            Matcher criterion = CRITERION.matcher(path);
            if (criterion.matches()) {
                return PARAMETERS.contains(criterion.group(2)) ? path : "rubric[" + criterion.group(1) + "]";
            }
            if (path.equals("effectiveFrom") || path.equals("summary") || path.equals("rubric") || path.startsWith("enforcement.")
                    || path.equals("wageFloors") || path.equals("workforceTargets")) {
                return path;
            }
            return "kept"; // a part this form keeps as stored (determinations, eligibility, subsidy terms)
        }
    }

    static final List<String> PARAMETERS = List.of("weight", "minimum", "maximum", "zeroPointsAt", "fullPointsAt", "target",
            "cap", "decisionRef");

    /** The parameters each kind reads (scoring.CriterionKind); the weight is always shown. */
    static List<String> shownFor(CriterionKind kind) {
        if (kind == null) {
            return List.of("weight");
        }
        return switch (kind) {
            case MANDATORY_FLOOR, OFFICER_RATED -> List.of("weight", "minimum", "maximum");
            case LINEAR -> List.of("weight", "zeroPointsAt", "fullPointsAt");
            case PROPORTIONAL_TO_TARGET -> List.of("weight", "target", "cap");
            case TIERED -> List.of("weight", "decisionRef");
            case PAST_PERFORMANCE -> List.of("weight", "decisionRef", "zeroPointsAt", "fullPointsAt", "target", "maximum");
            case YES_NO, PRICE -> List.of("weight");
        };
    }

    /** The form filled with a version's content, with an empty row to add a floor and a target. */
    static StandardVersionForm of(StandardVersionContent c, java.util.function.Function<Criterion, String> explain) {
        List<Floor> floors = new ArrayList<>(c.wageFloors().stream().map(f -> new Floor(f.label(), plain(f.hourlyRate()),
                text(f.effectiveFrom()), text(f.effectiveUntil()), name(f.scope()), f.scopeValue(), name(f.source()),
                f.citation(), false)).toList());
        floors.add(new Floor("", "", "", "", WageFloor.Scope.ALL_COVERED_WORK.name(), "", WageFloor.Source.ORDINANCE.name(), "", false));
        List<Target> targets = new ArrayList<>(c.workforceTargets().stream().map(t -> new Target(name(t.category()),
                plain(t.sharePercent()), Boolean.TRUE.equals(t.perTrade()), Boolean.TRUE.equals(t.journeyAndApprenticeSeparately()),
                t.citation(), false)).toList());
        targets.add(new Target(WorkforceTarget.Category.LOCAL_RESIDENTS.name(), "", false, false, "", false));
        List<Line> rubric = c.rubric().stream().map(k -> new Line(k.code(), k.name(), k.kind(), plain(k.weight()),
                plain(k.minimum()), plain(k.maximum()), plain(k.zeroPointsAt()), plain(k.fullPointsAt()), plain(k.target()),
                plain(k.cap()), k.decisionRef() == null ? "" : k.decisionRef(), shownFor(k.kind()), explain.apply(k))).toList();
        EnforcementParameters e = c.enforcement();
        Enforcement enforcement = e == null ? new Enforcement("", "", "", "", "", "", "", false, ReportingCadence.WEEKLY.name())
                : new Enforcement(text(e.reportingDeadlineDays()), text(e.curePeriodBusinessDays()), plain(e.restitutionThreshold()),
                        plain(e.finePerViolationPerDay()), plain(e.fineCap()), plain(e.weeklyOvertimeAfterHours()),
                        plain(e.dailyOvertimeAfterHours()), Boolean.TRUE.equals(e.cashAboveBaseMakesUpFringe()),
                        name(e.reportingCadence()));
        return new StandardVersionForm(text(c.effectiveFrom()), c.summary() == null ? "" : c.summary(), floors, targets,
                rubric, enforcement);
    }

    /** The form as sent: rows of floors and targets until the first row not sent; one line per stored criterion. */
    static StandardVersionForm read(Map<String, String> p, List<Criterion> stored,
            java.util.function.Function<Criterion, String> explain) {
        List<Floor> floors = new ArrayList<>();
        for (int i = 0; i <= 200 && p.containsKey("wageFloors[" + i + "].label"); i++) {
            String at = "wageFloors[" + i + "].";
            floors.add(new Floor(p.get(at + "label"), p.get(at + "hourlyRate"), p.get(at + "effectiveFrom"),
                    p.get(at + "effectiveUntil"), p.get(at + "scope"), p.get(at + "scopeValue"), p.get(at + "source"),
                    p.get(at + "citation"), p.containsKey(at + "remove")));
        }
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i <= 20 && p.containsKey("workforceTargets[" + i + "].category"); i++) {
            String at = "workforceTargets[" + i + "].";
            targets.add(new Target(p.get(at + "category"), p.get(at + "sharePercent"), p.containsKey(at + "perTrade"),
                    p.containsKey(at + "journeyAndApprenticeSeparately"), p.get(at + "citation"), p.containsKey(at + "remove")));
        }
        List<Line> rubric = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            Criterion k = stored.get(i);
            String at = "rubric[" + i + "].";
            rubric.add(new Line(k.code(), k.name(), k.kind(), p.get(at + "weight"), p.get(at + "minimum"), p.get(at + "maximum"),
                    p.get(at + "zeroPointsAt"), p.get(at + "fullPointsAt"), p.get(at + "target"), p.get(at + "cap"),
                    p.get(at + "decisionRef"), shownFor(k.kind()), explain.apply(k)));
        }
        Enforcement enforcement = new Enforcement(p.get("enforcement.reportingDeadlineDays"),
                p.get("enforcement.curePeriodBusinessDays"), p.get("enforcement.restitutionThreshold"),
                p.get("enforcement.finePerViolationPerDay"), p.get("enforcement.fineCap"),
                p.get("enforcement.weeklyOvertimeAfterHours"), p.get("enforcement.dailyOvertimeAfterHours"),
                p.containsKey("enforcement.cashAboveBaseMakesUpFringe"), p.get("enforcement.reportingCadence"));
        // after a refusal the form is shown with an empty row again only if the administrator used the last one
        if (floors.isEmpty() || !floors.get(floors.size() - 1).blank()) {
            floors.add(new Floor("", "", "", "", WageFloor.Scope.ALL_COVERED_WORK.name(), "", WageFloor.Source.ORDINANCE.name(), "", false));
        }
        if (targets.isEmpty() || !targets.get(targets.size() - 1).blank()) {
            targets.add(new Target(WorkforceTarget.Category.LOCAL_RESIDENTS.name(), "", false, false, "", false));
        }
        return new StandardVersionForm(p.get("effectiveFrom"), p.get("summary"), floors, targets, rubric, enforcement);
    }

    /** The form as a version's content; what the form does not show is the stored draft's. */
    Read toContent(StandardVersionContent stored) {
        Map<String, String> unreadable = new LinkedHashMap<>();
        Reader r = new Reader(unreadable);
        List<WageFloor> wageFloors = new ArrayList<>();
        List<Integer> floorRows = new ArrayList<>();
        for (int i = 0; i < floors.size(); i++) {
            Floor f = floors.get(i);
            if (f.remove() || f.blank()) {
                continue;
            }
            String at = "wageFloors[" + i + "].";
            wageFloors.add(new WageFloor(blankToNull(f.label()), r.number(at + "hourlyRate", f.hourlyRate()),
                    r.date(at + "effectiveFrom", f.effectiveFrom()), r.date(at + "effectiveUntil", f.effectiveUntil()),
                    r.choice(at + "scope", f.scope(), WageFloor.Scope.class), blankToNull(f.scopeValue()),
                    r.choice(at + "source", f.source(), WageFloor.Source.class), blankToNull(f.citation())));
            floorRows.add(i);
        }
        List<WorkforceTarget> workforceTargets = new ArrayList<>();
        List<Integer> targetRows = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            if (t.remove() || t.blank()) {
                continue;
            }
            String at = "workforceTargets[" + i + "].";
            workforceTargets.add(new WorkforceTarget(r.choice(at + "category", t.category(), WorkforceTarget.Category.class),
                    r.number(at + "sharePercent", t.sharePercent()), t.perTrade(), t.journeyAndApprenticeSeparately(),
                    blankToNull(t.citation())));
            targetRows.add(i);
        }
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < stored.rubric().size(); i++) {
            Criterion k = stored.rubric().get(i);
            Line l = i < rubric.size() ? rubric.get(i) : null;
            String at = "rubric[" + i + "].";
            // only the parameters the criterion's kind reads (the ones the form shows) are taken from the post; a
            // parameter posted for another kind (a tampered or scripted post) is not stored: the stored value stays
            List<String> shown = shownFor(k.kind());
            criteria.add(l == null ? k : new Criterion(k.code(), k.name(), k.principle(), k.kind(),
                    r.numberOr(at + "weight", l.weight(), k.weight()), k.metric(),
                    r.numberOr(at + "minimum", shown.contains("minimum") ? l.minimum() : null, k.minimum()),
                    r.numberOr(at + "maximum", shown.contains("maximum") ? l.maximum() : null, k.maximum()),
                    r.numberOr(at + "zeroPointsAt", shown.contains("zeroPointsAt") ? l.zeroPointsAt() : null, k.zeroPointsAt()),
                    r.numberOr(at + "fullPointsAt", shown.contains("fullPointsAt") ? l.fullPointsAt() : null, k.fullPointsAt()),
                    r.numberOr(at + "target", shown.contains("target") ? l.target() : null, k.target()),
                    r.numberOr(at + "cap", shown.contains("cap") ? l.cap() : null, k.cap()),
                    l.decisionRef() == null || !shown.contains("decisionRef") ? k.decisionRef() : blankToNull(l.decisionRef())));
        }
        Enforcement e = enforcement;
        EnforcementParameters parameters = new EnforcementParameters(r.whole("enforcement.reportingDeadlineDays", e.reportingDeadlineDays()),
                r.whole("enforcement.curePeriodBusinessDays", e.curePeriodBusinessDays()),
                r.number("enforcement.restitutionThreshold", e.restitutionThreshold()),
                r.number("enforcement.finePerViolationPerDay", e.finePerViolationPerDay()),
                r.number("enforcement.fineCap", e.fineCap()),
                r.number("enforcement.weeklyOvertimeAfterHours", e.weeklyOvertimeAfterHours()),
                r.number("enforcement.dailyOvertimeAfterHours", e.dailyOvertimeAfterHours()),
                e.cashAboveBaseMakesUpFringe(),
                r.choice("enforcement.reportingCadence", e.reportingCadence(), ReportingCadence.class));
        StandardVersionContent content = new StandardVersionContent(r.date("effectiveFrom", effectiveFrom),
                blankToNull(summary), wageFloors, stored.wageDeterminations(), workforceTargets, criteria,
                stored.eligibilityRules(), parameters, stored.subsidyTerms());
        return new Read(content, unreadable, floorRows, targetRows);
    }

    /** The label of a form's field, for the error summary ("Wage floor 2, per hour"), in the page's language. */
    static String label(String field, StandardVersionContent stored, PageTexts texts) {
        Matcher row = Pattern.compile("^(wageFloors|workforceTargets)\\[(\\d+)]\\.(.+)$").matcher(field);
        if (row.matches()) {
            int n = Integer.parseInt(row.group(2)) + 1;
            return row.group(1).equals("wageFloors")
                    ? texts.text("standardEdit.floorRow", n) + ", " + text(texts, "standardEdit.floor." + row.group(3), row.group(3))
                    : texts.text("standardEdit.targetRow", n) + ", " + text(texts, "standardEdit.target." + row.group(3), row.group(3));
        }
        Matcher criterion = Pattern.compile("^rubric\\[(\\d+)](?:\\.(.+))?$").matcher(field);
        if (criterion.matches()) {
            int i = Integer.parseInt(criterion.group(1));
            String name = i < stored.rubric().size() ? stored.rubric().get(i).name() : String.valueOf(i + 1);
            String head = texts.text("standardEdit.criterionRow", name);
            return criterion.group(2) == null ? head
                    : head + ", " + text(texts, "standardEdit.criterion." + criterion.group(2), criterion.group(2));
        }
        return text(texts, "standardEdit.field." + field, field);
    }

    private static String text(PageTexts texts, String key, String fallback) {
        try {
            return texts.text(key);
        } catch (NoSuchMessageException e) {
            return fallback;
        }
    }

    /** Texts to values; what cannot be read is noted with the page's message code and left empty. */
    private record Reader(Map<String, String> unreadable) {

        BigDecimal number(String field, String typed) {
            String t = typed == null ? "" : typed.trim().replace("$", "").replace("%", "").trim();
            if (t.isEmpty()) {
                return null;
            }
            if (!t.matches("-?[0-9]{1,20}(\\.[0-9]{1,20})?")) {
                // "1,500" is read neither as 1.5 nor as 1500: digits and an optional decimal point
                unreadable.put(field, "standardEdit.error.number");
                return null;
            }
            return new BigDecimal(t);
        }

        BigDecimal numberOr(String field, String typed, BigDecimal stored) {
            return typed == null ? stored : number(field, typed);
        }

        Integer whole(String field, String typed) {
            String t = typed == null ? "" : typed.trim();
            if (t.isEmpty()) {
                return null;
            }
            if (!t.matches("-?[0-9]{1,9}")) {
                unreadable.put(field, "standardEdit.error.whole");
                return null;
            }
            return Integer.valueOf(t);
        }

        LocalDate date(String field, String typed) {
            String t = typed == null ? "" : typed.trim();
            if (t.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                unreadable.put(field, "standardEdit.error.date");
                return null;
            }
        }

        <E extends Enum<E>> E choice(String field, String typed, Class<E> type) {
            String t = typed == null ? "" : typed.trim();
            if (t.isEmpty()) {
                return null;
            }
            try {
                return Enum.valueOf(type, t);
            } catch (IllegalArgumentException e) {
                unreadable.put(field, "standardEdit.error.choice");
                return null;
            }
        }
    }

    private static boolean empty(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? "" : value.name();
    }
}
