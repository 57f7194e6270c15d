package org.highroad.standards;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One classification row of a wage determination: {@code PLUMBER ..... $25.04  10.42}. The identifier is the
 * SAM.gov block it comes from (e.g. {@code PLUM0198-005}), whose date says when the rate took effect. Rates are per
 * hour. The fringe is an amount per hour ({@code fringeRate}, 0.00 when the determination publishes only a
 * percentage), plus, where the determination says so ({@code 4.75+28%}), a percentage of the basic hourly rate.
 */
@Embeddable
public record WageRate(
        @NotBlank @Size(max = 200) @Column(name = "classification") String classification,
        @Size(max = 60) @Column(name = "rate_identifier") String identifier,
        @NotNull @DecimalMin(value = "0.01", message = "must be a positive hourly rate")
        @DecimalMax(value = "1000.00", message = "must be at most 1000.00 per hour") @Digits(integer = 6, fraction = 2)
        @Column(name = "base_rate") BigDecimal baseRate,
        @NotNull @DecimalMin(value = "0.00", message = "must not be negative")
        @DecimalMax(value = "1000.00", message = "must be at most 1000.00 per hour") @Digits(integer = 6, fraction = 2)
        @Column(name = "fringe_rate") BigDecimal fringeRate,
        @DecimalMin(value = "0.00", message = "must not be negative")
        @DecimalMax(value = "100.00", message = "must be at most 100 percent") @Digits(integer = 3, fraction = 2)
        @Column(name = "fringe_percent") BigDecimal fringePercent,
        @Column(name = "effective_from") LocalDate effectiveFrom) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** A rate whose fringe is an amount per hour only. */
    public WageRate(String classification, String identifier, BigDecimal baseRate, BigDecimal fringeRate,
            LocalDate effectiveFrom) {
        this(classification, identifier, baseRate, fringeRate, null, effectiveFrom);
    }

    /**
     * The fringe owed for each hour worked: the amount plus the percentage of the basic hourly rate, rounded to cents
     * HALF_UP. A percentage fringe is computed on the basic hourly rate the determination lists, never on the rate
     * actually paid nor on an overtime rate (29 CFR 5.5(a)(1)(i): the fringe is owed per hour at the rate the
     * determination sets; 29 CFR 5.32 and 40 U.S.C. 3142(c): fringe is excluded from the overtime premium; DOL WHD
     * Prevailing Wage Resource Book, "Davis-Bacon Wage Determinations": a fringe listed as a percentage is a
     * percentage of the basic hourly rate). So it is the same for straight-time and overtime hours.
     */
    public BigDecimal fringePerHour() {
        BigDecimal amount = fringeRate == null ? BigDecimal.ZERO : fringeRate;
        if (fringePercent == null || fringePercent.signum() == 0 || baseRate == null) {
            return amount.setScale(2, RoundingMode.HALF_UP);
        }
        return amount.add(baseRate.multiply(fringePercent).divide(HUNDRED)).setScale(2, RoundingMode.HALF_UP);
    }
}
