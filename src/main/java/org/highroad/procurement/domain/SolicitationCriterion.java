package org.highroad.procurement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.highroad.standards.scoring.Criterion;
import org.highroad.standards.scoring.CriterionKind;
import org.highroad.standards.scoring.Principle;

/** A rubric line as pinned by a solicitation (copied from the standard version, adjustable while in draft). */
@Embeddable
record SolicitationCriterion(
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

    static SolicitationCriterion of(Criterion c) {
        return new SolicitationCriterion(c.code(), c.name(), c.principle(), c.kind(), c.weight(), c.metric(),
                c.minimum(), c.maximum(), c.zeroPointsAt(), c.fullPointsAt(), c.target(), c.cap(), c.decisionRef());
    }

    Criterion toCriterion() {
        return new Criterion(code, name, principle, kind, plain(weight), metric, plain(minimum), plain(maximum),
                plain(zeroPointsAt), plain(fullPointsAt), plain(target), plain(cap), decisionRef);
    }

    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
