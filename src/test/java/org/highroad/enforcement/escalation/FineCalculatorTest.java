package org.highroad.enforcement.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.highroad.contracts.ReportingTerms;
import org.highroad.enforcement.escalation.FineCalculator.Fine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fines: per violation per day × violations × days, capped at the contract's cap, in cents HALF_UP. */
class FineCalculatorTest {

    /** The Boston-style construction preset: $300 per violation per day, capped at $30,000. */
    private static final FineCalculator BOSTON = new FineCalculator(new BigDecimal("300.00"), new BigDecimal("30000.00"));

    @ParameterizedTest(name = "{0} violations × {1} days → {2} (uncapped {3}, capped {4})")
    @CsvSource({
            "0, 0, 0.00, 0.00, false",
            "0, 30, 0.00, 0.00, false",
            "3, 0, 0.00, 0.00, false",
            "1, 1, 300.00, 300.00, false",
            "3, 10, 9000.00, 9000.00, false",
            "10, 9, 27000.00, 27000.00, false",
            // exactly at the cap: not capped
            "10, 10, 30000.00, 30000.00, false",
            "5, 20, 30000.00, 30000.00, false",
            // one violation-day over the cap: capped
            "101, 1, 30000.00, 30300.00, true",
            "10, 11, 30000.00, 33000.00, true",
            "40, 60, 30000.00, 720000.00, true"})
    void finesArePerViolationPerDayUpToTheCap(int violations, int days, String amount, String uncapped, boolean capped) {
        Fine fine = BOSTON.assess(violations, days);

        assertThat(fine.amount()).isEqualTo(new BigDecimal(amount));
        assertThat(fine.uncapped()).isEqualTo(new BigDecimal(uncapped));
        assertThat(fine.capped()).isEqualTo(capped);
        assertThat(BOSTON.fine(violations, days)).isEqualTo(new BigDecimal(amount));
    }

    @Test
    void noCapMeansNoCap() {
        FineCalculator uncapped = new FineCalculator(new BigDecimal("300.00"), null);

        assertThat(uncapped.assess(40, 60)).isEqualTo(new Fine(new BigDecimal("720000.00"), new BigDecimal("720000.00"), false));
        assertThat(uncapped.fine(1_000, 1_000)).isEqualTo(new BigDecimal("300000000.00"));
    }

    @Test
    void aZeroCapOrAZeroRateMeansNoFine() {
        assertThat(new FineCalculator(new BigDecimal("300.00"), BigDecimal.ZERO).assess(2, 3))
                .isEqualTo(new Fine(new BigDecimal("0.00"), new BigDecimal("1800.00"), true));
        assertThat(new FineCalculator(new BigDecimal("0.00"), null).fine(2, 3)).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void amountsAreRoundedToCentsHalfUpOnceAfterTheCap() {
        // 0.125 × 1 × 1 = 0.125 → 0.13 (HALF_UP; HALF_EVEN would give 0.12)
        FineCalculator fractional = new FineCalculator(new BigDecimal("0.125"), null);
        assertThat(fractional.fine(1, 1)).isEqualTo(new BigDecimal("0.13"));
        // 0.125 × 3 × 1 = 0.375 → 0.38, not 3 × 0.13 = 0.39: rounded once, not per violation-day
        assertThat(fractional.fine(3, 1)).isEqualTo(new BigDecimal("0.38"));
        // a cap with more digits than cents is rounded the same way
        assertThat(new FineCalculator(new BigDecimal("300"), new BigDecimal("1000.005")).assess(4, 1))
                .isEqualTo(new Fine(new BigDecimal("1000.01"), new BigDecimal("1200.00"), true));
        // whole-dollar terms still answer in cents
        assertThat(new FineCalculator(new BigDecimal("300"), new BigDecimal("30000")).fine(2, 2)).isEqualTo(new BigDecimal("1200.00"));
    }

    @Test
    void theContractsReportingTermsGiveTheRateAndTheCap() {
        ReportingTerms capped = terms(new BigDecimal("300.00"), new BigDecimal("30000.00"));
        ReportingTerms uncapped = terms(new BigDecimal("300.00"), null);

        assertThat(FineCalculator.of(capped).assess(10, 11))
                .isEqualTo(new Fine(new BigDecimal("30000.00"), new BigDecimal("33000.00"), true));
        assertThat(FineCalculator.of(uncapped).assess(10, 11))
                .isEqualTo(new Fine(new BigDecimal("33000.00"), new BigDecimal("33000.00"), false));
    }

    @Test
    void impossibleTermsAndCountsAreRefused() {
        assertThatThrownBy(() -> new FineCalculator(null, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new FineCalculator(new BigDecimal("-1"), null)).hasMessageContaining("per violation per day");
        assertThatThrownBy(() -> new FineCalculator(new BigDecimal("300"), new BigDecimal("-0.01"))).hasMessageContaining("cap");
        assertThatThrownBy(() -> BOSTON.fine(-1, 1)).hasMessageContaining("violations");
        assertThatThrownBy(() -> BOSTON.fine(1, -1)).hasMessageContaining("days");
        assertThatThrownBy(() -> FineCalculator.of(terms(null, null))).isInstanceOf(NullPointerException.class);
    }

    private static ReportingTerms terms(BigDecimal finePerViolationPerDay, BigDecimal fineCap) {
        return new ReportingTerms(7, 10, new BigDecimal("10.00"), finePerViolationPerDay, fineCap, new BigDecimal("40"), null);
    }
}
