package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A decision task's answer names one of its decisions exactly as the form offers it, and a refusal names the choices. */
class DecisionAnswersTest {

    static Stream<Arguments> decisions() {
        return Stream.of(
                Arguments.of(ReviewFinding.Decision.class, "the decision must be CONFIRM or DISMISS"),
                Arguments.of(RecordVerification.Decision.class, "the decision must be CURED or NOT_CURED"),
                Arguments.of(DecideEscalation.Decision.class, "the decision must be APPLY or HOLD"),
                Arguments.of(ReferForDebarment.Decision.class, "the decision must be APPROVE or REJECT"));
    }

    @ParameterizedTest
    @MethodSource("decisions")
    <E extends Enum<E>> void eachDecisionIsReadFromItsOwnName(Class<E> decisions) {
        for (E decision : decisions.getEnumConstants()) {
            assertThat(Answers.parse(decisions, decision.name())).contains(decision);
        }
    }

    @ParameterizedTest
    @MethodSource("decisions")
    void anAnswerTheTaskDoesNotTakeIsRefusedNamingItsChoices(Class<? extends Enum<?>> decisions, String refusal) {
        assertThat(Answers.notOneOf(decisions)).isEqualTo(refusal);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"cured", " CURED", "CURED ", "NOT CURED", "APPLY"})
    void aVerificationIsOnlyCuredOrNotCuredAsSpelledOnTheForm(String answer) {
        assertThat(Answers.parse(RecordVerification.Decision.class, answer)).isEmpty();
    }

    @Test
    void aReasonOfNineCharactersAroundBlanksSaysTooLittle() {
        assertThat(Answers.tooShort("  123456789  ")).isTrue();
        assertThat(Answers.tooShort("1234567890")).isFalse();
        assertThat(Answers.tooShort(null)).isTrue();
    }
}
