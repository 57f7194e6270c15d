package org.highroad.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.highroad.contracts.WageRule;
import org.highroad.payroll.wages.ApprenticeCensus;
import org.highroad.payroll.wages.ApprenticeProgram;
import org.highroad.payroll.wages.DayHours;
import org.highroad.payroll.wages.FringePlans;
import org.highroad.payroll.wages.WageCheck;
import org.highroad.payroll.wages.WagePolicy;
import org.highroad.payroll.wages.WorkerWeek;

/**
 * The wage check alone, in memory, as {@code WageChecks} runs it on a large payroll: {@code rows} workers (88 %
 * journeyworkers, 12 % registered apprentices at levels 1 to 4, one classification, Monday to Friday 8 hours) checked
 * 1,000 at a time against the census of the whole payroll, three rounds (the first warms the JIT). Prints the seconds
 * for all chunks of each round, so the cost of the
 * apprentice ratio per chunk shows as growth faster than the rows. Not a test: {@code java ... PayrollCensusBench 100000}.
 */
public final class PayrollCensusBench {

    private PayrollCensusBench() {
    }

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String classification = "Carpenter";
        String registration = "CA-2025-0001";
        ApprenticeProgram program = new ApprenticeProgram("Carpenters JATC", classification, true, registration,
                BigDecimal.ONE, Map.of(1, new BigDecimal("50"), 2, new BigDecimal("60"), 3, new BigDecimal("70"),
                        4, new BigDecimal("80")), Map.of());
        LocalDate sunday = LocalDate.of(2027, 1, 3);
        List<WorkerWeek> all = new ArrayList<>(rows);
        for (int i = 1; i <= rows; i++) {
            List<DayHours> days = new ArrayList<>();
            for (int d = 1; d <= 5; d++) {
                days.add(new DayHours(sunday.plusDays(d), new BigDecimal("8"), BigDecimal.ZERO));
            }
            boolean apprentice = i % 25 < 3;
            int level = 1 + i % 4;
            all.add(apprentice
                    ? new WorkerWeek(i, String.format(Locale.ROOT, "A%06d", i), classification, WorkerWeek.Level.APPRENTICE, level,
                            days, new BigDecimal("30.00").multiply(new BigDecimal(50 + 10 * (level - 1))).movePointLeft(2),
                            null, new BigDecimal("10.00"), BigDecimal.ZERO, registration)
                    : new WorkerWeek(i, String.format(Locale.ROOT, "J%06d", i), classification, WorkerWeek.Level.JOURNEYWORKER,
                            null, days, new BigDecimal("30.00"), null, new BigDecimal("10.00"), BigDecimal.ZERO));
        }
        WageCheck check = new WageCheck();
        for (int round = 1; round <= 3; round++) {
            // a new census each round, as each payroll's check has its own
            ApprenticeCensus census = ApprenticeCensus.of(all).registrationsNamed(true);
            long t0 = System.nanoTime();
            int findings = 0;
            for (int from = 0; from < rows; from += 1000) {
                findings += check.check(all.subList(from, Math.min(rows, from + 1000)), List.of(program), FringePlans.NONE,
                        WagePolicy.cwhssa(), (c, d) -> new WageRule(1L, 1, c, d, new BigDecimal("30.00"), new BigDecimal("10.00"),
                                "offer", "bench", null), census).findings().size();
            }
            System.out.println(String.format(Locale.ROOT, "CENSUS rows=%d round=%d seconds=%.2f findings=%d", rows, round,
                    (System.nanoTime() - t0) / 1e9, findings));
        }
    }
}
