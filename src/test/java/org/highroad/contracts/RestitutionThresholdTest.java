package org.highroad.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A correction payroll is required for restitution of more than the contract's threshold per worker (HUD "Making
 * Davis-Bacon Work": more than $10); at or below it the restitution is owed and the correction optional.
 */
class RestitutionThresholdTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "$10.01 owed against a $10.00 threshold requires a correction payroll, 10.00, 10.01, true",
            "exactly $10.00 owed against $10.00 leaves the correction optional,     10.00, 10.00, false",
            "$9.99 owed against $10.00 leaves the correction optional,              10.00,  9.99, false",
            "$194.00 owed against $10.00 requires a correction payroll,             10.00, 194.00, true",
            "$20.00 owed against an agency's $25.00 threshold is optional,          25.00, 20.00, false",
            "a $0.00 threshold requires a correction payroll for any cent owed,      0.00,  0.01, true",
            "nothing owed never requires a correction payroll,                       0.00,  0.00, false"})
    void aCorrectionPayrollIsRequiredOnlyAboveTheThreshold(String sentence, BigDecimal threshold, BigDecimal owed,
            boolean required) {
        var terms = new ReportingTerms(7, 10, threshold, BigDecimal.ZERO, null, new BigDecimal("40"), null);

        assertThat(terms.correctionPayrollRequired(owed)).isEqualTo(required);
    }
}
