package org.highroad.standards;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * How the standard is enforced: when a weekly payroll is due, how long a contractor has to cure, above which amount
 * a correction payroll is required (HUD "Making Davis-Bacon Work": $10 per worker), fines (Boston: up to $300 per
 * violation per day) and their cap, the overtime thresholds payroll is checked against, and whether cash paid above
 * the committed base makes up a fringe shortfall.
 *
 * <p>{@code restitutionThreshold}: restitution to a worker of more than this amount is reported on a correction
 * payroll (HUD "Making Davis-Bacon Work": more than $10 per worker); at or below it the restitution is still owed and
 * recorded on the case's ledger, and the correction payroll is optional.
 *
 * <p>{@code cashAboveBaseMakesUpFringe}: {@code true} where the standard lets any combination of cash and bona fide
 * fringe benefits meet base plus fringe (Davis-Bacon: 40 U.S.C. 3141(2); 29 CFR 5.5(a)(1)(i), "or by any combination
 * thereof"), so cash paid above the committed base is credited to the committed fringe of the same hours;
 * {@code false} (the default when omitted) where a local program keeps them apart, e.g. a living wage paid in cash
 * beside a separate health benefit.
 *
 * <p>{@code reportingCadence}: how often a certified payroll is due ({@link ReportingCadence}): weekly (the default
 * when omitted, and for every version stored before the setting existed; Davis-Bacon, 29 CFR 5.5(a)(3)(ii)(A)),
 * biweekly, semi-monthly, monthly or quarterly; {@code reportingDeadlineDays} count from the period's last day.
 */
@Embeddable
public record EnforcementParameters(
        @NotNull @Min(value = 0, message = "must not be negative") @Max(value = 90, message = "must be at most 90 days")
        @Column(name = "reporting_deadline_days") Integer reportingDeadlineDays,
        @NotNull @Min(value = 1, message = "must be at least 1 business day") @Max(value = 180, message = "must be at most 180 business days")
        @Column(name = "cure_period_business_days") Integer curePeriodBusinessDays,
        @NotNull @DecimalMin(value = "0.00", message = "must not be negative") @Digits(integer = 10, fraction = 2)
        @Column(name = "restitution_threshold") BigDecimal restitutionThreshold,
        @NotNull @DecimalMin(value = "0.00", message = "must not be negative") @Digits(integer = 10, fraction = 2)
        @Column(name = "fine_per_violation_per_day") BigDecimal finePerViolationPerDay,
        @DecimalMin(value = "0.00", message = "must not be negative") @Digits(integer = 12, fraction = 2)
        @Column(name = "fine_cap") BigDecimal fineCap,
        @NotNull @DecimalMin(value = "1", message = "must be at least 1 hour") @DecimalMax(value = "168", message = "must be at most 168 hours")
        @Digits(integer = 3, fraction = 2) @Column(name = "weekly_overtime_after_hours") BigDecimal weeklyOvertimeAfterHours,
        @DecimalMin(value = "1", message = "must be at least 1 hour") @DecimalMax(value = "24", message = "must be at most 24 hours")
        @Digits(integer = 2, fraction = 2) @Column(name = "daily_overtime_after_hours") BigDecimal dailyOvertimeAfterHours,
        @Column(name = "cash_above_base_makes_up_fringe") Boolean cashAboveBaseMakesUpFringe,
        @Enumerated(EnumType.STRING) @Column(name = "reporting_cadence") ReportingCadence reportingCadence) {

    /**
     * Omitted: base and fringe are kept apart, and payroll is reported weekly, as every version stored before the
     * settings existed.
     */
    public EnforcementParameters {
        cashAboveBaseMakesUpFringe = cashAboveBaseMakesUpFringe != null && cashAboveBaseMakesUpFringe;
        reportingCadence = reportingCadence == null ? ReportingCadence.WEEKLY : reportingCadence;
    }

    /** Parameters reported weekly. */
    public EnforcementParameters(Integer reportingDeadlineDays, Integer curePeriodBusinessDays,
            BigDecimal restitutionThreshold, BigDecimal finePerViolationPerDay, BigDecimal fineCap,
            BigDecimal weeklyOvertimeAfterHours, BigDecimal dailyOvertimeAfterHours, Boolean cashAboveBaseMakesUpFringe) {
        this(reportingDeadlineDays, curePeriodBusinessDays, restitutionThreshold, finePerViolationPerDay, fineCap,
                weeklyOvertimeAfterHours, dailyOvertimeAfterHours, cashAboveBaseMakesUpFringe, ReportingCadence.WEEKLY);
    }

    /** Parameters that keep base and fringe apart. */
    public EnforcementParameters(Integer reportingDeadlineDays, Integer curePeriodBusinessDays,
            BigDecimal restitutionThreshold, BigDecimal finePerViolationPerDay, BigDecimal fineCap,
            BigDecimal weeklyOvertimeAfterHours, BigDecimal dailyOvertimeAfterHours) {
        this(reportingDeadlineDays, curePeriodBusinessDays, restitutionThreshold, finePerViolationPerDay, fineCap,
                weeklyOvertimeAfterHours, dailyOvertimeAfterHours, false, ReportingCadence.WEEKLY);
    }
}
