package org.highroad.standards;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A public agency (city, county, workforce board) that owns standards. Body and result of {@code /api/agencies}. */
public record Agency(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,39}", message = "must be 2-40 upper-case letters, digits or dashes")
        String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String jurisdiction) {
}
