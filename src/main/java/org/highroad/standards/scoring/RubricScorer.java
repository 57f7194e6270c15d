package org.highroad.standards.scoring;

import static org.highroad.standards.scoring.CriterionScore.NOT_ANSWERED_REASON;
import static org.highroad.standards.scoring.CriterionScore.notAnswered;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.Violation;

/**
 * Scores one set of answers against a rubric. Stateless, so one instance can serve every caller.
 *
 * <p>The rubric is trusted: it passed {@link RubricValidator} when it was defined. The answers are not, so an
 * officer rating outside its bounds or a price that is not positive is refused with {@link InvalidInputException}
 * (all such answers at once).
 */
public final class RubricScorer {

    private static final MathContext MATH = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Scorecard score(List<Criterion> rubric, Answers answers) {
        return score(rubric, answers, TierTable.NONE);
    }

    public Scorecard score(List<Criterion> rubric, Answers answers, TierTable tiers) {
        Answers given = answers == null ? Answers.none() : answers;
        List<CriterionScore> scores = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (Criterion criterion : rubric) {
            try {
                scores.add(scoreOne(criterion, given, tiers));
            } catch (InvalidInputException e) {
                // Keep going so the caller can fix every bad answer in one round trip.
                violations.addAll(e.violations());
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return Scorecard.of(scores);
    }

    // A floor without bounds is a commitment the bidder confirms (a flag), not a measured value.
    private static CriterionScore scoreOne(Criterion c, Answers a, TierTable tiers) {
        return switch (c.kind()) {
            case MANDATORY_FLOOR -> c.minimum() == null && c.maximum() == null ? flagFloor(c, a.flag(c.metric()))
                    : numericFloor(c, a.number(c.metric()));
            case LINEAR -> linear(c, a.number(c.metric()));
            case PROPORTIONAL_TO_TARGET -> proportional(c, a.number(c.metric()));
            case YES_NO -> yesNo(c, a.flag(c.metric()));
            case OFFICER_RATED -> officerRated(c, a.rating(c.code()));
            case PRICE -> price(c, a.number(c.metric()), a.lowestPrice());
            case TIERED -> tiered(c, a.number(c.metric()), tiers);
            case PAST_PERFORMANCE -> pastPerformance(c, a.number(c.metric()), tiers);
        };
    }

    // The table decides the share; the arithmetic (weight × share, rounding) stays here like every other kind.
    private static CriterionScore tiered(Criterion c, BigDecimal value, TierTable tiers) {
        if (value == null) {
            return notAnswered(c);
        }
        TierTable.Tier tier = tiers.tierFor(c.decisionRef(), value);
        return share(c, value.toPlainString(), tier.share(), BigDecimal.ONE,
                text(value) + " is in tier \"" + tier.label() + "\" of " + c.decisionRef());
    }

    /**
     * No value is no history (no week due, no hour worked, no restitution owed in the look-back period): the stated
     * neutral share, never a penalty, so that new and small firms can win. A value is scored on the standard's tier
     * table when the criterion names one (policy staff edit it, ADR 0006), otherwise on its straight line.
     */
    private static CriterionScore pastPerformance(Criterion c, BigDecimal value, TierTable tiers) {
        if (value == null) {
            return share(c, "no history", c.neutralSharePercent(), HUNDRED, "no history in the " + c.lookbackYears()
                    + "-year look-back: neutral share");
        }
        if (c.decisionRef() != null && !c.decisionRef().isBlank()) {
            TierTable.Tier tier = tiers.tierFor(c.decisionRef(), value);
            return share(c, value.toPlainString(), tier.share(), BigDecimal.ONE,
                    text(value) + " over " + c.lookbackYears() + " years is in tier \"" + tier.label() + "\" of " + c.decisionRef());
        }
        return share(c, value.toPlainString(), value.subtract(c.zeroPointsAt()), c.fullPointsAt().subtract(c.zeroPointsAt()),
                text(value) + " over " + c.lookbackYears() + " years on a scale from " + text(c.zeroPointsAt()) + " to "
                        + text(c.fullPointsAt()));
    }

    private static CriterionScore flagFloor(Criterion c, Boolean confirmed) {
        if (confirmed == null) {
            return CriterionScore.floor(c, null, false, NOT_ANSWERED_REASON);
        }
        return CriterionScore.floor(c, confirmed ? "yes" : "no", confirmed, confirmed ? "confirmed" : "not confirmed");
    }

    // Bounds are inclusive: a wage exactly at the floor meets it.
    private static CriterionScore numericFloor(Criterion c, BigDecimal value) {
        if (value == null) {
            return CriterionScore.floor(c, null, false, NOT_ANSWERED_REASON);
        }
        String input = value.toPlainString();
        if (c.minimum() != null && value.compareTo(c.minimum()) < 0) {
            return CriterionScore.floor(c, input, false, text(value) + " is below the minimum " + text(c.minimum()));
        }
        if (c.maximum() != null && value.compareTo(c.maximum()) > 0) {
            return CriterionScore.floor(c, input, false, text(value) + " is above the maximum " + text(c.maximum()));
        }
        return CriterionScore.floor(c, input, true, text(value) + " meets " + bounds(c));
    }

    // One formula serves both directions: when zeroPointsAt > fullPointsAt both differences are negative.
    private static CriterionScore linear(Criterion c, BigDecimal value) {
        if (value == null) {
            return notAnswered(c);
        }
        String how = text(value) + " on a scale from " + text(c.zeroPointsAt()) + " to " + text(c.fullPointsAt());
        return share(c, value.toPlainString(), value.subtract(c.zeroPointsAt()),
                c.fullPointsAt().subtract(c.zeroPointsAt()), how);
    }

    // min(v / target, cap) / cap equals min(v, target × cap) / (target × cap), which needs only one division.
    private static CriterionScore proportional(Criterion c, BigDecimal value) {
        if (value == null) {
            return notAnswered(c);
        }
        BigDecimal cap = c.cap() == null ? BigDecimal.ONE : c.cap();
        String how = text(value) + " of target " + text(c.target())
                + (cap.compareTo(BigDecimal.ONE) == 0 ? "" : " (credited up to " + percent(cap) + "%)");
        return share(c, value.toPlainString(), value, c.target().multiply(cap), how);
    }

    private static CriterionScore yesNo(Criterion c, Boolean flag) {
        if (flag == null) {
            return notAnswered(c);
        }
        String answer = flag ? "yes" : "no";
        return share(c, answer, flag ? BigDecimal.ONE : BigDecimal.ZERO, BigDecimal.ONE, answer);
    }

    private static CriterionScore officerRated(Criterion c, BigDecimal rating) {
        if (rating == null) {
            return CriterionScore.awaitingRating(c);
        }
        String scale = plain(c.minimum()) + " to " + plain(c.maximum());
        if (rating.compareTo(c.minimum()) < 0 || rating.compareTo(c.maximum()) > 0) {
            throw new InvalidInputException("officerRatings." + c.code(),
                    "rating " + plain(rating) + " is outside the bounds " + scale);
        }
        return share(c, rating.toPlainString(), rating.subtract(c.minimum()), c.maximum().subtract(c.minimum()),
                "rated " + plain(rating) + " on " + scale);
    }

    // A price below lowestPrice is a caller error; share() caps it at the full weight rather than rewarding it.
    private static CriterionScore price(Criterion c, BigDecimal price, BigDecimal lowestPrice) {
        if (price == null) {
            return notAnswered(c);
        }
        if (price.signum() <= 0) {
            throw new InvalidInputException("numbers." + c.metric(), "price must be greater than 0, was " + plain(price));
        }
        if (lowestPrice != null && lowestPrice.signum() <= 0) {
            throw new InvalidInputException("lowestPrice", "must be greater than 0, was " + plain(lowestPrice));
        }
        BigDecimal lowest = lowestPrice == null ? price : lowestPrice;
        return share(c, price.toPlainString(), lowest, price, "lowest price " + text(lowest) + " against " + text(price));
    }

    /**
     * Points = weight × part / whole, kept within [0, weight]. Multiplying before dividing leaves a single inexact
     * step, so results that are exact on paper (10.005) stay exact until the final HALF_UP rounding.
     */
    private static CriterionScore share(Criterion c, String input, BigDecimal part, BigDecimal whole, String how) {
        BigDecimal fraction = within(part.divide(whole, MATH), BigDecimal.ONE);
        BigDecimal points = within(c.weight().multiply(part).divide(whole, MATH), c.weight());
        String reason = how + " = " + percent(fraction) + "% of " + plain(c.weight()) + " points";
        return CriterionScore.of(c, input, points.setScale(2, RoundingMode.HALF_UP), CriterionScore.Outcome.SCORED, reason);
    }

    private static BigDecimal within(BigDecimal value, BigDecimal upper) {
        return value.max(BigDecimal.ZERO).min(upper);
    }

    private static String bounds(Criterion c) {
        if (c.maximum() == null) {
            return "the minimum " + text(c.minimum());
        }
        return c.minimum() == null ? "the maximum " + text(c.maximum())
                : "the bounds " + text(c.minimum()) + " to " + text(c.maximum());
    }

    /** A measured value: at least 2 decimals so money reads as money, more when the answer had them. */
    private static String text(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
    }

    /** A weight or rating: no needless decimals ("30", "12.5"). */
    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String percent(BigDecimal fraction) {
        return plain(fraction.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP));
    }
}
