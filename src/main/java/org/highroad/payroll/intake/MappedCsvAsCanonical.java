package org.highroad.payroll.intake;

import static org.highroad.payroll.intake.ColumnMap.HOURS_OVERTIME;
import static org.highroad.payroll.intake.ColumnMap.HOURS_STRAIGHT;
import static org.highroad.payroll.intake.ColumnMap.WORK_DATE;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A contractor's own payroll export read with a {@link ColumnMap} and given out, one row at a time, as the canonical
 * CSV layout, so that it goes through exactly the checks of a canonical file ({@link PayrollCsvReader}) without being
 * held in memory (as {@link JsonRowsAsCsv} does for JSON). With days as rows, a worker's rows of the week (one per day
 * and classification) are grouped into the week's row as they go by: only the worker being read is held, so each
 * worker's rows must be together in the file (as an export sorted by worker has them).
 *
 * <p>Nothing is dropped silently: a column of the file that the map neither reads nor ignores is an error, a value a
 * value map does not list is an error, and so is a number or date not written as the map says. An error names the row
 * of the file, the file's column and what was expected, never the cell's content. {@link #errors(ReadResult)} gives
 * these with the canonical reader's errors told in the file's terms (its rows and column names).
 */
public final class MappedCsvAsCanonical extends InputStream {

    /** Rows kept for a preview. */
    public static final int PREVIEW_ROWS = 10;

    /** A canonical row as read, for a preview: the file's row and each field's value (null where it has an error). */
    public record PreviewRow(int row, Map<String, String> fields) {
    }

    /** Fields read as dates in the map's date format. */
    private static final Set<String> DATES = Set.of(PayrollCsvLayout.ADDRESS_EFFECTIVE_FROM, PayrollCsvLayout.WEEK_ENDING, WORK_DATE);
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");

    private final InputStream raw;
    private final ColumnMap map;
    private final PayrollPeriod period;
    private final Limits limits;
    private final boolean byRows;
    private final DateTimeFormatter dates;
    private final Pattern number;

    private final List<RowError> errors = new ArrayList<>();
    private final Set<String> cellsInError = new HashSet<>(); // "row:field" of the file's rows
    private final List<String> unmapped = new ArrayList<>();
    private final List<String> ignored = new ArrayList<>();
    private final List<PreviewRow> preview = new ArrayList<>();
    private int[] sourceRowOf = new int[256];
    private int emitted;
    private boolean stopped;

    // the file
    private CellGuardReader guard;
    private Iterator<CsvRecord> records;
    private long headerRecord = -1;
    private long physical;
    private int sourceRow;
    private List<String> shownHeaders = List.of();
    private final Map<String, List<Integer>> sourcesOf = new LinkedHashMap<>();
    private final Map<String, String> valueKeys = new HashMap<>();
    private List<String> out = List.of();

    // days as rows: the worker being read
    private String currentEntry;
    private final Set<String> closedEntries = new HashSet<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();

    // the canonical text given out
    private byte[] chunk = new byte[0];
    private int pos;
    private boolean started;
    private boolean done;
    private final Deque<String> pending = new ArrayDeque<>();

    /** A weekly payroll, the week ending on {@code weekEnding}; {@code map} must have passed {@link ColumnMapCheck}. */
    public MappedCsvAsCanonical(InputStream raw, ColumnMap map, LocalDate weekEnding, Limits limits) {
        this(raw, map, PayrollPeriod.week(Objects.requireNonNull(weekEnding, "weekEnding")), limits);
    }

    /**
     * A payroll of the reporting {@code period}. With days as rows over a period longer than a work week, each worker's
     * days are grouped per work week, each its own row naming its Saturday as {@code week_ending} (overtime is owed
     * "in any workweek", 40 U.S.C. 3702(a); the layout's rows per work week, ADR 0011).
     */
    public MappedCsvAsCanonical(InputStream raw, ColumnMap map, PayrollPeriod period, Limits limits) {
        this.raw = Objects.requireNonNull(raw, "raw");
        this.map = Objects.requireNonNull(map, "map");
        this.period = Objects.requireNonNull(period, "period");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.byRows = map.days() == ColumnMap.Days.ROWS;
        this.dates = Objects.requireNonNull(ColumnMapCheck.formatter(map.dateFormat()), "dateFormat");
        ColumnMap.NumberFormat n = map.number();
        String digits = n.thousandsSeparator().isEmpty() ? "\\d+"
                : "(?:\\d{1,3}(?:" + Pattern.quote(n.thousandsSeparator()) + "\\d{3})+|\\d+)";
        this.number = Pattern.compile("(?:" + digits + ")(?:" + Pattern.quote(n.decimalSeparator()) + "\\d+)?|"
                + Pattern.quote(n.decimalSeparator()) + "\\d+");
    }

    /** The file's columns that the map neither reads nor ignores (each also an error), as named in errors. */
    public List<String> unmappedColumns() {
        return List.copyOf(unmapped);
    }

    /** The file's columns the map ignores on purpose. */
    public List<String> ignoredColumns() {
        return List.copyOf(ignored);
    }

    /** Whether the file's rows could not all be read (its header, encoding, size, a cell too long, too many errors). */
    public boolean stoppedEarly() {
        return stopped;
    }

    /**
     * Every error of the file once it has been read through {@code canonical}: those of reading it with the map, then
     * the canonical reader's, told by the file's row and column (the field named in the reason); none twice for one
     * cell. When the file could not be read to its end, only the errors of reading it.
     */
    public List<RowError> errors(ReadResult canonical) {
        List<RowError> all = new ArrayList<>(errors);
        if (!stopped) {
            for (RowError e : canonical.errors()) {
                int row = e.row() == 0 ? 0 : e.row() - 1 < emitted ? sourceRowOf[e.row() - 1] : e.row();
                if (e.column() != null && cellsInError.contains(row + ":" + e.column())) {
                    continue;
                }
                String column = e.column();
                String reason = e.reason();
                List<Integer> from = column == null ? null : sourcesOf.get(column);
                if (from != null && from.size() == 1) {
                    column = shownHeaders.get(from.get(0));
                    reason = reason + " (field " + e.column() + ")";
                }
                all.add(new RowError(row, column, reason));
            }
        }
        all.sort(Comparator.comparingInt(RowError::row));
        return all;
    }

    /** The file's column that feeds {@code field} when one does, else the field. */
    public String sourceColumn(String field) {
        List<Integer> from = field == null ? null : sourcesOf.get(field);
        return from != null && from.size() == 1 ? shownHeaders.get(from.get(0)) : field;
    }

    /** The row of the file where canonical row {@code canonicalRow} (1-based) begins. */
    public int sourceRow(int canonicalRow) {
        return canonicalRow >= 1 && canonicalRow - 1 < emitted ? sourceRowOf[canonicalRow - 1] : canonicalRow;
    }

    /**
     * The first rows as read, each field's value or {@code null} where the map or the canonical checks found an error
     * (so that no refused cell, such as a full Social Security number, is shown back).
     */
    public List<PreviewRow> preview(ReadResult canonical) {
        Set<String> refused = new HashSet<>(cellsInError);
        for (RowError e : canonical.errors()) {
            if (e.row() > 0 && e.row() - 1 < emitted && e.column() != null) {
                refused.add(sourceRowOf[e.row() - 1] + ":" + e.column());
            }
        }
        List<PreviewRow> rows = new ArrayList<>();
        for (PreviewRow p : preview) {
            Map<String, String> fields = new LinkedHashMap<>();
            p.fields().forEach((field, value) -> fields.put(field, refused.contains(p.row() + ":" + field) ? null : value));
            rows.add(new PreviewRow(p.row(), fields));
        }
        return rows;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        while (pos >= chunk.length) {
            String line = next();
            if (line == null) {
                return -1;
            }
            chunk = line.getBytes(StandardCharsets.UTF_8);
            pos = 0;
        }
        int n = Math.min(len, chunk.length - pos);
        System.arraycopy(chunk, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public void close() {
        // the caller owns the raw stream
    }

    /** The next canonical line, or null at the end. */
    private String next() {
        try {
            if (!started) {
                started = true;
                return header();
            }
            while (pending.isEmpty() && !done) {
                CsvRecord r = nextRecord();
                if (r == null) {
                    done = true;
                    flushWorker();
                } else {
                    sourceRow++;
                    if (!blank(r)) {
                        row(r);
                    }
                }
            }
        } catch (StopReading stop) {
            stopped = true;
            done = true;
            pending.clear();
        }
        return pending.poll();
    }

    private String header() {
        guard = new CellGuardReader(new StrictUtf8Reader(new ByteLimitStream(raw, limits.maxBytes())), limits.maxCellChars(),
                map.delimiter().charAt(0));
        records = CsvReader.builder().fieldSeparator(map.delimiter().charAt(0)).quoteCharacter('"')
                .commentStrategy(CommentStrategy.NONE).skipEmptyLines(false).ignoreDifferentFieldCount(true)
                .ofCsvRecord(guard).iterator();
        CsvRecord header = null;
        while (header == null) {
            CsvRecord r = nextRecord();
            if (r == null) {
                fatal(0, null, null, "the file is empty");
            }
            if (!blank(r)) {
                header = r;
                headerRecord = physical;
            }
            physical++;
        }
        Map<String, ColumnMap.Column> read = new HashMap<>();
        map.columns().forEach(c -> read.put(ColumnMapCheck.key(c.source()), c));
        Set<String> ignore = new HashSet<>();
        map.ignore().forEach(i -> ignore.add(ColumnMapCheck.key(i)));
        List<String> shown = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean broken = false;
        for (int i = 0; i < header.getFieldCount(); i++) {
            String name = header.getField(i).strip();
            String key = name.toLowerCase(Locale.ROOT);
            String show = shown(name, i);
            shown.add(show);
            if (name.isEmpty()) {
                error(0, null, null, "header cell " + (i + 1) + " is blank: every column needs a name");
                broken = true;
            } else if (!seen.add(key)) {
                error(0, show, null, "duplicate column: it appears more than once in the header");
                broken = true;
            } else if (read.containsKey(key)) {
                String target = read.get(key).target().strip().toLowerCase(Locale.ROOT);
                sourcesOf.computeIfAbsent(target, t -> new ArrayList<>()).add(i);
            } else if (ignore.contains(key)) {
                ignored.add(show);
            } else {
                unmapped.add(show);
                error(0, show, null, "the map neither reads nor ignores this column: add it to the map's columns or "
                        + "to its ignored columns (nothing is dropped silently)");
            }
        }
        for (ColumnMap.Column c : map.columns()) {
            if (!seen.contains(ColumnMapCheck.key(c.source()))) {
                error(0, c.source().strip(), null, "the map reads this column but the file has no such header");
                broken = true;
            }
        }
        shownHeaders = shown;
        if (broken) {
            throw new StopReading(); // rows cannot be read against a broken header
        }
        List<String> columns = new ArrayList<>();
        for (String column : PayrollCsvLayout.ALL) {
            if (sourcesOf.containsKey(column) || PayrollCsvLayout.REQUIRED.contains(column)
                    || (byRows && !period.oneWorkWeek() && column.equals(PayrollCsvLayout.WEEK_ENDING))) {
                columns.add(column);
            }
        }
        out = columns;
        map.values().forEach((field, values) -> values.forEach((from, to) ->
                valueKeys.put(field + "\u0000" + from.strip().toLowerCase(Locale.ROOT), to.strip())));
        return line(columns);
    }

    /** Reads one non-blank record of the file with the map. */
    private void row(CsvRecord r) {
        int row = sourceRow;
        if (r.getFieldCount() != shownHeaders.size()) {
            error(row, null, null, "the row has " + r.getFieldCount() + " cells but the header has " + shownHeaders.size()
                    + " (a cell holding the delimiter needs double quotes)");
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        sourcesOf.forEach((target, at) -> values.put(target, value(r, row, target, at)));
        if (!byRows) {
            emit(row, values);
            return;
        }
        String entry = values.getOrDefault(PayrollCsvLayout.ENTRY_NUMBER, "");
        if (!entry.equals(currentEntry)) {
            flushWorker();
            currentEntry = entry;
            if (closedEntries.contains(entry)) {
                fieldError(row, PayrollCsvLayout.ENTRY_NUMBER, "this worker's rows of the week go on here after other workers' "
                        + "rows: sort the export by worker, so that each worker's rows are together");
            }
        }
        LocalDate day = day(row, values);
        if (day == null) {
            return; // an error of the row's date is recorded: its hours belong to no work week
        }
        LocalDate workWeek = day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        String named = values.getOrDefault(PayrollCsvLayout.WEEK_ENDING, "");
        if (!named.isEmpty() && !named.equals(workWeek.toString())) {
            fieldError(row, PayrollCsvLayout.WEEK_ENDING, "is not the Saturday ending the work week of the row's date ("
                    + workWeek + ")");
            return;
        }
        String key = values.getOrDefault(PayrollCsvLayout.CLASSIFICATION, "") + "\u0000"
                + values.getOrDefault(PayrollCsvLayout.LEVEL, "") + "\u0000" + workWeek;
        Group g = groups.get(key);
        if (g == null) {
            groups.put(key, new Group(row, workWeek, values, day));
        } else {
            g.add(row, values, day);
        }
    }

    /** The row's day worked, or null with an error when it is blank, not a date or not a day of the period. */
    private LocalDate day(int row, Map<String, String> values) {
        String date = values.get(WORK_DATE);
        if (cellsInError.contains(row + ":" + WORK_DATE)) {
            return null;
        }
        if (date == null || date.isEmpty()) {
            fieldError(row, WORK_DATE, "required: the date of the row's day");
            return null;
        }
        LocalDate day = LocalDate.parse(date);
        if (!period.contains(day)) {
            fieldError(row, WORK_DATE, "is not a day of the payroll " + (period.oneWorkWeek() ? "week" : "period") + " ("
                    + period + ")");
            return null;
        }
        return day;
    }

    /** Turns the worker's groups into canonical rows, in the order they began. */
    private void flushWorker() {
        if (currentEntry != null) {
            closedEntries.add(currentEntry);
        }
        for (Group g : groups.values()) {
            Map<String, String> values = new LinkedHashMap<>(g.fixed);
            if (!period.oneWorkWeek()) {
                values.put(PayrollCsvLayout.WEEK_ENDING, g.weekEnding.toString());
            }
            for (int d = 0; d < PayrollCsvLayout.DAYS.size(); d++) {
                String day = PayrollCsvLayout.DAYS.get(d);
                values.put(PayrollCsvLayout.st(day), g.straight[d].signum() == 0 ? "" : g.straight[d].toPlainString());
                values.put(PayrollCsvLayout.ot(day), g.overtime[d].signum() == 0 ? "" : g.overtime[d].toPlainString());
            }
            g.summed.forEach((field, sum) -> values.put(field, sum == null ? "" : sum.toPlainString()));
            emit(g.firstRow, values);
        }
        groups.clear();
    }

    /** One worker's work week in one classification, from rows of days. */
    private final class Group {
        final int firstRow;
        final LocalDate weekEnding;
        final Map<String, String> fixed = new LinkedHashMap<>();
        final Map<String, BigDecimal> summed = new LinkedHashMap<>();
        final BigDecimal[] straight = new BigDecimal[7];
        final BigDecimal[] overtime = new BigDecimal[7];

        Group(int row, LocalDate weekEnding, Map<String, String> values, LocalDate day) {
            this.firstRow = row;
            this.weekEnding = weekEnding;
            Arrays.fill(straight, BigDecimal.ZERO);
            Arrays.fill(overtime, BigDecimal.ZERO);
            values.forEach((field, value) -> {
                if (map.perDay().contains(field)) {
                    summed.put(field, BigDecimal.ZERO);
                } else if (!field.equals(WORK_DATE) && !field.equals(HOURS_STRAIGHT) && !field.equals(HOURS_OVERTIME)) {
                    fixed.put(field, value);
                }
            });
            add(row, values, day);
        }

        void add(int row, Map<String, String> values, LocalDate day) {
            fixed.forEach((field, first) -> {
                String v = values.get(field);
                if (!Objects.equals(first, v) && !cellsInError.contains(row + ":" + field)
                        && !cellsInError.contains(firstRow + ":" + field)) {
                    fieldError(row, field, "differs from this worker's first row of the week (row " + firstRow + "): with days "
                            + "as rows it must be the same on each of the worker's rows"
                            + (PayrollCsvLayout.NUMBERS.containsKey(field) ? ", or be listed in the map's perDay when "
                                    + "the export gives it per day" : ""));
                }
            });
            summed.replaceAll((field, sum) -> add(sum, values.get(field)));
            int d = (int) ChronoUnit.DAYS.between(weekEnding.minusDays(6), day);
            straight[d] = add(straight[d], values.get(HOURS_STRAIGHT));
            overtime[d] = add(overtime[d], values.get(HOURS_OVERTIME));
        }

        private BigDecimal add(BigDecimal sum, String value) {
            if (sum == null || value == null || value.isEmpty()) {
                return sum;
            }
            try {
                return sum.add(new BigDecimal(value));
            } catch (NumberFormatException e) {
                return null; // an error of the cell is recorded: nothing is added up from it
            }
        }
    }

    /** The value the map reads for {@code target} from the cells at {@code at}; an error when it cannot. */
    private String value(CsvRecord r, int row, String target, List<Integer> at) {
        if (ColumnMapCheck.addsUp(target)) {
            BigDecimal sum = null;
            String single = "";
            for (int i : at) {
                String cell = r.getField(i).strip();
                if (cell.isEmpty()) {
                    continue;
                }
                String plain = plainNumber(cell);
                if (plain == null) {
                    cellError(row, target, i, "not a number as the map writes them (" + numberFormat() + ")");
                    return "";
                }
                single = plain;
                BigDecimal n = new BigDecimal(plain);
                sum = sum == null ? n : sum.add(n);
            }
            return at.size() == 1 || sum == null ? single : sum.toPlainString();
        }
        int i = at.get(0);
        String cell = r.getField(i).strip();
        if (cell.isEmpty()) {
            return "";
        }
        if (DATES.contains(target)) {
            try {
                return LocalDate.parse(cell, dates).toString();
            } catch (DateTimeParseException e) {
                cellError(row, target, i, "not a date as the map writes them (" + map.dateFormat() + ")");
                return "";
            }
        }
        Map<String, String> codes = map.values().get(target);
        if (codes != null) {
            String to = valueKeys.get(target + "\u0000" + cell.toLowerCase(Locale.ROOT));
            if (to == null) {
                cellError(row, target, i, "a " + target + " value the map does not list (the value is not shown): add it to "
                        + "the map's values." + target);
                return "";
            }
            return to;
        }
        return cell;
    }

    /** The cell as a plain decimal ({@code -}digits{@code .}digits), or null when it is not written as the map says. */
    String plainNumber(String cell) {
        ColumnMap.NumberFormat n = map.number();
        String v = cell.replace('\u00A0', ' ').replace('\u202F', ' ');
        boolean negative = false;
        if (v.startsWith("-")) {
            negative = true;
            v = v.substring(1).strip();
        }
        String symbol = n.currencySymbol();
        if (!symbol.isEmpty()) {
            if (v.startsWith(symbol)) {
                v = v.substring(symbol.length()).strip();
            } else if (v.endsWith(symbol)) {
                v = v.substring(0, v.length() - symbol.length()).strip();
            }
            if (!negative && v.startsWith("-")) {
                negative = true;
                v = v.substring(1).strip();
            }
        }
        if (!number.matcher(v).matches()) {
            return null;
        }
        if (!n.thousandsSeparator().isEmpty()) {
            v = v.replace(n.thousandsSeparator(), "");
        }
        v = v.replace(n.decimalSeparator(), ".");
        return PLAIN_NUMBER.matcher(v).matches() ? (negative ? "-" : "") + v : null;
    }

    private String numberFormat() {
        ColumnMap.NumberFormat n = map.number();
        return "decimal separator '" + n.decimalSeparator() + "'"
                + (n.thousandsSeparator().isEmpty() ? ", no thousands separator" : ", thousands separator '"
                        + n.thousandsSeparator() + "'")
                + (n.currencySymbol().isEmpty() ? "" : ", currency symbol " + n.currencySymbol());
    }

    private void emit(int row, Map<String, String> values) {
        if (emitted == sourceRowOf.length) {
            sourceRowOf = Arrays.copyOf(sourceRowOf, emitted * 2);
        }
        sourceRowOf[emitted++] = row;
        List<String> cells = new ArrayList<>(out.size());
        Map<String, String> fields = new LinkedHashMap<>();
        for (String column : out) {
            String v = values.getOrDefault(column, "");
            cells.add(v);
            fields.put(column, v);
        }
        if (preview.size() < PREVIEW_ROWS) {
            preview.add(new PreviewRow(row, fields));
        }
        pending.add(line(cells));
    }

    private static String line(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        return b.append('\n').toString();
    }

    /** An error about a field of the row, named by the file's column that feeds it. */
    private void fieldError(int row, String target, String reason) {
        List<Integer> at = sourcesOf.get(target);
        cellError(row, target, at == null || at.isEmpty() ? null : at.get(0), reason);
    }

    private void cellError(int row, String target, Integer sourceIndex, String reason) {
        String column = sourceIndex == null ? target : shownHeaders.get(sourceIndex);
        String why = sourceIndex == null || target == null ? reason : reason + " (field " + target + ")";
        error(row, column, target, why);
    }

    private void error(int row, String column, String target, String reason) {
        if (target != null) {
            cellsInError.add(row + ":" + target);
        }
        if (errors.size() >= limits.maxErrors()) {
            errors.add(new RowError(row, null, "too many errors: only the first " + limits.maxErrors() + " are listed and "
                    + "reading stopped at this row; correct them and send the file again"));
            throw new StopReading();
        }
        errors.add(new RowError(row, column, reason));
    }

    private void fatal(int row, String column, String target, String reason) {
        error(row, column, target, reason);
        throw new StopReading();
    }

    /** The next record of the file, or null at its end; a reading failure is a fatal error. */
    private CsvRecord nextRecord() {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (RuntimeException e) {
            int row = rowOf(guard.record);
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CellGuardReader.CellTooLongException c) {
                    fatal(rowOf(c.record), columnOf(c.field), null, "the cell is longer than "
                            + String.format(java.util.Locale.ENGLISH, "%,d", limits.maxCellChars()) + " characters");
                }
                if (t instanceof ByteLimitStream.FileTooLargeException) {
                    fatal(row, null, null, "the file is larger than the limit of " + limits.maxBytes() + " bytes; reading "
                            + "stopped here");
                }
                if (t instanceof CharacterCodingException) {
                    fatal(row, columnOf(guard.field), null, "the file is not valid UTF-8: save it as \"CSV UTF-8\" (the "
                            + "first invalid bytes are in this row)");
                }
            }
            fatal(row, null, null, "the file could not be read as CSV: " + e.getClass().getSimpleName());
            return null;
        }
    }

    private int rowOf(long physicalRecord) {
        if (headerRecord < 0 || physicalRecord <= headerRecord) {
            return 0;
        }
        long row = physicalRecord - headerRecord;
        return row > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) row;
    }

    private String columnOf(int field) {
        return field < shownHeaders.size() ? shownHeaders.get(field) : null;
    }

    /** A header name as an error may show it: not when it is too long, holds a control character or a full SSN. */
    private static String shown(String name, int i) {
        if (name.isEmpty() || name.length() > RowError.MAX_COLUMN || StorableText.unstorable(name) != null) {
            return "header cell " + (i + 1);
        }
        return name;
    }

    private static boolean blank(CsvRecord r) {
        for (String f : r.getFields()) {
            if (!f.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
