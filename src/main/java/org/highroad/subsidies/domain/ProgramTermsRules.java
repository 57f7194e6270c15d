package org.highroad.subsidies.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.highroad.platform.validation.Violation;
import org.highroad.standards.SubsidyTerms;
import org.highroad.subsidies.ProgramTerms;

/**
 * A program's terms against its pinned standard's subsidy terms: the standard is the policy the board adopted, so a
 * program may be stricter, never looser. Every violation names its field ({@code terms.sharePercent}) at once.
 */
public final class ProgramTermsRules {

    private ProgramTermsRules() {
    }

    /** The standard's terms as program terms: what a program takes where neither its body nor its preset says. */
    public static ProgramTerms fromStandard(SubsidyTerms s, BigDecimal wageFloor) {
        if (s == null) {
            return new ProgramTerms(null, null, null, wageFloor, null, null, null, null, null, null, null, null);
        }
        return new ProgramTerms(s.maxReimbursementPercent(), s.maxHours(), s.minHoursPerWeek(), wageFloor, null,
                s.minEmployerDaysInOperation(), s.maxAmountPerTrainee(), null, null, null, null, null);
    }

    public static List<Violation> violations(ProgramTerms t, SubsidyTerms s, BigDecimal wageFloor) {
        List<Violation> v = new ArrayList<>();
        required(v, "sharePercent", t.sharePercent());
        required(v, "maxTrainingHours", t.maxTrainingHours());
        required(v, "minHoursPerWeek", t.minHoursPerWeek());
        required(v, "minimumWage", t.minimumWage());
        required(v, "livingWage", t.livingWage());
        required(v, "minDaysOperating", t.minDaysOperating());
        required(v, "capPerHire", t.capPerHire());
        required(v, "budget", t.budget());
        required(v, "autoApprovalCeiling", t.autoApprovalCeiling());
        required(v, "qualityThreshold", t.qualityThreshold());
        required(v, "qualityGoalPercent", t.qualityGoalPercent());
        required(v, "attestations", t.attestations());
        if (!v.isEmpty()) {
            return v;
        }
        if (s != null) {
            atMost(v, "sharePercent", t.sharePercent(), s.maxReimbursementPercent(), "the standard's maximum reimbursement");
            atMost(v, "maxTrainingHours", big(t.maxTrainingHours()), big(s.maxHours()), "the standard's maximum hours");
            atLeast(v, "minHoursPerWeek", t.minHoursPerWeek(), s.minHoursPerWeek(), "the standard's minimum hours a week");
            atMost(v, "capPerHire", t.capPerHire(), s.maxAmountPerTrainee(), "the standard's maximum per trainee");
            atLeast(v, "minDaysOperating", big(t.minDaysOperating()), big(s.minEmployerDaysInOperation()),
                    "the standard's minimum days in operation");
        }
        atLeast(v, "minimumWage", t.minimumWage(), wageFloor, "the standard's wage floor for all covered work");
        if (t.livingWage().compareTo(t.minimumWage()) < 0) {
            v.add(new Violation("terms.livingWage", "must not be below the minimum wage " + t.minimumWage().toPlainString()));
        }
        return v;
    }

    private static void required(List<Violation> v, String field, Object value) {
        if (value == null) {
            v.add(new Violation("terms." + field, "is required (neither the request, the preset nor the standard gives it)"));
        }
    }

    private static void atMost(List<Violation> v, String field, BigDecimal value, BigDecimal bound, String what) {
        if (bound != null && value.compareTo(bound) > 0) {
            v.add(new Violation("terms." + field, "must be at most " + bound.stripTrailingZeros().toPlainString() + ", " + what));
        }
    }

    private static void atLeast(List<Violation> v, String field, BigDecimal value, BigDecimal bound, String what) {
        if (bound != null && value.compareTo(bound) < 0) {
            v.add(new Violation("terms." + field, "must be at least " + bound.stripTrailingZeros().toPlainString() + ", " + what));
        }
    }

    private static BigDecimal big(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
