package org.highroad.standards.wagedetermination;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.highroad.standards.WageDetermination.ConstructionType;

/**
 * A Davis-Bacon general decision as SAM.gov publishes it (the layout of the domain reference, section 3.2): the
 * decision number, the number it supersedes, state, construction types, counties, the modification table, then rate
 * groups headed by a union, survey or union-average identifier with its effective date (and, where the decision says
 * so, the counties the group applies to), each with classification lines of rate and fringe. Notes, footnotes and
 * group descriptions are kept as published.
 */
public record PublishedDecision(String number, String supersededNumber, String state,
        List<ConstructionType> constructionTypes, String countiesText, List<String> counties,
        List<Modification> modifications, List<Group> groups, List<Rate> rates, List<Note> notes) {

    /** The modification this text publishes: the last row of its modification table. */
    public int modification() {
        return latest().number();
    }

    public LocalDate publishedOn() {
        return latest().publishedOn();
    }

    private Modification latest() {
        return modifications.stream().max(Comparator.comparingInt(Modification::number)).orElseThrow();
    }

    /** Whether the decision covers {@code county} (its header lists it, or it lists none, as a statewide one). */
    public boolean covers(String county) {
        return counties.isEmpty() || counties.stream().anyMatch(c -> Counties.same(c, county));
    }

    /** One row of the modification table. */
    public record Modification(int number, LocalDate publishedOn) {
    }

    /** Where a group's identifier says its rates come from (SAM.gov classification identifiers). */
    public enum Source {
        /** {@code PLUM0198-005}: a collective bargaining agreement's rate, updated with the agreement. */
        UNION,
        /** {@code SULA2012-007}: a survey's weighted average, not updated until a new survey. */
        SURVEY,
        /** {@code UAVG-OH-0010}: a union average, updated yearly. */
        UNION_AVERAGE
    }

    /**
     * A rate group: its identifier and effective date, the county qualifier printed above its rates (the counties it
     * names; none means the whole area of the decision) and the description printed below them (e.g. which equipment
     * each power equipment operator group runs).
     */
    public record Group(String identifier, Source source, LocalDate effectiveOn, String qualifier, List<String> counties,
            String description) {

        public boolean appliesIn(String county) {
            return counties.isEmpty() || counties.stream().anyMatch(c -> Counties.same(c, county));
        }
    }

    /** Whether a published rate is per hour or per day (some decisions publish day rates, e.g. for divers). */
    public enum Unit { HOUR, DAY }

    /**
     * One classification line: the group it is in (index into {@code groups}), the line it was read from, the rate and
     * its unit, the fringe as an amount, a percentage of the base rate, or both ({@code 4.75+28%}), and the footnote
     * letters printed after it.
     */
    public record Rate(int group, int line, String classification, BigDecimal baseRate, Unit unit,
            BigDecimal fringeAmount, BigDecimal fringePercent, String footnotes) {

        /** The classification with the group's county qualifier, as two rates of one classification differ. */
        public String key(List<Group> groups) {
            Group g = groups.get(group);
            return g.qualifier() == null ? classification : classification + " (" + g.qualifier() + ")";
        }
    }

    /** Text kept as published: notes of the header and trailer, footnotes, lines between groups. */
    public record Note(Kind kind, String text) {
        public enum Kind { HEADER, FOOTNOTE, BODY, TRAILER }
    }

    /** County names as printed, compared without case or a trailing "County". */
    static final class Counties {
        private Counties() {
        }

        static boolean same(String a, String b) {
            return a != null && b != null && plain(a).equals(plain(b));
        }

        static String plain(String name) {
            // spaces collapsed first, so that the suffix pattern never backtracks over a long run of them
            return name.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll(" COUNTY$", "");
        }
    }
}
