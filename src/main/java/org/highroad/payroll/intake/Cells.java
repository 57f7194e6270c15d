package org.highroad.payroll.intake;

import static org.highroad.payroll.intake.PayrollCsvLayout.*;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.highroad.payroll.intake.ParsedRow.Extensions;
import org.highroad.payroll.wages.WorkerWeek;

/**
 * Access to the cells of one row by column name; every problem becomes an error, never an exception. Each cell is
 * checked against what can be stored ({@link PayrollCsvLayout#TEXT}, {@link PayrollCsvLayout#NUMBERS},
 * {@link StorableText}) so that a value that does not fit is refused here, with its row, column and reason, and never
 * reaches the database.
 */
final class Cells {

    /** Syntax only; the range and decimals of each column are its {@link PayrollCsvLayout.NumberLimit}. */
    private static final Pattern NUMBER = Pattern.compile("-?+(\\d++(\\.\\d*+)?+|\\.\\d++)");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final CsvRecord record;
    private final int row;
    private final Map<String, Integer> index;
    private final ReadErrors errors;
    private final Set<String> refused = new HashSet<>();

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

    /**
     * Refuses a cell holding what no column can keep (a control character such as U+0000, which PostgreSQL text
     * cannot hold); the cell then gives no further error.
     */
    void screen(String column) {
        String why = StorableText.unstorable(raw(column));
        if (why != null) {
            errors.error(row, column, why);
            refused.add(column);
        }
    }

    /**
     * Refuses formula-looking text, a full Social Security number anywhere in the text ({@link FullSsn}) and text
     * longer than its column keeps, never echoing the cell.
     */
    void checkText(String column) {
        String v = raw(column);
        if (v.isEmpty() || refused.contains(column)) {
            return;
        }
        char first = v.charAt(0);
        int max = PayrollCsvLayout.TEXT.get(column).maxLength();
        if (first == '=' || first == '+' || first == '-' || first == '@') {
            refuse(column, "starts with '" + first + "': refused as a possible spreadsheet formula (CSV "
                    + "injection); remove the leading character");
        } else if (FullSsn.foundIn(v)) {
            refuse(column, WORKER_ID.equals(column) ? StorableText.FULL_SSN + "; give the last four digits or an "
                    + "employer id" : StorableText.FULL_SSN);
        } else if (v.length() > max) {
            refuse(column, "is " + v.length() + " characters long: at most " + max + " characters are kept for "
                    + column);
        }
    }

    private void refuse(String column, String reason) {
        errors.error(row, column, reason);
        refused.add(column);
    }

    /** The cell, {@code null} when blank (an error when required) or already refused. */
    String text(String column, boolean required) {
        if (refused.contains(column)) {
            return null;
        }
        String v = raw(column);
        if (v.isEmpty()) {
            if (required) {
                errors.error(row, column, "required");
            }
            return null;
        }
        return v;
    }

    /** A YYYY-MM-DD cell, {@code null} when blank (an error when required), refused or not a date (an error). */
    LocalDate date(String column, boolean required) {
        String v = text(column, required);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v, ISO_DATE);
        } catch (DateTimeParseException e) {
            errors.error(row, column, "not a date: write YYYY-MM-DD, e.g. 2025-03-08");
            return null;
        }
    }

    String workerId() {
        return refused.contains(WORKER_ID) ? null : text(WORKER_ID, true);
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

    /**
     * A non-negative decimal within its column's {@link PayrollCsvLayout.NumberLimit}; blank is zero unless required.
     * Trailing zeros past the column's decimals are accepted (60.0000 is 60.00), other decimals are not rounded away.
     */
    BigDecimal amount(String column, boolean required) {
        String v = text(column, required);
        if (v == null) {
            return required ? null : BigDecimal.ZERO;
        }
        if (!NUMBER.matcher(v).matches()) {
            errors.error(row, column, "not a number: write digits with an optional decimal point, e.g. 37.5 (no "
                    + "currency symbol, thousands separator, unit or exponent)");
            return null;
        }
        BigDecimal n = new BigDecimal(v);
        if (n.signum() < 0) {
            errors.error(row, column, "must not be negative");
            return null;
        }
        PayrollCsvLayout.NumberLimit limit = PayrollCsvLayout.NUMBERS.get(column);
        if (n.stripTrailingZeros().scale() > limit.scale()) {
            errors.error(row, column, "has more decimals than are kept: write at most " + limit.scale()
                    + " decimals (" + (column.startsWith("st_") || column.startsWith("ot_") ? "hundredths of an hour"
                            : "cents") + ")");
            return null;
        }
        if (n.compareTo(limit.max()) > 0) {
            errors.error(row, column, "is larger than can be kept: at most " + limit.max().toPlainString());
            return null;
        }
        return n;
    }

    /**
     * The extension columns; a residence without a date takes effect on {@code weekStart} (the Sunday, or the period's
     * first day when the row's work week starts before the period), no later than {@code weekEnding} (the period's end).
     */
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
