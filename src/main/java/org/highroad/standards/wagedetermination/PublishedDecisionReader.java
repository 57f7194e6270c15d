package org.highroad.standards.wagedetermination;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.standards.WageDetermination.ConstructionType;
import org.highroad.standards.wagedetermination.PublishedDecision.Modification;
import org.highroad.standards.wagedetermination.PublishedDecision.Note;
import org.highroad.standards.wagedetermination.PublishedDecision.Source;

/**
 * Reads a general decision's plain text as SAM.gov publishes it (pure; see {@link PublishedDecision} for the layout).
 * Every line is either read, kept as text (notes, footnotes, qualifiers, group descriptions) or listed as unread with
 * a reason; a decision without its number, state, construction type, modification table or any rate is unreadable
 * as a whole ({@link Reading#decision()} is null).
 */
public final class PublishedDecisionReader {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/uuuu");
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("MM/dd/uuuu");
    private static final Pattern NUMBER = Pattern.compile("^\\s*General Decision Number:\\s*(\\S*)(?:\\s+(\\S+))?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUPERSEDED = Pattern.compile("^\\s*Superseded General Decision Number:\\s*(\\S*)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD = Pattern.compile("^\\s*(State|Construction Types?|Counties|County):\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MOD_TABLE = Pattern.compile("^\\s*Modification\\s+Number\\s+Publication\\s+Date\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MOD_ROW = Pattern.compile("^\\s*(\\d{1,3})\\s+(\\S+)\\s*$");
    private static final Pattern IDENTIFIER = Pattern.compile(
            "^\\s*([A-Z]{4}\\d{4}-\\d{3}|SU[A-Z]{2}\\d{4}-\\d{3}|UAVG-[A-Z]{2}-\\d{4})\\s+(\\S+)\\s*$");
    private static final Pattern COLUMNS = Pattern.compile("^\\s*Rates\\s+Fringes\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DASHES = Pattern.compile("^\\s*-{5,}\\s*$");
    private static final Pattern EQUALS = Pattern.compile("^\\s*={5,}\\s*$");
    private static final Pattern FOOTNOTE_HEAD = Pattern.compile("^\\s*FOOTNOTES?:?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DECISION_NUMBER = Pattern.compile("[A-Z]{2}\\d{8}");

    /** What a text yields: the decision (null when unreadable as a whole) and every line that could not be read. */
    public record Reading(PublishedDecision decision, List<UnreadLine> unread) {
    }

    private enum Part { HEADER, MODIFICATIONS, BODY, FOOTNOTES, TRAILER }

    private final List<UnreadLine> unread = new ArrayList<>();
    private final List<Modification> modifications = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private final GroupReader groups = new GroupReader(unread);
    private final StringBuilder paragraph = new StringBuilder();
    private Note.Kind paragraphKind = Note.Kind.HEADER;
    private String number;
    private LocalDate numberDate;
    private int numberLineNo;
    private String numberLineText;
    private String superseded;
    private String state;
    private Set<ConstructionType> types = EnumSet.noneOf(ConstructionType.class);
    private StringBuilder counties;
    private String countiesText;
    private List<String> countyList = List.of();
    private Part part = Part.HEADER;

    private PublishedDecisionReader() {
    }

    public static Reading read(String text) {
        return new PublishedDecisionReader().readAll(text);
    }

    private Reading readAll(String text) {
        String[] lines = unquoted(text).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace('\t', ' ');
            if (line.strip().equalsIgnoreCase("END OF GENERAL DECISION")) {
                break;
            }
            line(i + 1, line);
        }
        groups.close();
        flushParagraph();
        notes.addAll(groups.notes());
        return new Reading(decision(), List.copyOf(unread));
    }

    /** SAM.gov's plain text comes in double quotes; they are dropped, keeping the line numbers. */
    private static String unquoted(String text) {
        String stripped = text.strip();
        if (stripped.length() > 1 && stripped.startsWith("\"") && stripped.endsWith("\"")) {
            int first = text.indexOf('"');
            int last = text.lastIndexOf('"');
            return text.substring(0, first) + " " + text.substring(first + 1, last) + text.substring(last + 1);
        }
        return text;
    }

    private void line(int no, String line) {
        switch (part) {
            case HEADER -> header(no, line);
            case MODIFICATIONS -> modificationRow(no, line);
            case BODY, FOOTNOTES -> body(no, line);
            case TRAILER -> text(Note.Kind.TRAILER, line);
        }
    }

    private void header(int no, String line) {
        if (counties != null) {
            boolean another = FIELD.matcher(line).matches() || MOD_TABLE.matcher(line).matches()
                    || IDENTIFIER.matcher(line).matches() || NUMBER.matcher(line).matches();
            if (!line.isBlank() && !another) {
                counties.append(' ').append(line.strip()); // the counties line continues
                return;
            }
            countiesDone();
            if (line.isBlank()) {
                return;
            }
        }
        Matcher m;
        if ((m = NUMBER.matcher(line)).matches()) {
            if (DECISION_NUMBER.matcher(m.group(1)).matches()) {
                number = m.group(1);
                if (m.group(2) != null) {
                    numberDate = date(m.group(2));
                    numberLineNo = no;
                    numberLineText = line;
                    if (numberDate == null) {
                        unread.add(new UnreadLine(no, line, "the decision's date is not a date (MM/DD/YYYY)"));
                    }
                }
            } else {
                unread.add(new UnreadLine(no, line, "the decision number must be two letters and eight digits"));
            }
        } else if ((m = SUPERSEDED.matcher(line)).matches()) {
            superseded = m.group(1).isEmpty() ? null : m.group(1);
        } else if ((m = FIELD.matcher(line)).matches()) {
            field(no, line, m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
        } else if (MOD_TABLE.matcher(line).matches()) {
            flushParagraph();
            part = Part.MODIFICATIONS;
        } else if (IDENTIFIER.matcher(line).matches()) {
            startBody(no, line);
        } else if (RateLine.looksLikeRate(line) && line.contains("$")) {
            unread.add(new UnreadLine(no, line, "a rate before any rate group (no identifier line above it)"));
        } else {
            text(Note.Kind.HEADER, line);
        }
    }

    private void field(int no, String line, String name, String value) {
        if (name.equals("state")) {
            state = value.isEmpty() ? null : value;
        } else if (name.startsWith("construction")) {
            for (ConstructionType type : ConstructionType.values()) {
                if (value.toUpperCase(Locale.ROOT).matches(".*\\b" + type.name() + "\\b.*")) {
                    types.add(type);
                }
            }
            if (types.isEmpty()) {
                unread.add(new UnreadLine(no, line, "names no construction type (Building, Heavy, Highway or Residential)"));
            }
        } else {
            counties = new StringBuilder(value);
        }
    }

    private void countiesDone() {
        if (counties != null) {
            countiesText = counties.toString().strip();
            countyList = CountyList.of(countiesText);
        }
        counties = null;
    }

    private void modificationRow(int no, String line) {
        Matcher m = MOD_ROW.matcher(line);
        if (line.isBlank()) {
            return;
        }
        if (!m.matches()) {
            part = Part.HEADER;
            header(no, line);
            return;
        }
        LocalDate date = date(m.group(2));
        if (date == null) {
            unread.add(new UnreadLine(no, line, "the publication date is not a date (MM/DD/YYYY)"));
        } else {
            modifications.add(new Modification(Integer.parseInt(m.group(1)), date));
        }
    }

    private void startBody(int no, String line) {
        countiesDone();
        flushParagraph();
        part = Part.BODY;
        body(no, line);
    }

    private void body(int no, String line) {
        Matcher id = IDENTIFIER.matcher(line);
        if (id.matches()) {
            part = Part.BODY;
            LocalDate effective = date(id.group(2));
            if (effective == null) {
                unread.add(new UnreadLine(no, line, "the identifier's effective date is not a date (MM/DD/YYYY)"));
                groups.skipGroup();
            } else {
                groups.open(id.group(1), source(id.group(1)), effective);
            }
        } else if (EQUALS.matcher(line).matches()) {
            groups.close();
            part = Part.TRAILER;
            paragraphKind = Note.Kind.TRAILER;
        } else if (DASHES.matcher(line).matches()) {
            groups.close();
            part = Part.BODY;
        } else if (FOOTNOTE_HEAD.matcher(line).matches()) {
            groups.endRates();
            part = Part.FOOTNOTES;
            String rest = FOOTNOTE_HEAD.matcher(line).replaceFirst("$1").strip();
            if (!rest.isEmpty()) {
                groups.footnote(rest);
            }
        } else if (part == Part.FOOTNOTES) {
            groups.footnote(line);
        } else if (COLUMNS.matcher(line).matches()) {
            groups.columns(no, line);
        } else {
            groups.line(no, line);
        }
    }

    private void text(Note.Kind kind, String line) {
        if (line.isBlank()) {
            flushParagraph();
            return;
        }
        paragraphKind = kind;
        if (paragraph.length() + line.length() > 3900) {
            flushParagraph();
        }
        paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
    }

    private void flushParagraph() {
        if (!paragraph.isEmpty()) {
            notes.add(new Note(paragraphKind, paragraph.toString()));
            paragraph.setLength(0);
        }
    }

    private PublishedDecision decision() {
        countiesDone();
        List<UnreadLine> missing = new ArrayList<>();
        require(number != null, "no General Decision Number line (two letters and eight digits)", missing);
        require(state != null, "no State line", missing);
        require(!types.isEmpty(), "no Construction Types line naming Building, Heavy, Highway or Residential", missing);
        require(!modifications.isEmpty(), "no modification table (Modification Number, Publication Date)", missing);
        require(!groups.rates().isEmpty(), "no classification line could be read", missing);
        // The date beside the decision number is the publication date of the modification the text publishes; a table
        // that disagrees (a row lost in copying, a row added) leaves the modification in doubt, so nothing is imported.
        if (numberDate != null && !modifications.isEmpty() && !numberDate.equals(latest().publishedOn())) {
            missing.add(new UnreadLine(numberLineNo, numberLineText, "the decision's date "
                    + numberDate.format(PRINTED) + " is not the publication date of the last modification in its table ("
                    + latest().number() + " of " + latest().publishedOn().format(PRINTED) + ")"));
        }
        unread.addAll(0, missing);
        if (!missing.isEmpty()) {
            return null;
        }
        return new PublishedDecision(number, superseded, state, List.copyOf(types),
                countiesText == null ? "" : countiesText, countyList, List.copyOf(modifications),
                groups.groups(), groups.rates(), List.copyOf(notes));
    }

    private Modification latest() {
        return modifications.stream().max(Comparator.comparingInt(Modification::number)).orElseThrow();
    }

    private static void require(boolean present, String reason, List<UnreadLine> missing) {
        if (!present) {
            missing.add(new UnreadLine(null, null, reason));
        }
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Source source(String identifier) {
        return identifier.startsWith("UAVG") ? Source.UNION_AVERAGE
                : identifier.startsWith("SU") ? Source.SURVEY : Source.UNION;
    }
}
