package org.highroad.vendors.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highroad.standards.scoring.Answers;
import org.highroad.standards.scoring.Criterion;
import org.highroad.standards.scoring.CriterionKind;
import org.highroad.standards.scoring.CriterionScore;
import org.highroad.standards.scoring.Principle;
import org.highroad.standards.scoring.RubricScorer;
import org.highroad.standards.scoring.RubricValidator;
import org.highroad.standards.scoring.Scorecard;
import org.highroad.standards.scoring.TierTable;
import org.highroad.vendors.PastPerformance;
import org.highroad.vendors.PerformanceFacts.Facts;
import org.junit.jupiter.api.Test;

/**
 * Past-performance points worked by hand for three vendors (a clean history, one cured finding, one unpaid referral)
 * and a vendor without history, on four past-performance criteria worth 15 points:
 * <pre>
 * PP-REPORTING  4 points, on-time reporting %, straight line 0 points at 80 %, 4 at 100 %
 * PP-FINDINGS   4 points, confirmed findings per 1,000 hours, tiers: 0 → 100 %, up to 5 → 75 %, up to 15 → 50 %,
 *               up to 30 → 25 %, more → 0 %
 * PP-CURED      4 points, restitution cured within the cure period %, straight line 0 at 0 %, 4 at 100 %
 * PP-WORKFORCE  3 points, weeks with workforce commitments met %, straight line 0 at 50 %, 3 at 100 %
 * </pre>
 */
class PastPerformanceScoreTest {

    private static final LocalDate TO = LocalDate.parse("2027-06-30");
    private static final LocalDate FROM = TO.minusYears(3);

    /** The DMN table past-performance-findings-tiers, as policy staff set it (bpmn/procurement). */
    private static final TierTable FINDINGS = (decision, rate) -> {
        assertThat(decision).isEqualTo("past-performance-findings-tiers");
        if (rate.signum() <= 0) {
            return new TierTable.Tier(BigDecimal.ONE, "no confirmed finding");
        }
        if (rate.compareTo(BigDecimal.valueOf(5)) <= 0) {
            return new TierTable.Tier(new BigDecimal("0.75"), "up to 5 per 1,000 hours");
        }
        if (rate.compareTo(BigDecimal.valueOf(15)) <= 0) {
            return new TierTable.Tier(new BigDecimal("0.5"), "more than 5, up to 15 per 1,000 hours");
        }
        return rate.compareTo(BigDecimal.valueOf(30)) <= 0 ? new TierTable.Tier(new BigDecimal("0.25"),
                "more than 15, up to 30 per 1,000 hours") : new TierTable.Tier(BigDecimal.ZERO, "more than 30 per 1,000 hours");
    };

    static List<Criterion> rubric(String neutralPercent) {
        BigDecimal neutral = neutralPercent == null ? null : new BigDecimal(neutralPercent);
        return List.of(
                past("PP-REPORTING", "4", PastPerformance.ON_TIME_REPORTING, "80", "100", null, neutral),
                past("PP-FINDINGS", "4", PastPerformance.FINDINGS_PER_1000_HOURS, null, null, "past-performance-findings-tiers", neutral),
                past("PP-CURED", "4", PastPerformance.RESTITUTION_CURED, "0", "100", null, neutral),
                past("PP-WORKFORCE", "3", PastPerformance.WORKFORCE_COMMITMENTS_MET, "50", "100", null, neutral));
    }

    private static Criterion past(String code, String weight, String metric, String zero, String full, String table,
            BigDecimal neutral) {
        return new Criterion(code, code + " past performance", Principle.EARNINGS, CriterionKind.PAST_PERFORMANCE,
                new BigDecimal(weight), metric, null, null, zero == null ? null : new BigDecimal(zero),
                full == null ? null : new BigDecimal(full), neutral, null, table);
    }

    private static Scorecard score(Facts facts, String neutral) {
        PastPerformance p = PastPerformanceRates.of(1L, FROM, TO, facts);
        Answers answers = Answers.none();
        for (Map.Entry<String, BigDecimal> e : p.answers().entrySet()) {
            answers = answers.withNumber(e.getKey(), e.getValue());
        }
        return new RubricScorer().score(rubric(neutral), answers, FINDINGS);
    }

    private static Map<String, String> points(Scorecard card) {
        Map<String, String> byCode = new LinkedHashMap<>();
        card.criteria().forEach(s -> byCode.put(s.code(), s.points().toPlainString()));
        return byCode;
    }

    @Test
    void aCleanHistoryEarnsEveryPointAndANeverOwedRestitutionIsNeutral() {
        // 12 weeks due, none late; 1,920 hours, no confirmed finding; nothing ever owed; 12 weeks, no shortfall
        Facts clean = new Facts(12, 0, List.of(), new BigDecimal("1920"), Map.of(), List.of(), List.of(), 12, 0, List.of());
        PastPerformance p = PastPerformanceRates.of(1L, FROM, TO, clean);
        assertThat(p.input(PastPerformance.ON_TIME_REPORTING).value()).isEqualByComparingTo("100.00");
        assertThat(p.input(PastPerformance.FINDINGS_PER_1000_HOURS).value()).isEqualByComparingTo("0.00");
        assertThat(p.input(PastPerformance.RESTITUTION_CURED).value()).as("no restitution ever owed: no history").isNull();
        Scorecard card = score(clean, null);
        // 4.00 (100 % on time) + 4.00 (0 findings: tier 100 %) + 4.00 (neutral 100 %) + 3.00 (100 % met)
        assertThat(points(card)).containsExactly(Map.entry("PP-REPORTING", "4.00"), Map.entry("PP-FINDINGS", "4.00"),
                Map.entry("PP-CURED", "4.00"), Map.entry("PP-WORKFORCE", "3.00"));
        assertThat(card.total()).isEqualByComparingTo("15.00");
    }

    @Test
    void oneCuredFindingCostsAQuarterOfTheFindingsPointsOnly() {
        // 12 weeks due, none late; 1,600 hours; 1 confirmed finding in case 7, its $200.00 paid within the cure period
        Facts cured = new Facts(12, 0, List.of(), new BigDecimal("1600"), Map.of(7L, 1), List.of(7L), List.of(7L), 12, 0,
                List.of());
        PastPerformance p = PastPerformanceRates.of(1L, FROM, TO, cured);
        // 1 × 1,000 / 1,600 = 0.625 → 0.63 (half up)
        assertThat(p.input(PastPerformance.FINDINGS_PER_1000_HOURS).value()).isEqualByComparingTo("0.63");
        assertThat(p.input(PastPerformance.FINDINGS_PER_1000_HOURS).caseIds()).containsExactly(7L);
        assertThat(p.input(PastPerformance.RESTITUTION_CURED).value()).isEqualByComparingTo("100.00");
        Scorecard card = score(cured, null);
        // 4.00 + 3.00 (0.63 is in the "up to 5" tier: 75 % of 4) + 4.00 (1 of 1 cured) + 3.00
        assertThat(points(card)).containsExactly(Map.entry("PP-REPORTING", "4.00"), Map.entry("PP-FINDINGS", "3.00"),
                Map.entry("PP-CURED", "4.00"), Map.entry("PP-WORKFORCE", "3.00"));
        assertThat(card.total()).isEqualByComparingTo("14.00");
        assertThat(card.criteria().get(1).reason()).contains("up to 5 per 1,000 hours");
    }

    @Test
    void anUnpaidReferralLosesAlmostEverything() {
        // 10 weeks due, 2 never reported (late-report findings in case 9); 80 hours on the 8 reported (a crew of one,
        // two days a week);
        // 3 confirmed findings in case 9, its restitution unpaid (referred for debarment); 2 of the 8 weeks short
        Facts referred = new Facts(10, 2, List.of(9L), new BigDecimal("80"), Map.of(9L, 3), List.of(9L), List.of(), 8, 2,
                List.of(9L));
        PastPerformance p = PastPerformanceRates.of(1L, FROM, TO, referred);
        assertThat(p.input(PastPerformance.ON_TIME_REPORTING).value()).isEqualByComparingTo("80.00"); // 8 / 10
        assertThat(p.input(PastPerformance.FINDINGS_PER_1000_HOURS).value()).isEqualByComparingTo("37.50"); // 3000 / 80
        assertThat(p.input(PastPerformance.RESTITUTION_CURED).value()).isEqualByComparingTo("0.00"); // 0 of 1
        assertThat(p.input(PastPerformance.WORKFORCE_COMMITMENTS_MET).value()).isEqualByComparingTo("75.00"); // 6 / 8
        Scorecard card = score(referred, null);
        // 0.00 (80 % is the zero end) + 0.00 (tier "more than 30") + 0.00 (0 %) + 1.50 ((75 − 50) / 50 × 3)
        assertThat(points(card)).containsExactly(Map.entry("PP-REPORTING", "0.00"), Map.entry("PP-FINDINGS", "0.00"),
                Map.entry("PP-CURED", "0.00"), Map.entry("PP-WORKFORCE", "1.50"));
        assertThat(card.total()).isEqualByComparingTo("1.50");
        assertThat(p.input(PastPerformance.ON_TIME_REPORTING).basis()).isEqualTo("8 of 10 weeks reported on time");
        assertThat(p.input(PastPerformance.ON_TIME_REPORTING).caseIds()).containsExactly(9L);
        assertThat(p.input(PastPerformance.FINDINGS_PER_1000_HOURS).basis()).isEqualTo("3 confirmed finding(s) over 80 hours reported");
    }

    @Test
    void aVendorWithoutHistoryGetsTheStatedNeutralScoreNeverAPenalty() {
        Scorecard card = score(Facts.none(), null);
        assertThat(card.total()).as("neutral: 100 % unless the standard says otherwise").isEqualByComparingTo("15.00");
        for (CriterionScore s : card.criteria()) {
            assertThat(s.outcome()).isEqualTo(CriterionScore.Outcome.SCORED);
            assertThat(s.input()).isEqualTo("no history");
            assertThat(s.reason()).startsWith("no history in the 3-year look-back: neutral share = 100% of");
        }
        Scorecard stated = score(Facts.none(), "60");
        // 60 % of 4, 4, 4 and 3 points: 2.40 + 2.40 + 2.40 + 1.80
        assertThat(stated.total()).isEqualByComparingTo("9.00");
        assertThat(stated.criteria().get(3).reason()).contains("neutral share = 60% of 3 points");
    }

    @Test
    void theValidatorKnowsThePastPerformanceInputsAndTheNeutralShareIsAPercent() {
        Criterion typo = new Criterion("PP", "past", Principle.EARNINGS, CriterionKind.PAST_PERFORMANCE, BigDecimal.TEN,
                "pastOnTimeReporting", null, new BigDecimal("2.5"), BigDecimal.ZERO, new BigDecimal("100"),
                new BigDecimal("120"), null, null);
        assertThat(new RubricValidator().validate(List.of(typo)).stream().map(v -> v.field()).toList())
                .contains("rubric[0].metric", "rubric[0].target", "rubric[0].maximum");
        assertThat(new RubricValidator().validate(rubric(null)).stream().map(v -> v.field()).toList())
                .containsExactly("rubric"); // only the total: 15, not 100
    }
}
