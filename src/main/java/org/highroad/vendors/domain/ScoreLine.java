package org.highroad.vendors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highroad.standards.scoring.CriterionKind;
import org.highroad.standards.scoring.CriterionScore;
import org.highroad.standards.scoring.Principle;
import org.highroad.standards.scoring.Scorecard;

/**
 * One scorecard line as stored with a pre-qualification: the evidence of how the profile scored on filing, kept
 * even if the standard later gets a new version.
 */
@Embeddable
record ScoreLine(
        @Column(name = "criterion_code") String code,
        @Column(name = "criterion_name") String name,
        @Enumerated(EnumType.STRING) @Column(name = "principle") Principle principle,
        @Enumerated(EnumType.STRING) @Column(name = "kind") CriterionKind kind,
        @Column(name = "weight") BigDecimal weight,
        @Column(name = "input_value") String input,
        @Column(name = "points") BigDecimal points,
        @Enumerated(EnumType.STRING) @Column(name = "outcome") CriterionScore.Outcome outcome,
        @Column(name = "reason") String reason) {

    static ScoreLine of(CriterionScore s) {
        return new ScoreLine(s.code(), s.name(), s.principle(), s.kind(), s.weight(), s.input(), s.points(),
                s.outcome(), s.reason());
    }

    /** The weight as the rubric gave it (6, not the column's 6.00); points keep their 2 decimals. */
    CriterionScore toCriterionScore() {
        BigDecimal stripped = weight.stripTrailingZeros();
        return new CriterionScore(code, name, principle, kind, stripped.scale() < 0 ? stripped.setScale(0) : stripped,
                input, points, outcome, reason);
    }

    /**
     * Stored lines as a scorecard again, with the subtotals {@code Scorecard} gives: per principle in principle
     * order (a principle with only floors shows 0.00), then price. The total is the stored one.
     */
    static Scorecard scorecard(List<ScoreLine> lines, BigDecimal total, Scorecard.Status status) {
        List<CriterionScore> criteria = lines.stream().map(ScoreLine::toCriterionScore).toList();
        Map<Principle, BigDecimal> byPrinciple = new EnumMap<>(Principle.class);
        BigDecimal price = null;
        for (CriterionScore line : criteria) {
            if (line.principle() == null) {
                price = price == null ? line.points() : price.add(line.points());
            } else {
                byPrinciple.merge(line.principle(), line.points(), BigDecimal::add);
            }
        }
        Map<String, BigDecimal> subtotals = new LinkedHashMap<>();
        byPrinciple.forEach((principle, sum) -> subtotals.put(principle.name(), sum));
        if (price != null) {
            subtotals.put(Scorecard.PRICE, price);
        }
        return new Scorecard(criteria, subtotals, total, status, failedFloors(lines));
    }

    static List<String> failedFloors(List<ScoreLine> lines) {
        return lines.stream().filter(l -> l.outcome() == CriterionScore.Outcome.FAILED).map(ScoreLine::code).toList();
    }
}
