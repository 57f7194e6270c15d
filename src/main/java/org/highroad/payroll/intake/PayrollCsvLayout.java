package org.highroad.payroll.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The column names of the certified-payroll CSV (docs/payroll-csv.md): the Rev. January 2025 WH-347 columns 1A to 9,
 * then the local-program extension columns. Header names are matched case-insensitively, in any order. Also the one
 * place for what each column can hold ({@link #TEXT}, {@link #NUMBERS}): the sizes of the database columns a value is
 * kept in, so that a value that does not fit is a row, column and reason error before anything is written.
 */
public final class PayrollCsvLayout {

    public static final String ENTRY_NUMBER = "entry_number";
    public static final String LAST_NAME = "last_name";
    public static final String FIRST_NAME = "first_name";
    public static final String MIDDLE_INITIAL = "middle_initial";
    public static final String WORKER_ID = "worker_id";
    public static final String LEVEL = "level";
    public static final String APPRENTICE_LEVEL = "apprentice_level";
    /** The registration number of the apprentice's program (WH-347 Rev. January 2025; 29 CFR 5.5(a)(4)(i)). */
    public static final String APPRENTICE_REGISTRATION = "apprentice_registration";
    public static final String CLASSIFICATION = "classification";
    public static final String RATE_ST = "rate_st";
    public static final String RATE_OT = "rate_ot";
    public static final String FRINGE_CREDIT_PER_HOUR = "fringe_credit_per_hour";
    public static final String CASH_IN_LIEU_PER_HOUR = "cash_in_lieu_per_hour";
    public static final String GROSS_THIS_PROJECT = "gross_this_project";
    public static final String GROSS_ALL_WORK = "gross_all_work";
    public static final String DEDUCTIONS_TAX = "deductions_tax";
    public static final String DEDUCTIONS_FICA = "deductions_fica";
    public static final String DEDUCTIONS_OTHER = "deductions_other";
    public static final String DEDUCTIONS_TOTAL = "deductions_total";
    public static final String NET_PAY = "net_pay";
    public static final String RESIDENT = "resident";
    public static final String ADDRESS_EFFECTIVE_FROM = "address_effective_from";
    public static final String RACE_ETHNICITY = "race_ethnicity";
    public static final String GENDER = "gender";
    /**
     * The Saturday ending the row's work week, for a payroll whose reporting period is longer than one work week (a
     * biweekly, semi-monthly, monthly or quarterly contract): required there, one row per worker, classification and
     * work week; optional on a weekly payroll, where it must be the payroll's week ending. It is the period's end date
     * that the upload's {@code weekEnding} parameter names, this column the work week's.
     */
    public static final String WEEK_ENDING = "week_ending";

    /**
     * Day suffixes in column order; the week runs Sunday to the Saturday week ending (the row's {@link #WEEK_ENDING}
     * on a payroll of a longer period). A day outside the payroll's period is left blank or 0.
     */
    public static final List<String> DAYS = List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");

    /** Columns that may be left out of the header. */
    public static final Set<String> OPTIONAL = Set.of(MIDDLE_INITIAL, APPRENTICE_LEVEL, RESIDENT,
            ADDRESS_EFFECTIVE_FROM, RACE_ETHNICITY, GENDER, APPRENTICE_REGISTRATION, WEEK_ENDING);

    /** Every column of the layout in the documented order. */
    public static final List<String> ALL;

    static {
        List<String> all = new ArrayList<>(List.of(ENTRY_NUMBER, LAST_NAME, FIRST_NAME, MIDDLE_INITIAL, WORKER_ID,
                LEVEL, APPRENTICE_LEVEL, CLASSIFICATION));
        DAYS.forEach(d -> all.add(st(d)));
        DAYS.forEach(d -> all.add(ot(d)));
        all.addAll(List.of(RATE_ST, RATE_OT, FRINGE_CREDIT_PER_HOUR, CASH_IN_LIEU_PER_HOUR, GROSS_THIS_PROJECT,
                GROSS_ALL_WORK, DEDUCTIONS_TAX, DEDUCTIONS_FICA, DEDUCTIONS_OTHER, DEDUCTIONS_TOTAL, NET_PAY, RESIDENT,
                ADDRESS_EFFECTIVE_FROM, RACE_ETHNICITY, GENDER, APPRENTICE_REGISTRATION, WEEK_ENDING));
        ALL = Collections.unmodifiableList(all);
    }

    /** Columns that must be in the header. */
    public static final Set<String> REQUIRED;

    static {
        Set<String> required = new LinkedHashSet<>(ALL);
        required.removeAll(OPTIONAL);
        REQUIRED = Collections.unmodifiableSet(required);
    }

    /**
     * The most characters a text column holds, and the database columns ({@code table.column}) its value is kept in:
     * the first is where the row is stored and has exactly this length, the others are copies (checks, findings,
     * restitution, the case ledger) at least as long. {@code CellLimitsSchemaTest} compares them with the schema.
     * A column kept nowhere is bounded like its neighbours. Lengths count UTF-16 code units, as H2 does (PostgreSQL
     * counts characters, which is never more).
     */
    public record TextLimit(int maxLength, List<String> keptIn) {
    }

    /**
     * A number column's {@code numeric(precision, scale)} and the database columns ({@code table.column}) it is kept
     * in, each of exactly that type. A column kept nowhere (the deductions) is bounded like the other amounts of
     * cols. 7A to 9, in cents.
     */
    public record NumberLimit(int precision, int scale, List<String> keptIn) {

        /** The largest value the column holds, e.g. 999999.99 for numeric(8, 2). */
        public BigDecimal max() {
            // asked for every number of every row: each precision and scale worked out once
            return MAXIMA.computeIfAbsent(List.of(precision, scale),
                    k -> BigDecimal.TEN.pow(precision - scale).subtract(BigDecimal.ONE.movePointLeft(scale)));
        }

        private static final java.util.concurrent.ConcurrentMap<List<Integer>, BigDecimal> MAXIMA =
                new java.util.concurrent.ConcurrentHashMap<>();
    }

    /** Every free-text column with its limit, in layout order (migration V8: payroll_row; V9: findings, restitution). */
    public static final Map<String, TextLimit> TEXT;

    /** Every number column except the whole numbers {@code entry_number} and {@code apprentice_level}, in layout order. */
    public static final Map<String, NumberLimit> NUMBERS;

    static {
        Map<String, TextLimit> text = new LinkedHashMap<>();
        text.put(LAST_NAME, new TextLimit(100, List.of("payroll_row.last_name")));
        text.put(FIRST_NAME, new TextLimit(100, List.of("payroll_row.first_name")));
        text.put(MIDDLE_INITIAL, new TextLimit(100, List.of()));
        text.put(WORKER_ID, new TextLimit(20, List.of("payroll_row.worker_ref", "payroll_restitution.worker_ref",
                "payroll_finding.worker_ref", "case_ledger_entry.worker_ref")));
        text.put(CLASSIFICATION, new TextLimit(200, List.of("payroll_row.classification",
                "payroll_restitution.classification", "payroll_finding.classification", "payroll_finding.trade")));
        text.put(RACE_ETHNICITY, new TextLimit(100, List.of("payroll_row.race_ethnicity")));
        text.put(GENDER, new TextLimit(50, List.of("payroll_row.gender")));
        text.put(APPRENTICE_REGISTRATION, new TextLimit(100, List.of("payroll_row.apprentice_registration")));
        TEXT = Collections.unmodifiableMap(text);

        Map<String, NumberLimit> numbers = new LinkedHashMap<>();
        DAYS.forEach(d -> numbers.put(st(d), new NumberLimit(5, 2, List.of("payroll_row_day.straight_hours"))));
        DAYS.forEach(d -> numbers.put(ot(d), new NumberLimit(5, 2, List.of("payroll_row_day.overtime_hours"))));
        numbers.put(RATE_ST, new NumberLimit(8, 2, List.of("payroll_row.straight_rate")));
        numbers.put(RATE_OT, new NumberLimit(8, 2, List.of("payroll_row.overtime_rate")));
        numbers.put(FRINGE_CREDIT_PER_HOUR, new NumberLimit(8, 2, List.of("payroll_row.fringe_credit_per_hour")));
        numbers.put(CASH_IN_LIEU_PER_HOUR, new NumberLimit(8, 2, List.of("payroll_row.cash_in_lieu_per_hour")));
        numbers.put(GROSS_THIS_PROJECT, new NumberLimit(12, 2, List.of("payroll_row.gross_this_project")));
        numbers.put(GROSS_ALL_WORK, new NumberLimit(12, 2, List.of("payroll_row.gross_all_work")));
        for (String deduction : List.of(DEDUCTIONS_TAX, DEDUCTIONS_FICA, DEDUCTIONS_OTHER, DEDUCTIONS_TOTAL)) {
            numbers.put(deduction, new NumberLimit(12, 2, List.of()));
        }
        numbers.put(NET_PAY, new NumberLimit(12, 2, List.of("payroll_row.net_pay")));
        NUMBERS = Collections.unmodifiableMap(numbers);
    }

    private PayrollCsvLayout() {
    }

    /** {@code st_mon} for {@code mon}. */
    public static String st(String day) {
        return "st_" + day;
    }

    /** {@code ot_mon} for {@code mon}. */
    public static String ot(String day) {
        return "ot_" + day;
    }
}
