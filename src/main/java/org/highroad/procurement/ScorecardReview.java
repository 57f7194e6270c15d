package org.highroad.procurement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A procurement officer's review of a bid's scorecard: ratings for the officer-rated criteria (each with a written
 * justification), then confirm the scorecard or disqualify the bid, with a reason. Body of
 * {@code POST /api/bids/{id}/review}.
 */
public record ScorecardReview(@NotNull Decision decision, @NotBlank @Size(max = 2000) String reason,
        @Size(max = 20) List<@Valid @NotNull Rating> ratings) {

    public enum Decision { CONFIRM, DISQUALIFY }

    public ScorecardReview {
        ratings = ratings == null ? List.of() : ratings;
    }

    public record Rating(@NotBlank @Size(max = 60) String criterion, @NotNull BigDecimal rating,
            @NotBlank @Size(max = 2000) String justification) {
    }
}
