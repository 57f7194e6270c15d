package org.highroad.standards.scoring;

import java.util.Set;
import java.util.TreeSet;

/**
 * The metrics a rubric's criteria can score, by what is scored: a bid (its commitments, the margin of its lowest wage
 * over the floor, its price, and the vendor's past performance from its record) or a wage-subsidy request (the job
 * offered and its employer). A criterion naming any other metric would never find an answer: every bid or request
 * would get "no answer" on it and its points would be unreachable, so a standard version naming one is refused when
 * it is written. The answers themselves are built by procurement ({@code BidAnswers}) and subsidies ({@code JobQuality});
 * their tests hold them to these lists.
 */
public final class RubricMetrics {

    /** What a bid answers (and the vendor's record, for past performance). */
    public static final Set<String> BID = Set.of("price", "lowestHourlyWage", "wageAboveFloorPercent",
            "employerHealthPremiumSharePercent", "paidLeaveDaysPerYear", "retirementContributionPercent",
            "scheduleNoticeDays", "fullTimeSharePercent", "localResidentHoursSharePercent", "peopleOfColorHoursSharePercent",
            "womenHoursSharePercent", "apprenticeHoursSharePercent", "trainingHoursPerWorkerPerYear",
            "seriousSafetyCitationsLast3Years", "hasAdvancementPlan", "hasCollectiveAgreement", "hasWorkerCommittee",
            RubricValidator.PAST_ON_TIME_REPORTING, RubricValidator.PAST_FINDINGS_PER_1000_HOURS,
            RubricValidator.PAST_RESTITUTION_CURED, RubricValidator.PAST_WORKFORCE_COMMITMENTS_MET);

    /** What a wage-subsidy request answers. */
    public static final Set<String> SUBSIDY_REQUEST = Set.of("lowestHourlyWage", "hoursPerWeek", "employerDaysInOperation",
            "wageAboveFloorPercent", "trainingHoursPerWorkerPerYear", "hasAdvancementPlan",
            "employerHealthPremiumSharePercent", "paidLeaveDaysPerYear", "retirementContributionPercent",
            "scheduleNoticeDays", "hasWorkerCommittee");

    private RubricMetrics() {
    }

    /** The metrics in the order a reader looks them up. */
    public static String listed(Set<String> metrics) {
        return String.join(", ", new TreeSet<>(metrics));
    }
}
