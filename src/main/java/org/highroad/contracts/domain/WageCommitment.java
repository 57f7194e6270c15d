package org.highroad.contracts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** What the bid offered for a classification, and the prevailing rate it was judged against. */
@Embeddable
public record WageCommitment(
        @Column(name = "classification") String classification,
        @Column(name = "offered_base") BigDecimal offeredBase,
        @Column(name = "offered_fringe") BigDecimal offeredFringe,
        @Column(name = "prevailing_base") BigDecimal prevailingBase,
        @Column(name = "prevailing_fringe") BigDecimal prevailingFringe) {
}
