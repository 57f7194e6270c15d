package org.highroad.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.highroad.procurement.BidSubmission;
import org.highroad.standards.StandardPreset;
import org.highroad.standards.StandardVersionContent;
import org.highroad.standards.scoring.Answers;
import org.highroad.standards.scoring.RubricScorer;
import org.highroad.standards.scoring.Scorecard;
import org.highroad.standards.scoring.TierTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole bids scored against the Boston-style construction rubric as shipped, with totals computed by hand (each
 * line rounded to cents HALF_UP, total = sum of the rounded lines). The tier table mirrors schedule-notice-tiers.dmn,
 * which {@code ScheduleNoticeTiersTest} checks separately.
 */
class WholeBidScoringTest {

    private static final String ELECTRICIAN = "ELECTRICIAN (hyp.)";
    private static final String LABORER = "LABORER: COMMON OR GENERAL (hyp.)";
    private static final TierTable NOTICE = (decision, days) -> days.compareTo(BigDecimal.valueOf(14)) >= 0 ? tier("1", "14+")
            : days.compareTo(BigDecimal.valueOf(7)) >= 0 ? tier("0.6", "7-13")
            : days.compareTo(BigDecimal.valueOf(3)) >= 0 ? tier("0.3", "3-6") : tier("0", "<3");

    private static StandardVersionContent standard;

    @BeforeAll
    static void readThePreset() throws IOException {
        try (InputStream in = WholeBidScoringTest.class.getResourceAsStream("/presets/standards/boston-construction.json")) {
            standard = new ObjectMapper().registerModule(new JavaTimeModule()).readValue(in, StandardPreset.class)
                    .standard().version();
        }
    }

    static Stream<Arguments> bids() {
        return Stream.of(
                // price 40 + wage margin min(5.26%, 4.65%) → 1.86 + notice 14d 4 + health 6 + leave 4 + retirement 3
                // + agreement 3 + committee 2 + apprentices 6 + training 3 + advancement 3 + residents 8 + POC 5
                // + women 5 + culture rating 5/5 → 4  = 97.86
                Arguments.of("strong", bid("1000000", "60.00", "45.00", "100", "15", "6", 14, "51", "40", "12", "20", "40",
                        "pathway", true, true), 5, "97.86", "40.00"),
                // price 40×1.0/1.25 = 32 + margin 0 → 0 + notice 10d 0.6×4 = 2.40 + health 75 → 3.00 + leave 10/15×4 = 2.67
                // + retirement 1.50 + agreement 0 + committee 2 + apprentices 3 + training 1.50 + advancement unanswered 0
                // + residents 25.5/51×8 = 4 + POC 2.50 + women 2.50 + culture 3/5×4 = 2.40  = 59.47
                Arguments.of("middle", bid("1250000", "57.00", "43.00", "75", "10", "3", 10, "25.5", "20", "6", "10", "20",
                        null, false, true), 3, "59.47", "32.00"),
                // price 40/1.1 = 36.36 + margin min(1.75, 2.33)×0.4 = 0.70 + notice 5d 1.20 + health 1.20 + leave 7/15×4 = 1.87
                // + retirement 0.50 + apprentices 2.10 + training 39/40 = 0.975 → 0.98 (HALF_UP) + residents 2.67
                // + POC 1.625 → 1.63 + women 2.08 + culture 1/5×4 = 0.80  = 52.09
                Arguments.of("rounding", bid("1100000", "58.00", "44.00", "60", "7", "1", 5, "17", "13", "5", "7", "13",
                        "", false, false), 1, "52.09", "36.36"));
    }

    @ParameterizedTest(name = "{0} bid scores {3}")
    @MethodSource("bids")
    void aWholeBidScoresTheHandComputedTotal(String label, BidSubmission bid, int cultureRating, String total, String pricePoints) {
        WageFloors floors = new WageFloors(standard, LocalDate.of(2026, 3, 2));
        Answers answers = BidAnswers.of(bid, floors, Map.of("WORKPLACE-CULTURE-PLAN", BigDecimal.valueOf(cultureRating)),
                new BigDecimal("1000000"), Answers.none());
        Scorecard card = new RubricScorer().score(standard.rubric(), answers, NOTICE);
        assertThat(card.status()).isEqualTo(Scorecard.Status.RESPONSIVE);
        assertThat(card.total()).isEqualByComparingTo(total);
        assertThat(card.criteria()).filteredOn(s -> s.code().equals("PRICE")).singleElement()
                .satisfies(s -> assertThat(s.points()).isEqualByComparingTo(pricePoints));
        BigDecimal sumOfLines = card.criteria().stream().map(s -> s.points()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sumOfLines).isEqualByComparingTo(card.total());
        BigDecimal sumOfSubtotals = card.subtotals().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sumOfSubtotals).isEqualByComparingTo(card.total());
    }

    private static BidSubmission bid(String price, String electrician, String laborer, String health, String leave,
            String retirement, int notice, String residents, String poc, String women, String apprentices, String training,
            String advancement, boolean agreement, boolean committee) {
        return new BidSubmission(new BigDecimal(price), List.of(
                new BidSubmission.WageOffer(ELECTRICIAN, new BigDecimal(electrician), new BigDecimal("31.40")),
                new BidSubmission.WageOffer(LABORER, new BigDecimal(laborer), new BigDecimal("26.85"))),
                null, new BigDecimal(health), new BigDecimal(leave), new BigDecimal(retirement), notice, null,
                new BigDecimal(residents), new BigDecimal(poc), new BigDecimal(women), new BigDecimal(apprentices),
                new BigDecimal(training), advancement, agreement, committee, 0, Map.of());
    }

    private static TierTable.Tier tier(String share, String label) {
        return new TierTable.Tier(new BigDecimal(share), label);
    }
}
