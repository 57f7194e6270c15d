package org.highroad.payroll.intake;

import static org.highroad.payroll.intake.ColumnMap.HOURS_OVERTIME;
import static org.highroad.payroll.intake.ColumnMap.HOURS_STRAIGHT;
import static org.highroad.payroll.intake.ColumnMap.WORK_DATE;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a {@link ColumnMap} before it is kept or used: every problem named by the map's field ({@code columns[2].target},
 * {@code values.level}, {@code number.thousandsSeparator} …) and why. The fields a map may feed are those of
 * {@link PayrollCsvLayout#ALL} (and, with days as rows, {@link ColumnMap#WORK_DATE} and the day's hours): a field
 * the layout gains is mappable at once.
 */
public final class ColumnMapCheck {

    /** One problem of a map: the field of the map and the reason. */
    public record Problem(String field, String reason) {
    }

    /**
     * The fields whose cell may not be blank in a canonical row (docs/payroll-csv.md, "Columns": required, not "blank
     * = 0"), so a map must feed them. A layout column a map does not feed is given to the canonical reader blank: the
     * hours of a day, overtime rate, fringe, cash in lieu, deductions read as 0, as a blank cell does.
     */
    static final List<String> NEEDED = List.of(PayrollCsvLayout.ENTRY_NUMBER, PayrollCsvLayout.LAST_NAME,
            PayrollCsvLayout.FIRST_NAME, PayrollCsvLayout.WORKER_ID, PayrollCsvLayout.LEVEL, PayrollCsvLayout.CLASSIFICATION,
            PayrollCsvLayout.RATE_ST, PayrollCsvLayout.GROSS_THIS_PROJECT, PayrollCsvLayout.GROSS_ALL_WORK,
            PayrollCsvLayout.NET_PAY);
    static final int MAX_NAME = 100;
    static final int MAX_HEADER = 200;
    static final int MAX_COLUMNS = 500;
    static final int MAX_VALUES = 2000;
    static final Set<String> DELIMITERS = Set.of(",", ";", "\t", "|");
    static final Set<String> THOUSANDS = Set.of("", ",", ".", " ", "'");
    private static final Pattern DATE_LETTERS = Pattern.compile("[A-Za-z]");

    private ColumnMapCheck() {
    }

    /** Every problem of the map; empty when it may be kept. */
    public static List<Problem> problems(ColumnMap map) {
        List<Problem> problems = new ArrayList<>();
        if (map.name() == null || map.name().isBlank()) {
            problems.add(new Problem("name", "required"));
        } else if (map.name().strip().length() > MAX_NAME || StorableText.unstorable(map.name()) != null) {
            problems.add(new Problem("name", "at most " + MAX_NAME + " characters, without control characters"));
        }
        if (!DELIMITERS.contains(map.delimiter())) {
            problems.add(new Problem("delimiter", "must be a comma, a semicolon, a tab or a bar (|)"));
        }
        dateFormat(map.dateFormat(), problems);
        number(map.number(), problems);
        boolean rows = map.days() == ColumnMap.Days.ROWS;

        Map<String, List<Integer>> byTarget = new LinkedHashMap<>();
        Set<String> sources = new HashSet<>();
        if (map.columns().isEmpty()) {
            problems.add(new Problem("columns", "required: the file's columns and the fields they feed"));
        } else if (map.columns().size() > MAX_COLUMNS) {
            problems.add(new Problem("columns", "at most " + MAX_COLUMNS + " columns"));
        }
        for (int i = 0; i < map.columns().size() && i < MAX_COLUMNS; i++) {
            ColumnMap.Column c = map.columns().get(i);
            String field = "columns[" + i + "]";
            if (c == null) {
                problems.add(new Problem(field, "required"));
                continue;
            }
            String header = header(c.source(), field + ".source", problems);
            if (header != null && !sources.add(key(header))) {
                problems.add(new Problem(field + ".source", "names a column already read (names are compared ignoring case)"));
            }
            String target = c.target() == null ? "" : c.target().strip().toLowerCase(Locale.ROOT);
            if (!targets(rows).contains(target)) {
                problems.add(new Problem(field + ".target", target.isEmpty() ? "required" : rows && dayColumn(target)
                        ? "with days as rows the hours come from hours_straight and hours_overtime, not day columns"
                        : "not a field of the payroll layout" + (rows ? "" : " (work_date and the day's hours are only "
                                + "for days as rows)") + "; see docs/payroll-csv.md"));
                continue;
            }
            byTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(i);
        }
        byTarget.forEach((target, at) -> {
            if (at.size() > 1 && !addsUp(target)) {
                problems.add(new Problem("columns[" + at.get(1) + "].target", "only number fields add up several columns; "
                        + target + " is already fed by columns[" + at.get(0) + "]"));
            }
        });
        if (!map.columns().isEmpty()) {
            for (String needed : NEEDED) {
                if (!byTarget.containsKey(needed)) {
                    problems.add(new Problem("columns", "no column feeds the required field " + needed));
                }
            }
            if (!rows && byTarget.keySet().stream().noneMatch(ColumnMapCheck::dayColumn)) {
                problems.add(new Problem("columns", "no column feeds the hours of a day (st_mon, ot_mon …)"));
            }
            if (rows && !byTarget.containsKey(WORK_DATE)) {
                problems.add(new Problem("columns", "no column feeds work_date: with days as rows each row needs its date"));
            }
            if (rows && !byTarget.containsKey(HOURS_STRAIGHT) && !byTarget.containsKey(HOURS_OVERTIME)) {
                problems.add(new Problem("columns", "no column feeds hours_straight or hours_overtime"));
            }
        }
        for (int i = 0; i < map.ignore().size(); i++) {
            String header = header(map.ignore().get(i), "ignore[" + i + "]", problems);
            if (header != null && !sources.add(key(header))) {
                problems.add(new Problem("ignore[" + i + "]", "names a column that is read or ignored already"));
            }
        }
        values(map, byTarget, problems);
        perDay(map, rows, byTarget, problems);
        return problems;
    }

    /** A header name compared ignoring case and the blanks around it. */
    static String key(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }

    /** The fields a column may feed. */
    static Set<String> targets(boolean rows) {
        Set<String> targets = new HashSet<>();
        for (String column : PayrollCsvLayout.ALL) {
            if (!(rows && dayColumn(column))) {
                targets.add(column);
            }
        }
        if (rows) {
            targets.addAll(List.of(WORK_DATE, HOURS_STRAIGHT, HOURS_OVERTIME));
        }
        return targets;
    }

    static boolean dayColumn(String column) {
        for (String day : PayrollCsvLayout.DAYS) {
            if (column.equals(PayrollCsvLayout.st(day)) || column.equals(PayrollCsvLayout.ot(day))) {
                return true;
            }
        }
        return false;
    }

    /** Numbers read as amounts or hours: several columns feeding one add up. */
    static boolean addsUp(String target) {
        return PayrollCsvLayout.NUMBERS.containsKey(target) || target.equals(HOURS_STRAIGHT) || target.equals(HOURS_OVERTIME);
    }

    private static String header(String header, String field, List<Problem> problems) {
        if (header == null || header.isBlank()) {
            problems.add(new Problem(field, "required"));
            return null;
        }
        if (header.strip().length() > MAX_HEADER || StorableText.unstorable(header) != null) {
            problems.add(new Problem(field, "at most " + MAX_HEADER + " characters, without control characters"));
            return null;
        }
        if (FullSsn.foundIn(header)) {
            problems.add(new Problem(field, StorableText.FULL_SSN));
            return null;
        }
        return header;
    }

    private static void dateFormat(String pattern, List<Problem> problems) {
        DateTimeFormatter f = formatter(pattern);
        String why = "must be a date pattern of year, month and day such as MM/dd/yyyy, dd.MM.yyyy or yyyy-MM-dd";
        if (f == null) {
            problems.add(new Problem("dateFormat", why));
            return;
        }
        LocalDate sample = LocalDate.of(2027, 12, 31);
        try {
            String written = f.format(sample);
            if (!LocalDate.parse(written, f).equals(sample)) {
                problems.add(new Problem("dateFormat", why));
            }
        } catch (RuntimeException e) {
            problems.add(new Problem("dateFormat", why));
        }
    }

    /** The map's date pattern, strict (2027-02-30 is no date), or null when it is not a pattern of a date. */
    static DateTimeFormatter formatter(String pattern) {
        if (pattern == null || pattern.length() > 40 || !DATE_LETTERS.matcher(pattern).find()) {
            return null;
        }
        String letters = pattern.replaceAll("'[^']*'", "").replaceAll("[^A-Za-z]", "");
        if (!letters.matches("[yuMLd]+") || !letters.contains("d") || !letters.matches(".*[ML].*")
                || !letters.matches(".*[yu].*")) {
            return null;
        }
        try {
            return DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.US).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void number(ColumnMap.NumberFormat n, List<Problem> problems) {
        if (!n.decimalSeparator().equals(".") && !n.decimalSeparator().equals(",")) {
            problems.add(new Problem("number.decimalSeparator", "must be . or ,"));
        }
        if (!THOUSANDS.contains(n.thousandsSeparator())) {
            problems.add(new Problem("number.thousandsSeparator", "must be none, a comma, a dot, a space or '"));
        } else if (n.thousandsSeparator().equals(n.decimalSeparator())) {
            problems.add(new Problem("number.thousandsSeparator", "must differ from the decimal separator"));
        }
        String symbol = n.currencySymbol();
        if (symbol.length() > 5 || symbol.chars().anyMatch(c -> Character.isDigit(c) || c == '.' || c == ',' || c == '-'
                || Character.isWhitespace(c) || c == '\'' || Character.isISOControl(c))) {
            problems.add(new Problem("number.currencySymbol", "at most 5 characters, without digits, separators or signs"));
        }
    }

    private static void values(ColumnMap map, Map<String, List<Integer>> byTarget, List<Problem> problems) {
        int count = 0;
        for (Map.Entry<String, Map<String, String>> e : map.values().entrySet()) {
            String target = e.getKey() == null ? "" : e.getKey();
            String field = "values." + (HeaderCheck.showable(target) ? target : "(a field)");
            if (!ColumnMap.CODE_FIELDS.containsKey(target)) {
                problems.add(new Problem(field, "only " + String.join(", ", ColumnMap.CODE_FIELDS.keySet().stream().sorted()
                        .toList()) + " have value maps"));
                continue;
            }
            if (!byTarget.containsKey(target)) {
                problems.add(new Problem(field, "no column feeds " + target));
            }
            if (e.getValue() == null || e.getValue().isEmpty()) {
                problems.add(new Problem(field, "lists no value"));
                continue;
            }
            Map<String, String> seen = new HashMap<>();
            List<String> allowed = ColumnMap.CODE_FIELDS.get(target);
            for (Map.Entry<String, String> v : e.getValue().entrySet()) {
                if (++count > MAX_VALUES) {
                    problems.add(new Problem("values", "at most " + MAX_VALUES + " values in all"));
                    return;
                }
                String from = v.getKey() == null ? "" : v.getKey().strip();
                if (from.isEmpty() || from.length() > MAX_HEADER || StorableText.unstorable(from) != null || FullSsn.foundIn(from)) {
                    problems.add(new Problem(field, "a value of the file must be 1 to " + MAX_HEADER + " characters, "
                            + "without control characters or a full Social Security number"));
                    continue;
                }
                if (seen.put(from.toLowerCase(Locale.ROOT), from) != null) {
                    problems.add(new Problem(field, "the file's value \"" + from + "\" is listed twice (case is ignored)"));
                }
                String to = v.getValue() == null ? "" : v.getValue().strip();
                if (!allowed.isEmpty() && !allowed.contains(to.toUpperCase(Locale.ROOT))) {
                    problems.add(new Problem(field, "the file's value \"" + from + "\" must read as one of "
                            + String.join(", ", allowed)));
                } else if (allowed.isEmpty() && (to.isEmpty() || to.length() > PayrollCsvLayout.TEXT.get(target).maxLength()
                        || StorableText.unstorable(to) != null || FullSsn.foundIn(to) || "=+-@".indexOf(to.charAt(0)) >= 0)) {
                    problems.add(new Problem(field, "the file's value \"" + from + "\" must read as a " + target + " of 1 to "
                            + PayrollCsvLayout.TEXT.get(target).maxLength() + " characters, not starting with =, +, - or @"));
                }
            }
        }
    }

    private static void perDay(ColumnMap map, boolean rows, Map<String, List<Integer>> byTarget, List<Problem> problems) {
        for (int i = 0; i < map.perDay().size(); i++) {
            String target = map.perDay().get(i) == null ? "" : map.perDay().get(i).strip().toLowerCase(Locale.ROOT);
            String field = "perDay[" + i + "]";
            if (!rows) {
                problems.add(new Problem(field, "only with days as rows"));
            } else if (!PayrollCsvLayout.NUMBERS.containsKey(target) || dayColumn(target)) {
                problems.add(new Problem(field, "must be an amount field of the layout, e.g. gross_this_project"));
            } else if (!byTarget.containsKey(target)) {
                problems.add(new Problem(field, "no column feeds " + target));
            }
        }
    }
}
