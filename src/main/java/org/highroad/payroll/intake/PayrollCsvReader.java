package org.highroad.payroll.intake;

import static org.highroad.payroll.intake.PayrollCsvLayout.*;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.highroad.payroll.intake.ParsedRow.Extensions;
import org.highroad.payroll.intake.ParsedRow.PayAmounts;
import org.highroad.payroll.intake.ParsedRow.WorkerName;
import org.highroad.payroll.wages.DayHours;
import org.highroad.payroll.wages.WorkerWeek;

/**
 * Reads a certified-payroll CSV (docs/payroll-csv.md) as a stream: bytes are counted and decoded as strict UTF-8,
 * cells are bounded while they are read, and each valid row is handed to the {@link RowSink} and forgotten. Every
 * error is collected (row, column, reason) up to {@link Limits#maxErrors()}; see {@link RowSink} for how rows and
 * errors interact. Stateless and thread-safe; the input stream is read but not closed.
 *
 * <p>Not checked here, because they need the contract: classification coverage, the week in the payroll calendar,
 * apprentice registration and ratios, wage rates.
 */
public final class PayrollCsvReader {

    static final BigDecimal CENT = new BigDecimal("0.01");
    static final BigDecimal HOURS_IN_A_DAY = BigDecimal.valueOf(24);
    private static final Pattern NUMBER = Pattern.compile("-?(\\d{1,9}(\\.\\d{0,4})?|\\.\\d{1,4})");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");
    private static final Pattern SSN_LIKE = Pattern.compile("[\\d\\s.-]+");
    private static final Pattern SHOWABLE_HEADER = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final List<String> TEXT_COLUMNS = List.of(LAST_NAME, FIRST_NAME, MIDDLE_INITIAL, WORKER_ID,
            CLASSIFICATION, RACE_ETHNICITY, GENDER);

    public ReadResult read(InputStream in, LocalDate weekEnding, Limits limits, RowSink sink) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(weekEnding, "weekEnding");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(sink, "sink");
        Run run = new Run(weekEnding, limits, sink);
        try {
            run.read(in);
        } catch (Stop stop) {
            // a fatal error or the error cap: the errors say why
        }
        return new ReadResult(run.rowsRead, run.errors);
    }

    /** Ends the reading after a fatal error; carries no stack trace. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** One reading: the state is per call. */
    private static final class Run {
        final LocalDate weekEnding;
        final LocalDate weekStart;
        final Limits limits;
        final RowSink sink;
        final List<RowError> errors = new ArrayList<>();
        boolean discarded;
        int rowsRead;
        // header
        List<String> columns = List.of();
        final Map<String, Integer> index = new HashMap<>();
        long headerRecord = -1; // physical record index of the header (blank lines before it are skipped)
        CellGuardReader guard;

        Run(LocalDate weekEnding, Limits limits, RowSink sink) {
            this.weekEnding = weekEnding;
            this.weekStart = weekEnding.minusDays(6);
            this.limits = limits;
            this.sink = sink;
        }

        void error(int row, String column, String reason) {
            if (!discarded) {
                discarded = true;
                sink.discard();
            }
            if (errors.size() >= limits.maxErrors()) {
                errors.add(new RowError(row, null, "too many errors: only the first " + limits.maxErrors()
                        + " are listed and reading stopped at this row; correct them and send the file again"));
                throw new Stop();
            }
            errors.add(new RowError(row, column, reason));
        }

        void fatal(int row, String column, String reason) {
            error(row, column, reason);
            throw new Stop();
        }

        void read(InputStream in) {
            if (weekEnding.getDayOfWeek() != DayOfWeek.SATURDAY) {
                fatal(0, "week_ending", "the week ending must be a Saturday (the columns run from Sunday to "
                        + "Saturday); " + weekEnding + " is a " + weekEnding.getDayOfWeek().toString().toLowerCase(
                                Locale.ROOT));
            }
            guard = new CellGuardReader(new StrictUtf8Reader(new ByteLimitStream(in, limits.maxBytes())),
                    limits.maxCellChars());
            CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(',').quoteCharacter('"')
                    .commentStrategy(CommentStrategy.NONE).skipEmptyLines(false).ignoreDifferentFieldCount(true)
                    .ofCsvRecord(guard);
            Iterator<CsvRecord> records = csv.iterator();

            CsvRecord header = null;
            long physical = 0;
            while (header == null) {
                CsvRecord r = next(records);
                if (r == null) {
                    fatal(0, null, "the file is empty");
                }
                if (!blank(r)) {
                    header = r;
                    headerRecord = physical;
                }
                physical++;
            }
            readHeader(header);

            int row = 0;
            for (CsvRecord r = next(records); r != null; r = next(records)) {
                row++;
                if (blank(r)) {
                    continue; // counted, so that row numbers follow the lines of the file
                }
                if (rowsRead >= limits.maxRows()) {
                    fatal(row, null, "more than " + limits.maxRows() + " payroll rows: split the payroll or ask "
                            + "for a higher limit");
                }
                rowsRead++;
                ParsedRow parsed = parseRow(r, row);
                if (parsed != null && !discarded) {
                    sink.accept(parsed);
                }
            }
            if (rowsRead == 0) {
                fatal(0, null, "no payroll rows: send a no-work statement for a week without work");
            }
        }

        /** The next record, or null at the end; turns the reading failures into errors. */
        CsvRecord next(Iterator<CsvRecord> records) {
            try {
                return records.hasNext() ? records.next() : null;
            } catch (RuntimeException e) {
                for (Throwable t = e; t != null; t = t.getCause()) {
                    if (t instanceof CellTooLongException c) {
                        fatal(rowOf(c.record), columnOf(c.field), "the cell is longer than "
                                + limits.maxCellChars() + " characters");
                    }
                    if (t instanceof FileTooLargeException) {
                        fatal(rowOf(guard.record), null, "the file is larger than the limit of "
                                + limits.maxBytes() + " bytes; reading stopped here");
                    }
                    if (t instanceof CharacterCodingException) {
                        fatal(rowOf(guard.record), columnOf(guard.field), "the file is not valid UTF-8: save it "
                                + "as \"CSV UTF-8\" (the first invalid bytes are in this row)");
                    }
                }
                fatal(rowOf(guard.record), null, "the file could not be read as CSV: " + e.getClass().getSimpleName());
                return null;
            }
        }

        int rowOf(long physicalRecord) {
            if (headerRecord < 0 || physicalRecord <= headerRecord) {
                return 0;
            }
            long row = physicalRecord - headerRecord;
            return row > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) row;
        }

        String columnOf(int field) {
            return field < columns.size() ? columns.get(field) : null;
        }

        static boolean blank(CsvRecord r) {
            for (String f : r.getFields()) {
                if (!f.isBlank()) {
                    return false;
                }
            }
            return true;
        }

        void readHeader(CsvRecord header) {
            List<String> fields = header.getFields();
            if (fields.size() == 1) {
                String only = fields.get(0);
                if (only.indexOf(';') >= 0 || only.indexOf('\t') >= 0 || only.indexOf('|') >= 0) {
                    fatal(0, null, "the delimiter must be a comma: the header row is a single column separated by "
                            + (only.indexOf(';') >= 0 ? "semicolons" : only.indexOf('\t') >= 0 ? "tabs" : "bars"));
                }
            }
            List<String> names = new ArrayList<>();
            int before = errors.size();
            for (int i = 0; i < fields.size(); i++) {
                String name = fields.get(i).strip().toLowerCase(Locale.ROOT);
                names.add(name);
                if (name.isEmpty()) {
                    error(0, null, "header cell " + (i + 1) + " is blank: every column needs a name");
                } else if (!ALL.contains(name)) {
                    boolean showable = SHOWABLE_HEADER.matcher(name).matches();
                    error(0, showable ? name : null, (showable ? "unknown column" : "unknown column in header cell "
                            + (i + 1) + " (name not shown)") + ": it is not in the payroll layout (docs/payroll-csv."
                            + "md); extra columns are refused, not dropped");
                } else if (index.putIfAbsent(name, i) != null) {
                    error(0, name, "duplicate column: it appears more than once in the header");
                }
            }
            for (String required : REQUIRED) {
                if (!index.containsKey(required)) {
                    error(0, required, "missing required column");
                }
            }
            if (errors.size() > before) {
                throw new Stop(); // the rows cannot be read against a broken header
            }
            columns = names;
        }

        // ---- one row ----------------------------------------------------------------------------------------------

        ParsedRow parseRow(CsvRecord r, int row) {
            int before = errors.size();
            if (r.getFieldCount() != columns.size()) {
                error(row, null, "the row has " + r.getFieldCount() + " cells but the header has " + columns.size()
                        + " (a comma inside a name needs the name in double quotes)");
                return null;
            }
            Cells c = new Cells(r, row);
            for (String column : TEXT_COLUMNS) {
                c.checkText(column);
            }

            Integer entry = c.integer(ENTRY_NUMBER, true);
            if (entry != null && entry < 1) {
                error(row, ENTRY_NUMBER, "must be 1 or more");
            }
            String last = c.text(LAST_NAME, true);
            String first = c.text(FIRST_NAME, true);
            String middle = c.text(MIDDLE_INITIAL, false);
            String workerId = c.workerId();
            WorkerWeek.Level level = c.level();
            Integer apprenticeLevel = c.integer(APPRENTICE_LEVEL, false);
            if (apprenticeLevel != null) {
                if (apprenticeLevel < 1 || apprenticeLevel > 99) {
                    error(row, APPRENTICE_LEVEL, "must be a whole number from 1 to 99");
                } else if (level == WorkerWeek.Level.JOURNEYWORKER) {
                    error(row, APPRENTICE_LEVEL, "is only for RA (registered apprentice) rows; leave it blank for J");
                }
            }
            String classification = c.text(CLASSIFICATION, true);

            List<DayHours> days = new ArrayList<>();
            BigDecimal stTotal = BigDecimal.ZERO;
            BigDecimal otTotal = BigDecimal.ZERO;
            for (int d = 0; d < DAYS.size(); d++) {
                String day = DAYS.get(d);
                LocalDate date = weekStart.plusDays(d);
                BigDecimal st = c.amount(st(day), false);
                BigDecimal ot = c.amount(ot(day), false);
                if (st == null || ot == null) {
                    continue;
                }
                BigDecimal total = st.add(ot);
                if (total.compareTo(HOURS_IN_A_DAY) > 0) {
                    error(row, st(day), st(day) + " + " + ot(day) + " = " + total.toPlainString() + " hours on "
                            + date + "; a day has 24");
                }
                stTotal = stTotal.add(st);
                otTotal = otTotal.add(ot);
                if (total.signum() > 0) {
                    days.add(new DayHours(date, st, ot));
                }
            }
            BigDecimal rateSt = c.amount(RATE_ST, true);
            BigDecimal rateOt = c.amount(RATE_OT, false);
            if (c.blank(RATE_OT)) {
                rateOt = null;
                if (otTotal.signum() > 0) {
                    error(row, RATE_OT, "required when the row has overtime hours");
                }
            }
            BigDecimal fringe = c.amount(FRINGE_CREDIT_PER_HOUR, false);
            BigDecimal cashInLieu = c.amount(CASH_IN_LIEU_PER_HOUR, false);
            BigDecimal gross = c.amount(GROSS_THIS_PROJECT, true);
            BigDecimal grossAll = c.amount(GROSS_ALL_WORK, true);
            BigDecimal tax = c.amount(DEDUCTIONS_TAX, false);
            BigDecimal fica = c.amount(DEDUCTIONS_FICA, false);
            BigDecimal other = c.amount(DEDUCTIONS_OTHER, false);
            BigDecimal deductions = c.amount(DEDUCTIONS_TOTAL, false);
            BigDecimal net = c.amount(NET_PAY, true);

            if (errors.size() == before) { // the sums only make sense on well-formed numbers
                BigDecimal expected = stTotal.multiply(rateSt)
                        .add(rateOt == null ? BigDecimal.ZERO : otTotal.multiply(rateOt))
                        .add(stTotal.add(otTotal).multiply(cashInLieu));
                if (offByMoreThanACent(gross, expected)) {
                    error(row, GROSS_THIS_PROJECT, "does not match the hours and rates: expected "
                            + expected.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                            + " = straight hours × rate_st + overtime hours × rate_ot + all hours × "
                            + "cash_in_lieu_per_hour (within one cent; fringe paid to plans is not part of gross)");
                }
                if (grossAll.add(CENT).compareTo(gross) < 0) {
                    error(row, GROSS_ALL_WORK, "is less than gross_this_project");
                }
                BigDecimal sum = tax.add(fica).add(other);
                if (offByMoreThanACent(deductions, sum)) {
                    error(row, DEDUCTIONS_TOTAL, "is not deductions_tax + deductions_fica + deductions_other ("
                            + sum.toPlainString() + ")");
                }
                if (offByMoreThanACent(net, grossAll.subtract(deductions))) {
                    error(row, NET_PAY, "is not gross_all_work − deductions_total ("
                            + grossAll.subtract(deductions).toPlainString() + ")");
                }
            }
            Extensions extensions = c.extensions();
            if (errors.size() > before) {
                return null;
            }
            WorkerWeek week = new WorkerWeek(entry, workerId, classification, level, apprenticeLevel, days, rateSt,
                    rateOt, fringe, cashInLieu);
            return new ParsedRow(row, new WorkerName(last, first, middle), week,
                    new PayAmounts(gross, grossAll, tax, fica, other, deductions, net), extensions);
        }

        static boolean offByMoreThanACent(BigDecimal reported, BigDecimal expected) {
            return reported.subtract(expected).abs().compareTo(CENT) > 0;
        }

        /** Access to the cells of one row by column name; every problem becomes an error, never an exception. */
        final class Cells {
            final CsvRecord record;
            final int row;

            Cells(CsvRecord record, int row) {
                this.record = record;
                this.row = row;
            }

            /** The trimmed cell, "" when the column is absent or the cell blank. */
            String raw(String column) {
                Integer i = index.get(column);
                return i == null ? "" : record.getField(i).strip();
            }

            boolean blank(String column) {
                return raw(column).isEmpty();
            }

            /** Refuses formula-looking and SSN-looking text, never echoing the cell. */
            void checkText(String column) {
                String v = raw(column);
                if (v.isEmpty()) {
                    return;
                }
                char first = v.charAt(0);
                if (first == '=' || first == '+' || first == '-' || first == '@') {
                    error(row, column, "starts with '" + first + "': refused as a possible spreadsheet formula (CSV "
                            + "injection); remove the leading character");
                } else if (looksLikeFullSsn(v)) {
                    error(row, column, WORKER_ID.equals(column)
                            ? "looks like a full Social Security number: refused and not stored; give the last four "
                                    + "digits or an employer id"
                            : "looks like a full Social Security number: refused and not stored");
                }
            }

            String text(String column, boolean required) {
                String v = raw(column);
                if (v.isEmpty()) {
                    if (required) {
                        error(row, column, "required");
                    }
                    return null;
                }
                return v;
            }

            String workerId() {
                String v = text(WORKER_ID, true);
                return v == null || looksLikeFullSsn(v) ? null : v;
            }

            WorkerWeek.Level level() {
                String v = text(LEVEL, true);
                if (v == null) {
                    return null;
                }
                return switch (v.toUpperCase(Locale.ROOT)) {
                    case "J" -> WorkerWeek.Level.JOURNEYWORKER;
                    case "RA" -> WorkerWeek.Level.APPRENTICE;
                    default -> {
                        error(row, LEVEL, "must be J (journeyworker) or RA (registered apprentice)");
                        yield null;
                    }
                };
            }

            Integer integer(String column, boolean required) {
                String v = text(column, required);
                if (v == null) {
                    return null;
                }
                if (!INTEGER.matcher(v).matches()) {
                    error(row, column, "not a whole number: write digits only, e.g. 3");
                    return null;
                }
                return Integer.valueOf(v);
            }

            /** A non-negative decimal; blank is zero unless required. */
            BigDecimal amount(String column, boolean required) {
                String v = text(column, required);
                if (v == null) {
                    return required ? null : BigDecimal.ZERO;
                }
                if (!NUMBER.matcher(v).matches()) {
                    error(row, column, "not a number: write digits with an optional decimal point and at most 4 "
                            + "decimals, e.g. 37.5 (no currency symbol, thousands separator or unit)");
                    return null;
                }
                BigDecimal n = new BigDecimal(v);
                if (n.signum() < 0) {
                    error(row, column, "must not be negative");
                    return null;
                }
                return n;
            }

            Extensions extensions() {
                Boolean resident = null;
                String r = text(RESIDENT, false);
                if (r != null) {
                    switch (r.toUpperCase(Locale.ROOT)) {
                        case "Y", "YES" -> resident = true;
                        case "N", "NO" -> resident = false;
                        default -> error(row, RESIDENT, "must be Y or N");
                    }
                }
                LocalDate from = null;
                String f = text(ADDRESS_EFFECTIVE_FROM, false);
                if (f != null) {
                    try {
                        from = LocalDate.parse(f, ISO_DATE);
                        if (from.isAfter(weekEnding)) {
                            error(row, ADDRESS_EFFECTIVE_FROM, "takes effect after the week ending " + weekEnding);
                        } else if (r == null) {
                            error(row, ADDRESS_EFFECTIVE_FROM, "needs resident (Y or N) on the same row");
                        }
                    } catch (DateTimeParseException e) {
                        error(row, ADDRESS_EFFECTIVE_FROM, "not a date: write YYYY-MM-DD, e.g. 2025-03-02");
                    }
                }
                if (resident != null && from == null) {
                    from = weekStart;
                }
                return new Extensions(resident, from, text(RACE_ETHNICITY, false), text(GENDER, false));
            }
        }
    }

    /** 9 digits, with or without separators: 123-45-6789, 123 45 6789, 123456789. */
    static boolean looksLikeFullSsn(String v) {
        if (!SSN_LIKE.matcher(v).matches()) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < v.length(); i++) {
            if (Character.isDigit(v.charAt(i))) {
                digits++;
            }
        }
        return digits == 9;
    }

    // ---- bounded input ------------------------------------------------------------------------------------------

    static final class FileTooLargeException extends IOException {
        FileTooLargeException() {
            super("file too large", null);
        }
    }

    static final class CellTooLongException extends IOException {
        final long record;
        final int field;

        CellTooLongException(long record, int field) {
            super("cell too long", null);
            this.record = record;
            this.field = field;
        }
    }

    /** Counts bytes as they are read and fails past the limit; does not close the caller's stream. */
    static final class ByteLimitStream extends FilterInputStream {
        private final long max;
        private long count;

        ByteLimitStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws FileTooLargeException {
            count += n;
            if (count > max) {
                throw new FileTooLargeException();
            }
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }

    /**
     * Decodes strict UTF-8 (malformed bytes are an error, never a replacement character). Unlike
     * {@code InputStreamReader}, it first returns every character decoded before the bad bytes and throws on the next
     * read, so the error can name the row and column where the bad bytes are.
     */
    static final class StrictUtf8Reader extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
        private boolean eof;
        private boolean flushed;
        private CoderResult pending;

        StrictUtf8Reader(InputStream in) {
            this.in = in;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            CharBuffer chars = CharBuffer.wrap(buf, off, len);
            while (chars.position() == off) {
                if (pending != null) {
                    pending.throwException();
                }
                if (flushed) {
                    return -1;
                }
                CoderResult result = decoder.decode(bytes, chars, eof);
                if (result.isError()) {
                    pending = result;
                } else if (result.isUnderflow()) {
                    if (eof) {
                        decoder.flush(chars);
                        flushed = true;
                    } else if (chars.position() == off) {
                        fill();
                    }
                }
            }
            return chars.position() - off;
        }

        private void fill() throws IOException {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }

    /**
     * Strips a leading byte-order mark and follows the CSV structure as the characters go by (quotes, commas, line
     * ends as RFC 4180 and FastCSV read them) to fail as soon as one cell passes the limit, before the parser buffers
     * it. {@code record} and {@code field} are the 0-based physical record and the field being read.
     */
    static final class CellGuardReader extends FilterReader {
        private final int max;
        private boolean started;
        private boolean fieldStart = true;
        private boolean inQuotes;
        private boolean justClosedQuote;
        private boolean afterCr;
        private int length;
        long record;
        int field;

        CellGuardReader(Reader in, int max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            if (n <= 0) {
                return n;
            }
            if (!started) {
                started = true;
                if (buf[off] == '\uFEFF') {
                    System.arraycopy(buf, off + 1, buf, off, n - 1);
                    n--;
                    if (n == 0) {
                        return read(buf, off, len);
                    }
                }
            }
            for (int i = off; i < off + n; i++) {
                scan(buf[i]);
            }
            return n;
        }

        private void scan(char c) throws CellTooLongException {
            if (inQuotes) {
                if (c == '"') {
                    inQuotes = false;
                    justClosedQuote = true;
                } else {
                    content();
                }
                return;
            }
            if (c == '"' && (fieldStart || justClosedQuote)) {
                if (justClosedQuote) {
                    content(); // "" inside a quoted field is one quote
                }
                inQuotes = true;
                fieldStart = false;
                justClosedQuote = false;
                afterCr = false;
                return;
            }
            justClosedQuote = false;
            if (c == ',') {
                field++;
                length = 0;
                fieldStart = true;
                afterCr = false;
            } else if (c == '\r' || c == '\n') {
                if (!(c == '\n' && afterCr)) {
                    record++;
                    field = 0;
                    length = 0;
                    fieldStart = true;
                }
                afterCr = c == '\r';
            } else {
                afterCr = false;
                fieldStart = false;
                content();
            }
        }

        private void content() throws CellTooLongException {
            if (++length > max) {
                throw new CellTooLongException(record, field);
            }
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }
}
