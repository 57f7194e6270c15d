package org.highroad.payroll;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.payroll.domain.PayrollSubmission.Problem;

/**
 * A value of the file that the database refused while the rows were written (too long, too large, not allowed):
 * the file's fault, so the payroll is rejected like for any other error, naming the field and the reason. The SQL
 * state tells it from a technical failure: class 22 (data exception) or a NOT NULL or CHECK constraint (23502, H2's
 * 23513, PostgreSQL's 23514). The field is the CSV column of the table column the database names, when it names one;
 * nothing of the database's message (SQL, types, the value) reaches the error.
 */
final class DatabaseRefusal {

    /** Table columns of payroll_row and payroll_row_day, and the CSV columns they hold (docs/payroll-csv.md). */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("entry_number", "entry_number"),
            Map.entry("last_name", "last_name"), Map.entry("first_name", "first_name"), Map.entry("worker_ref", "worker_id"),
            Map.entry("classification", "classification"), Map.entry("level", "level"),
            Map.entry("apprentice_level", "apprentice_level"), Map.entry("straight_rate", "rate_st"),
            Map.entry("overtime_rate", "rate_ot"), Map.entry("fringe_credit_per_hour", "fringe_credit_per_hour"),
            Map.entry("cash_in_lieu_per_hour", "cash_in_lieu_per_hour"), Map.entry("gross_this_project", "gross_this_project"),
            Map.entry("gross_all_work", "gross_all_work"), Map.entry("net_pay", "net_pay"), Map.entry("resident", "resident"),
            Map.entry("address_effective_from", "address_effective_from"), Map.entry("race_ethnicity", "race_ethnicity"),
            Map.entry("gender", "gender"), Map.entry("straight_hours", "st_sun to st_sat"),
            Map.entry("overtime_hours", "ot_sun to ot_sat"));
    private static final Pattern COLUMN = Pattern.compile("(?i)\\bcolumn\\s+\"?([a-z_]+)");

    private DatabaseRefusal() {
    }

    /** The error to reject the payroll with, if {@code failure} is the database refusing a value. */
    static Optional<Problem> of(Throwable failure) {
        SQLException refused = refusal(failure);
        if (refused == null) {
            return Optional.empty();
        }
        String field = field(refused);
        return Optional.of(new Problem(0, field == null ? "file" : field, (field == null ? "a value" : "a value in this column")
                + " cannot be stored: it is longer, larger or more precise than the payroll format allows, or not allowed "
                + "(see docs/payroll-csv.md for each column); nothing of the payroll was stored"));
    }

    /** The SQL state of the refusal, for the log. */
    static String state(Throwable failure) {
        SQLException refused = refusal(failure);
        return refused == null ? null : refused.getSQLState();
    }

    private static SQLException refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException() == e ? null : e.getNextException()) {
                    String state = e.getSQLState();
                    if (state != null && (state.startsWith("22") || state.equals("23502") || state.equals("23513")
                            || state.equals("23514"))) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    private static String field(SQLException refused) {
        Matcher column = COLUMN.matcher(String.valueOf(refused.getMessage()));
        while (column.find()) {
            String field = FIELDS.get(column.group(1).toLowerCase(java.util.Locale.ROOT));
            if (field != null) {
                return field;
            }
        }
        return null;
    }
}
