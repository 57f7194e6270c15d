package org.highroad.vendors.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.highroad.platform.validation.Violation;
import org.highroad.standards.scoring.Criterion;
import org.highroad.standards.scoring.CriterionKind;
import org.highroad.vendors.JobQualityProfile;

/** Pure rules of pre-qualification that bean validation cannot express. */
public final class QualificationRules {

    /**
     * Kinds a profile alone can decide. Price needs the competing bids, an officer rating needs an evaluator, and
     * a tier table needs its decision service: those criteria are scored with each bid, not on pre-qualification.
     */
    private static final Set<CriterionKind> PROFILE_KINDS = EnumSet.of(CriterionKind.MANDATORY_FLOOR,
            CriterionKind.LINEAR, CriterionKind.PROPORTIONAL_TO_TARGET, CriterionKind.YES_NO);

    private QualificationRules() {
    }

    /** Whether a profile answers this rubric criterion, so that pre-qualification scores it. */
    public static boolean answeredByProfile(Criterion criterion) {
        return PROFILE_KINDS.contains(criterion.kind()) && JobQualityProfile.METRICS.contains(criterion.metric());
    }

    /** Cross-field rules of a profile, each violation named by its JSON path under {@code prefix}. */
    public static List<Violation> check(JobQualityProfile p, String prefix) {
        List<Violation> violations = new ArrayList<>();
        if (p.lowestHourlyWage() != null && p.medianHourlyWage() != null
                && p.medianHourlyWage().compareTo(p.lowestHourlyWage()) < 0) {
            violations.add(new Violation(prefix + "medianHourlyWage",
                    "must not be below lowestHourlyWage (" + p.lowestHourlyWage().toPlainString() + ")"));
        }
        // Without a health plan there is no premium for the employer to share.
        if (Boolean.FALSE.equals(p.offersHealthCoverage()) && p.employerHealthPremiumSharePercent() != null
                && p.employerHealthPremiumSharePercent().compareTo(BigDecimal.ZERO) != 0) {
            violations.add(new Violation(prefix + "employerHealthPremiumSharePercent",
                    "must be 0 when offersHealthCoverage is false"));
        }
        return violations;
    }
}
