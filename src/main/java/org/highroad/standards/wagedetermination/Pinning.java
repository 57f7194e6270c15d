package org.highroad.standards.wagedetermination;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.highroad.platform.validation.Violation;
import org.highroad.standards.WageDetermination;
import org.highroad.standards.WageDetermination.ConstructionType;
import org.highroad.standards.WageRate;
import org.highroad.standards.wagedetermination.PublishedDecision.Group;
import org.highroad.standards.wagedetermination.PublishedDecision.Rate;
import org.highroad.standards.wagedetermination.PublishedDecision.Unit;

/**
 * How an imported decision becomes the wage determination a standard version pins (pure): for one construction type
 * and, where its groups differ by county, the county of the work; its hourly rates copied, with their identifier and
 * effective date and their fringe as published (amount and percentage of the basic hourly rate).
 *
 * <p>Per-day rates are not pinned: payroll is checked per hour (WH-347 reports hours; 29 CFR 5.5(a)(1) rates are
 * hourly), and a day rate says nothing about how many hours a day holds, so Highroad does not convert it. Each one is
 * listed as not pinned with that reason; work in such a classification is then uncovered by the version until the
 * agency adds an hourly rate (a conformance, 29 CFR 5.5(a)(1)(iii)) or a floor.
 */
public final class Pinning {

    static final String PER_DAY = "a per-day rate; payroll checks are hourly and Highroad does not turn a day rate"
            + " into an hourly one (add an hourly rate by conformance)";
    private static final int MAX_AREA = 200;

    private Pinning() {
    }

    /** A rate left out of the pinned determination, with why. */
    public record NotPinned(String classification, int line, String reason) {
    }

    /** The determination to pin, or why not ({@code violations} name the request's fields). */
    public record Outcome(WageDetermination determination, List<NotPinned> notPinned, List<Violation> violations) {
    }

    /**
     * Pins {@code d} for one construction type and, where its groups differ by county, the county of the work.
     * {@code chosenGroups} names, by identifier, the group whose rate applies where two groups that both apply there
     * list the same classification and the decision does not say which one applies (e.g. two groups for no county in
     * particular): Highroad does not guess (neither the later effective date nor the higher rate is a rule of the
     * decision), so the administrator, who knows the project's scope, chooses one, and without a choice the pin is
     * refused naming both groups.
     */
    public static Outcome pin(PublishedDecision d, ConstructionType requestedType, String county,
            List<String> chosenGroups) {
        List<String> chosen = chosenGroups == null ? List.of() : chosenGroups;
        List<Violation> violations = new ArrayList<>();
        ConstructionType type = type(d, requestedType, violations);
        if (county != null && !d.covers(county)) {
            violations.add(new Violation("county", "decision " + d.number() + " does not cover " + county
                    + " (it covers " + d.countiesText() + ")"));
        }
        for (String id : chosen) {
            if (d.groups().stream().noneMatch(g -> g.identifier().equals(id))) {
                violations.add(new Violation("groups", id + " is not a rate group of decision " + d.number()));
            }
        }
        if (!violations.isEmpty()) {
            return new Outcome(null, List.of(), violations);
        }
        List<NotPinned> notPinned = new ArrayList<>();
        Map<String, List<Rate>> byClassification = new LinkedHashMap<>();
        for (Rate r : d.rates()) {
            if (county != null && !d.groups().get(r.group()).appliesIn(county)) {
                continue;
            }
            if (r.unit() == Unit.DAY) {
                notPinned.add(new NotPinned(r.classification(), r.line(), PER_DAY));
                continue;
            }
            byClassification.computeIfAbsent(r.classification().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(r);
        }
        List<WageRate> rates = new ArrayList<>();
        for (List<Rate> listed : byClassification.values()) {
            Rate r = listed.size() == 1 ? listed.get(0) : choose(d, listed, county, chosen, violations);
            if (r != null) {
                Group g = d.groups().get(r.group());
                rates.add(new WageRate(r.classification(), g.identifier(), r.baseRate(),
                        r.fringeAmount() == null ? BigDecimal.ZERO.setScale(2) : r.fringeAmount(), r.fringePercent(),
                        g.effectiveOn()));
            }
        }
        if (rates.isEmpty() && violations.isEmpty()) {
            violations.add(new Violation("county", "no hourly rate of decision " + d.number() + " applies"
                    + (county == null ? "" : " in " + county)));
        }
        if (!violations.isEmpty()) {
            return new Outcome(null, notPinned, violations);
        }
        return new Outcome(new WageDetermination(d.number(), d.modification(), type, area(d, county), d.publishedOn(),
                rates), notPinned, List.of());
    }

    /** The one of a classification's several rates that applies, or null with why not in {@code violations}. */
    private static Rate choose(PublishedDecision d, List<Rate> listed, String county, List<String> chosen,
            List<Violation> violations) {
        List<Rate> picked = listed.stream().filter(r -> chosen.contains(group(d, r).identifier())).toList();
        if (picked.size() == 1) {
            return picked.get(0);
        }
        String name = listed.get(0).classification();
        if (picked.isEmpty() && county == null && listed.stream().anyMatch(r -> group(d, r).qualifier() != null)) {
            violations.add(new Violation("county", name + " has more than one rate (" + where(d, listed)
                    + "); name the county of the work"));
            return null;
        }
        List<Rate> among = picked.isEmpty() ? listed : picked;
        long groups = among.stream().map(r -> group(d, r).identifier()).distinct().count();
        if (groups == 1) {
            violations.add(new Violation("groups", name + " is listed more than once in group "
                    + group(d, among.get(0)).identifier() + " (" + where(d, among) + "), so no group names one rate;"
                    + " it cannot be pinned from this modification"));
        } else if (picked.isEmpty()) {
            violations.add(new Violation("groups", name + " has a rate in more than one group that applies"
                    + (county == null ? "" : " in " + county) + " (" + where(d, listed) + ") and the decision does not"
                    + " say which; name one of them in groups (its identifier) to pin its rate"));
        } else {
            violations.add(new Violation("groups", name + ": name only one of its groups in groups (" + where(d, among)
                    + ")"));
        }
        return null;
    }

    private static Group group(PublishedDecision d, Rate r) {
        return d.groups().get(r.group());
    }

    private static String where(PublishedDecision d, List<Rate> rates) {
        return rates.stream().map(r -> {
            Group g = group(d, r);
            return g.identifier() + (g.qualifier() == null ? "" : " for " + g.qualifier()) + " on line " + r.line();
        }).collect(Collectors.joining(", "));
    }

    private static ConstructionType type(PublishedDecision d, ConstructionType requested, List<Violation> violations) {
        if (requested == null && d.constructionTypes().size() == 1) {
            return d.constructionTypes().get(0);
        }
        if (requested == null || !d.constructionTypes().contains(requested)) {
            violations.add(new Violation("constructionType", (requested == null ? "required: " : requested
                    + " is not a type of this decision; ") + "decision " + d.number() + " is for "
                    + types(d.constructionTypes())));
        }
        return requested;
    }

    /**
     * The decision's types as the API names them, one after the other ("BUILDING or HEAVY", "BUILDING, HEAVY or
     * HIGHWAY"), each an argument of its own: a Spanish page names each in words ({@code reasons.term.BUILDING}, ...),
     * which a list printed as one ("[BUILDING, HEAVY]") could not be.
     */
    private static String types(List<ConstructionType> types) {
        List<String> names = types.stream().map(Enum::name).toList();
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /**
     * The area of the pinned determination: the county as the decision spells it (or as given, for a decision that
     * lists no counties), named once with the word County whether or not it was given with it, and the State.
     */
    private static String area(PublishedDecision d, String county) {
        String area;
        if (county != null) {
            String name = d.counties().stream().filter(c -> PublishedDecision.Counties.same(c, county)).findFirst()
                    .orElse(county).strip().replaceAll("\\s+", " ").replaceAll("(?i) county$", "");
            area = name + " County, " + d.state();
        } else {
            area = d.counties().isEmpty() ? d.state() + ", " + d.countiesText()
                    : String.join(", ", d.counties()) + ", " + d.state();
        }
        area = area.strip();
        return area.length() <= MAX_AREA ? area : d.state() + " (" + d.counties().size() + " counties of decision "
                + d.number() + ")";
    }
}
