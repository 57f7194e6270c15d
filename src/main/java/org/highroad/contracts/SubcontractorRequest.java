package org.highroad.contracts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Body of {@code POST /api/contracts/{id}/subcontractors}. */
public record SubcontractorRequest(@NotNull Long vendorId, @NotBlank @Size(max = 200) String trade,
        @NotNull LocalDate startsOn, @NotNull LocalDate endsOn) {
}
