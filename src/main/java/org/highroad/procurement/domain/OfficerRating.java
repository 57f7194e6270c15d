package org.highroad.procurement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;
import org.highroad.procurement.ScorecardView;

/** An officer's rating of an officer-rated criterion, with the written justification the record requires. */
@Embeddable
record OfficerRating(
        @Column(name = "criterion") String criterion,
        @Column(name = "rating") BigDecimal rating,
        @Column(name = "justification") String justification,
        @Column(name = "rated_by") String ratedBy,
        @Column(name = "rated_at") Instant ratedAt) {

    ScorecardView.Rating toView() {
        return new ScorecardView.Rating(criterion, rating, justification, ratedBy, ratedAt);
    }
}
