package org.highroad.standards.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.Violation;
import org.highroad.standards.scoring.CriterionScore.Outcome;
import org.highroad.standards.scoring.Scorecard.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RubricScorerTest {

    private final RubricScorer scorer = new RubricScorer();

    @ParameterizedTest(name = "minimum {0}, maximum {1}, answer {2} -> {3}")
    @CsvSource(nullValues = "-", textBlock = """
            18.20, -,    18.20,  PASSED, 18.20 meets the minimum 18.20
            18.20, -,    18.19,  FAILED, 18.19 is below the minimum 18.20
            18.20, -,    18,     FAILED, 18.00 is below the minimum 18.20
            18.20, -,    18.195, FAILED, 18.195 is below the minimum 18.20
            18.20, -,    25,     PASSED, 25.00 meets the minimum 18.20
            -,     4,    4,      PASSED, 4.00 meets the maximum 4.00
            -,     4,    4.01,   FAILED, 4.01 is above the maximum 4.00
            -,     4,    0,      PASSED, 0.00 meets the maximum 4.00
            1,     5,    1,      PASSED, 1.00 meets the bounds 1.00 to 5.00
            1,     5,    5,      PASSED, 5.00 meets the bounds 1.00 to 5.00
            1,     5,    0.99,   FAILED, 0.99 is below the minimum 1.00
            1,     5,    5.01,   FAILED, 5.01 is above the maximum 5.00
            """)
    void numericFloorPassesAtOrInsideItsBoundsAndFailsOutsideThem(String minimum, String maximum, BigDecimal answer,
            Outcome outcome, String reason) {
        Criterion floor = CriterionBuilder.floor().minimum(minimum).maximum(maximum).build();

        Scorecard card = scorer.score(List.of(floor), Answers.none().withNumber("hourlyWage", answer));

        assertThat(card.criteria().get(0)).extracting(CriterionScore::outcome, CriterionScore::reason,
                CriterionScore::points, CriterionScore::input).containsExactly(outcome, reason, new BigDecimal("0.00"),
                answer.toPlainString());
        assertThat(card.status()).isEqualTo(outcome == Outcome.PASSED ? Status.RESPONSIVE : Status.NON_RESPONSIVE);
        assertThat(card.failedFloors()).isEqualTo(outcome == Outcome.PASSED ? List.of() : List.of("WAGE_FLOOR"));
    }

    @ParameterizedTest(name = "flag {0} -> {1}")
    @CsvSource(nullValues = "-", textBlock = """
            true,  PASSED, yes, confirmed,     RESPONSIVE
            false, FAILED, no,  not confirmed, NON_RESPONSIVE
            -,     FAILED, -,   not answered,  NON_RESPONSIVE
            """)
    void flagFloorPassesOnlyWhenConfirmed(Boolean flag, Outcome outcome, String input, String reason, Status status) {
        Criterion floor = CriterionBuilder.floor().minimum(null).metric("paysPrevailingWage").build();
        Answers answers = flag == null ? Answers.none() : Answers.none().withFlag("paysPrevailingWage", flag);

        Scorecard card = scorer.score(List.of(floor), answers);

        assertThat(card.criteria().get(0)).extracting(CriterionScore::outcome, CriterionScore::input,
                CriterionScore::reason).containsExactly(outcome, input, reason);
        assertThat(card.status()).isEqualTo(status);
    }

    @Test
    void unansweredNumericFloorFailsAndMakesTheBidNonResponsive() {
        Scorecard card = scorer.score(List.of(CriterionBuilder.floor().build()), Answers.none());

        assertThat(card.criteria().get(0)).extracting(CriterionScore::outcome, CriterionScore::reason)
                .containsExactly(Outcome.FAILED, "not answered");
        assertThat(card.status()).isEqualTo(Status.NON_RESPONSIVE);
        assertThat(card.failedFloors()).containsExactly("WAGE_FLOOR");
    }

    @ParameterizedTest(name = "zero at {0}, full at {1}, weight {2}, answer {3} -> {4}")
    @CsvSource(textBlock = """
            10, 20, 30, 10, 0.00
            10, 20, 30, 20, 30.00
            10, 20, 30, 15, 15.00
            10, 20, 30, 12, 6.00
            10, 20, 30, 5,  0.00
            10, 20, 30, 25, 30.00
            8,  0,  20, 2,  15.00
            8,  0,  20, 8,  0.00
            8,  0,  20, 0,  20.00
            8,  0,  20, 12, 0.00
            8,  0,  20, -1, 20.00
            """)
    void linearCriterionGivesPartialPointsBetweenItsEndsAndNothingBeyondThem(String zeroAt, String fullAt,
            String weight, BigDecimal answer, BigDecimal points) {
        Criterion linear = CriterionBuilder.linear().zeroPointsAt(zeroAt).fullPointsAt(fullAt).weight(weight).build();

        assertThat(lineFor(linear, Answers.none().withNumber("hourlyWage", answer)).points()).isEqualTo(points);
    }

    @Test
    void linearReasonShowsTheScaleAndTheShareOfTheWeight() {
        CriterionScore line = lineFor(CriterionBuilder.linear().build(), Answers.none().withNumber("hourlyWage", new BigDecimal("23.2")));

        assertThat(line).extracting(CriterionScore::input, CriterionScore::outcome, CriterionScore::reason)
                .containsExactly("23.2", Outcome.SCORED, "23.20 on a scale from 18.20 to 28.20 = 50% of 30 points");
    }

    @ParameterizedTest(name = "target {0}, cap {1}, answer {2} -> {3}")
    @CsvSource(nullValues = "-", textBlock = """
            20, -,   20, 30.00, 20.00 of target 20.00 = 100% of 30 points
            20, -,   15, 22.50, 15.00 of target 20.00 = 75% of 30 points
            20, -,   25, 30.00, 25.00 of target 20.00 = 100% of 30 points
            20, 1,   25, 30.00, 25.00 of target 20.00 = 100% of 30 points
            20, 1.2, 20, 25.00, 20.00 of target 20.00 (credited up to 120%) = 83.3% of 30 points
            20, 1.2, 24, 30.00, 24.00 of target 20.00 (credited up to 120%) = 100% of 30 points
            20, 1.2, 30, 30.00, 30.00 of target 20.00 (credited up to 120%) = 100% of 30 points
            20, -,   0,  0.00,  0.00 of target 20.00 = 0% of 30 points
            20, -,   -5, 0.00,  -5.00 of target 20.00 = 0% of 30 points
            """)
    void proportionalCriterionReachesFullWeightAtTargetTimesCapAndNoMore(String target, String cap, BigDecimal answer,
            BigDecimal points, String reason) {
        Criterion proportional = CriterionBuilder.proportional().target(target).cap(cap).build();

        CriterionScore line = lineFor(proportional, Answers.none().withNumber("trainingHours", answer));

        assertThat(line).extracting(CriterionScore::points, CriterionScore::reason).containsExactly(points, reason);
    }

    @ParameterizedTest(name = "flag {0} -> {1} points, {2}")
    @CsvSource(nullValues = "-", textBlock = """
            true,  10.00, SCORED,       yes = 100% of 10 points
            false, 0.00,  SCORED,       no = 0% of 10 points
            -,     0.00,  NOT_ANSWERED, not answered
            """)
    void yesNoCriterionGivesItsWholeWeightOnlyForYes(Boolean flag, BigDecimal points, Outcome outcome, String reason) {
        Answers answers = flag == null ? Answers.none() : Answers.none().withFlag("hasSafetyCommittee", flag);

        CriterionScore line = lineFor(CriterionBuilder.yesNo().build(), answers);

        assertThat(line).extracting(CriterionScore::points, CriterionScore::outcome, CriterionScore::reason)
                .containsExactly(points, outcome, reason);
    }

    @ParameterizedTest(name = "rating {0} on 1 to 5 -> {1}")
    @CsvSource(textBlock = """
            1,   0.00
            5,   20.00
            3,   10.00
            4,   15.00
            2.5, 7.50
            """)
    void officerRatedCriterionScalesTheRatingBetweenItsBounds(BigDecimal rating, BigDecimal points) {
        Scorecard card = scorer.score(List.of(CriterionBuilder.officerRated().build()),
                Answers.none().withOfficerRating("VOICE_PLAN", rating));

        assertThat(card.criteria().get(0).points()).isEqualTo(points);
        assertThat(card.status()).isEqualTo(Status.RESPONSIVE);
    }

    @Test
    void missingOfficerRatingLeavesTheScorecardAwaitingTheOfficer() {
        Scorecard card = scorer.score(List.of(CriterionBuilder.officerRated().build()), Answers.none());

        assertThat(card.criteria().get(0)).extracting(CriterionScore::points, CriterionScore::outcome, CriterionScore::input)
                .containsExactly(new BigDecimal("0.00"), Outcome.AWAITING_RATING, null);
        assertThat(card.status()).isEqualTo(Status.AWAITING_OFFICER_RATING);
    }

    @Test
    void failedFloorOutranksAMissingOfficerRating() {
        Scorecard card = scorer.score(List.of(CriterionBuilder.floor().build(), CriterionBuilder.officerRated().build()),
                Answers.none().withNumber("hourlyWage", new BigDecimal("18.19")));

        assertThat(card.status()).isEqualTo(Status.NON_RESPONSIVE);
    }

    @ParameterizedTest(name = "rating {0} is refused")
    @CsvSource({"0", "0.99", "5.01", "6"})
    void officerRatingOutsideItsBoundsIsRefused(BigDecimal rating) {
        Answers answers = Answers.none().withOfficerRating("VOICE_PLAN", rating);

        assertThatThrownBy(() -> scorer.score(List.of(CriterionBuilder.officerRated().build()), answers))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .isEqualTo(new Violation("officerRatings.VOICE_PLAN",
                                "rating " + rating.toPlainString() + " is outside the bounds 1 to 5")));
    }

    @ParameterizedTest(name = "lowest {0}, price {1} -> {2}")
    @CsvSource(nullValues = "-", textBlock = """
            100000, 100000, 20.00, lowest price 100000.00 against 100000.00 = 100% of 20 points
            100000, 125000, 16.00, lowest price 100000.00 against 125000.00 = 80% of 20 points
            100000, 300000, 6.67,  lowest price 100000.00 against 300000.00 = 33.3% of 20 points
            -,      150000, 20.00, lowest price 150000.00 against 150000.00 = 100% of 20 points
            120000, 100000, 20.00, lowest price 120000.00 against 100000.00 = 100% of 20 points
            """)
    void priceCriterionGivesTheLowestPriceTheFullWeightAndOthersInProportion(BigDecimal lowest, BigDecimal price,
            BigDecimal points, String reason) {
        Answers answers = Answers.none().withNumber("price", price).withLowestPrice(lowest);

        CriterionScore line = lineFor(CriterionBuilder.price().build(), answers);

        assertThat(line).extracting(CriterionScore::points, CriterionScore::reason).containsExactly(points, reason);
    }

    @ParameterizedTest(name = "bids at {1} and {2} against lowest {0} both get {3}")
    @CsvSource(textBlock = """
            100000, 100000,    100000.00,   20.00
            100000, 125000,    125000.00,   16.00
            99999,  123456.78, 123456.7800, 16.20
            """)
    void bidsTiedOnPriceGetEqualPoints(BigDecimal lowest, BigDecimal price, BigDecimal samePrice, BigDecimal points) {
        Criterion criterion = CriterionBuilder.price().build();

        CriterionScore first = lineFor(criterion, Answers.none().withNumber("price", price).withLowestPrice(lowest));
        CriterionScore second = lineFor(criterion, Answers.none().withNumber("price", samePrice).withLowestPrice(lowest));

        assertThat(List.of(first.points(), second.points())).containsOnly(points);
    }

    @ParameterizedTest(name = "price {0} is refused")
    @CsvSource({"0", "-1"})
    void priceThatIsNotPositiveIsRefused(BigDecimal price) {
        Answers answers = Answers.none().withNumber("price", price).withLowestPrice(new BigDecimal("100"));

        assertThatThrownBy(() -> scorer.score(List.of(CriterionBuilder.price().build()), answers))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("numbers.price"));
    }

    @Test
    void everyBadAnswerIsReportedAtOnce() {
        Answers answers = Answers.none().withNumber("price", BigDecimal.ZERO).withOfficerRating("VOICE_PLAN", BigDecimal.TEN);
        List<Criterion> rubric = List.of(CriterionBuilder.officerRated().build(), CriterionBuilder.price().build());

        assertThatThrownBy(() -> scorer.score(rubric, answers))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("officerRatings.VOICE_PLAN", "numbers.price"));
    }

    static Stream<Criterion> criteriaThatGivePoints() {
        return Stream.of(CriterionBuilder.linear(), CriterionBuilder.proportional(), CriterionBuilder.yesNo(),
                CriterionBuilder.price()).map(CriterionBuilder::build);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("criteriaThatGivePoints")
    void unansweredCriterionScoresNothingWithoutBlockingTheBid(Criterion criterion) {
        Scorecard card = scorer.score(List.of(criterion), Answers.none());

        assertThat(card.criteria().get(0)).extracting(CriterionScore::points, CriterionScore::outcome,
                CriterionScore::input, CriterionScore::reason)
                .containsExactly(new BigDecimal("0.00"), Outcome.NOT_ANSWERED, null, "not answered");
        assertThat(card.status()).isEqualTo(Status.RESPONSIVE);
    }

    static Stream<Arguments> roundingCases() {
        return Stream.of(
                Arguments.of("a third of 10 points", CriterionBuilder.linear().zeroPointsAt("0").fullPointsAt("3").weight("10"), "1", "3.33"),
                Arguments.of("two thirds of 10 points", CriterionBuilder.linear().zeroPointsAt("0").fullPointsAt("3").weight("10"), "2", "6.67"),
                Arguments.of("half of 20.01 points", CriterionBuilder.linear().zeroPointsAt("0").fullPointsAt("2").weight("20.01"), "1", "10.01"),
                Arguments.of("0.005 points", CriterionBuilder.linear().zeroPointsAt("0").fullPointsAt("1000").weight("10"), "0.5", "0.01"),
                Arguments.of("0.0049 points", CriterionBuilder.linear().zeroPointsAt("0").fullPointsAt("1000").weight("10"), "0.49", "0.00"),
                Arguments.of("2.125 points", CriterionBuilder.proportional().target("8").weight("17"), "1", "2.13"));
    }

    @ParameterizedTest(name = "{0} rounds to {3}")
    @MethodSource("roundingCases")
    void pointsAreRoundedHalfUpToCents(String description, CriterionBuilder criterion, String answer, String points) {
        Criterion built = criterion.build();
        Answers answers = Answers.none().withNumber(built.metric(), new BigDecimal(answer));

        assertThat(lineFor(built, answers).points()).isEqualTo(new BigDecimal(points));
    }

    @Test
    void totalIsTheSumOfTheRoundedPointsNotOfTheExactOnes() {
        // Each line is exactly 10/3 = 3.333...; the exact sum would be 10.00, the lines a reader sees add up to 9.99.
        List<Criterion> rubric = Stream.of("A", "B", "C").map(code -> CriterionBuilder.linear().code(code).metric("m")
                .zeroPointsAt("0").fullPointsAt("3").weight("10").build()).toList();

        Scorecard card = scorer.score(rubric, Answers.none().withNumber("m", BigDecimal.ONE));

        assertThat(card.criteria()).extracting(CriterionScore::points).containsOnly(new BigDecimal("3.33"));
        assertThat(card.total()).isEqualTo(new BigDecimal("9.99"));
        assertThat(card.subtotals()).containsExactly(entry("EARNINGS", new BigDecimal("9.99")));
    }

    @Test
    void wholeRubricAddsUpToHandComputedSubtotalsAndTotal() {
        List<Criterion> rubric = RubricValidatorTest.typicalRubric();
        assertThat(new RubricValidator().validate(rubric)).isEmpty();
        Answers answers = Answers.none()
                .withNumber("hourlyWage", new BigDecimal("23.20"))           // floor met; linear 25 x 5/10 = 12.50
                .withNumber("scheduleChangesPerMonth", new BigDecimal("2"))  // 10 x (2-8)/(0-8) = 7.50
                .withNumber("employerHealthSharePct", new BigDecimal("60"))  // 15 x 60/80 = 11.25
                .withNumber("trainingHours", new BigDecimal("50"))           // 10 x 50/(40 x 1.5) = 8.333 -> 8.33
                .withFlag("hasSafetyCommittee", true)                        // 10.00
                .withFlag("hasHarassmentPolicy", true)                       // floor met
                .withOfficerRating("VOICE_PLAN", new BigDecimal("3"))        // 10 x (3-0)/(4-0) = 7.50
                .withNumber("price", new BigDecimal("250000"))
                .withLowestPrice(new BigDecimal("200000"));                  // 20 x 200000/250000 = 16.00

        Scorecard card = scorer.score(rubric, answers);

        assertThat(card.criteria()).extracting(CriterionScore::code).containsExactly("WAGE_FLOOR", "WAGE",
                "SCHEDULE_CHANGES", "HEALTH_SHARE", "TRAINING", "SAFETY_COMMITTEE", "HARASSMENT_POLICY", "VOICE_PLAN", "PRICE");
        assertThat(card.subtotals()).containsExactly(
                entry("EARNINGS", new BigDecimal("12.50")),
                entry("SCHEDULES", new BigDecimal("7.50")),
                entry("SAFETY_AND_SECURITY", new BigDecimal("10.00")),
                entry("BENEFITS", new BigDecimal("11.25")),
                entry("VOICE_AND_REPRESENTATION", new BigDecimal("7.50")),
                entry("LEARNING_AND_DEVELOPMENT", new BigDecimal("8.33")),
                entry("ENVIRONMENT_AND_CULTURE", new BigDecimal("0.00")),
                entry("PRICE", new BigDecimal("16.00")));
        assertThat(card.total()).isEqualTo(new BigDecimal("73.08"));
        assertThat(card.status()).isEqualTo(Status.RESPONSIVE);
        assertThat(card.failedFloors()).isEmpty();
    }

    @Test
    void wholeRubricWithAFailedFloorStillShowsItsPointsButIsNonResponsive() {
        Answers answers = Answers.none().withNumber("hourlyWage", new BigDecimal("18.19"))
                .withFlag("hasHarassmentPolicy", false).withNumber("price", new BigDecimal("1000"));

        Scorecard card = scorer.score(RubricValidatorTest.typicalRubric(), answers);

        assertThat(card.failedFloors()).containsExactly("WAGE_FLOOR", "HARASSMENT_POLICY");
        assertThat(card.status()).isEqualTo(Status.NON_RESPONSIVE);
        assertThat(card.total()).isEqualTo(new BigDecimal("20.00"));
    }

    private CriterionScore lineFor(Criterion criterion, Answers answers) {
        return scorer.score(List.of(criterion), answers).criteria().get(0);
    }
}
