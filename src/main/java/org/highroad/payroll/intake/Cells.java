package org.highroad.payroll.intake;

import static org.highroad.payroll.intake.PayrollCsvLayout.*;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.highroad.payroll.intake.ParsedRow.Extensions;
import org.highroad.payroll.wages.WorkerWeek;

/** Access to the cells of one row by column name; every problem becomes an error, never an exception. */
final class Cells {

    private static final Pattern NUMBER = Pattern.compile("-?(\\d{1,9}(\\.\\d{0,4})?|\\.\\d{1,4})");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final CsvRecord record;
    private final int row;
    private final Map<String, Integer> index;
    private final ReadErrors errors;

    Cells(CsvRecord record, int row, Map<String, Integer> index, ReadErrors errors) {
        this.record = record;
        this.row = row;
        this.index = index;
        this.errors = errors;
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
            errors.error(row, column, "starts with '" + first + "': refused as a possible spreadsheet formula (CSV "
                    + "injection); remove the leading character");
        } else if (PayrollCsvReader.looksLikeFullSsn(v)) {
            errors.error(row, column, WORKER_ID.equals(column)
                    ? "looks like a full Social Security number: refused and not stored; give the last four "
                            + "digits or an employer id"
                    : "looks like a full Social Security number: refused and not stored");
        }
    }

    String text(String column, boolean required) {
        String v = raw(column);
        if (v.isEmpty()) {
            if (required) {
                errors.error(row, column, "required");
            }
            return null;
        }
        return v;
    }

    String workerId() {
        String v = text(WORKER_ID, true);
        return v == null || PayrollCsvReader.looksLikeFullSsn(v) ? null : v;
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
                errors.error(row, LEVEL, "must be J (journeyworker) or RA (registered apprentice)");
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
            errors.error(row, column, "not a whole number: write digits only, e.g. 3");
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
            errors.error(row, column, "not a number: write digits with an optional decimal point and at most 4 "
                    + "decimals, e.g. 37.5 (no currency symbol, thousands separator or unit)");
            return null;
        }
        BigDecimal n = new BigDecimal(v);
        if (n.signum() < 0) {
            errors.error(row, column, "must not be negative");
            return null;
        }
        return n;
    }

    /** The extension columns; a residence without a date takes effect on {@code weekStart} (the Sunday). */
    Extensions extensions(LocalDate weekEnding, LocalDate weekStart) {
        Boolean resident = null;
        String r = text(RESIDENT, false);
        if (r != null) {
            switch (r.toUpperCase(Locale.ROOT)) {
                case "Y", "YES" -> resident = true;
                case "N", "NO" -> resident = false;
                default -> errors.error(row, RESIDENT, "must be Y or N");
            }
        }
        LocalDate from = null;
        String f = text(ADDRESS_EFFECTIVE_FROM, false);
        if (f != null) {
            try {
                from = LocalDate.parse(f, ISO_DATE);
                if (from.isAfter(weekEnding)) {
                    errors.error(row, ADDRESS_EFFECTIVE_FROM, "takes effect after the week ending " + weekEnding);
                } else if (r == null) {
                    errors.error(row, ADDRESS_EFFECTIVE_FROM, "needs resident (Y or N) on the same row");
                }
            } catch (DateTimeParseException e) {
                errors.error(row, ADDRESS_EFFECTIVE_FROM, "not a date: write YYYY-MM-DD, e.g. 2025-03-02");
            }
        }
        if (resident != null && from == null) {
            from = weekStart;
        }
        return new Extensions(resident, from, text(RACE_ETHNICITY, false), text(GENDER, false));
    }
}
