package org.highroad.subsidies;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A milestone claim: the hires' pay records for the period, one CSV in the certified-payroll layout per week
 * (docs/payroll-csv.md), read by the payroll module's reader. No signature, wet or otherwise: the records are the proof.
 */
public record ClaimFiling(
        @NotNull @Pattern(regexp = "MIDPOINT|COMPLETION", message = "must be MIDPOINT or COMPLETION") String milestone,
        @NotEmpty @Size(max = 60) List<@Valid @NotNull EvidenceWeek> weeks) {

    /** One week's pay records: the week ending (a Saturday) and the CSV text. */
    public record EvidenceWeek(@NotNull LocalDate weekEnding, @NotBlank @Size(max = 5_000_000) String csv) {
    }
}
