package org.highroad.standards.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.highroad.platform.money.Money;
import org.highroad.platform.validation.Violation;
import org.highroad.standards.EligibilityRule;
import org.highroad.standards.EnforcementParameters;
import org.highroad.standards.StandardVersionContent;
import org.highroad.standards.WageDetermination;
import org.highroad.standards.WageFloor;
import org.highroad.standards.WorkforceTarget;
import org.highroad.standards.scoring.Criterion;
import org.highroad.standards.scoring.CriterionKind;
import org.highroad.standards.scoring.RubricMetrics;
import org.highroad.standards.scoring.RubricValidator;

/**
 * Rules across the fields of a version that bean validation cannot express. Field paths are relative to the
 * version body and prefixed by the caller (e.g. {@code version.} when the version is nested in a new standard).
 */
public final class StandardVersionRules {

    private StandardVersionRules() {
    }

    public static List<Violation> check(StandardVersionContent content, String prefix) {
        List<Violation> found = new ArrayList<>();
        checkDates(content, found);
        checkFloors(content.wageFloors(), found);
        checkDeterminations(content.wageDeterminations(), found);
        checkTargets(content.workforceTargets(), found);
        checkEligibility(content.eligibilityRules(), found);
        checkEnforcement(content.enforcement(), found);
        if (content.rubric() != null) {
            found.addAll(new RubricValidator().validate(content.rubric()));
            checkMetrics(content, found);
        }
        return found.stream().map(v -> new Violation(prefix + v.field(), v.reason())).toList();
    }

    /**
     * The first and last day a standard may state. A standard is policy of public agencies now in office: its in-force
     * date and its wage floors' dates are days of this era. A year 1900, 9999 or +999999999 is a slip of the keyboard,
     * never a policy (a year beyond four digits is not even stored as typed), so it is refused at its field rather than
     * kept as a version that is in force for ever or never. Historic versions loaded from presets (2017 onwards) pass.
     */
    public static final java.time.LocalDate EARLIEST = java.time.LocalDate.of(2000, 1, 1);
    public static final java.time.LocalDate LATEST = java.time.LocalDate.of(2100, 12, 31);
    static final String OUT_OF_ERA = "must be a date from 2000-01-01 to 2100-12-31";

    private static void checkDates(StandardVersionContent content, List<Violation> found) {
        inEra("effectiveFrom", content.effectiveFrom(), found);
        List<WageFloor> floors = content.wageFloors() == null ? List.of() : content.wageFloors();
        for (int i = 0; i < floors.size(); i++) {
            WageFloor floor = floors.get(i);
            if (floor != null) {
                inEra("wageFloors[" + i + "].effectiveFrom", floor.effectiveFrom(), found);
                inEra("wageFloors[" + i + "].effectiveUntil", floor.effectiveUntil(), found);
            }
        }
    }

    private static void inEra(String field, java.time.LocalDate date, List<Violation> found) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            found.add(new Violation(field, OUT_OF_ERA));
        }
    }

    /**
     * Each criterion scores a metric that what the standard scores has: a procurement standard's bids, a wage-subsidy
     * standard's requests (its subsidy terms say which it is). A past-performance criterion's metric is checked against
     * the vendor record's by the rubric's own rules.
     */
    private static void checkMetrics(StandardVersionContent content, List<Violation> found) {
        boolean subsidy = content.subsidyTerms() != null;
        Set<String> known = subsidy ? RubricMetrics.SUBSIDY_REQUEST : RubricMetrics.BID;
        for (int i = 0; i < content.rubric().size(); i++) {
            Criterion c = content.rubric().get(i);
            if (c == null || c.kind() == null || c.kind() == CriterionKind.OFFICER_RATED || c.metric() == null
                    || c.metric().isBlank() || known.contains(c.metric())) {
                continue;
            }
            if (c.kind() == CriterionKind.PAST_PERFORMANCE && !RubricValidator.PAST_PERFORMANCE_METRICS.contains(c.metric())) {
                continue; // reported by the rubric's rules
            }
            String listed = RubricMetrics.listed(known);
            found.add(new Violation("rubric[" + i + "].metric", subsidy
                    ? c.metric() + " is not an answer wage-subsidy requests give; a criterion scores one of these, as the "
                            + "API names them: " + listed
                    : c.metric() + " is not an answer bids give; a criterion scores one of these, as the API names them: "
                            + listed));
        }
    }

    private static void checkFloors(List<WageFloor> floors, List<Violation> found) {
        for (int i = 0; i < floors.size(); i++) {
            WageFloor floor = floors.get(i);
            String at = "wageFloors[" + i + "].";
            if (floor.effectiveUntil() != null && floor.effectiveFrom() != null
                    && floor.effectiveUntil().isBefore(floor.effectiveFrom())) {
                found.add(new Violation(at + "effectiveUntil", "must not be before the floor's first day, " + floor.effectiveFrom()));
            }
            if (belowFederalMinimum(floor)) {
                // 29 U.S.C. 206(a)(1)(C): no covered work is paid less, so no floor below it is a floor
                found.add(new Violation(at + "hourlyRate", "must be at least $7.25 an hour, the federal minimum wage "
                        + "(29 U.S.C. 206(a)(1)(C))"));
            }
            boolean scoped = floor.scope() == WageFloor.Scope.CLASSIFICATION || floor.scope() == WageFloor.Scope.REGION;
            if (scoped && (floor.scopeValue() == null || floor.scopeValue().isBlank())) {
                found.add(new Violation(at + "scopeValue", "must name the " + floor.scope().name().toLowerCase() + " the floor covers"));
            }
        }
    }

    /**
     * A standard that sets wages cannot lose its floors, nor keep them only in name: a version whose rubric requires the
     * lowest hourly wage to meet a floor (a {@code MANDATORY_FLOOR} on {@code lowestHourlyWage}: the living-wage
     * requirement, as the Boston Jobs and Living Wage Ordinance, City of Boston Code ch. XXIV §24-6.2, sets for every
     * covered worker), or whose standard's other versions state floors or pin a wage determination (a living-wage or
     * prevailing-wage standard, 29 CFR 5.5(a)(1)), must have either a wage determination's rates per classification, or
     * floors for all covered work that cover the version from its in-force date on without a day's gap: from that date
     * the floors, followed by their dates, reach a floor without an end. A floor for one classification or region covers
     * only that work (a classification no one has covers nobody), and a floor below the federal minimum wage
     * ({@link #FEDERAL_MINIMUM_WAGE}) is no floor. Without this, contracts drafted on the version commit no wage, or
     * none after its first floor lapses, and no payroll is checked against a floor (domain reference 1.6, Living Wage
     * Ordinance; 3.2, a contract pins a wage determination "plus local living-wage floors").
     *
     * <p>Where the version replaces an adopted one (the version that would be in force on its first day without it),
     * its floor for all covered work may not be lower than the replaced version's on any day from its first day on
     * (ADR 0038: a living-wage floor is adjusted each year from measures that rise, §24-6.2 and domain reference 1.6;
     * a lower floor in a new version is a slip, or a policy change the agency makes as a new standard).
     * Checked when a draft is saved from its page and when any draft is proposed.
     */
    public static List<Violation> floorsNeeded(StandardVersionContent content, boolean standardSetsWages, Replaced replaced,
            String prefix) {
        if (content.effectiveFrom() == null) {
            return List.of(); // required, said by bean validation
        }
        boolean livingWage = content.rubric() != null && content.rubric().stream().anyMatch(c -> c != null
                && c.kind() == CriterionKind.MANDATORY_FLOOR && LOWEST_HOURLY_WAGE.equals(c.metric()));
        if (!livingWage && !standardSetsWages) {
            return List.of();
        }
        LocalDate from = content.effectiveFrom();
        List<WageFloor> general = generalFloors(content);
        boolean determination = content.wageDeterminations().stream().anyMatch(wd -> wd != null && wd.rates() != null
                && !wd.rates().isEmpty());
        List<Violation> found = new ArrayList<>();
        // a living-wage rubric sets one floor for every covered worker (§24-6.2): a wage determination's rates cover
        // only their classifications, so they stand in for floors only where the standard sets prevailing wages
        LocalDate uncovered = determination && !livingWage ? null : firstDayWithoutFloor(general, from);
        boolean determinationInstead = uncovered != null && livingWage && determination;
        if (determinationInstead && uncovered.equals(from)) {
            found.add(new Violation(prefix + "wageFloors", "must have a wage floor in force on " + from + " for all "
                    + "covered work (at least the federal minimum wage, $7.25 an hour), when the version comes into force: "
                    + "its rubric holds every covered worker's lowest hourly wage to a floor, and a wage determination's "
                    + "rates cover only their classifications"));
        } else if (determinationInstead) {
            found.add(new Violation(prefix + "wageFloors", "leaves covered work without a wage floor from " + uncovered
                    + ": its rubric holds every covered worker's lowest hourly wage to a floor, so the floors for all "
                    + "covered work must follow one another without a gap, the last one without an end; a wage "
                    + "determination's rates cover only their classifications"));
        } else if (uncovered != null && uncovered.equals(from)) {
            found.add(new Violation(prefix + "wageFloors", "must have a wage floor in force on " + from + " for all covered "
                    + "work (at least the federal minimum wage, $7.25 an hour), when the version comes into force, or a wage "
                    + "determination with rates: this standard sets wages, and without one no wage is checked; a floor for "
                    + "one classification or region covers only that work"));
        } else if (uncovered != null) {
            found.add(new Violation(prefix + "wageFloors", "leaves covered work without a wage floor from " + uncovered
                    + ": the floors for all covered work must follow one another without a gap, the last one without an "
                    + "end, unless the version has a wage determination with rates"));
        }
        if (replaced != null) {
            lowered(general, replaced, from, prefix).ifPresent(found::add);
        }
        return found;
    }

    /**
     * Why {@code content} may not replace {@code replaced}: it lowers or drops the floor for all covered work the
     * replaced version sets (ADR 0038), said as {@link #floorsNeeded} says it; empty when it does not. Asked again at
     * adoption, when the version really replaces the one then in force on its first day, whatever was adopted after
     * it was proposed.
     */
    public static java.util.Optional<String> lowers(StandardVersionContent content, Replaced replaced) {
        if (content.effectiveFrom() == null || replaced == null) {
            return java.util.Optional.empty();
        }
        return lowered(generalFloors(content), replaced, content.effectiveFrom(), "").map(Violation::reason);
    }

    /** The adopted version a draft would replace on its first day: its number and content. */
    public record Replaced(int version, StandardVersionContent content) {
    }

    /**
     * The federal minimum wage, $7.25 an hour since 2009-07-24 (Fair Labor Standards Act, 29 U.S.C. 206(a)(1)(C)): no
     * wage floor a standard states is below it. A floor that ended before that day (history, imported) is not checked
     * against it.
     */
    public static final BigDecimal FEDERAL_MINIMUM_WAGE = new BigDecimal("7.25");
    static final LocalDate FEDERAL_MINIMUM_SINCE = LocalDate.of(2009, 7, 24);

    private static boolean belowFederalMinimum(WageFloor floor) {
        return floor.hourlyRate() != null && floor.hourlyRate().signum() > 0
                && floor.hourlyRate().compareTo(FEDERAL_MINIMUM_WAGE) < 0
                && (floor.effectiveUntil() == null || !floor.effectiveUntil().isBefore(FEDERAL_MINIMUM_SINCE));
    }

    /** The floors for all covered work that count as floors: dated, with a rate of at least the federal minimum. */
    private static List<WageFloor> generalFloors(StandardVersionContent content) {
        return content.wageFloors().stream().filter(f -> f != null && f.scope() == WageFloor.Scope.ALL_COVERED_WORK
                && f.effectiveFrom() != null && f.hourlyRate() != null && f.hourlyRate().signum() > 0
                && !belowFederalMinimum(f)).toList();
    }

    /** The first day from {@code from} on that none of {@code floors} covers, or null when they reach one without an end. */
    static LocalDate firstDayWithoutFloor(List<WageFloor> floors, LocalDate from) {
        LocalDate day = from;
        while (true) {
            LocalDate on = day;
            List<WageFloor> inForce = floors.stream().filter(f -> f.inForceOn(on)).toList();
            if (inForce.isEmpty()) {
                return day;
            }
            LocalDate reach = null;
            for (WageFloor f : inForce) {
                if (f.effectiveUntil() == null || !f.effectiveUntil().isBefore(LATEST)) {
                    return null; // open-ended, or to the last day a standard may state
                }
                reach = reach == null || f.effectiveUntil().isAfter(reach) ? f.effectiveUntil() : reach;
            }
            day = reach.plusDays(1);
        }
    }

    /**
     * The first day from {@code from} on that the version's floor for all covered work is below the floor the replaced
     * version sets for that day, said with both amounts, or that it sets none where the replaced version sets one. The
     * floor of a day is the highest floor in force that day (as bids and payrolls are checked, procurement's
     * WageFloors); a day the replaced version sets no general floor is not compared. A wage determination does not
     * stand in for a general floor the replaced version set (ADR 0038): its rates bind only the classifications it
     * lists, so replacing a floor for all covered work with it would leave every other covered worker without one.
     */
    private static java.util.Optional<Violation> lowered(List<WageFloor> general, Replaced replaced, LocalDate from,
            String prefix) {
        List<WageFloor> before = replaced.content().wageFloors().stream().filter(f -> f != null
                && f.scope() == WageFloor.Scope.ALL_COVERED_WORK && f.effectiveFrom() != null && f.hourlyRate() != null)
                .toList();
        java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>(List.of(from));
        for (WageFloor f : concat(general, before)) {
            if (f.effectiveFrom().isAfter(from)) {
                days.add(f.effectiveFrom());
            }
            if (f.effectiveUntil() != null && f.effectiveUntil().isBefore(LATEST) && !f.effectiveUntil().isBefore(from)) {
                days.add(f.effectiveUntil().plusDays(1));
            }
        }
        for (LocalDate day : days) {
            BigDecimal now = floorOn(general, day);
            BigDecimal was = floorOn(before, day);
            if (was != null && now == null) {
                return java.util.Optional.of(new Violation(prefix + "wageFloors", "sets no wage floor for all covered work "
                        + "on " + day + ", where version " + replaced.version() + " (the version it replaces) sets "
                        + Money.of(was) + ": a new version may not drop it, and a wage determination's rates cover only "
                        + "their classifications"));
            }
            if (now != null && was != null && now.compareTo(was) < 0) {
                return java.util.Optional.of(new Violation(prefix + "wageFloors", "lowers the wage floor for all covered work on "
                        + day + " from " + Money.of(was) + ", which version " + replaced.version() + " (the version it "
                        + "replaces) sets, to " + Money.of(now) + ": a new version may not lower it"));
            }
        }
        return java.util.Optional.empty();
    }

    private static BigDecimal floorOn(List<WageFloor> floors, LocalDate day) {
        return floors.stream().filter(f -> f.inForceOn(day)).map(WageFloor::hourlyRate).max(BigDecimal::compareTo)
                .orElse(null);
    }

    private static List<WageFloor> concat(List<WageFloor> a, List<WageFloor> b) {
        List<WageFloor> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static final String LOWEST_HOURLY_WAGE = "lowestHourlyWage";

    private static void checkDeterminations(List<WageDetermination> wds, List<Violation> found) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < wds.size(); i++) {
            WageDetermination wd = wds.get(i);
            if (!seen.add(wd.number())) {
                found.add(new Violation("wageDeterminations[" + i + "].number", "wage determination " + wd.number() + " is listed twice"));
            }
            Set<String> classifications = new HashSet<>();
            for (int r = 0; r < wd.rates().size(); r++) {
                String classification = wd.rates().get(r).classification();
                if (classification != null && !classifications.add(classification.trim().toUpperCase())) {
                    found.add(new Violation("wageDeterminations[" + i + "].rates[" + r + "].classification",
                            "classification " + classification + " is listed twice"));
                }
            }
        }
    }

    private static void checkTargets(List<WorkforceTarget> targets, List<Violation> found) {
        Set<WorkforceTarget.Category> seen = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            if (!seen.add(targets.get(i).category())) {
                found.add(new Violation("workforceTargets[" + i + "].category", "the category " + words(targets.get(i).category()) + " is listed twice"));
            }
        }
    }

    private static void checkEligibility(List<EligibilityRule> rules, List<Violation> found) {
        Set<EligibilityRule.Kind> seen = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            EligibilityRule rule = rules.get(i);
            if (!seen.add(rule.kind())) {
                found.add(new Violation("eligibilityRules[" + i + "].kind", "the rule on " + words(rule.kind()) + " is listed twice"));
            }
            if (rule.kind() != EligibilityRule.Kind.ACTIVE_DEBARMENT && rule.lookbackYears() == null) {
                found.add(new Violation("eligibilityRules[" + i + "].lookbackYears", "is required for the rule on " + words(rule.kind())));
            }
        }
    }

    /**
     * A choice as a user reads it ("local residents", "unresolved wage theft"), not its constant; a Spanish page names
     * it through {@code reasons.term.<words>} of the standards bundle.
     */
    static String words(Enum<?> choice) {
        return choice.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static void checkEnforcement(EnforcementParameters e, List<Violation> found) {
        if (e != null && e.fineCap() != null && e.finePerViolationPerDay() != null
                && e.fineCap().compareTo(e.finePerViolationPerDay()) < 0) {
            found.add(new Violation("enforcement.fineCap", "must be at least the fine per violation per day, "
                    + Money.of(e.finePerViolationPerDay())));
        }
    }
}
