package org.highroad.contracts;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.highroad.standards.ReportingCadence;

/**
 * Body of {@code PUT /api/contracts/{id}/draft}: what the officer settles during legal review. {@code reportingCadence}
 * (optional) changes how often payroll is reported from the standard version's cadence; omitted, the draft's stays.
 */
public record ContractDraft(
        @NotBlank @Size(max = 200) String title,
        @NotNull @DecimalMin(value = "0.01", message = "must be a positive amount") @Digits(integer = 14, fraction = 2) BigDecimal value,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        ReportingCadence reportingCadence) {

    /** A revision that keeps the draft's reporting cadence. */
    public ContractDraft(String title, BigDecimal value, LocalDate periodStart, LocalDate periodEnd) {
        this(title, value, periodStart, periodEnd, null);
    }
}
