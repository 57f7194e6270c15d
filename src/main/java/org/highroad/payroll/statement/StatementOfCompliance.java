package org.highroad.payroll.statement;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
import org.highroad.payroll.wages.AnnualizedPlan;

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

    /**
     * A bona fide fringe benefit plan, fund or program and the contribution credited per hour worked. A plan paid per
     * hour worked gives its {@code hourlyCredit}. A plan that pays for all of a worker's work, public and private (a
     * monthly health premium, for example), gives instead its {@code contribution} per covered worker, its
     * {@code period}, and the hours the worker works for the contractor in a year on all work, public and private
     * ({@code annualHoursAllWork}); Highroad computes its hourly credit (29 CFR 5.25(c)(1): the total cost divided by
     * the total hours worked on private and DBRA-covered work, {@link #annualized()}).
     *
     * @param workerRef the covered worker's identifying number as the payroll gives it (col. 1E; a full SSN is refused like in any
     *                  statement text);
     *                  blank when the plan covers every worker of the contractor
     */
    public record FringePlan(@NotBlank @Size(max = 200) @StatementText String name,
            @DecimalMin("0.00") @Digits(integer = 6, fraction = 2) BigDecimal hourlyCredit,
            @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal contribution,
            ContributionPeriod period,
            @DecimalMin("1") @DecimalMax("8784") @Digits(integer = 4, fraction = 2) BigDecimal annualHoursAllWork,
            @Size(max = 20) @StatementText String workerRef) {

        /** A plan paid per hour worked. */
        public FringePlan(String name, BigDecimal hourlyCredit) {
            this(name, hourlyCredit, null, null, null, null);
        }

        /** A plan gives either its hourly credit, or its contribution, period and annual hours on all work. */
        @AssertTrue(message = "give hourlyCredit for a plan paid per hour, or contribution, period and annualHoursAllWork "
                + "(and no hourlyCredit) for a plan that pays for all work")
        public boolean isCreditedPerHourOrAnnualized() {
            boolean annualized = contribution != null || period != null || annualHoursAllWork != null;
            return annualized ? contribution != null && period != null && annualHoursAllWork != null && hourlyCredit == null
                    : hourlyCredit != null && (workerRef == null || workerRef.isBlank());
        }

        /**
         * The hourly credit computed for a plan that pays for all work is held like a typed one, at most
         * {@link AnnualizedPlan#MOST_HOURLY_CREDIT} (item 4(a), col. 6B); a larger figure is refused naming the plan.
         */
        @JsonIgnore
        @AssertTrue(message = "the contribution for a year divided by annualHoursAllWork is more than 999999.99 an hour, "
                + "more than an hourly credit holds: check contribution, period and annualHoursAllWork")
        public boolean isAnnualizedCreditWithinLimit() {
            return !coversAllWork() || contribution.signum() < 0 || annualHoursAllWork.signum() <= 0
                    || annualized().creditWithinLimit();
        }

        /** Whether the plan pays for all work and its hourly credit is computed. */
        public boolean coversAllWork() {
            return contribution != null && period != null && annualHoursAllWork != null;
        }

        /** The plan as the wage check annualizes it (29 CFR 5.25(c)(1)); only for a plan that {@link #coversAllWork()}. */
        public AnnualizedPlan annualized() {
            return new AnnualizedPlan(name, workerRef == null || workerRef.isBlank() ? null : workerRef.strip(),
                    period.annual(contribution), annualHoursAllWork);
        }
    }

    /**
     * An apprenticeship program. Only a program registered with the DOL Office of Apprenticeship or a State
     * Apprenticeship Agency lets an apprentice be paid less than the journeyworker rate, within its ratio.
     *
     * @param apprenticesPerJourneyworker the allowed ratio: 1 for 1:1, 0.333 for 1:3
     * @param percentOfJourneyRateByLevel per progression level, the wage in percent of the journeyworker rate
     * @param fringePercentOfJourneyByLevel per progression level, the fringe the program sets in percent of the
     *                                    journeyworker fringe; a level not listed owes the full fringe (29 CFR
     *                                    5.5(a)(4)(i)); only levels that have a wage percentage
     * @param fringePerHourByLevel per progression level, the fringe per hour the wage determination sets for
     *                                    apprentices at that level (some determinations publish apprentice fringes
     *                                    apart from the journeyworker's), instead of a percentage; only levels that
     *                                    have a wage percentage and no fringe percentage
     * @param fringeSource          where the determination sets those fringes (its number, modification and line), cited
     *                                    in every finding priced with them; required with {@code fringePerHourByLevel}
     */
    public record ApprenticeshipProgram(@NotBlank @Size(max = 200) @StatementText String name,
            @NotBlank @Size(max = 200) @StatementText String classification,
            @NotNull Boolean registered,
            @Size(max = 100) @StatementText String registrationNumber,
            @Size(max = 200) @StatementText String registeredWith,
            @NotNull @DecimalMin("0") @DecimalMax("10") @Digits(integer = 2, fraction = 3) BigDecimal apprenticesPerJourneyworker,
            @Size(max = 12) Map<@NotNull @Min(1) @Max(12) Integer, @NotNull @DecimalMin("1") @DecimalMax("100")
                    @Digits(integer = 3, fraction = 2) BigDecimal> percentOfJourneyRateByLevel,
            @Size(max = 12) Map<@NotNull @Min(1) @Max(12) Integer, @NotNull @DecimalMin("0") @DecimalMax("100")
                    @Digits(integer = 3, fraction = 2) BigDecimal> fringePercentOfJourneyByLevel,
            @Size(max = 12) Map<@NotNull @Min(1) @Max(12) Integer, @NotNull @DecimalMin("0") @DecimalMax("999999.99")
                    @Digits(integer = 6, fraction = 2) BigDecimal> fringePerHourByLevel,
            @Size(max = 200) @StatementText String fringeSource) {

        public ApprenticeshipProgram {
            percentOfJourneyRateByLevel = percentOfJourneyRateByLevel == null ? Map.of() : Map.copyOf(percentOfJourneyRateByLevel);
            fringePercentOfJourneyByLevel = fringePercentOfJourneyByLevel == null ? Map.of()
                    : Map.copyOf(fringePercentOfJourneyByLevel);
            fringePerHourByLevel = fringePerHourByLevel == null ? Map.of() : Map.copyOf(fringePerHourByLevel);
        }

        /** A program whose apprentice fringes, if any, are percentages it sets. */
        public ApprenticeshipProgram(String name, String classification, Boolean registered, String registrationNumber,
                String registeredWith, BigDecimal apprenticesPerJourneyworker,
                Map<Integer, BigDecimal> percentOfJourneyRateByLevel, Map<Integer, BigDecimal> fringePercentOfJourneyByLevel) {
            this(name, classification, registered, registrationNumber, registeredWith, apprenticesPerJourneyworker,
                    percentOfJourneyRateByLevel, fringePercentOfJourneyByLevel, Map.of(), null);
        }

        /** A program that sets no apprentice fringe: every level owes the full fringe. */
        public ApprenticeshipProgram(String name, String classification, Boolean registered, String registrationNumber,
                String registeredWith, BigDecimal apprenticesPerJourneyworker,
                Map<Integer, BigDecimal> percentOfJourneyRateByLevel) {
            this(name, classification, registered, registrationNumber, registeredWith, apprenticesPerJourneyworker,
                    percentOfJourneyRateByLevel, Map.of());
        }

        /** A level's fringe is set beside its wage: a fringe for a level without a wage percentage is refused. */
        @AssertTrue(message = "a level's fringe percentage needs the level's wage percentage")
        public boolean isFringeGivenOnlyForLevelsWithAWage() {
            return percentOfJourneyRateByLevel.keySet().containsAll(fringePercentOfJourneyByLevel.keySet())
                    && percentOfJourneyRateByLevel.keySet().containsAll(fringePerHourByLevel.keySet());
        }

        /** A level's apprentice fringe comes from the program (a percentage) or from the determination (an amount), not both. */
        @AssertTrue(message = "a level's fringe is a percentage the program sets or an amount the determination sets, not both")
        public boolean isOneFringePerLevel() {
            return fringePerHourByLevel.keySet().stream().noneMatch(fringePercentOfJourneyByLevel::containsKey);
        }

        /** The determination's apprentice fringes are cited (29 CFR 5.5(a)(4)(i): the fringe the determination sets). */
        @AssertTrue(message = "fringes per hour from the wage determination need their source: the determination, modification and line")
        public boolean isFringeSourceGivenWithFringesPerHour() {
            return fringePerHourByLevel.isEmpty() || fringeSource != null && !fringeSource.isBlank();
        }

        /** A registered program names its registration (29 CFR 29.3 registration number or agency). */
        @AssertTrue(message = "a registered program needs its registration number")
        public boolean isRegistrationNumberGivenWhenRegistered() {
            return !Boolean.TRUE.equals(registered) || registrationNumber != null && !registrationNumber.isBlank();
        }
    }
}
