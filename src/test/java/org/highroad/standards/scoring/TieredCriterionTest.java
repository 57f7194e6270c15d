package org.highroad.standards.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** TIERED criteria: the tier table (DMN in production, a lambda here) gives the share; the scorer does the rest. */
class TieredCriterionTest {

    /** Schedule notice tiers as policy staff might set them: 14+ days full, 7-13 60%, 3-6 30%, less nothing. */
    private static final TierTable NOTICE = (decision, days) -> {
        assertThat(decision).isEqualTo("schedule-notice-tiers");
        if (days.compareTo(BigDecimal.valueOf(14)) >= 0) {
            return new TierTable.Tier(BigDecimal.ONE, "14 days or more");
        }
        if (days.compareTo(BigDecimal.valueOf(7)) >= 0) {
            return new TierTable.Tier(new BigDecimal("0.6"), "7 to 13 days");
        }
        if (days.compareTo(BigDecimal.valueOf(3)) >= 0) {
            return new TierTable.Tier(new BigDecimal("0.3"), "3 to 6 days");
        }
        return new TierTable.Tier(BigDecimal.ZERO, "less than 3 days");
    };

    private static Criterion notice(String weight) {
        return CriterionBuilder.tiered().weight(weight).build();
    }

    @ParameterizedTest(name = "{0} days of notice earn {2} of {1} points")
    @CsvSource({"21, 10, 10.00", "14, 10, 10.00", "13, 10, 6.00", "7, 7, 4.20", "6, 7, 2.10", "2, 10, 0.00", "0, 3.33, 0.00",
            "10, 3.33, 2.00"})
    void aTieredCriterionGivesTheTiersShareOfItsWeight(String days, String weight, String points) {
        Scorecard card = new RubricScorer().score(List.of(notice(weight)),
                Answers.none().withNumber("scheduleNoticeDays", new BigDecimal(days)), NOTICE);
        assertThat(card.criteria().get(0).points()).isEqualByComparingTo(points);
        assertThat(card.criteria().get(0).points().scale()).isEqualTo(2);
        assertThat(card.criteria().get(0).reason()).contains("schedule-notice-tiers");
    }

    @Test
    void anUnansweredTieredCriterionScoresNothingWithoutAskingTheTable() {
        Scorecard card = new RubricScorer().score(List.of(notice("10")), Answers.none(), TierTable.NONE);
        assertThat(card.criteria().get(0).outcome()).isEqualTo(CriterionScore.Outcome.NOT_ANSWERED);
        assertThat(card.total()).isEqualByComparingTo("0.00");
    }

    @Test
    void scoringATieredRubricWithoutATableIsAProgrammingError() {
        assertThatThrownBy(() -> new RubricScorer().score(List.of(notice("10")),
                Answers.none().withNumber("scheduleNoticeDays", BigDecimal.TEN)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("schedule-notice-tiers");
    }

    @Test
    void aTieredCriterionMustNameItsDecisionTable() {
        Criterion unnamed = CriterionBuilder.tiered().weight("100").decisionRef(null).build();
        assertThat(new RubricValidator().validate(List.of(unnamed)))
                .anyMatch(v -> v.field().equals("rubric[0].decisionRef"));
        assertThat(new RubricValidator().validate(List.of(notice("100")))).isEmpty();
    }
}
