package org.highroad.subsidies;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/subsidy-programs}: a program pinned to an adopted version of a job-quality standard,
 * with terms filled from {@code preset} (a file under {@code presets/subsidy-programs/}) where the body leaves them out.
 */
public record NewProgram(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "must be capitals, digits and hyphens") String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 60) String standardCode,
        @NotNull @Min(1) Integer standardVersion,
        @Size(max = 60) String preset,
        @Valid ProgramTerms terms) {
}
