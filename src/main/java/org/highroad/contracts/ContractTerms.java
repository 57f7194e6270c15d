package org.highroad.contracts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The bid's other job-quality commitments, carried into the contract as terms (clause JOB_QUALITY). */
@Embeddable
public record ContractTerms(
        @Column(name = "employer_health_premium_share_percent") BigDecimal employerHealthPremiumSharePercent,
        @Column(name = "paid_leave_days_per_year") BigDecimal paidLeaveDaysPerYear,
        @Column(name = "retirement_contribution_percent") BigDecimal retirementContributionPercent,
        @Column(name = "schedule_notice_days") Integer scheduleNoticeDays,
        @Column(name = "full_time_share_percent") BigDecimal fullTimeSharePercent,
        @Column(name = "training_hours_per_worker_per_year") BigDecimal trainingHoursPerWorkerPerYear,
        @Column(name = "advancement_plan") String advancementPlan,
        @Column(name = "collective_agreement") Boolean collectiveAgreement,
        @Column(name = "worker_committee") Boolean workerCommittee) {
}
