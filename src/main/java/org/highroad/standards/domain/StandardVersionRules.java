package org.highroad.standards.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
                    ? c.metric() + " is not a metric wage-subsidy requests have; they have " + listed
                    : c.metric() + " is not a metric bids have; they have " + listed));
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
            boolean scoped = floor.scope() == WageFloor.Scope.CLASSIFICATION || floor.scope() == WageFloor.Scope.REGION;
            if (scoped && (floor.scopeValue() == null || floor.scopeValue().isBlank())) {
                found.add(new Violation(at + "scopeValue", "must name the " + floor.scope().name().toLowerCase() + " the floor covers"));
            }
        }
    }

    /**
     * A standard that sets wages cannot lose every floor: a version whose rubric requires the lowest hourly wage to meet
     * a floor (a {@code MANDATORY_FLOOR} on {@code lowestHourlyWage}: the living-wage requirement, as the Boston Jobs and
     * Living Wage Ordinance, City of Boston Code ch. XXIV §24-6.2, sets for every covered worker), or whose standard's
     * other versions state floors or pin a wage determination (a living-wage or prevailing-wage standard, 29 CFR
     * 5.5(a)(1)), must have a wage floor in force on its own in-force date, for all covered work, a classification or a
     * region, or a wage determination's rates per classification. Without one, contracts drafted on it commit no wage
     * and no payroll is checked against a floor (domain reference 1.6, Living Wage Ordinance; 3.2, a contract pins a
     * wage determination "plus local living-wage floors"). Checked when a draft is saved from its page and when any draft is proposed.
     */
    public static List<Violation> floorsNeeded(StandardVersionContent content, boolean standardSetsWages, String prefix) {
        if (content.effectiveFrom() == null) {
            return List.of(); // required, said by bean validation
        }
        boolean livingWage = content.rubric() != null && content.rubric().stream().anyMatch(c -> c != null
                && c.kind() == CriterionKind.MANDATORY_FLOOR && LOWEST_HOURLY_WAGE.equals(c.metric()));
        if (!livingWage && !standardSetsWages) {
            return List.of();
        }
        boolean floorInForce = content.wageFloors().stream()
                .anyMatch(f -> f != null && f.effectiveFrom() != null && f.inForceOn(content.effectiveFrom()));
        boolean determination = content.wageDeterminations().stream().anyMatch(wd -> wd != null && wd.rates() != null
                && !wd.rates().isEmpty());
        if (floorInForce || determination) {
            return List.of();
        }
        return List.of(new Violation(prefix + "wageFloors", "must have a wage floor in force on " + content.effectiveFrom()
                + ", when the version comes into force, or a wage determination: this standard sets wages, and without "
                + "a floor no wage is checked"));
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
            found.add(new Violation("enforcement.fineCap", "must be at least the fine per violation per day, " + e.finePerViolationPerDay()));
        }
    }
}
