package org.highroad.subsidies;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A program's terms. Absent terms are taken from the program's preset, then from the pinned standard version's
 * {@code SubsidyTerms}; a term given must stay within the standard's (a share no higher, hours and cap no larger, a
 * weekly minimum and days in operation no lower, a minimum wage no lower than the standard's floor for all work).
 *
 * @param sharePercent        share of the wage reimbursed (20 CFR 680.700(a): typically up to 50%; 680.730: up to 75%)
 * @param maxTrainingHours    training hours reimbursed per hire at most
 * @param minHoursPerWeek     a hard floor: fewer hours a week are refused, and weeks below it are not paid
 * @param minimumWage         a hard floor on the hourly wage
 * @param livingWage          the county living-wage benchmark: a soft standard (a flag and a condition, not a refusal)
 * @param minDaysOperating    days the employer has operated, at least, on the request's start date
 * @param capPerHire          reimbursement per hire at most, in dollars
 * @param budget              the program's budget, in dollars
 * @param autoApprovalCeiling a request reimbursing less than this in total is approved without staff review
 * @param qualityThreshold    rubric points at which a job is a quality job (with every floor met)
 * @param qualityGoalPercent  the board's goal for the share of subsidy dollars going to quality jobs
 * @param attestations        what every request must attest
 */
public record ProgramTerms(
        @DecimalMin(value = "0.01", message = "must be above 0") @DecimalMax(value = "100", message = "must be at most 100")
        @Digits(integer = 3, fraction = 2) BigDecimal sharePercent,
        @Min(value = 1, message = "must be at least 1 hour") @Max(value = 4000, message = "must be at most 4000 hours") Integer maxTrainingHours,
        @DecimalMin(value = "0", message = "must not be negative") @DecimalMax(value = "80", message = "must be at most 80 hours")
        @Digits(integer = 2, fraction = 2) BigDecimal minHoursPerWeek,
        @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 6, fraction = 2) BigDecimal minimumWage,
        @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 6, fraction = 2) BigDecimal livingWage,
        @Min(value = 0, message = "must not be negative") Integer minDaysOperating,
        @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 10, fraction = 2) BigDecimal capPerHire,
        @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 12, fraction = 2) BigDecimal budget,
        @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 12, fraction = 2) BigDecimal autoApprovalCeiling,
        @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 4, fraction = 2) BigDecimal qualityThreshold,
        @DecimalMin(value = "0", message = "must not be negative") @DecimalMax(value = "100", message = "must be at most 100")
        @Digits(integer = 3, fraction = 2) BigDecimal qualityGoalPercent,
        @Size(max = 10) List<@NotNull Attestation> attestations) {

    /** No term given: every term is taken from elsewhere. */
    public static final ProgramTerms NONE = new ProgramTerms(null, null, null, null, null, null, null, null, null, null, null, null);

    /** Each term of this one, or where absent the other's. */
    public ProgramTerms orElse(ProgramTerms other) {
        if (other == null) {
            return this;
        }
        return new ProgramTerms(or(sharePercent, other.sharePercent), or(maxTrainingHours, other.maxTrainingHours),
                or(minHoursPerWeek, other.minHoursPerWeek), or(minimumWage, other.minimumWage), or(livingWage, other.livingWage),
                or(minDaysOperating, other.minDaysOperating), or(capPerHire, other.capPerHire), or(budget, other.budget),
                or(autoApprovalCeiling, other.autoApprovalCeiling), or(qualityThreshold, other.qualityThreshold),
                or(qualityGoalPercent, other.qualityGoalPercent), or(attestations, other.attestations));
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }
}
