package org.highroad.standards;

import java.math.BigDecimal;
import org.highroad.standards.scoring.Criterion;
import org.highroad.standards.scoring.CriterionKind;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * One sentence per rubric criterion saying how an answer becomes points, in the reader's language: what
 * {@code standards.scoring.RubricScorer} does with each kind's parameters (the kinds' contracts in
 * {@link CriterionKind}), so the officer publishing a solicitation reads the rubric bidders will be scored on, and an
 * administrator reviewing a standard version reads its rubric in words. The sentences are the bundles'
 * {@code rubric.explain.*} keys (procurement/messages*.properties, where they were first written).
 */
@Component("rubricExplanations")
public class RubricExplanations {

    private final MessageSource messages;

    public RubricExplanations(MessageSource messages) {
        this.messages = messages;
    }

    public String explain(Criterion c) {
        String weight = number(c.weight());
        String key = "rubric.explain." + c.kind().name();
        Object[] args = switch (c.kind()) {
            // a numeric floor names its bounds; a flag floor must be true
            case MANDATORY_FLOOR -> c.minimum() == null && c.maximum() == null ? new Object[] {c.metric()}
                    : new Object[] {c.metric(), number(c.minimum()), number(c.maximum())};
            case LINEAR -> new Object[] {weight, c.metric(), number(c.zeroPointsAt()), number(c.fullPointsAt())};
            case PROPORTIONAL_TO_TARGET -> new Object[] {weight, c.metric(), number(c.target()),
                    number(c.cap() == null ? BigDecimal.ONE : c.cap())};
            case YES_NO -> new Object[] {weight, c.metric()};
            case OFFICER_RATED -> new Object[] {weight, number(c.minimum()), number(c.maximum())};
            case PRICE -> new Object[] {weight};
            case TIERED -> new Object[] {weight, c.metric(), c.decisionRef()};
            case PAST_PERFORMANCE -> new Object[] {weight, c.metric(), c.lookbackYears(), number(c.neutralSharePercent())};
        };
        if (c.kind() == CriterionKind.MANDATORY_FLOOR) {
            key += c.minimum() == null && c.maximum() == null ? ".flag" : c.minimum() == null ? ".max" : c.maximum() == null ? ".min" : "";
        }
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String number(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }
}
