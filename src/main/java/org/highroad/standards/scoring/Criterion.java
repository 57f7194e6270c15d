package org.highroad.standards.scoring;

import java.math.BigDecimal;

/**
 * One line of a rubric. Which parameters matter depends on {@link #kind()}; the others are ignored.
 * A rubric is checked once, when it is defined, by {@link RubricValidator}; the scorer trusts it.
 *
 * @param code         stable identifier, unique in the rubric; officer ratings are keyed by it
 * @param name         label shown to vendors and officers
 * @param principle    the job-quality principle it counts towards; null only for {@link CriterionKind#PRICE}
 * @param kind         how the answer becomes points
 * @param weight       the most points it can give; 0 for a mandatory floor
 * @param metric       key of the answer in {@link Answers#numbers()} or {@link Answers#flags()}
 * @param minimum      mandatory floor: lowest accepted value; officer rated: lowest rating
 * @param maximum      mandatory floor: highest accepted value; officer rated: highest rating
 * @param zeroPointsAt linear: the value that earns nothing
 * @param fullPointsAt linear: the value that earns the full weight
 * @param target       proportional: the value that earns the full weight when there is no cap
 * @param cap          proportional: highest ratio value / target credited (at least 1, null means 1)
 * @param decisionRef  tiered: the key of the decision table (DMN) that gives the share of the weight
 *
 * <p>A {@link CriterionKind#PAST_PERFORMANCE} criterion reads {@code metric}, {@code decisionRef} or
 * {@code zeroPointsAt}/{@code fullPointsAt} as above, {@code target} as the neutral share in percent given without
 * history ({@link #neutralSharePercent()}) and {@code maximum} as the look-back in years ({@link #lookbackYears()}).
 */
public record Criterion(
        String code,
        String name,
        Principle principle,
        CriterionKind kind,
        BigDecimal weight,
        String metric,
        BigDecimal minimum,
        BigDecimal maximum,
        BigDecimal zeroPointsAt,
        BigDecimal fullPointsAt,
        BigDecimal target,
        BigDecimal cap,
        String decisionRef) {

    /** Past performance: the look-back in years, 3 unless the criterion's {@code maximum} says otherwise. */
    public int lookbackYears() {
        return maximum == null ? 3 : maximum.intValue();
    }

    /** Past performance: the share of the weight, in percent, for a vendor without history (100 unless set). */
    public BigDecimal neutralSharePercent() {
        return target == null ? BigDecimal.valueOf(100) : target;
    }
}
