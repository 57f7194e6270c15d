package org.highroad.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.highroad.platform.validation.Percent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.highroad.standards.scoring.Principle;

/**
 * A bid: the price and the job-quality commitments the vendor will be held to (they become contract terms).
 * Body of {@code POST /api/solicitations/{id}/bids}. Shares are percentages of work hours (0-100).
 */
public record BidSubmission(
        @NotNull @DecimalMin(value = "0.01", message = "must be a positive amount") @Digits(integer = 14, fraction = 2)
        BigDecimal price,
        @Size(max = 100) List<@Valid @NotNull WageOffer> wageOffers,
        @DecimalMin(value = "0.01", message = "must be a positive hourly rate") @DecimalMax(value = "1000.00", message = "must be at most 1000.00 per hour")
        @Digits(integer = 6, fraction = 2) BigDecimal lowestHourlyWage,
        @Percent BigDecimal employerHealthPremiumSharePercent,
        @DecimalMin(value = "0", message = "must be between 0 and 366") @DecimalMax(value = "366", message = "must be between 0 and 366")
        @Digits(integer = 3, fraction = 1) BigDecimal paidLeaveDaysPerYear,
        @Percent BigDecimal retirementContributionPercent,
        @Min(value = 0, message = "must be between 0 and 365") @Max(value = 365, message = "must be between 0 and 365") Integer scheduleNoticeDays,
        @Percent BigDecimal fullTimeSharePercent,
        @Percent BigDecimal localResidentHoursSharePercent,
        @Percent BigDecimal peopleOfColorHoursSharePercent,
        @Percent BigDecimal womenHoursSharePercent,
        @Percent BigDecimal apprenticeHoursSharePercent,
        @DecimalMin(value = "0", message = "must be between 0 and 2000") @DecimalMax(value = "2000", message = "must be between 0 and 2000")
        @Digits(integer = 4, fraction = 1) BigDecimal trainingHoursPerWorkerPerYear,
        @Size(max = 4000) String advancementPlan,
        Boolean hasCollectiveAgreement,
        Boolean hasWorkerCommittee,
        @Min(value = 0, message = "must not be negative") @Max(value = 1000, message = "must be at most 1000") Integer seriousSafetyCitationsLast3Years,
        @Size(max = 8) Map<Principle, @NotBlank @Size(max = 4000) String> principleStatements) {

    public BidSubmission {
        wageOffers = wageOffers == null ? List.of() : wageOffers;
        principleStatements = principleStatements == null ? Map.of() : principleStatements;
    }

    /** The hourly base and fringe rates offered for one classification (29 CFR 5.5(a)(1): both are owed). */
    @Embeddable
    public record WageOffer(
            @NotBlank @Size(max = 200) @Column(name = "classification") String classification,
            @NotNull @DecimalMin(value = "0.01", message = "must be a positive hourly rate") @DecimalMax(value = "1000.00", message = "must be at most 1000.00 per hour")
            @Digits(integer = 6, fraction = 2) @Column(name = "base_rate") BigDecimal baseRate,
            @NotNull @DecimalMin(value = "0.00", message = "must not be negative") @DecimalMax(value = "1000.00", message = "must be at most 1000.00 per hour")
            @Digits(integer = 6, fraction = 2) @Column(name = "fringe_rate") BigDecimal fringeRate) {
    }
}
