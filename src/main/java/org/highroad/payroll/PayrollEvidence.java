package org.highroad.payroll;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.highroad.payroll.intake.Limits;
import org.highroad.payroll.intake.PayrollCsvReader;
import org.highroad.payroll.intake.ReadResult;
import org.highroad.payroll.wages.DayHours;

/**
 * One week of pay records in the certified-payroll CSV layout (docs/payroll-csv.md), read by the same streaming
 * reader as a certified payroll and checked the same way (strict UTF-8, every cell against its column, no full SSN),
 * for a caller that keeps no payroll: a wage subsidy's reimbursement claim. Nothing is stored here.
 */
public final class PayrollEvidence {

    private static final PayrollCsvReader READER = new PayrollCsvReader();

    private PayrollEvidence() {
    }

    /** The days worked in the week, per worker reference, or every error of the file (then no day). */
    public static Week read(InputStream csv, LocalDate weekEnding) {
        List<WorkedDay> days = new ArrayList<>();
        ReadResult result = READER.read(csv, weekEnding, Limits.DEFAULT, row -> {
            for (DayHours day : row.week().days()) {
                days.add(new WorkedDay(row.week().workerRef(), day.date(), day.straightHours().add(day.overtimeHours()),
                        row.week().straightRate()));
            }
        });
        List<String> errors = result.errors().stream().map(e -> "row " + e.row() + (e.column() == null ? "" : ", " + e.column())
                + ": " + e.reason()).toList();
        return new Week(weekEnding, errors.isEmpty() ? List.copyOf(days) : List.of(), errors);
    }

    /** Hours one worker worked on one day at the straight-time rate paid (col. 6A and 7A/7B of the WH-347 layout). */
    public record WorkedDay(String workerRef, LocalDate date, BigDecimal hours, BigDecimal straightRate) {
    }

    /** A week read: its days, or the errors that refused the file. */
    public record Week(LocalDate weekEnding, List<WorkedDay> days, List<String> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }
}
