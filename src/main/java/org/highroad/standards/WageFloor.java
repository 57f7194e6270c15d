package org.highroad.standards;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A minimum hourly wage that covered work must meet from {@code effectiveFrom} until {@code effectiveUntil}
 * (inclusive; open-ended when null). A floor that resets every July 1 (Boston Jobs and Living Wage Ordinance, City of Boston Code
 * ch. XXIV §24-6.2) is a run of floors,
 * one per period, so that payroll for any day is checked against the rate in force that day.
 */
@Embeddable
public record WageFloor(
        @NotBlank @Size(max = 200) @Column(name = "label") String label,
        @NotNull @DecimalMin(value = "0.01", message = "must be a positive hourly rate")
        @DecimalMax(value = "1000.00", message = "must be at most 1000.00 per hour") @Digits(integer = 6, fraction = 2)
        @Column(name = "hourly_rate") BigDecimal hourlyRate,
        @NotNull @Column(name = "effective_from") LocalDate effectiveFrom,
        @Column(name = "effective_until") LocalDate effectiveUntil,
        @NotNull @Enumerated(EnumType.STRING) @Column(name = "scope") Scope scope,
        @Size(max = 200) @Column(name = "scope_value") String scopeValue,
        @NotNull @Enumerated(EnumType.STRING) @Column(name = "source") Source source,
        @NotBlank @Size(max = 500) @Column(name = "citation") String citation) {

    /** What work the floor covers: every covered hour, one labor classification, or one region. */
    public enum Scope { ALL_COVERED_WORK, CLASSIFICATION, REGION }

    /** Where the number comes from, so an auditor can trace it. */
    public enum Source { ORDINANCE, LIVING_WAGE_BENCHMARK, WAGE_DETERMINATION, POLICY }

    /** True when the floor is in force on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveUntil == null || !date.isAfter(effectiveUntil));
    }
}
