package org.highroad.vendors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A debarment or suspension (SAM.gov Exclusions, a state or local list): body of
 * {@code POST /api/vendors/{id}/debarments}. Open-ended when {@code endsOn} is null.
 */
public record DebarmentReport(
        @NotNull LocalDate startsOn,
        LocalDate endsOn,
        @NotBlank @Size(max = 200) String source,
        @Size(max = 2000) String reason) {
}
