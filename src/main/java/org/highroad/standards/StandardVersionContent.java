package org.highroad.standards;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.highroad.standards.scoring.Criterion;

/**
 * Everything one version of a job-quality standard says: the body of {@code POST /api/standards/{code}/versions}
 * and of a preset file, and what a read returns. Cross-field rules are checked by {@code StandardVersionRules}.
 */
public record StandardVersionContent(
        @NotNull LocalDate effectiveFrom,
        @Size(max = 4000) String summary,
        @Size(max = 200) List<@Valid @NotNull WageFloor> wageFloors,
        @Size(max = 50) List<@Valid @NotNull WageDetermination> wageDeterminations,
        @Size(max = 20) List<@Valid @NotNull WorkforceTarget> workforceTargets,
        @NotEmpty @Size(max = 100) List<@NotNull Criterion> rubric,
        @Size(max = 20) List<@Valid @NotNull EligibilityRule> eligibilityRules,
        @NotNull @Valid EnforcementParameters enforcement,
        @Valid SubsidyTerms subsidyTerms) {

    /** Floors in force on {@code date} for a classification: its own and those for all covered work. */
    public List<WageFloor> floorsFor(String classification, LocalDate date) {
        return wageFloors.stream().filter(f -> f.inForceOn(date))
                .filter(f -> f.scope() == WageFloor.Scope.ALL_COVERED_WORK || f.scope() == WageFloor.Scope.CLASSIFICATION
                        && classification != null && f.scopeValue() != null
                        && f.scopeValue().trim().equalsIgnoreCase(classification.trim()))
                .toList();
    }

    /** Lists are never null once a version is read or normalised. */
    public StandardVersionContent {
        wageFloors = wageFloors == null ? List.of() : wageFloors;
        wageDeterminations = wageDeterminations == null ? List.of() : wageDeterminations;
        workforceTargets = workforceTargets == null ? List.of() : workforceTargets;
        eligibilityRules = eligibilityRules == null ? List.of() : eligibilityRules;
    }
}
