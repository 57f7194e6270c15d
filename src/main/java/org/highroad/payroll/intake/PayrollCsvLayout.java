package org.highroad.payroll.intake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The column names of the certified-payroll CSV (docs/payroll-csv.md): the Rev. January 2025 WH-347 columns 1A to 9,
 * then the local-program extension columns. Header names are matched case-insensitively, in any order.
 */
public final class PayrollCsvLayout {

    public static final String ENTRY_NUMBER = "entry_number";
    public static final String LAST_NAME = "last_name";
    public static final String FIRST_NAME = "first_name";
    public static final String MIDDLE_INITIAL = "middle_initial";
    public static final String WORKER_ID = "worker_id";
    public static final String LEVEL = "level";
    public static final String APPRENTICE_LEVEL = "apprentice_level";
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

    /** Day suffixes in column order; the week runs Sunday to the Saturday week ending. */
    public static final List<String> DAYS = List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");

    /** Columns that may be left out of the header. */
    public static final Set<String> OPTIONAL = Set.of(MIDDLE_INITIAL, APPRENTICE_LEVEL, RESIDENT,
            ADDRESS_EFFECTIVE_FROM, RACE_ETHNICITY, GENDER);

    /** Every column of the layout in the documented order. */
    public static final List<String> ALL;

    static {
        List<String> all = new ArrayList<>(List.of(ENTRY_NUMBER, LAST_NAME, FIRST_NAME, MIDDLE_INITIAL, WORKER_ID,
                LEVEL, APPRENTICE_LEVEL, CLASSIFICATION));
        DAYS.forEach(d -> all.add(st(d)));
        DAYS.forEach(d -> all.add(ot(d)));
        all.addAll(List.of(RATE_ST, RATE_OT, FRINGE_CREDIT_PER_HOUR, CASH_IN_LIEU_PER_HOUR, GROSS_THIS_PROJECT,
                GROSS_ALL_WORK, DEDUCTIONS_TAX, DEDUCTIONS_FICA, DEDUCTIONS_OTHER, DEDUCTIONS_TOTAL, NET_PAY, RESIDENT,
                ADDRESS_EFFECTIVE_FROM, RACE_ETHNICITY, GENDER));
        ALL = Collections.unmodifiableList(all);
    }

    /** Columns that must be in the header. */
    public static final Set<String> REQUIRED;

    static {
        Set<String> required = new LinkedHashSet<>(ALL);
        required.removeAll(OPTIONAL);
        REQUIRED = Collections.unmodifiableSet(required);
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
