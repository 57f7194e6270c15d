package org.highroad.standards;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A Davis-Bacon general wage determination as published on SAM.gov (number, modification, construction type,
 * counties) pinned by a standard version, with the base and fringe rate of each classification it lists.
 */
public record WageDetermination(
        @NotBlank @Pattern(regexp = "[A-Z]{2}\\d{8}", message = "must look like MA20240001 (state and 8 digits)")
        String number,
        @NotNull @Min(0) @Max(999) Integer modification,
        @NotNull ConstructionType constructionType,
        @NotBlank @Size(max = 200) String area,
        LocalDate publishedOn,
        @NotEmpty @Size(max = 2000) List<@Valid @NotNull WageRate> rates) {

    /** The four construction types of 29 CFR 1.2 / DBA practice. */
    public enum ConstructionType { BUILDING, HEAVY, HIGHWAY, RESIDENTIAL }
}
