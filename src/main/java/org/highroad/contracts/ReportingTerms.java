package org.highroad.contracts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * Reporting and enforcement terms, taken from the standard version's enforcement parameters: weekly payroll due
 * days after week end, cure period, restitution threshold, fines and cap, overtime thresholds.
 */
@Embeddable
public record ReportingTerms(
        @Column(name = "reporting_deadline_days") int reportingDeadlineDays,
        @Column(name = "cure_period_business_days") int curePeriodBusinessDays,
        @Column(name = "restitution_threshold") BigDecimal restitutionThreshold,
        @Column(name = "fine_per_violation_per_day") BigDecimal finePerViolationPerDay,
        @Column(name = "fine_cap") BigDecimal fineCap,
        @Column(name = "weekly_overtime_after_hours") BigDecimal weeklyOvertimeAfterHours,
        @Column(name = "daily_overtime_after_hours") BigDecimal dailyOvertimeAfterHours) {
}
