package org.highroad.standards;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.highroad.standards.scoring.Criterion;
import org.highroad.standards.scoring.CriterionKind;
import org.highroad.standards.scoring.Principle;

/**
 * How a rubric criterion is stored, by a standard version and by a solicitation that pins a copy; the scoring package
 * keeps its {@link Criterion} free of persistence.
 */
@Embeddable
public record StoredCriterion(
        @Column(name = "code") String code,
        @Column(name = "name") String name,
        @Enumerated(EnumType.STRING) @Column(name = "principle") Principle principle,
        @Enumerated(EnumType.STRING) @Column(name = "kind") CriterionKind kind,
        @Column(name = "weight") BigDecimal weight,
        @Column(name = "metric") String metric,
        @Column(name = "minimum") BigDecimal minimum,
        @Column(name = "maximum") BigDecimal maximum,
        @Column(name = "zero_points_at") BigDecimal zeroPointsAt,
        @Column(name = "full_points_at") BigDecimal fullPointsAt,
        @Column(name = "target") BigDecimal target,
        @Column(name = "cap") BigDecimal cap,
        @Column(name = "decision_ref") String decisionRef) {

    public static StoredCriterion of(Criterion c) {
        return new StoredCriterion(c.code(), c.name(), c.principle(), c.kind(), c.weight(), c.metric(),
                c.minimum(), c.maximum(), c.zeroPointsAt(), c.fullPointsAt(), c.target(), c.cap(), c.decisionRef());
    }

    public Criterion toCriterion() {
        return new Criterion(code, name, principle, kind, strip(weight), metric, strip(minimum), strip(maximum),
                strip(zeroPointsAt), strip(fullPointsAt), strip(target), strip(cap), decisionRef);
    }

    /** Numeric columns come back with the column's scale (18.2000); show them as they were given (18.2). */
    private static BigDecimal strip(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().scale() < 0
                ? value.setScale(0) : value.stripTrailingZeros();
    }
}
