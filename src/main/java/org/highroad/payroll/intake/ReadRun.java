package org.highroad.payroll.intake;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One reading of {@link PayrollCsvReader}: the state is per call. */
final class ReadRun {

    final PayrollPeriod period;
    final Limits limits;
    final RowSink sink;
    final ReadErrors errors;
    int rowsRead;
    // header
    List<String> columns = List.of();
    final Map<String, Integer> index = new HashMap<>();
    long headerRecord = -1; // physical record index of the header (blank lines before it are skipped)
    CellGuardReader guard;

    ReadRun(PayrollPeriod period, Limits limits, RowSink sink) {
        this.period = period;
        this.limits = limits;
        this.sink = sink;
        this.errors = new ReadErrors(limits, sink);
    }

    void read(InputStream in) {
        LocalDate weekEnding = period.end();
        if (period.start().equals(weekEnding.minusDays(6)) && weekEnding.getDayOfWeek() != DayOfWeek.SATURDAY) {
            errors.fatal(0, "week_ending", "the week ending must be a Saturday (the columns run from Sunday to "
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
                errors.fatal(0, null, "the file is empty");
            }
            if (!blank(r)) {
                header = r;
                headerRecord = physical;
            }
            physical++;
        }
        columns = HeaderCheck.check(header, index, errors);
        if (!period.oneWorkWeek() && !index.containsKey(PayrollCsvLayout.WEEK_ENDING)) {
            errors.fatal(0, PayrollCsvLayout.WEEK_ENDING, "missing required column: the period " + period + " spans "
                    + "more than one work week, so each row gives the Saturday ending its work week (one row per worker, "
                    + "classification and work week)");
        }
        RowParser parser = new RowParser(columns, index, errors, period);

        int row = 0;
        for (CsvRecord r = next(records); r != null; r = next(records)) {
            row++;
            if (blank(r)) {
                continue; // counted, so that row numbers follow the lines of the file
            }
            if (rowsRead >= limits.maxRows()) {
                errors.fatal(row, null, "more than " + limits.maxRows() + " payroll rows: split the payroll or ask "
                        + "for a higher limit");
            }
            rowsRead++;
            ParsedRow parsed = parser.parse(r, row);
            if (parsed != null && !errors.discarded()) {
                sink.accept(parsed);
            }
        }
        if (rowsRead == 0) {
            errors.fatal(0, null, "no payroll rows: send a no-work statement for a week without work");
        }
    }

    /** The next record, or null at the end; turns the reading failures into errors. */
    CsvRecord next(Iterator<CsvRecord> records) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CellGuardReader.CellTooLongException c) {
                    errors.fatal(rowOf(c.record), columnOf(c.field), "the cell is longer than "
                            + String.format(java.util.Locale.ENGLISH, "%,d", limits.maxCellChars()) + " characters");
                }
                if (t instanceof ByteLimitStream.FileTooLargeException) {
                    errors.fatal(rowOf(guard.record), null, "the file is larger than the limit of "
                            + limits.maxBytes() + " bytes; reading stopped here");
                }
                if (t instanceof CharacterCodingException) {
                    errors.fatal(rowOf(guard.record), columnOf(guard.field), "the file is not valid UTF-8: save it "
                            + "as \"CSV UTF-8\" (the first invalid bytes are in this row)");
                }
            }
            errors.fatal(rowOf(guard.record), null, "the file could not be read as CSV: "
                    + e.getClass().getSimpleName());
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
}
