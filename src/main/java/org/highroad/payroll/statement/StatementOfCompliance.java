package org.highroad.payroll.statement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The Statement of Compliance of the WH-347 (page 2, Rev. January 2025) as a contractor files it for a contract: the
 * signatory who certifies the weekly payrolls, the bona fide fringe plans paid into with their hourly credit (item
 * 4(a)), the apprenticeship programs with their registration (29 CFR 5.5(a)(4)(i)) and any exceptions (item 4(c)).
 * Every member is bounded by the column it is kept in (migration V9: {@code compliance_statement},
 * {@code compliance_statement_plan}, {@code compliance_statement_program}, {@code compliance_statement_level};
 * {@code CellLimitsSchemaTest} compares them), and every text is a {@link StatementText}.
 */
public record StatementOfCompliance(
        @NotBlank @Size(max = 200) @StatementText String signatoryName,
        @NotBlank @Size(max = 200) @StatementText String signatoryTitle,
        @Valid @Size(max = 50) List<@NotNull FringePlan> fringePlans,
        @Valid @Size(max = 50) List<@NotNull ApprenticeshipProgram> apprenticeshipPrograms,
        @Size(max = 4000) @StatementText String exceptions) {

    public StatementOfCompliance {
        fringePlans = fringePlans == null ? List.of() : List.copyOf(fringePlans);
        apprenticeshipPrograms = apprenticeshipPrograms == null ? List.of() : List.copyOf(apprenticeshipPrograms);
    }

    /** A bona fide fringe benefit plan, fund or program and the contribution credited per hour worked. */
    public record FringePlan(@NotBlank @Size(max = 200) @StatementText String name,
            @NotNull @DecimalMin("0.00") @Digits(integer = 6, fraction = 2) BigDecimal hourlyCredit) {
    }

    /**
     * An apprenticeship program. Only a program registered with the DOL Office of Apprenticeship or a State
     * Apprenticeship Agency lets an apprentice be paid less than the journeyworker rate, within its ratio.
     *
     * @param apprenticesPerJourneyworker the allowed ratio: 1 for 1:1, 0.333 for 1:3
     * @param percentOfJourneyRateByLevel per progression level, the wage in percent of the journeyworker rate
     */
    public record ApprenticeshipProgram(@NotBlank @Size(max = 200) @StatementText String name,
            @NotBlank @Size(max = 200) @StatementText String classification,
            @NotNull Boolean registered,
            @Size(max = 100) @StatementText String registrationNumber,
            @Size(max = 200) @StatementText String registeredWith,
            @NotNull @DecimalMin("0") @DecimalMax("10") @Digits(integer = 2, fraction = 3) BigDecimal apprenticesPerJourneyworker,
            @Size(max = 12) Map<@NotNull @Min(1) @Max(12) Integer, @NotNull @DecimalMin("1") @DecimalMax("100")
                    @Digits(integer = 3, fraction = 2) BigDecimal> percentOfJourneyRateByLevel) {

        public ApprenticeshipProgram {
            percentOfJourneyRateByLevel = percentOfJourneyRateByLevel == null ? Map.of() : Map.copyOf(percentOfJourneyRateByLevel);
        }

        /** A registered program names its registration (29 CFR 29.3 registration number or agency). */
        @AssertTrue(message = "a registered program needs its registration number")
        public boolean isRegistrationNumberGivenWhenRegistered() {
            return !Boolean.TRUE.equals(registered) || registrationNumber != null && !registrationNumber.isBlank();
        }
    }
}
