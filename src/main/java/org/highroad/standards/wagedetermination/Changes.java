package org.highroad.standards.wagedetermination;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highroad.standards.wagedetermination.PublishedDecision.Rate;
import org.highroad.standards.wagedetermination.PublishedDecision.Unit;

/**
 * What a modification changed against the one imported before it, per classification (keyed with its group's county
 * qualifier, since one classification may have a rate per county): added, removed, and changed rate or fringe. A
 * classification listed more than once under the same key (in two groups for no county, or twice in one group) keeps
 * every listing: the first under the key, each later one under the key and its group's identifier
 * ({@code LABORER [SULA2012-007]}), and a further one in that group also under its count ({@code #2}), so that no
 * rate is left out of the comparison.
 */
public record Changes(int comparedWithModification, List<Change> added, List<Change> removed, List<Change> changed) {

    /** The terms of one classification's rate. */
    public record Terms(BigDecimal baseRate, Unit unit, BigDecimal fringeAmount, BigDecimal fringePercent,
            String identifier) {

        boolean sameRateAs(Terms other) {
            return same(baseRate, other.baseRate) && unit == other.unit && same(fringeAmount, other.fringeAmount)
                    && same(fringePercent, other.fringePercent);
        }

        private static boolean same(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
    }

    /** One classification's terms before and after ({@code before} null when added, {@code after} when removed). */
    public record Change(String classification, Terms before, Terms after) {
    }

    public static Changes between(PublishedDecision before, PublishedDecision after) {
        Map<String, Terms> old = terms(before);
        Map<String, Terms> now = terms(after);
        List<Change> added = new ArrayList<>();
        List<Change> removed = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        now.forEach((key, terms) -> {
            Terms was = old.get(key);
            if (was == null) {
                added.add(new Change(key, null, terms));
            } else if (!was.sameRateAs(terms)) {
                changed.add(new Change(key, was, terms));
            }
        });
        old.forEach((key, terms) -> {
            if (!now.containsKey(key)) {
                removed.add(new Change(key, terms, null));
            }
        });
        return new Changes(before.modification(), added, removed, changed);
    }

    private static Map<String, Terms> terms(PublishedDecision d) {
        Map<String, Terms> byKey = new LinkedHashMap<>();
        Map<String, Integer> listings = new HashMap<>();
        for (Rate r : d.rates()) {
            String identifier = d.groups().get(r.group()).identifier();
            Terms terms = new Terms(r.baseRate(), r.unit(), r.fringeAmount(), r.fringePercent(), identifier);
            String key = r.key(d.groups());
            if (byKey.containsKey(key)) {
                String inGroup = key + " [" + identifier + "]";
                int n = listings.merge(inGroup, 1, Integer::sum); // counted, so many listings stay linear
                key = n == 1 ? inGroup : inGroup + " #" + n;
            }
            byKey.put(key, terms);
        }
        return byKey;
    }

    public boolean none() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
