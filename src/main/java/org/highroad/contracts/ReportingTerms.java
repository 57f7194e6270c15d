package org.highroad.contracts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * Reporting and enforcement terms, taken from the standard version's enforcement parameters: weekly payroll due
 * days after week end, cure period, restitution threshold (a correction payroll is required for restitution of more
 * than this per worker), fines and cap, overtime thresholds, and whether cash paid above the committed base makes up
 * a fringe shortfall ({@link org.highroad.standards.EnforcementParameters} says why each standard sets it as it does).
 */
@Embeddable
public record ReportingTerms(
        @Column(name = "reporting_deadline_days") int reportingDeadlineDays,
        @Column(name = "cure_period_business_days") int curePeriodBusinessDays,
        @Column(name = "restitution_threshold") BigDecimal restitutionThreshold,
        @Column(name = "fine_per_violation_per_day") BigDecimal finePerViolationPerDay,
        @Column(name = "fine_cap") BigDecimal fineCap,
        @Column(name = "weekly_overtime_after_hours") BigDecimal weeklyOvertimeAfterHours,
        @Column(name = "daily_overtime_after_hours") BigDecimal dailyOvertimeAfterHours,
        @Column(name = "cash_above_base_makes_up_fringe") boolean cashAboveBaseMakesUpFringe) {

    /** Terms that keep base and fringe apart. */
    public ReportingTerms(int reportingDeadlineDays, int curePeriodBusinessDays, BigDecimal restitutionThreshold,
            BigDecimal finePerViolationPerDay, BigDecimal fineCap, BigDecimal weeklyOvertimeAfterHours,
            BigDecimal dailyOvertimeAfterHours) {
        this(reportingDeadlineDays, curePeriodBusinessDays, restitutionThreshold, finePerViolationPerDay, fineCap,
                weeklyOvertimeAfterHours, dailyOvertimeAfterHours, false);
    }

    /** Whether restitution of {@code owedToWorker} to one worker must be reported on a correction payroll. */
    public boolean correctionPayrollRequired(BigDecimal owedToWorker) {
        // HUD "Making Davis-Bacon Work": a correction payroll where restitution is more than the threshold per worker;
        // at or below it the restitution is owed all the same, and the correction is optional
        return owedToWorker != null && owedToWorker.compareTo(restitutionThreshold) > 0;
    }
}
