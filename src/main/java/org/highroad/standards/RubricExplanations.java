package org.highroad.standards;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.highroad.standards.scoring.Criterion;
import org.highroad.standards.scoring.CriterionKind;
import org.highroad.standards.scoring.TierTable;
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
    private final TierTable tiers;

    public RubricExplanations(MessageSource messages, TierTable tiers) {
        this.messages = messages;
        this.tiers = tiers;
    }

    public String explain(Criterion c) {
        String weight = number(c.weight());
        String metric = metric(c.metric());
        String key = "rubric.explain." + c.kind().name();
        Object[] args = switch (c.kind()) {
            // a numeric floor names its bounds; a flag floor must be true
            case MANDATORY_FLOOR -> c.minimum() == null && c.maximum() == null ? new Object[] {metric}
                    : new Object[] {metric, number(c.minimum()), number(c.maximum())};
            case LINEAR -> new Object[] {weight, metric, number(c.zeroPointsAt()), number(c.fullPointsAt())};
            case PROPORTIONAL_TO_TARGET -> new Object[] {weight, metric, number(c.target()),
                    number(c.cap() == null ? BigDecimal.ONE : c.cap())};
            case YES_NO -> new Object[] {weight, metric};
            case OFFICER_RATED -> new Object[] {weight, number(c.minimum()), number(c.maximum())};
            case PRICE -> new Object[] {weight};
            case TIERED -> new Object[] {weight, metric, tiersInWords(c.decisionRef())};
            case PAST_PERFORMANCE -> new Object[] {weight, metric, c.lookbackYears(), number(c.neutralSharePercent())};
        };
        if (c.kind() == CriterionKind.TIERED) {
            key += ".inWords";
        }
        if (c.kind() == CriterionKind.MANDATORY_FLOOR) {
            key += c.minimum() == null && c.maximum() == null ? ".flag" : c.minimum() == null ? ".max" : c.maximum() == null ? ".min" : "";
        }
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** What a metric asks of the bid, as words in the reader's language (never the bid's field name). */
    private String metric(String metric) {
        Locale locale = LocaleContextHolder.getLocale();
        return metric == null ? "—" : messages.getMessage("rubric.metric." + metric, null,
                messages.getMessage("rubric.metric.other", null, locale), locale);
    }

    /**
     * A tier table's rows as words: "14 days or more: all the points; 7 to 13 days: 60 % of them; …" (the labels are
     * the table's own, as policy staff wrote them); the rows unknown, a sentence saying the table sets the share.
     */
    private String tiersInWords(String decisionRef) {
        Locale locale = LocaleContextHolder.getLocale();
        List<TierTable.Tier> rows = decisionRef == null ? List.of() : tiers.tiers(decisionRef);
        if (rows.isEmpty()) {
            return messages.getMessage("rubric.tiers.unknown", null, locale);
        }
        return rows.stream().map(t -> messages.getMessage("rubric.tier", new Object[] {tierLabel(t.label(), locale),
                t.share().signum() == 0 ? messages.getMessage("rubric.tier.none", null, locale)
                        : t.share().compareTo(BigDecimal.ONE) >= 0 ? messages.getMessage("rubric.tier.all", null, locale)
                        : messages.getMessage("rubric.tier.share", new Object[] {number(t.share().movePointRight(2))}, locale)},
                locale)).collect(Collectors.joining("; "));
    }

    /**
     * A tier's label in the reader's language: the table's own words (policy staff write them in English in the DMN
     * table) said through {@code reasons.term.<label>} ("_" for a space), the same words a scorecard's reason uses
     * ({@code platform.pages.PageReasons}); a label no bundle names is shown as written.
     */
    private String tierLabel(String label, Locale locale) {
        return label == null ? "—" : messages.getMessage("reasons.term." + label.replace(' ', '_'), null, label, locale);
    }

    private static String number(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }
}
