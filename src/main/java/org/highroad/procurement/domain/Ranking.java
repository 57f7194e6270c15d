package org.highroad.procurement.domain;

import java.util.Comparator;

/**
 * Rank order of evaluated bids: highest total score first; ties go to the lower price (better value for the same
 * job quality), then to the earlier submission, then to the lower bid id so the order is always total.
 */
public final class Ranking {

    public static final String TIE_BREAK = "total score (highest first), then price (lowest first), "
            + "then submission time (earliest first), then bid id";

    public static final Comparator<Bid> ORDER = Comparator.comparing(Bid::totalScore, Comparator.reverseOrder())
            .thenComparing(Bid::price).thenComparing(Bid::submittedAt).thenComparing(Bid::id);

    private Ranking() {
    }
}
