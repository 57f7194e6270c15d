package org.highroad.vendors.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.highroad.platform.validation.Violation;
import org.highroad.standards.scoring.Criterion;
import org.highroad.support.Http;
import org.highroad.vendors.JobQualityProfile;
import org.highroad.vendors.QualificationFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which rubric criteria a profile answers, and the profile's cross-field rules (pure). */
class QualificationRulesTest {

    // Built from JSON, as a standard version carries it, so the test does not depend on Criterion's constructor.
    private static Criterion criterion(String kind, String metric) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", "C");
        json.put("kind", kind);
        json.put("metric", metric);
        return Http.JSON.convertValue(json, Criterion.class);
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(value = {
            "MANDATORY_FLOOR, lowestHourlyWage, true",
            "MANDATORY_FLOOR, seriousSafetyCitationsLast3Years, true",
            "LINEAR, scheduleNoticeDays, true",
            "PROPORTIONAL_TO_TARGET, fullTimeSharePercent, true",
            "YES_NO, hasWorkerCommittee, true",
            "LINEAR, wageAboveFloorPercent, false",
            "PROPORTIONAL_TO_TARGET, localResidentHoursSharePercent, false",
            "MANDATORY_FLOOR, hoursPerWeek, false",
            "PRICE, price, false",
            "OFFICER_RATED, NULL, false"}, nullValues = "NULL")
    void preQualificationScoresOnlyCriteriaAProfileAnswers(String kind, String metric, boolean answered) {
        assertThat(QualificationRules.answeredByProfile(criterion(kind, metric))).isEqualTo(answered);
    }

    @Test
    void aValidProfileBreaksNoCrossFieldRule() {
        assertThat(QualificationRules.check(QualificationFixtures.profileRecord(), "profile.")).isEmpty();
    }

    @Test
    void theMedianWageIsNotBelowTheLowestAndNoCoverageMeansNoPremiumShare() {
        JobQualityProfile profile = Http.JSON.convertValue(QualificationFixtures.profile()
                .put("medianHourlyWage", 20.00).put("offersHealthCoverage", false), JobQualityProfile.class);
        assertThat(QualificationRules.check(profile, "profile.")).extracting(Violation::field)
                .containsExactly("profile.medianHourlyWage", "profile.employerHealthPremiumSharePercent");
    }
}
