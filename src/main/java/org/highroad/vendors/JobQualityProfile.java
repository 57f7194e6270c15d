package org.highroad.vendors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.highroad.platform.validation.Percent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.highroad.standards.scoring.Answers;

/**
 * A vendor's current workforce practices, filed for pre-qualification: the {@code profile} of
 * {@code POST /api/vendors/{id}/qualifications}. Every field but {@code notes} is required, so a profile is scored
 * on complete answers. {@link #toAnswers()} names each answer by the rubric metric it answers.
 */
@Embeddable
public record JobQualityProfile(
        @NotNull @Positive(message = "must be greater than 0")
        @Digits(integer = 6, fraction = 2, message = "must be an hourly amount with at most 2 decimals")
        @Column(name = "lowest_hourly_wage") BigDecimal lowestHourlyWage,
        @NotNull @Positive(message = "must be greater than 0")
        @Digits(integer = 6, fraction = 2, message = "must be an hourly amount with at most 2 decimals")
        @Column(name = "median_hourly_wage") BigDecimal medianHourlyWage,
        @NotNull @Column(name = "offers_health_coverage") Boolean offersHealthCoverage,
        @NotNull @Percent
        @Column(name = "employer_health_premium_share_percent") BigDecimal employerHealthPremiumSharePercent,
        @NotNull @DecimalMin(value = "0", message = "must be between 0 and 365")
        @DecimalMax(value = "365", message = "must be between 0 and 365")
        @Digits(integer = 3, fraction = 2, message = "must have at most 2 decimals")
        @Column(name = "paid_leave_days_per_year") BigDecimal paidLeaveDaysPerYear,
        @NotNull @Percent
        @Column(name = "retirement_contribution_percent") BigDecimal retirementContributionPercent,
        @NotNull @Min(value = 0, message = "must be between 0 and 365")
        @Max(value = 365, message = "must be between 0 and 365")
        @Column(name = "schedule_notice_days") Integer scheduleNoticeDays,
        @NotNull @Percent
        @Column(name = "full_time_share_percent") BigDecimal fullTimeSharePercent,
        // 2,080 hours is a full-time year (40 h x 52 weeks): more training than that per worker is a typing error.
        @NotNull @DecimalMin(value = "0", message = "must be between 0 and 2080")
        @DecimalMax(value = "2080", message = "must be between 0 and 2080")
        @Digits(integer = 4, fraction = 2, message = "must have at most 2 decimals")
        @Column(name = "training_hours_per_worker_per_year") BigDecimal trainingHoursPerWorkerPerYear,
        @NotNull @Percent
        @Column(name = "promoted_from_within_percent") BigDecimal promotedFromWithinPercent,
        @NotNull @Column(name = "has_advancement_plan") Boolean hasAdvancementPlan,
        @NotNull @Column(name = "has_collective_agreement") Boolean hasCollectiveAgreement,
        @NotNull @Column(name = "has_worker_committee") Boolean hasWorkerCommittee,
        @NotNull @Min(value = 0, message = "must be 0 or more")
        @Column(name = "serious_safety_citations_last_3_years") Integer seriousSafetyCitationsLast3Years,
        @Size(max = 2000, message = "must be at most 2000 characters")
        @Column(name = "notes") String notes) {

    // Metric names as the standards' rubrics use them (presets in src/main/resources/presets/standards).
    public static final String LOWEST_HOURLY_WAGE = "lowestHourlyWage";
    public static final String MEDIAN_HOURLY_WAGE = "medianHourlyWage";
    public static final String OFFERS_HEALTH_COVERAGE = "offersHealthCoverage";
    public static final String EMPLOYER_HEALTH_PREMIUM_SHARE = "employerHealthPremiumSharePercent";
    public static final String PAID_LEAVE_DAYS = "paidLeaveDaysPerYear";
    public static final String RETIREMENT_CONTRIBUTION = "retirementContributionPercent";
    public static final String SCHEDULE_NOTICE_DAYS = "scheduleNoticeDays";
    public static final String FULL_TIME_SHARE = "fullTimeSharePercent";
    public static final String TRAINING_HOURS = "trainingHoursPerWorkerPerYear";
    public static final String PROMOTED_FROM_WITHIN = "promotedFromWithinPercent";
    public static final String HAS_ADVANCEMENT_PLAN = "hasAdvancementPlan";
    public static final String HAS_COLLECTIVE_AGREEMENT = "hasCollectiveAgreement";
    public static final String HAS_WORKER_COMMITTEE = "hasWorkerCommittee";
    public static final String SERIOUS_SAFETY_CITATIONS = "seriousSafetyCitationsLast3Years";

    /**
     * Every metric a profile answers. Not {@code wageAboveFloorPercent}: it measures the lowest wage against the
     * floor of the standard version a solicitation pins on its own date, so bid evaluation computes it. Nor the
     * project hour shares, hours per week or price, which belong to a bid or a placement, not to a vendor.
     */
    public static final Set<String> METRICS = Set.of(LOWEST_HOURLY_WAGE, MEDIAN_HOURLY_WAGE, OFFERS_HEALTH_COVERAGE,
            EMPLOYER_HEALTH_PREMIUM_SHARE, PAID_LEAVE_DAYS, RETIREMENT_CONTRIBUTION, SCHEDULE_NOTICE_DAYS,
            FULL_TIME_SHARE, TRAINING_HOURS, PROMOTED_FROM_WITHIN, HAS_ADVANCEMENT_PLAN, HAS_COLLECTIVE_AGREEMENT,
            HAS_WORKER_COMMITTEE, SERIOUS_SAFETY_CITATIONS);

    /** The profile as answers for {@code RubricScorer}; a missing value stays unanswered rather than becoming 0. */
    public Answers toAnswers() {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        put(numbers, LOWEST_HOURLY_WAGE, lowestHourlyWage);
        put(numbers, MEDIAN_HOURLY_WAGE, medianHourlyWage);
        put(numbers, EMPLOYER_HEALTH_PREMIUM_SHARE, employerHealthPremiumSharePercent);
        put(numbers, PAID_LEAVE_DAYS, paidLeaveDaysPerYear);
        put(numbers, RETIREMENT_CONTRIBUTION, retirementContributionPercent);
        put(numbers, SCHEDULE_NOTICE_DAYS, scheduleNoticeDays == null ? null : BigDecimal.valueOf(scheduleNoticeDays));
        put(numbers, FULL_TIME_SHARE, fullTimeSharePercent);
        put(numbers, TRAINING_HOURS, trainingHoursPerWorkerPerYear);
        put(numbers, PROMOTED_FROM_WITHIN, promotedFromWithinPercent);
        put(numbers, SERIOUS_SAFETY_CITATIONS, seriousSafetyCitationsLast3Years == null ? null
                : BigDecimal.valueOf(seriousSafetyCitationsLast3Years));
        Map<String, Boolean> flags = new LinkedHashMap<>();
        put(flags, OFFERS_HEALTH_COVERAGE, offersHealthCoverage);
        put(flags, HAS_ADVANCEMENT_PLAN, hasAdvancementPlan);
        put(flags, HAS_COLLECTIVE_AGREEMENT, hasCollectiveAgreement);
        put(flags, HAS_WORKER_COMMITTEE, hasWorkerCommittee);
        return new Answers(numbers, flags, null, null);
    }

    private static <V> void put(Map<String, V> map, String metric, V value) {
        if (value != null) {
            map.put(metric, value);
        }
    }
}
