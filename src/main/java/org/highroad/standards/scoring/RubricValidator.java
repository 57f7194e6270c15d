package org.highroad.standards.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.Violation;

/**
 * Checks a rubric definition before it is stored, so that scoring never meets a rubric it cannot compute.
 * Reports every problem at once, with field paths {@code rubric[i].field}, so an author fixes them in one pass.
 */
public final class RubricValidator {

    private static final BigDecimal FULL_SCORE = BigDecimal.valueOf(100);

    /** Past-performance inputs a {@link CriterionKind#PAST_PERFORMANCE} criterion can score (the vendor record's). */
    public static final String PAST_ON_TIME_REPORTING = "pastOnTimeReportingPercent";
    public static final String PAST_FINDINGS_PER_1000_HOURS = "pastFindingsPer1000Hours";
    public static final String PAST_RESTITUTION_CURED = "pastRestitutionCuredPercent";
    public static final String PAST_WORKFORCE_COMMITMENTS_MET = "pastWorkforceCommitmentsMetPercent";
    public static final java.util.Set<String> PAST_PERFORMANCE_METRICS = java.util.Set.of(PAST_ON_TIME_REPORTING,
            PAST_FINDINGS_PER_1000_HOURS, PAST_RESTITUTION_CURED, PAST_WORKFORCE_COMMITMENTS_MET);

    public List<Violation> validate(List<Criterion> rubric) {
        List<Criterion> criteria = rubric == null ? List.of() : rubric;
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> firstIndexByCode = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        int prices = 0;
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            String at = "rubric[" + i + "].";
            if (c == null) {
                violations.add(new Violation("rubric[" + i + "]", "criterion is required"));
                continue;
            }
            checkIdentity(c, at, i, firstIndexByCode, violations);
            checkWeight(c, at, violations);
            checkParameters(c, at, violations);
            total = c.weight() == null ? total : total.add(c.weight());
            if (c.kind() == CriterionKind.PRICE && ++prices > 1) {
                violations.add(new Violation(at + "kind", "only one price criterion is allowed"));
            }
        }
        // Totals of 100 let a score be read as a percentage and compared across rubrics.
        if (total.compareTo(FULL_SCORE) != 0) {
            violations.add(new Violation("rubric", "weights must total 100, but total " + total.stripTrailingZeros().toPlainString()));
        }
        return violations;
    }

    public void check(List<Criterion> rubric) {
        List<Violation> violations = validate(rubric);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void checkIdentity(Criterion c, String at, int index, Map<String, Integer> firstIndexByCode,
            List<Violation> violations) {
        if (blank(c.code())) {
            violations.add(new Violation(at + "code", "the criterion's short code is required"));
        } else {
            Integer first = firstIndexByCode.putIfAbsent(c.code(), index);
            if (first != null) {
                violations.add(new Violation(at + "code", "code " + c.code() + " is already used by criterion " + (first + 1)));
            }
        }
        if (blank(c.name())) {
            violations.add(new Violation(at + "name", "name is required"));
        }
        if (c.kind() == null) {
            violations.add(new Violation(at + "kind", "the kind of scoring is required"));
        }
        // Price is subtotalled on its own; letting it carry a principle would count it twice in a reader's mind.
        if (c.kind() == CriterionKind.PRICE && c.principle() != null) {
            violations.add(new Violation(at + "principle", "a price criterion has no job-quality principle"));
        } else if (c.kind() != CriterionKind.PRICE && c.principle() == null) {
            violations.add(new Violation(at + "principle", "the job-quality principle is required"));
        }
        // Officers rate by criterion code, so only officer-rated criteria need no answer key.
        if (c.kind() != CriterionKind.OFFICER_RATED && blank(c.metric())) {
            violations.add(new Violation(at + "metric", "the answer it scores is required"));
        }
    }

    private static void checkWeight(Criterion c, String at, List<Violation> violations) {
        if (c.weight() == null) {
            violations.add(new Violation(at + "weight", "weight is required"));
        } else if (c.kind() == CriterionKind.MANDATORY_FLOOR && c.weight().signum() != 0) {
            violations.add(new Violation(at + "weight", "a mandatory floor gives no points, so its weight must be 0"));
        } else if (c.kind() != CriterionKind.MANDATORY_FLOOR && c.weight().signum() <= 0) {
            violations.add(new Violation(at + "weight", "weight must be greater than 0"));
        }
    }

    private static void checkParameters(Criterion c, String at, List<Violation> violations) {
        if (c.kind() == null) {
            return;
        }
        switch (c.kind()) {
            case MANDATORY_FLOOR -> {
                if (c.minimum() != null && c.maximum() != null && c.minimum().compareTo(c.maximum()) > 0) {
                    violations.add(new Violation(at + "minimum", "minimum must not exceed maximum " + plain(c.maximum())));
                }
            }
            case LINEAR -> checkLinear(c, at, violations);
            case PROPORTIONAL_TO_TARGET -> {
                if (c.target() == null || c.target().signum() <= 0) {
                    violations.add(new Violation(at + "target", "the target must be greater than 0"));
                }
                if (c.cap() != null && c.cap().compareTo(BigDecimal.ONE) < 0) {
                    violations.add(new Violation(at + "cap", "the cap must be at least 1 (credit up to the target or beyond)"));
                }
            }
            case OFFICER_RATED -> checkRatingScale(c, at, violations);
            case TIERED -> {
                if (blank(c.decisionRef()) || !c.decisionRef().matches("[A-Za-z][A-Za-z0-9_-]{0,99}")) {
                    violations.add(new Violation(at + "decisionRef", "the tier table's name must be letters, digits, - or _"));
                }
            }
            case PAST_PERFORMANCE -> checkPastPerformance(c, at, violations);
            case YES_NO, PRICE -> { }
        }
    }

    private static void checkLinear(Criterion c, String at, List<Violation> violations) {
        if (c.zeroPointsAt() == null) {
            violations.add(new Violation(at + "zeroPointsAt", "the answer that scores no points is required"));
        }
        if (c.fullPointsAt() == null) {
            violations.add(new Violation(at + "fullPointsAt", "the answer that scores full points is required"));
        } else if (c.zeroPointsAt() != null && c.fullPointsAt().compareTo(c.zeroPointsAt()) == 0) {
            violations.add(new Violation(at + "fullPointsAt", "the answer that scores full points must differ from the one that scores none"));
        }
    }

    // Either a tier table or a straight line; the neutral share cannot exceed the weight; the look-back is whole years.
    private static void checkPastPerformance(Criterion c, String at, List<Violation> violations) {
        if (!blank(c.metric()) && !PAST_PERFORMANCE_METRICS.contains(c.metric())) {
            violations.add(new Violation(at + "metric", "a past-performance criterion scores one of these, as the API "
                    + "names them: " + RubricMetrics.listed(PAST_PERFORMANCE_METRICS)));
        }
        if (blank(c.decisionRef())) {
            checkLinear(c, at, violations);
        } else if (!c.decisionRef().matches("[A-Za-z][A-Za-z0-9_-]{0,99}")) {
            violations.add(new Violation(at + "decisionRef", "the tier table's name must be letters, digits, - or _"));
        }
        if (c.target() != null && (c.target().signum() < 0 || c.target().compareTo(FULL_SCORE) > 0)) {
            violations.add(new Violation(at + "target", "the neutral share given without history is a percent from 0 to 100"));
        }
        if (c.maximum() != null && (c.maximum().stripTrailingZeros().scale() > 0 || c.maximum().intValue() < 1
                || c.maximum().intValue() > 10)) {
            violations.add(new Violation(at + "maximum", "the look-back is a whole number of years from 1 to 10"));
        }
    }

    private static void checkRatingScale(Criterion c, String at, List<Violation> violations) {
        if (c.minimum() == null) {
            violations.add(new Violation(at + "minimum", "minimum rating is required"));
        }
        if (c.maximum() == null) {
            violations.add(new Violation(at + "maximum", "maximum rating is required"));
        } else if (c.minimum() != null && c.maximum().compareTo(c.minimum()) <= 0) {
            violations.add(new Violation(at + "maximum", "maximum rating must be greater than minimum " + plain(c.minimum())));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
