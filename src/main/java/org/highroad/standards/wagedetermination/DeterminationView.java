package org.highroad.standards.wagedetermination;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.highroad.standards.WageDetermination.ConstructionType;
import org.highroad.standards.WageRate;
import org.highroad.standards.wagedetermination.PublishedDecision.Modification;
import org.highroad.standards.wagedetermination.PublishedDecision.Note;
import org.highroad.standards.wagedetermination.PublishedDecision.Source;
import org.highroad.standards.wagedetermination.PublishedDecision.Unit;

/**
 * An imported modification as read: header, modification table, rate groups with their classification lines, notes
 * and footnotes, the lines that could not be read, and what changed against the modification imported before it
 * ({@code changes} is null for the first one imported).
 */
public record DeterminationView(String number, int modification, String supersededNumber, String state,
        List<ConstructionType> constructionTypes, String counties, List<String> countyNames, LocalDate publishedOn,
        List<Modification> modifications, List<GroupView> groups, List<Note> notes, List<UnreadLine> unreadLines,
        Changes changes, Instant importedAt) {

    /** A rate group with its lines. */
    public record GroupView(String identifier, Source source, LocalDate effectiveOn, String qualifier,
            List<String> counties, String description, List<RateView> rates) {
    }

    /**
     * One classification line; {@code fringePerHour} is the amount plus the percentage of the basic hourly rate
     * ({@link WageRate#fringePerHour()}), and null for a per-day rate.
     */
    public record RateView(int line, String classification, BigDecimal baseRate, Unit unit, BigDecimal fringeAmount,
            BigDecimal fringePercent, BigDecimal fringePerHour, String footnotes) {
    }

    static DeterminationView of(PublishedDecision d, List<UnreadLine> unread, Changes changes, Instant importedAt) {
        List<GroupView> groups = new java.util.ArrayList<>();
        for (int i = 0; i < d.groups().size(); i++) {
            int at = i;
            PublishedDecision.Group g = d.groups().get(i);
            groups.add(new GroupView(g.identifier(), g.source(), g.effectiveOn(), g.qualifier(), g.counties(),
                    g.description(), d.rates().stream().filter(r -> r.group() == at).map(r -> new RateView(r.line(),
                            r.classification(), r.baseRate(), r.unit(), r.fringeAmount(), r.fringePercent(),
                            r.unit() == Unit.DAY ? null : new WageRate(r.classification(), null, r.baseRate(),
                                    r.fringeAmount(), r.fringePercent(), null).fringePerHour(), r.footnotes())).toList()));
        }
        return new DeterminationView(d.number(), d.modification(), d.supersededNumber(), d.state(), d.constructionTypes(),
                d.countiesText(), d.counties(), d.publishedOn(), d.modifications(), groups, d.notes(), unread, changes,
                importedAt);
    }
}
