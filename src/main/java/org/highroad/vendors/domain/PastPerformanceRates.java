package org.highroad.vendors.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.highroad.vendors.PastPerformance;
import org.highroad.vendors.PastPerformance.Input;
import org.highroad.vendors.PerformanceFacts.Facts;

/**
 * Turns a vendor's payroll and enforcement facts into the four past-performance inputs (pure). Rates are percents and
 * findings per 1,000 hours, each rounded once to 2 decimals, half up. An input with nothing to count has no value
 * (no history), never zero: a new or small firm is not scored as a bad one.
 */
public final class PastPerformanceRates {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private PastPerformanceRates() {
    }

    public static PastPerformance of(long vendorId, LocalDate from, LocalDate to, Facts f) {
        int onTime = f.weeksDue() - f.lateWeeks();
        Input reporting = f.weeksDue() == 0
                ? none(PastPerformance.ON_TIME_REPORTING, "no payroll week due in the look-back period")
                : new Input(PastPerformance.ON_TIME_REPORTING, percent(onTime, f.weeksDue()),
                        onTime + " of " + f.weeksDue() + " weeks reported on time", sorted(f.lateCaseIds()));
        int confirmed = f.confirmedFindings().values().stream().mapToInt(Integer::intValue).sum();
        Input findings = f.hoursReported().signum() == 0
                ? none(PastPerformance.FINDINGS_PER_1000_HOURS, "no hours reported in the look-back period")
                : new Input(PastPerformance.FINDINGS_PER_1000_HOURS,
                        BigDecimal.valueOf(confirmed).multiply(THOUSAND).divide(f.hoursReported(), 2, RoundingMode.HALF_UP),
                        confirmed + " confirmed finding(s) over " + f.hoursReported().stripTrailingZeros().toPlainString()
                                + " hours reported",
                        sorted(f.confirmedFindings().entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey()).toList()));
        Input cured = f.restitutionCases().isEmpty()
                ? none(PastPerformance.RESTITUTION_CURED, "no restitution owed in the look-back period")
                : new Input(PastPerformance.RESTITUTION_CURED, percent(f.curedInTime().size(), f.restitutionCases().size()),
                        f.curedInTime().size() + " of " + f.restitutionCases().size()
                                + " case(s) owing restitution paid in full within the cure period", sorted(f.restitutionCases()));
        int met = f.weeksReported() - f.shortfallWeeks();
        Input workforce = f.weeksReported() == 0
                ? none(PastPerformance.WORKFORCE_COMMITMENTS_MET, "no payroll week reported in the look-back period")
                : new Input(PastPerformance.WORKFORCE_COMMITMENTS_MET, percent(met, f.weeksReported()),
                        met + " of " + f.weeksReported() + " weeks without a workforce-share shortfall", sorted(f.shortfallCaseIds()));
        return new PastPerformance(vendorId, from, to, List.of(reporting, findings, cured, workforce));
    }

    private static Input none(String metric, String why) {
        return new Input(metric, null, why, List.of());
    }

    private static BigDecimal percent(int part, int whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private static List<Long> sorted(List<Long> ids) {
        return List.copyOf(new TreeSet<>(ids));
    }
}
