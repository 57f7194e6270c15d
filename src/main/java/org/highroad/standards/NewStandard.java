package org.highroad.standards;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/standards}: a new standard of an agency with its first version. */
public record NewStandard(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,59}", message = "must be 2-60 upper-case letters, digits or dashes")
        String code,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotBlank @Size(max = 40) String agencyCode,
        @NotNull @Valid StandardVersionContent version) {
}
