package org.highroad.standards;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;

/**
 * Terms of a wage-subsidy program such as WIOA on-the-job training (20 CFR 680.730: reimbursement generally up to
 * 50% of the wage rate; local policy sets hours and amount caps). Absent from standards that fund no subsidies.
 */
@Embeddable
public record SubsidyTerms(
        @DecimalMin(value = "0.00", message = "must be between 0 and 100") @DecimalMax(value = "100.00", message = "must be between 0 and 100")
        @Digits(integer = 3, fraction = 2) @Column(name = "subsidy_max_reimbursement_percent") BigDecimal maxReimbursementPercent,
        @Min(value = 1, message = "must be at least 1 hour") @Max(value = 4000, message = "must be at most 4000 hours")
        @Column(name = "subsidy_max_hours") Integer maxHours,
        @DecimalMin(value = "0.00", message = "must not be negative") @DecimalMax(value = "80", message = "must be at most 80 hours")
        @Digits(integer = 2, fraction = 2) @Column(name = "subsidy_min_hours_per_week") BigDecimal minHoursPerWeek,
        @DecimalMin(value = "0.00", message = "must not be negative") @Digits(integer = 10, fraction = 2)
        @Column(name = "subsidy_max_amount") BigDecimal maxAmountPerTrainee,
        @Min(value = 0, message = "must not be negative") @Column(name = "subsidy_min_employer_days_in_operation") Integer minEmployerDaysInOperation) {
}
