package org.highroad.payroll.intake;

import static org.highroad.payroll.intake.PayrollCsvLayout.*;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.highroad.payroll.intake.ParsedRow.Extensions;
import org.highroad.payroll.intake.ParsedRow.PayAmounts;
import org.highroad.payroll.intake.ParsedRow.WorkerName;
import org.highroad.payroll.wages.DayHours;
import org.highroad.payroll.wages.WorkerWeek;

/** Turns one data record into a {@link ParsedRow}, or into errors (then {@code null}); one instance per reading. */
final class RowParser {

    private final List<String> columns;
    private final Map<String, Integer> index;
    private final ReadErrors errors;
    private final PayrollPeriod period;
    private final RepeatedRows repeats;

    RowParser(List<String> columns, Map<String, Integer> index, ReadErrors errors, PayrollPeriod period) {
        this.columns = columns;
        this.index = index;
        this.errors = errors;
        this.period = period;
        this.repeats = new RepeatedRows(errors);
    }

    /**
     * The Saturday ending the row's work week, or {@code null} (with an error) when it cannot be known. A weekly
     * payroll's rows are its week; a row may repeat the week ending, nothing else. A longer period's row names a work
     * week with at least one day in the period.
     */
    private LocalDate workWeekEnding(Cells c, int row) {
        if (period.oneWorkWeek()) {
            LocalDate given = c.date(WEEK_ENDING, false);
            if (given != null && !given.equals(period.end())) {
                errors.error(row, WEEK_ENDING, "is " + given + " but this payroll is for the week ending " + period.end()
                        + "; leave it blank or give " + period.end());
            }
            return period.end();
        }
        LocalDate given = c.date(WEEK_ENDING, true);
        if (given == null) {
            return null;
        }
        if (given.getDayOfWeek() != DayOfWeek.SATURDAY) {
            errors.error(row, WEEK_ENDING, "must be the Saturday ending the row's work week (the day columns run from "
                    + "Sunday to Saturday); " + given + " is a " + given.getDayOfWeek().toString().toLowerCase(Locale.ROOT));
            return null;
        }
        if (!period.touchesWorkWeek(given)) {
            errors.error(row, WEEK_ENDING, "the work week ending " + given + " has no day in the period " + period
                    + ": its work weeks end from " + period.firstWorkWeekEnding() + " to " + period.lastWorkWeekEnding());
            return null;
        }
        return given;
    }

    ParsedRow parse(CsvRecord r, int row) {
        int before = errors.count();
        if (r.getFieldCount() != columns.size()) {
            errors.error(row, null, "the row has " + r.getFieldCount() + " cells but the header has " + columns.size()
                    + " (a comma inside a name needs the name in double quotes)");
            return null;
        }
        Cells c = new Cells(r, row, index, errors);
        for (String column : columns) {
            c.screen(column);
        }
        for (String column : PayrollCsvLayout.TEXT.keySet()) {
            c.checkText(column);
        }

        Integer entry = c.integer(ENTRY_NUMBER, true);
        if (entry != null && entry < 1) {
            errors.error(row, ENTRY_NUMBER, "must be 1 or more");
        }
        String last = c.text(LAST_NAME, true);
        String first = c.text(FIRST_NAME, true);
        String middle = c.text(MIDDLE_INITIAL, false);
        String workerId = c.workerId();
        WorkerWeek.Level level = c.level();
        Integer apprenticeLevel = c.integer(APPRENTICE_LEVEL, false);
        if (apprenticeLevel != null) {
            if (apprenticeLevel < 1 || apprenticeLevel > 99) {
                errors.error(row, APPRENTICE_LEVEL, "must be a whole number from 1 to 99");
            } else if (level == WorkerWeek.Level.JOURNEYWORKER) {
                errors.error(row, APPRENTICE_LEVEL, "is only for RA (registered apprentice) rows; leave it blank "
                        + "for J");
            }
        }
        String registration = c.text(APPRENTICE_REGISTRATION, false);
        if (registration != null && level == WorkerWeek.Level.JOURNEYWORKER) {
            errors.error(row, APPRENTICE_REGISTRATION, "is only for RA (registered apprentice) rows; leave it blank "
                    + "for J");
        }
        String classification = c.text(CLASSIFICATION, true);
        LocalDate weekEnding = workWeekEnding(c, row);
        LocalDate weekStart = weekEnding == null ? null : weekEnding.minusDays(6);

        List<DayHours> days = new ArrayList<>();
        BigDecimal stTotal = BigDecimal.ZERO;
        BigDecimal otTotal = BigDecimal.ZERO;
        for (int d = 0; d < DAYS.size(); d++) {
            String day = DAYS.get(d);
            BigDecimal st = c.amount(st(day), false);
            BigDecimal ot = c.amount(ot(day), false);
            if (st == null || ot == null || weekStart == null) {
                continue;
            }
            LocalDate date = weekStart.plusDays(d);
            BigDecimal total = st.add(ot);
            if (total.signum() != 0 && !period.contains(date)) {
                // the day belongs to the period before or after: its hours are reported on that period's payroll
                errors.error(row, st.signum() != 0 ? st(day) : ot(day), date + " is outside the period " + period
                        + ": leave " + st(day) + " and " + ot(day) + " blank or 0 and report that day's hours with the "
                        + "period it falls in");
                continue;
            }
            if (total.compareTo(PayrollCsvReader.HOURS_IN_A_DAY) > 0) {
                errors.error(row, st(day), st(day) + " + " + ot(day) + " = " + total.toPlainString() + " hours on "
                        + date + "; a day has 24");
            }
            stTotal = stTotal.add(st);
            otTotal = otTotal.add(ot);
            if (total.signum() > 0) {
                days.add(new DayHours(date, st, ot));
            }
        }
        BigDecimal rateSt = c.amount(RATE_ST, true);
        BigDecimal rateOt = c.amount(RATE_OT, false);
        if (c.blank(RATE_OT)) {
            rateOt = null;
            if (otTotal.signum() > 0) {
                errors.error(row, RATE_OT, "required when the row has overtime hours");
            }
        }
        BigDecimal fringe = c.amount(FRINGE_CREDIT_PER_HOUR, false);
        BigDecimal cashInLieu = c.amount(CASH_IN_LIEU_PER_HOUR, false);
        PayAmounts pay = new PayAmounts(c.amount(GROSS_THIS_PROJECT, true), c.amount(GROSS_ALL_WORK, true),
                c.amount(DEDUCTIONS_TAX, false), c.amount(DEDUCTIONS_FICA, false), c.amount(DEDUCTIONS_OTHER, false),
                c.amount(DEDUCTIONS_TOTAL, false), c.amount(NET_PAY, true));

        if (errors.count() == before) { // the sums only make sense on well-formed numbers
            PayChecks.check(row, errors, stTotal, otTotal, rateSt, rateOt, cashInLieu, pay);
        }
        Extensions extensions = c.extensions(period.end(), weekStart == null || weekStart.isBefore(period.start())
                ? period.start() : weekStart);
        if (errors.count() > before) {
            return null;
        }
        // across rows: one row per worker, classification and week; at most 168 hours a week (RepeatedRows)
        if (!repeats.check(row, entry, workerId, classification, weekEnding, stTotal.add(otTotal))) {
            return null;
        }
        WorkerWeek week = new WorkerWeek(entry, workerId, classification, level, apprenticeLevel, days, rateSt,
                rateOt, fringe, cashInLieu, registration);
        return new ParsedRow(row, new WorkerName(last, first, middle), week, pay, extensions);
    }
}
