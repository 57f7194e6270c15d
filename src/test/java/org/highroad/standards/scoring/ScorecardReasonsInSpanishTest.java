package org.highroad.standards.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.highroad.platform.pages.PageReasons;
import org.highroad.platform.pages.PageReasonsTest;
import org.junit.jupiter.api.Test;

/**
 * A scorecard's line says why it scored what it did ("25.00 meets the minimum 18.20", "7 is in tier "7 to 13 days"
 * of schedule-notice-tiers = 60% of 10 points"): the vendor's and the subsidy request's scorecards show it in the
 * page's language, so a Spanish page says every such reason in Spanish, the tier tables' labels too.
 */
class ScorecardReasonsInSpanishTest {

    private static final Locale ES = Locale.forLanguageTag("es");
    private final RubricScorer scorer = new RubricScorer();

    @Test
    void everyKindOfScorecardReasonReadsInSpanish() {
        List<String> reasons = new ArrayList<>();
        for (String[] bounds : new String[][] {{"18.20", null, "25"}, {"18.20", null, "10"}, {null, "4", "4"},
                {null, "4", "5"}, {"1", "5", "3"}}) {
            Criterion floor = CriterionBuilder.floor().minimum(bounds[0]).maximum(bounds[1]).build();
            reasons.add(reason(floor, Answers.none().withNumber("hourlyWage", new BigDecimal(bounds[2]))));
        }
        Criterion flag = CriterionBuilder.floor().minimum(null).metric("paysPrevailingWage").build();
        reasons.add(reason(flag, Answers.none().withFlag("paysPrevailingWage", true)));
        reasons.add(reason(flag, Answers.none().withFlag("paysPrevailingWage", false)));
        reasons.add(reason(flag, Answers.none()));
        reasons.add(reason(CriterionBuilder.linear().build(), Answers.none().withNumber("hourlyWage", new BigDecimal("23.20"))));
        reasons.add(reason(CriterionBuilder.proportional().build(), Answers.none().withNumber("trainingHours", BigDecimal.TEN)));
        reasons.add(reason(CriterionBuilder.proportional().cap("1.5").build(),
                Answers.none().withNumber("trainingHours", BigDecimal.TEN)));
        reasons.add(reason(CriterionBuilder.yesNo().build(), Answers.none().withFlag("hasSafetyCommittee", true)));
        reasons.add(reason(CriterionBuilder.yesNo().build(), Answers.none().withFlag("hasSafetyCommittee", false)));
        reasons.add(reason(CriterionBuilder.officerRated().build(), Answers.none().withOfficerRating("VOICE_PLAN", BigDecimal.valueOf(4))));
        reasons.add(reason(CriterionBuilder.officerRated().build(), Answers.none()));
        reasons.add(reason(CriterionBuilder.price().build(), Answers.none().withNumber("price", new BigDecimal("120000"))
                .withLowestPrice(new BigDecimal("100000"))));
        // as the scorer writes a tier's line (the tier table is the engine's, scoring.TierTable)
        reasons.add("7.00 is in tier \"7 to 13 days\" of schedule-notice-tiers = 60% of 10 points");
        reasons.add("2.50 over 3 years is in tier \"up to 5 per 1,000 hours\" of past-performance-findings-tiers = 80% of 10 points");
        reasons.add("no history in the 3-year look-back: neutral share = 50% of 10 points");

        PageReasons pages = PageReasonsTest.reasons();
        for (String reason : reasons) {
            String spanish = pages.text(reason, ES);
            assertThat(spanish).as("\"%s\" in Spanish", reason).isNotEqualTo(reason)
                    .doesNotContain(" meets ", " below ", " above ", "confirmed", "answered", " points", " on a scale ",
                            " of target ", " tier ", "lowest price", "rated ", "awaiting", " yes", " days", " hours",
                            "history");
        }
        assertThat(pages.text("25.00 meets the minimum 18.20", ES)).isEqualTo("25.00 cumple el mínimo 18.20");
        assertThat(pages.text("7.00 is in tier \"7 to 13 days\" of schedule-notice-tiers = 60% of 10 points", ES))
                .isEqualTo("7.00 está en el nivel «de 7 a 13 días» de schedule-notice-tiers = 60 % de 10 puntos");
        assertThat(pages.text("25.00 meets the minimum 18.20", Locale.ENGLISH)).isEqualTo("25.00 meets the minimum 18.20");
    }

    private String reason(Criterion c, Answers answers) {
        return scorer.score(List.of(c), answers).criteria().get(0).reason();
    }
}
