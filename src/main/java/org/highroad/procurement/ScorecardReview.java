package org.highroad.procurement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
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

    /**
     * One officer rating. At most two decimals: the rating is kept as {@code numeric(8, 2)} (V6) and the points are
     * scored from the rating as given, so a third decimal would be stored rounded but scored unrounded and the record
     * would disagree with the points; it is refused, as the API's money fields refuse a third decimal.
     */
    public record Rating(@NotBlank @Size(max = 60) String criterion,
            @NotNull @Digits(integer = 6, fraction = 2, message = "must have at most 2 decimals") BigDecimal rating,
            @NotBlank @Size(max = 2000) String justification) {

        /** The most decimals a rating may have (its column's scale). */
        public static final int DECIMALS = 2;
    }
}
