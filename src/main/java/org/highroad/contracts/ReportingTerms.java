package org.highroad.contracts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.highroad.standards.ReportingCadence;

/**
 * Reporting and enforcement terms, taken from the standard version's enforcement parameters (legal review may
 * adjust the cadence): how often a certified payroll is due ({@link ReportingCadence}) and how many days after its
 * period ends, cure period, restitution threshold (a correction payroll is required for restitution of more
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
        @Column(name = "cash_above_base_makes_up_fringe") boolean cashAboveBaseMakesUpFringe,
        @Enumerated(EnumType.STRING) @Column(name = "reporting_cadence") ReportingCadence cadence) {

    /** Every contract version stored before the cadence existed reports weekly. */
    public ReportingTerms {
        cadence = cadence == null ? ReportingCadence.WEEKLY : cadence;
    }

    /** Terms reported weekly. */
    public ReportingTerms(int reportingDeadlineDays, int curePeriodBusinessDays, BigDecimal restitutionThreshold,
            BigDecimal finePerViolationPerDay, BigDecimal fineCap, BigDecimal weeklyOvertimeAfterHours,
            BigDecimal dailyOvertimeAfterHours, boolean cashAboveBaseMakesUpFringe) {
        this(reportingDeadlineDays, curePeriodBusinessDays, restitutionThreshold, finePerViolationPerDay, fineCap,
                weeklyOvertimeAfterHours, dailyOvertimeAfterHours, cashAboveBaseMakesUpFringe, ReportingCadence.WEEKLY);
    }

    /** The same terms reported at {@code newCadence} (legal review settles the cadence of a draft). */
    public ReportingTerms withCadence(ReportingCadence newCadence) {
        return new ReportingTerms(reportingDeadlineDays, curePeriodBusinessDays, restitutionThreshold,
                finePerViolationPerDay, fineCap, weeklyOvertimeAfterHours, dailyOvertimeAfterHours,
                cashAboveBaseMakesUpFringe, newCadence);
    }

    /** Terms that keep base and fringe apart. */
    public ReportingTerms(int reportingDeadlineDays, int curePeriodBusinessDays, BigDecimal restitutionThreshold,
            BigDecimal finePerViolationPerDay, BigDecimal fineCap, BigDecimal weeklyOvertimeAfterHours,
            BigDecimal dailyOvertimeAfterHours) {
        this(reportingDeadlineDays, curePeriodBusinessDays, restitutionThreshold, finePerViolationPerDay, fineCap,
                weeklyOvertimeAfterHours, dailyOvertimeAfterHours, false, ReportingCadence.WEEKLY);
    }

    /** Whether payroll is reported weekly (Davis-Bacon's cadence, 29 CFR 5.5(a)(3)(ii)(A)). */
    public boolean weekly() {
        return cadence == ReportingCadence.WEEKLY;
    }

    /** The first day of the reporting period ending on {@code end}. */
    public java.time.LocalDate periodStart(java.time.LocalDate end) {
        return cadence.periodStart(end);
    }

    /** The most days one reporting period spans (7 for a week, 92 for a quarter). */
    public int longestPeriodDays() {
        return cadence.longestPeriodDays();
    }

    /** The period ending on {@code end} in words: "the week ending 2027-01-09", "the calendar quarter 2027-01-01 to 2027-03-31". */
    public String period(java.time.LocalDate end) {
        return weekly() ? "the week ending " + end : "the " + cadence.periodName() + " " + periodStart(end) + " to " + end;
    }

    /** Whether restitution of {@code owedToWorker} to one worker must be reported on a correction payroll. */
    public boolean correctionPayrollRequired(BigDecimal owedToWorker) {
        // HUD "Making Davis-Bacon Work": a correction payroll where restitution is more than the threshold per worker;
        // at or below it the restitution is owed all the same, and the correction is optional
        return owedToWorker != null && owedToWorker.compareTo(restitutionThreshold) > 0;
    }
}
