package org.highroad.vendors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.highroad.standards.scoring.Answers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A profile as rubric answers, and the bean-validation rules of its fields (pure, no Spring). */
class JobQualityProfileTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static JobQualityProfile profile() {
        return new JobQualityProfile(new BigDecimal("21.50"), new BigDecimal("26.00"), true, new BigDecimal("75"),
                new BigDecimal("10"), new BigDecimal("3"), 7, new BigDecimal("60"), new BigDecimal("24"),
                new BigDecimal("40"), true, false, true, 0, "notes");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "lowestHourlyWage, 21.50",
            "medianHourlyWage, 26.00",
            "employerHealthPremiumSharePercent, 75",
            "paidLeaveDaysPerYear, 10",
            "retirementContributionPercent, 3",
            "scheduleNoticeDays, 7",
            "fullTimeSharePercent, 60",
            "trainingHoursPerWorkerPerYear, 24",
            "promotedFromWithinPercent, 40",
            "seriousSafetyCitationsLast3Years, 0"})
    void answersEachNumberUnderItsRubricMetricName(String metric, BigDecimal expected) {
        assertThat(profile().toAnswers().numbers().get(metric)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "offersHealthCoverage, true",
            "hasAdvancementPlan, true",
            "hasCollectiveAgreement, false",
            "hasWorkerCommittee, true"})
    void answersEachYesNoUnderItsRubricMetricName(String metric, boolean expected) {
        assertThat(profile().toAnswers().flags()).containsEntry(metric, expected);
    }

    @Test
    void answersEveryMetricItNamesAndNothingElse() {
        Answers answers = profile().toAnswers();
        assertThat(answers.numbers().keySet().size() + answers.flags().keySet().size())
                .isEqualTo(JobQualityProfile.METRICS.size());
        assertThat(JobQualityProfile.METRICS).containsAll(answers.numbers().keySet()).containsAll(answers.flags().keySet());
    }

    @Test
    void leavesPayAboveTheFloorPriceAndRatingsUnanswered() {
        Answers answers = profile().toAnswers();
        assertThat(answers.numbers()).doesNotContainKeys("wageAboveFloorPercent", "price", "hoursPerWeek",
                "localResidentHoursSharePercent");
        assertThat(answers.officerRatings()).isEmpty();
        assertThat(answers.lowestPrice()).isNull();
    }

    @Test
    void aMissingValueStaysUnansweredRatherThanZero() {
        JobQualityProfile p = profile();
        JobQualityProfile partial = new JobQualityProfile(p.lowestHourlyWage(), p.medianHourlyWage(), null,
                p.employerHealthPremiumSharePercent(), p.paidLeaveDaysPerYear(), p.retirementContributionPercent(), null,
                p.fullTimeSharePercent(), p.trainingHoursPerWorkerPerYear(), p.promotedFromWithinPercent(),
                p.hasAdvancementPlan(), p.hasCollectiveAgreement(), p.hasWorkerCommittee(), null, null);
        Answers answers = partial.toAnswers();
        assertThat(answers.numbers()).doesNotContainKeys("scheduleNoticeDays", "seriousSafetyCitationsLast3Years");
        assertThat(answers.flags()).doesNotContainKey("offersHealthCoverage");
    }

    @Test
    void aValidProfileHasNoViolations() {
        assertThat(VALIDATOR.validate(profile())).isEmpty();
    }

    @Test
    void violationsNameTheRuleThatWasBroken() {
        JobQualityProfile bad = new JobQualityProfile(new BigDecimal("0"), new BigDecimal("12.345"), null,
                new BigDecimal("100.01"), new BigDecimal("366"), new BigDecimal("-1"), 400, new BigDecimal("101"),
                new BigDecimal("2081"), new BigDecimal("50"), true, true, true, -1, "x".repeat(2001));
        Map<String, String> messages = VALIDATOR.validate(bad).stream().collect(Collectors.toMap(
                v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage, (a, b) -> a + "; " + b));
        assertThat(messages.get("lowestHourlyWage")).isEqualTo("must be greater than 0");
        assertThat(messages.get("medianHourlyWage")).contains("at most 2 decimals");
        assertThat(messages.get("offersHealthCoverage")).isEqualTo("must not be null");
        assertThat(messages.get("employerHealthPremiumSharePercent")).isEqualTo("must be between 0 and 100, with at most 2 decimals");
        assertThat(messages.get("paidLeaveDaysPerYear")).isEqualTo("must be between 0 and 365");
        assertThat(messages.get("retirementContributionPercent")).isEqualTo("must be between 0 and 100, with at most 2 decimals");
        assertThat(messages.get("scheduleNoticeDays")).isEqualTo("must be between 0 and 365");
        assertThat(messages.get("fullTimeSharePercent")).isEqualTo("must be between 0 and 100, with at most 2 decimals");
        assertThat(messages.get("trainingHoursPerWorkerPerYear")).isEqualTo("must be between 0 and 2080");
        assertThat(messages.get("seriousSafetyCitationsLast3Years")).isEqualTo("must be 0 or more");
        assertThat(messages.get("notes")).isEqualTo("must be at most 2000 characters");
    }
}
