package org.highroad.subsidies.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.highroad.standards.scoring.Answers;
import org.highroad.standards.scoring.Criterion;
import org.highroad.standards.scoring.RubricScorer;
import org.highroad.standards.scoring.Scorecard;
import org.highroad.subsidies.ProgramTerms;
import org.highroad.subsidies.RequestContent;

/**
 * Scores a request on the pinned standard's rubric with the same {@link RubricScorer} bids and vendor profiles use.
 * The answers are the request's own, under the metric names the standard's rubric uses; a job is a quality job when
 * every floor of the rubric is met and the total reaches the program's threshold.
 */
public final class JobQuality {

    private static final RubricScorer SCORER = new RubricScorer();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private JobQuality() {
    }

    public static Scorecard score(List<Criterion> rubric, ProgramTerms terms, RequestContent r) {
        return SCORER.score(rubric, answers(terms, r));
    }

    public static boolean isQualityJob(Scorecard card, ProgramTerms terms) {
        return card.status() == Scorecard.Status.RESPONSIVE && card.total().compareTo(terms.qualityThreshold()) >= 0;
    }

    static Answers answers(ProgramTerms terms, RequestContent r) {
        BigDecimal aboveFloor = terms.minimumWage().signum() == 0 ? BigDecimal.ZERO
                : r.hourlyWage().subtract(terms.minimumWage()).multiply(HUNDRED).divide(terms.minimumWage(), MathContext.DECIMAL64);
        Answers a = Answers.none()
                .withNumber("lowestHourlyWage", r.hourlyWage())
                .withNumber("hoursPerWeek", r.hoursPerWeek())
                .withNumber("employerDaysInOperation", BigDecimal.valueOf(ChronoUnit.DAYS.between(r.operatingSince(), r.startDate())))
                .withNumber("wageAboveFloorPercent", aboveFloor)
                .withNumber("trainingHoursPerWorkerPerYear", BigDecimal.valueOf(r.trainingHours()))
                .withFlag("hasAdvancementPlan", r.advancementPath() != null && !r.advancementPath().isBlank());
        a = r.healthPremiumShare() == null ? a : a.withNumber("employerHealthPremiumSharePercent", r.healthPremiumShare());
        a = r.paidLeaveDays() == null ? a : a.withNumber("paidLeaveDaysPerYear", r.paidLeaveDays());
        a = r.retirementPercent() == null ? a : a.withNumber("retirementContributionPercent", r.retirementPercent());
        a = r.scheduleNoticeDays() == null ? a : a.withNumber("scheduleNoticeDays", BigDecimal.valueOf(r.scheduleNoticeDays()));
        return r.workerCommittee() == null ? a : a.withFlag("hasWorkerCommittee", r.workerCommittee());
    }
}
