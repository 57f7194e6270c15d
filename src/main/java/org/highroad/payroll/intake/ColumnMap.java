package org.highroad.payroll.intake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to read a contractor's own payroll export as the WH-347 layout (docs/payroll-csv.md, "Column maps"): which of
 * its header names feeds which field of {@link PayrollCsvLayout} (a number field may add up several columns), which
 * of its columns are ignored on purpose (any other column is refused: nothing is dropped silently), value maps for
 * codes (level, resident, classification), the date and number formats, the delimiter, and whether the days are
 * columns ({@code st_mon} …) or rows (one row per worker and day with a date, grouped into the week's row). A map is
 * checked by {@link ColumnMapCheck} before it is kept; {@link MappedCsvAsCanonical} reads a file with it.
 *
 * @param name      what the contractor calls the map
 * @param days      {@link Days#COLUMNS} (default) or {@link Days#ROWS}
 * @param delimiter the cell separator: {@code ,} (default), {@code ;}, a tab or {@code |}
 * @param dateFormat a {@link java.time.format.DateTimeFormatter} pattern of year, month and day, default {@code yyyy-MM-dd}
 * @param number    the number format (decimal separator, thousands separator, currency symbol)
 * @param columns   each of the file's columns that is read, and the field it feeds
 * @param ignore    the file's columns that are not read, named on purpose
 * @param values    for a code field ({@link #CODE_FIELDS}), the file's value (case and blanks around it ignored) to the
 *                  value Highroad reads; a value not listed is an error
 * @param perDay    with days as rows: number fields given per day, added up into the week (any other field must be the
 *                  same on each of a worker's rows of the week)
 */
public record ColumnMap(String name, Days days, String delimiter, String dateFormat, NumberFormat number,
        List<Column> columns, List<String> ignore, Map<String, Map<String, String>> values, List<String> perDay) {

    /** With days as rows: the date of the row's day. */
    public static final String WORK_DATE = "work_date";
    /** With days as rows: the straight-time hours of the row's day (WH-347 col. 4). */
    public static final String HOURS_STRAIGHT = "hours_straight";
    /** With days as rows: the overtime hours of the row's day (WH-347 col. 4). */
    public static final String HOURS_OVERTIME = "hours_overtime";
    /** The fields whose values a map may translate, with the values Highroad reads for each (null: any text). */
    public static final Map<String, List<String>> CODE_FIELDS = Map.of(
            PayrollCsvLayout.LEVEL, List.of("J", "RA"),
            PayrollCsvLayout.RESIDENT, List.of("Y", "N"),
            PayrollCsvLayout.CLASSIFICATION, List.of());

    /** Where the days of the week are. */
    public enum Days { COLUMNS, ROWS }

    /** One column of the file and the field it feeds. */
    public record Column(String source, String target) {
    }

    /**
     * How numbers are written: {@code decimalSeparator} {@code .} or {@code ,}; {@code thousandsSeparator} none,
     * {@code ,}, {@code .}, a space or {@code '}; {@code currencySymbol} none or a symbol written before or after the
     * amount (e.g. {@code $}, {@code €}).
     */
    public record NumberFormat(String decimalSeparator, String thousandsSeparator, String currencySymbol) {

        public static final NumberFormat PLAIN = new NumberFormat(".", "", "");

        public NumberFormat {
            decimalSeparator = decimalSeparator == null || decimalSeparator.isEmpty() ? "." : decimalSeparator;
            thousandsSeparator = thousandsSeparator == null ? "" : thousandsSeparator;
            currencySymbol = currencySymbol == null ? "" : currencySymbol.strip();
        }
    }

    /** Fills in the defaults (days as columns, comma, ISO dates, plain numbers, nothing ignored). */
    public ColumnMap {
        days = days == null ? Days.COLUMNS : days;
        delimiter = delimiter == null || delimiter.isEmpty() ? "," : delimiter;
        dateFormat = dateFormat == null || dateFormat.isBlank() ? "yyyy-MM-dd" : dateFormat;
        number = number == null ? NumberFormat.PLAIN : number;
        columns = columns == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(columns));
        ignore = ignore == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(ignore));
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        perDay = perDay == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(perDay));
    }
}
