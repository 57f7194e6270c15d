package org.highroad.standards.wagedetermination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.highroad.standards.wagedetermination.PublishedDecision.Group;
import org.highroad.standards.wagedetermination.PublishedDecision.Note;
import org.highroad.standards.wagedetermination.PublishedDecision.Rate;
import org.highroad.standards.wagedetermination.PublishedDecision.Source;

/**
 * The body of a published decision, group by group. Above a group's {@code Rates  Fringes} header: its county
 * qualifier. Below it: classification lines; a name printed over several lines is joined (text lines right before a
 * rate line), a heading ending in a colon ({@code POWER EQUIPMENT OPERATOR:}) prefixes the indented lines under it,
 * and text not followed by a rate is the group's description. Footnotes and text between groups are kept as notes.
 */
final class GroupReader {

    private static final int MAX_CLASSIFICATION = 200;

    private final List<UnreadLine> unread;
    private final List<Group> groups = new ArrayList<>();
    private final List<Rate> rates = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private final List<String> qualifier = new ArrayList<>();
    private final List<String> description = new ArrayList<>();
    private final List<String> pending = new ArrayList<>();
    private final List<Integer> pendingLines = new ArrayList<>();
    private final StringBuilder footnote = new StringBuilder();
    private final StringBuilder between = new StringBuilder();
    private String identifier;
    private Source source;
    private LocalDate effective;
    private boolean skipping;
    private boolean ratesStarted;
    private String heading;
    private int headingIndent;
    private int headingCandidateIndent;

    GroupReader(List<UnreadLine> unread) {
        this.unread = unread;
    }

    void open(String id, Source src, LocalDate effectiveOn) {
        close();
        identifier = id;
        source = src;
        effective = effectiveOn;
    }

    void skipGroup() {
        close();
        skipping = true;
    }

    void columns(int no, String line) {
        if (identifier == null) {
            unread.add(new UnreadLine(no, line, skipping ? "in a rate group whose identifier line could not be read"
                    : "a Rates/Fringes header outside a rate group (no identifier line above it)"));
            return;
        }
        ratesStarted = true;
    }

    void line(int no, String line) {
        if (skipping) {
            if (!line.isBlank()) {
                unread.add(new UnreadLine(no, line, "in a rate group whose identifier line could not be read"));
            }
            return;
        }
        if (identifier == null) {
            between(no, line);
            return;
        }
        boolean rate = RateLine.looksLikeRate(line);
        if (line.isBlank()) {
            if (ratesStarted && !pending.isEmpty() && !pending.get(pending.size() - 1).endsWith(":")) {
                describePending();
            }
        } else if (!ratesStarted && !rate) {
            qualifier.add(line.strip());
        } else if (rate) {
            ratesStarted = true;
            rate(no, line);
        } else {
            text(no, line);
        }
    }

    private void between(int no, String line) {
        if (line.contains("$") && RateLine.looksLikeRate(line)) {
            unread.add(new UnreadLine(no, line, "a rate line outside a rate group (no identifier line above it)"));
        } else if (line.isBlank()) {
            flushBetween();
        } else {
            between.append(between.isEmpty() ? "" : " ").append(line.strip());
        }
    }

    private void text(int no, String line) {
        int indent = line.length() - line.stripLeading().length();
        if (heading != null && pending.isEmpty() && indent <= headingIndent) {
            heading = null;
        }
        pending.add(line.strip());
        pendingLines.add(no);
        if (pending.size() == 1) {
            headingCandidateIndent = indent;
        }
    }

    private void rate(int no, String line) {
        RateLine.Outcome outcome = RateLine.parse(line);
        if (outcome instanceof RateLine.Refused refused) {
            unreadPending(no);
            unread.add(new UnreadLine(no, line, refused.reason()));
            return;
        }
        RateLine r = ((RateLine.Read) outcome).line();
        String own = String.join(" ", pending);
        String name = r.name();
        if (!pending.isEmpty() && pending.get(0).endsWith(":") && r.indent() > headingCandidateIndent) {
            String first = pending.get(0);
            heading = first.substring(0, first.length() - 1).strip();
            headingIndent = headingCandidateIndent;
            own = String.join(" ", pending.subList(1, pending.size()));
        } else if (heading != null && r.indent() <= headingIndent && pending.isEmpty()) {
            heading = null;
        }
        String joined = (own + " " + name).strip();
        String classification = heading == null ? joined : heading + ": " + joined;
        pending.clear();
        pendingLines.clear();
        if (joined.isEmpty()) {
            unread.add(new UnreadLine(no, line, "no classification before the rate"));
        } else if (classification.length() > MAX_CLASSIFICATION) {
            unread.add(new UnreadLine(no, line, "the classification is longer than " + MAX_CLASSIFICATION + " characters"));
        } else {
            rates.add(new Rate(groups.size(), no, classification, r.base(), r.unit(), r.fringeAmount(), r.fringePercent(),
                    r.footnotes()));
        }
    }

    private void unreadPending(int no) {
        for (int i = 0; i < pending.size(); i++) {
            unread.add(new UnreadLine(pendingLines.get(i), pending.get(i),
                    "part of the classification on line " + no + ", which could not be read"));
        }
        pending.clear();
        pendingLines.clear();
    }

    private void describePending() {
        description.addAll(pending);
        pending.clear();
        pendingLines.clear();
    }

    /** The rates of the group end (its footnotes follow). */
    void endRates() {
        describePending();
    }

    void footnote(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.matches("^([A-Za-z]|\\*\\*)[.)]?\\s+.*") && !footnote.isEmpty()) {
            flushFootnote();
        }
        if (!text.isEmpty()) {
            footnote.append(footnote.isEmpty() ? "" : " ").append(text);
        }
    }

    private void flushFootnote() {
        if (!footnote.isEmpty()) {
            notes.add(new Note(Note.Kind.FOOTNOTE, (identifier == null ? "" : identifier + ": ") + footnote));
            footnote.setLength(0);
        }
    }

    private void flushBetween() {
        if (!between.isEmpty()) {
            notes.add(new Note(Note.Kind.BODY, between.toString()));
            between.setLength(0);
        }
    }

    void close() {
        flushFootnote();
        flushBetween();
        if (identifier != null) {
            describePending();
            String q = qualifier.isEmpty() ? null : String.join(" ", qualifier);
            String d = description.isEmpty() ? null : String.join("\n", description);
            groups.add(new Group(identifier, source, effective, q, CountyList.of(q), d));
        }
        identifier = null;
        skipping = false;
        ratesStarted = false;
        heading = null;
        qualifier.clear();
        description.clear();
    }

    List<Group> groups() {
        return List.copyOf(groups);
    }

    List<Rate> rates() {
        return List.copyOf(rates);
    }

    List<Note> notes() {
        return List.copyOf(notes);
    }
}
