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
import java.time.LocalDate;

/**
 * One classification row of a wage determination: {@code PLUMBER ..... $25.04  10.42}. The identifier is the
 * SAM.gov block it comes from (e.g. {@code PLUM0198-005}), whose date says when the rate took effect.
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
        @Column(name = "effective_from") LocalDate effectiveFrom) {
}
