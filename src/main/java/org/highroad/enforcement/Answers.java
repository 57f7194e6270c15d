package org.highroad.enforcement;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The answers a decision task takes: its {@code decision} is one of a decision enum's names, exactly as the task's
 * form offers it ({@link ReviewFinding.Decision}, {@link RecordVerification.Decision}, {@link DecideEscalation.Decision},
 * {@link ReferForDebarment.Decision}), read here and nowhere else, so that the API's 422 and the task's refusal name the
 * same choices; its {@code reason}, where the decision needs one, says something.
 */
public final class Answers {

    /** A reason, where a decision needs one, says why: at least 10 characters. */
    static final int MIN_REASON = 10;

    private Answers() {
    }

    /** The decision the answer names, if it names one of {@code decisions}. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> decisions, String answer) {
        return Arrays.stream(decisions.getEnumConstants()).filter(d -> d.name().equals(answer)).findFirst();
    }

    /** The choices as a refusal names them: "CURED or NOT_CURED". */
    public static String choices(Class<? extends Enum<?>> decisions) {
        return Arrays.stream(decisions.getEnumConstants()).map(Enum::name).collect(Collectors.joining(" or "));
    }

    /** The refusal of an answer that names none of {@code decisions}. */
    static String notOneOf(Class<? extends Enum<?>> decisions) {
        return "the decision must be " + choices(decisions);
    }

    /** Whether the reason is too short to say why (blanks around it do not count). */
    static boolean tooShort(String reason) {
        return reason == null || reason.strip().length() < MIN_REASON;
    }
}
