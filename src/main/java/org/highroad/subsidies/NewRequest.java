package org.highroad.subsidies;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The body of {@code POST /api/subsidy-requests}: a draft for one program. */
public record NewRequest(@NotNull Long programId, @NotNull @Valid RequestContent content) {
}
