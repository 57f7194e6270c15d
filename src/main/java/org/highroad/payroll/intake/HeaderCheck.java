package org.highroad.payroll.intake;

import static org.highroad.payroll.intake.PayrollCsvLayout.ALL;
import static org.highroad.payroll.intake.PayrollCsvLayout.REQUIRED;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the header row against the layout (docs/payroll-csv.md): comma delimiter, no blank, unknown or duplicate
 * column, every required column present. Any error stops the reading: rows cannot be read against a broken header.
 */
final class HeaderCheck {

    private static final Pattern SHOWABLE_HEADER = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private HeaderCheck() {
    }

    /**
     * True when a name that is not a column may be repeated in an error: a plain lower-case name of at most 40
     * characters holding no full Social Security number (a header or JSON key is text a person typed, too).
     */
    static boolean showable(String name) {
        return SHOWABLE_HEADER.matcher(name).matches() && !FullSsn.foundIn(name);
    }

    /**
     * Fills {@code index} (column name to field position) and returns the column names in file order, lower-cased;
     * throws {@link StopReading} after recording the errors when the header is not valid.
     */
    static List<String> check(CsvRecord header, Map<String, Integer> index, ReadErrors errors) {
        List<String> fields = header.getFields();
        if (fields.size() == 1) {
            String only = fields.get(0);
            if (only.indexOf(';') >= 0 || only.indexOf('\t') >= 0 || only.indexOf('|') >= 0) {
                errors.fatal(0, null, "the delimiter must be a comma: the header row is a single column separated by "
                        + (only.indexOf(';') >= 0 ? "semicolons" : only.indexOf('\t') >= 0 ? "tabs" : "bars"));
            }
        }
        List<String> names = new ArrayList<>();
        int before = errors.count();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).strip().toLowerCase(Locale.ROOT);
            names.add(name);
            if (name.isEmpty()) {
                errors.error(0, null, "header cell " + (i + 1) + " is blank: every column needs a name");
            } else if (!ALL.contains(name)) {
                boolean showable = showable(name);
                errors.error(0, showable ? name : null, (showable ? "unknown column" : "unknown column in header cell "
                        + (i + 1) + " (name not shown)") + ": it is not in the payroll layout (the portal's template: "
                        + "/portal/payrolls/template.csv); extra columns are refused, not dropped");
            } else if (index.putIfAbsent(name, i) != null) {
                errors.error(0, name, "duplicate column: it appears more than once in the header");
            }
        }
        for (String required : REQUIRED) {
            if (!index.containsKey(required)) {
                errors.error(0, required, "missing required column");
            }
        }
        if (errors.count() > before) {
            throw new StopReading(); // the rows cannot be read against a broken header
        }
        return names;
    }
}
