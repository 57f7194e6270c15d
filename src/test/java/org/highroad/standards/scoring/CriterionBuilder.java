package org.highroad.standards.scoring;

import java.math.BigDecimal;

/**
 * Builds criteria for tests. Each factory starts from a valid criterion of its kind, so a test changes only the
 * one thing it is about. Numbers are given as strings to keep the tables readable; null stays null.
 */
final class CriterionBuilder {

    private String code;
    private String name;
    private Principle principle;
    private CriterionKind kind;
    private BigDecimal weight;
    private String metric;
    private BigDecimal minimum;
    private BigDecimal maximum;
    private BigDecimal zeroPointsAt;
    private BigDecimal fullPointsAt;
    private BigDecimal target;
    private BigDecimal cap;
    private String decisionRef;

    private CriterionBuilder(String code, Principle principle, CriterionKind kind, String weight, String metric) {
        this.code = code;
        this.name = code + " criterion";
        this.principle = principle;
        this.kind = kind;
        this.weight = number(weight);
        this.metric = metric;
    }

    /** Hourly wage of at least 18.20. */
    static CriterionBuilder floor() {
        return new CriterionBuilder("WAGE_FLOOR", Principle.EARNINGS, CriterionKind.MANDATORY_FLOOR, "0", "hourlyWage")
                .minimum("18.20");
    }

    /** 0 points at a wage of 18.20, full points at 28.20. */
    static CriterionBuilder linear() {
        return new CriterionBuilder("WAGE", Principle.EARNINGS, CriterionKind.LINEAR, "30", "hourlyWage")
                .zeroPointsAt("18.20").fullPointsAt("28.20");
    }

    /** Full points at 40 training hours a year. */
    static CriterionBuilder proportional() {
        return new CriterionBuilder("TRAINING", Principle.LEARNING_AND_DEVELOPMENT, CriterionKind.PROPORTIONAL_TO_TARGET,
                "30", "trainingHours").target("40");
    }

    static CriterionBuilder yesNo() {
        return new CriterionBuilder("SAFETY_COMMITTEE", Principle.SAFETY_AND_SECURITY, CriterionKind.YES_NO, "10",
                "hasSafetyCommittee");
    }

    /** Rated 1 to 5 by the officer; needs no metric. */
    static CriterionBuilder officerRated() {
        return new CriterionBuilder("VOICE_PLAN", Principle.VOICE_AND_REPRESENTATION, CriterionKind.OFFICER_RATED, "20",
                null).minimum("1").maximum("5");
    }

    static CriterionBuilder tiered() {
        return new CriterionBuilder("NOTICE", Principle.SCHEDULES, CriterionKind.TIERED, "10", "scheduleNoticeDays")
                .decisionRef("schedule-notice-tiers");
    }

    static CriterionBuilder price() {
        return new CriterionBuilder("PRICE", null, CriterionKind.PRICE, "20", "price");
    }

    CriterionBuilder code(String value) { code = value; return this; }
    CriterionBuilder name(String value) { name = value; return this; }
    CriterionBuilder principle(Principle value) { principle = value; return this; }
    CriterionBuilder kind(CriterionKind value) { kind = value; return this; }
    CriterionBuilder weight(String value) { weight = number(value); return this; }
    CriterionBuilder metric(String value) { metric = value; return this; }
    CriterionBuilder minimum(String value) { minimum = number(value); return this; }
    CriterionBuilder maximum(String value) { maximum = number(value); return this; }
    CriterionBuilder zeroPointsAt(String value) { zeroPointsAt = number(value); return this; }
    CriterionBuilder fullPointsAt(String value) { fullPointsAt = number(value); return this; }
    CriterionBuilder target(String value) { target = number(value); return this; }
    CriterionBuilder cap(String value) { cap = number(value); return this; }
    CriterionBuilder decisionRef(String value) { decisionRef = value; return this; }

    Criterion build() {
        return new Criterion(code, name, principle, kind, weight, metric, minimum, maximum, zeroPointsAt, fullPointsAt,
                target, cap, decisionRef);
    }

    private static BigDecimal number(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
