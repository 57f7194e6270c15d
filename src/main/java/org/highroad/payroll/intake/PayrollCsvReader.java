package org.highroad.payroll.intake;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Reads a certified-payroll CSV (docs/payroll-csv.md) as a stream: bytes are counted and decoded as strict UTF-8,
 * cells are bounded while they are read and checked against what their column can keep (no value reaches the database
 * that it would refuse), and each valid row is handed to the {@link RowSink} and forgotten. Every
 * error is collected (row, column, reason) up to {@link Limits#maxErrors()}; see {@link RowSink} for how rows and
 * errors interact. Stateless and thread-safe; the input stream is read but not closed.
 *
 * <p>Not checked here, because they need the contract: classification coverage, the week in the payroll calendar,
 * apprentice registration and ratios, wage rates. What the reporting period asks is checked here: the rows of a period
 * longer than a week name their work week ({@link PayrollCsvLayout#WEEK_ENDING}), and a day outside the period holds
 * no hours.
 *
 * <p>The work is done by package-private helpers: {@link ReadRun} (one reading), {@link HeaderCheck},
 * {@link RowParser} with {@link Cells} and {@link PayChecks}, and the bounded input {@link ByteLimitStream},
 * {@link StrictUtf8Reader} and {@link CellGuardReader}.
 */
public final class PayrollCsvReader {

    static final BigDecimal CENT = new BigDecimal("0.01");
    static final BigDecimal HOURS_IN_A_DAY = BigDecimal.valueOf(24);

    /** A weekly payroll: the week ending on Saturday {@code weekEnding}. */
    public ReadResult read(InputStream in, LocalDate weekEnding, Limits limits, RowSink sink) {
        Objects.requireNonNull(weekEnding, "weekEnding");
        return read(in, PayrollPeriod.week(weekEnding), limits, sink);
    }

    /**
     * A payroll of the reporting {@code period}: a week, or a longer period whose rows name their work week
     * ({@link PayrollCsvLayout#WEEK_ENDING}).
     */
    public ReadResult read(InputStream in, PayrollPeriod period, Limits limits, RowSink sink) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(sink, "sink");
        ReadRun run = new ReadRun(period, limits, sink);
        try {
            run.read(in);
        } catch (StopReading stop) {
            // a fatal error or the error cap: the errors say why
        }
        return new ReadResult(run.rowsRead, run.errors.list(), run.index.containsKey(PayrollCsvLayout.APPRENTICE_REGISTRATION));
    }
}
