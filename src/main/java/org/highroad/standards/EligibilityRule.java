package org.highroad.standards;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A reason that makes a vendor ineligible for award under this standard version. {@code lookbackYears} counts back
 * from the date of the decision; {@code maxAllowed} is how many matching records are tolerated (usually 0).
 */
@Embeddable
public record EligibilityRule(
        @NotNull @Enumerated(EnumType.STRING) @Column(name = "kind") Kind kind,
        @Min(value = 1, message = "must be at least 1 year") @Max(value = 25, message = "must be at most 25 years")
        @Column(name = "lookback_years") Integer lookbackYears,
        @Min(value = 0, message = "must not be negative") @Column(name = "max_allowed") Integer maxAllowed,
        @NotBlank @Size(max = 500) @Column(name = "citation") String citation) {

    /** What is screened. */
    public enum Kind {
        /** A debarment in force on the date (SAM.gov exclusions, state or local debarment). */
        ACTIVE_DEBARMENT,
        /** A wage-theft finding not yet resolved (restitution unpaid), within the look-back. */
        UNRESOLVED_WAGE_THEFT,
        /** Serious (or willful/repeat) safety citations within the look-back. */
        SERIOUS_SAFETY_CITATIONS
    }

    /** How many matching records are tolerated before the vendor is ineligible. */
    public int allowed() {
        return maxAllowed == null ? 0 : maxAllowed;
    }
}
