package org.highroad.procurement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.highroad.procurement.ScorecardView;
import org.highroad.standards.scoring.CriterionScore;

/** One stored line of a bid's scorecard: what was scored, with which input, how many points and why. */
@Embeddable
record ScoreLine(
        @Column(name = "code") String code,
        @Column(name = "name") String name,
        @Column(name = "principle") String principle,
        @Column(name = "kind") String kind,
        @Column(name = "weight") BigDecimal weight,
        @Column(name = "input") String input,
        @Column(name = "points") BigDecimal points,
        @Column(name = "outcome") String outcome,
        @Column(name = "reason") String reason) {

    static ScoreLine of(CriterionScore s) {
        return new ScoreLine(s.code(), s.name(), s.principle() == null ? null : s.principle().name(), s.kind().name(),
                s.weight(), s.input() == null || s.input().length() <= 200 ? s.input() : s.input().substring(0, 200),
                s.points(), s.outcome().name(), s.reason());
    }

    ScorecardView.Line toLine() {
        return new ScorecardView.Line(code, name, principle, kind, weight, input, points, outcome, reason);
    }
}
