package org.highroad.standards.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RubricValidatorTest {

    private final RubricValidator validator = new RubricValidator();

    /** A valid rubric using every kind: weights 25 + 10 + 15 + 10 + 10 + 10 + 20 = 100. Shared with the scorer test. */
    static List<Criterion> typicalRubric() {
        return List.of(
                CriterionBuilder.floor().build(),
                CriterionBuilder.linear().weight("25").build(),
                CriterionBuilder.linear().code("SCHEDULE_CHANGES").principle(Principle.SCHEDULES).weight("10")
                        .metric("scheduleChangesPerMonth").zeroPointsAt("8").fullPointsAt("0").build(),
                CriterionBuilder.proportional().code("HEALTH_SHARE").principle(Principle.BENEFITS).weight("15")
                        .metric("employerHealthSharePct").target("80").build(),
                CriterionBuilder.proportional().weight("10").cap("1.5").build(),
                CriterionBuilder.yesNo().build(),
                CriterionBuilder.floor().code("HARASSMENT_POLICY").principle(Principle.ENVIRONMENT_AND_CULTURE)
                        .metric("hasHarassmentPolicy").minimum(null).build(),
                CriterionBuilder.officerRated().weight("10").minimum("0").maximum("4").build(),
                CriterionBuilder.price().build());
    }

    static Stream<Arguments> validRubrics() {
        return Stream.of(
                Arguments.of("every kind once", typicalRubric()),
                Arguments.of("price alone", List.of(CriterionBuilder.price().weight("100").build())),
                Arguments.of("weights with cents", List.of(CriterionBuilder.yesNo().weight("33.33").build(),
                        CriterionBuilder.yesNo().code("B").weight("33.33").build(),
                        CriterionBuilder.yesNo().code("C").weight("33.34").build())),
                Arguments.of("floor with only a maximum, officer rating with a metric", List.of(
                        CriterionBuilder.floor().minimum(null).maximum("4").build(),
                        CriterionBuilder.officerRated().metric("ignored").weight("100").build())),
                Arguments.of("floor with equal bounds, proportional with cap 1", List.of(
                        CriterionBuilder.floor().minimum("4").maximum("4").build(),
                        CriterionBuilder.proportional().cap("1").weight("100").build())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validRubrics")
    void wellFormedRubricHasNoViolations(String description, List<Criterion> rubric) {
        assertThat(validator.validate(rubric)).isEmpty();
        assertThatNoException().isThrownBy(() -> validator.check(rubric));
    }

    static Stream<Arguments> brokenCriteria() {
        return Stream.of(
                broken("missing code", CriterionBuilder.linear().code(null), "code", "required"),
                broken("blank code", CriterionBuilder.linear().code("  "), "code", "required"),
                broken("missing name", CriterionBuilder.linear().name(null), "name", "required"),
                broken("missing kind", CriterionBuilder.linear().kind(null), "kind", "required"),
                broken("missing principle", CriterionBuilder.linear().principle(null), "principle", "required"),
                broken("price with a principle", CriterionBuilder.price().principle(Principle.EARNINGS), "principle", "no job-quality principle"),
                broken("missing weight", CriterionBuilder.yesNo().weight(null), "weight", "required"),
                broken("floor with points", CriterionBuilder.floor().weight("5"), "weight", "must be 0"),
                broken("floor with negative weight", CriterionBuilder.floor().weight("-5"), "weight", "must be 0"),
                broken("non-floor without points", CriterionBuilder.yesNo().weight("0"), "weight", "greater than 0"),
                broken("negative weight", CriterionBuilder.yesNo().weight("-5"), "weight", "greater than 0"),
                broken("missing metric", CriterionBuilder.linear().metric(null), "metric", "required"),
                broken("blank metric", CriterionBuilder.price().metric(""), "metric", "required"),
                broken("floor minimum above maximum", CriterionBuilder.floor().minimum("5").maximum("4"), "minimum", "maximum 4"),
                broken("linear without zero end", CriterionBuilder.linear().zeroPointsAt(null), "zeroPointsAt", "required"),
                broken("linear without full end", CriterionBuilder.linear().fullPointsAt(null), "fullPointsAt", "required"),
                broken("linear with equal ends", CriterionBuilder.linear().zeroPointsAt("10").fullPointsAt("10.0"), "fullPointsAt", "differ"),
                broken("proportional without target", CriterionBuilder.proportional().target(null), "target", "greater than 0"),
                broken("proportional with zero target", CriterionBuilder.proportional().target("0"), "target", "greater than 0"),
                broken("proportional with cap below 1", CriterionBuilder.proportional().cap("0.9"), "cap", "at least 1"),
                broken("officer rating without minimum", CriterionBuilder.officerRated().minimum(null), "minimum", "required"),
                broken("officer rating without maximum", CriterionBuilder.officerRated().maximum(null), "maximum", "required"),
                broken("officer rating with equal bounds", CriterionBuilder.officerRated().minimum("3").maximum("3"), "maximum", "greater than minimum 3"),
                broken("officer rating with reversed bounds", CriterionBuilder.officerRated().minimum("5").maximum("1"), "maximum", "greater than minimum 5"));
    }

    private static Arguments broken(String description, CriterionBuilder criterion, String field, String reason) {
        return Arguments.of(description, criterion.build(), "rubric[0]." + field, reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCriteria")
    void brokenCriterionIsReportedAtItsOwnField(String description, Criterion criterion, String field, String reason) {
        List<Violation> violations = validator.validate(withFillerUpTo100(criterion));

        assertThat(violations).extracting(Violation::field).containsExactly(field);
        assertThat(violations.get(0).reason()).contains(reason);
    }

    static Stream<Arguments> brokenRubrics() {
        return Stream.of(
                Arguments.of("weights total 95", edited(list -> list.set(1, CriterionBuilder.linear().weight("20").build())),
                        "rubric", "total 95"),
                Arguments.of("weights total 100.01", edited(list -> list.set(1, CriterionBuilder.linear().weight("25.01").build())),
                        "rubric", "total 100.01"),
                Arguments.of("no criteria", List.of(), "rubric", "total 0"),
                Arguments.of("duplicate code", edited(list -> list.set(5, CriterionBuilder.yesNo().code("WAGE").build())),
                        "rubric[5].code", "already used by criterion 2"),
                Arguments.of("two prices", edited(list -> list.set(1, CriterionBuilder.price().code("PRICE_2").weight("25").build())),
                        "rubric[8].kind", "only one price criterion"),
                Arguments.of("missing criterion", edited(list -> list.set(0, null)), "rubric[0]", "required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRubrics")
    void rubricWideRulesAreReported(String description, List<Criterion> rubric, String field, String reason) {
        List<Violation> violations = validator.validate(rubric);

        assertThat(violations).extracting(Violation::field).containsExactly(field);
        assertThat(violations.get(0).reason()).contains(reason);
    }

    @Test
    void nullRubricIsReportedAsHavingNoWeight() {
        assertThat(validator.validate(null)).containsExactly(new Violation("rubric", "weights must total 100, but total 0"));
    }

    @Test
    void checkThrowsWithEveryViolationAtOnce() {
        List<Criterion> rubric = List.of(CriterionBuilder.linear().name(null).weight("60").build(),
                CriterionBuilder.proportional().target(null).weight("30").build());

        assertThatThrownBy(() -> validator.check(rubric))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("rubric[0].name", "rubric[1].target", "rubric"));
    }

    /** The broken criterion first, then a valid yes/no criterion that brings the total back to 100 when it can. */
    private static List<Criterion> withFillerUpTo100(Criterion criterion) {
        BigDecimal weight = criterion.weight() == null ? BigDecimal.ZERO : criterion.weight();
        String rest = BigDecimal.valueOf(100).subtract(weight).toPlainString();
        return List.of(criterion, CriterionBuilder.yesNo().code("FILLER").weight(rest).build());
    }

    private static List<Criterion> edited(Consumer<List<Criterion>> edit) {
        List<Criterion> rubric = new ArrayList<>(typicalRubric());
        edit.accept(rubric);
        return rubric;
    }
}
