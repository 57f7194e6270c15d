package org.highroad.standards.wagedetermination;

import java.util.ArrayList;
import java.util.List;
import org.highroad.standards.wagedetermination.PublishedDecision.Group;
import org.highroad.standards.wagedetermination.PublishedDecision.Note;
import org.highroad.standards.wagedetermination.PublishedDecision.Rate;

/** What the tables hold (V27): a decision with a longer part is refused as a whole rather than cut. */
final class StoredLimits {

    private StoredLimits() {
    }

    static List<UnreadLine> check(PublishedDecision d) {
        List<UnreadLine> over = new ArrayList<>();
        limit(d.supersededNumber(), 20, "the superseded decision number", over);
        limit(d.state(), 100, "the State line", over);
        limit(d.countiesText(), 4000, "the Counties line", over);
        d.counties().forEach(c -> limit(c, 100, "a county name", over));
        for (Group g : d.groups()) {
            limit(g.qualifier(), 1000, "the county qualifier of " + g.identifier(), over);
            limit(g.description(), 4000, "the description of " + g.identifier(), over);
        }
        for (Rate r : d.rates()) {
            if (r.footnotes() != null && r.footnotes().length() > 40) {
                over.add(new UnreadLine(r.line(), null, "more than 40 characters of footnote letters"));
            }
        }
        for (Note n : d.notes()) {
            limit(n.text(), 4000, "a paragraph of notes", over);
        }
        return over;
    }

    private static void limit(String value, int max, String what, List<UnreadLine> over) {
        if (value != null && value.length() > max) {
            over.add(new UnreadLine(null, null, what + " is longer than " + max + " characters"));
        }
    }
}
