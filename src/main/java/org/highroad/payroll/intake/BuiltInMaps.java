package org.highroad.payroll.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Column maps every contractor has without saving one (docs/payroll-csv.md, "The Rev. 2008 WH-347 layout"): the
 * WH-347 of Rev. 2008 as a spreadsheet, one column per box of the form. Its col. 2 (withholding exemptions, which the
 * 2023 rule took off the form) and col. 5 (total hours, which Highroad adds up from the days) are ignored by name. The
 * form certified fringe benefits in item 4 of its statement, not per worker, so two columns Highroad needs per row
 * (the per-hour credit to plans, col. 6B of Rev. 2025, and cash in lieu, col. 6C) follow the form's columns.
 */
public final class BuiltInMaps {

    /** The key of the Rev. 2008 WH-347 layout, as {@code ?map=} names it. */
    public static final String WH347_2008 = "wh-347-2008";
    /** Its version: a change to its columns would be a new version, so that payrolls read before keep theirs. */
    public static final int WH347_2008_VERSION = 1;

    private static final String[] DAY_NAMES = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

    private BuiltInMaps() {
    }

    /** The built-in map with this key, in its current version. */
    public static Optional<ColumnMap> named(String key) {
        return WH347_2008.equalsIgnoreCase(key) ? Optional.of(wh347Rev2008()) : Optional.empty();
    }

    /** The Rev. 2008 WH-347: columns named as the form's boxes. */
    public static ColumnMap wh347Rev2008() {
        List<ColumnMap.Column> c = new ArrayList<>();
        c.add(new ColumnMap.Column("No.", PayrollCsvLayout.ENTRY_NUMBER));
        c.add(new ColumnMap.Column("Last Name", PayrollCsvLayout.LAST_NAME));
        c.add(new ColumnMap.Column("First Name", PayrollCsvLayout.FIRST_NAME));
        c.add(new ColumnMap.Column("Identifying Number", PayrollCsvLayout.WORKER_ID));
        c.add(new ColumnMap.Column("Work Classification", PayrollCsvLayout.CLASSIFICATION));
        c.add(new ColumnMap.Column("Journeyworker or Apprentice", PayrollCsvLayout.LEVEL));
        for (int d = 0; d < DAY_NAMES.length; d++) {
            c.add(new ColumnMap.Column("S " + DAY_NAMES[d], PayrollCsvLayout.st(PayrollCsvLayout.DAYS.get(d))));
            c.add(new ColumnMap.Column("O " + DAY_NAMES[d], PayrollCsvLayout.ot(PayrollCsvLayout.DAYS.get(d))));
        }
        c.add(new ColumnMap.Column("Rate of Pay S", PayrollCsvLayout.RATE_ST));
        c.add(new ColumnMap.Column("Rate of Pay O", PayrollCsvLayout.RATE_OT));
        c.add(new ColumnMap.Column("Gross This Project", PayrollCsvLayout.GROSS_THIS_PROJECT));
        c.add(new ColumnMap.Column("Gross All Work", PayrollCsvLayout.GROSS_ALL_WORK));
        c.add(new ColumnMap.Column("FICA", PayrollCsvLayout.DEDUCTIONS_FICA));
        c.add(new ColumnMap.Column("Withholding Tax", PayrollCsvLayout.DEDUCTIONS_TAX));
        c.add(new ColumnMap.Column("Other Deductions", PayrollCsvLayout.DEDUCTIONS_OTHER));
        c.add(new ColumnMap.Column("Total Deductions", PayrollCsvLayout.DEDUCTIONS_TOTAL));
        c.add(new ColumnMap.Column("Net Wages Paid", PayrollCsvLayout.NET_PAY));
        c.add(new ColumnMap.Column("Fringe Credit Per Hour", PayrollCsvLayout.FRINGE_CREDIT_PER_HOUR));
        c.add(new ColumnMap.Column("Cash In Lieu Per Hour", PayrollCsvLayout.CASH_IN_LIEU_PER_HOUR));
        Map<String, String> levels = new LinkedHashMap<>();
        levels.put("Journeyman", "J");
        levels.put("Journeyworker", "J");
        levels.put("J", "J");
        levels.put("Apprentice", "RA");
        levels.put("RA", "RA");
        return new ColumnMap("WH-347 (Rev. 2008)", ColumnMap.Days.COLUMNS, ",", "MM/dd/yyyy",
                new ColumnMap.NumberFormat(".", ",", "$"), c, List.of("Withholding Exemptions", "Total Hours S",
                        "Total Hours O"), Map.of(PayrollCsvLayout.LEVEL, levels), List.of());
    }
}
