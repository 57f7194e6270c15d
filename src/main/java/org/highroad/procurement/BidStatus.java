package org.highroad.procurement;

/**
 * Where a bid stands. SUBMITTED while the evaluation runs; then DISQUALIFIED (vendor ineligible, or by the
 * officer), NON_RESPONSIVE (incomplete or below a mandatory floor), SCORED (awaiting the opening of the bids, then
 * the officer's review) or EVALUATED (review confirmed); finally AWARDED or UNSUCCESSFUL. REPLACED when the vendor resubmitted before the deadline;
 * CANCELLED when the solicitation was cancelled before its evaluation ended.
 */
public enum BidStatus {
    SUBMITTED, DISQUALIFIED, NON_RESPONSIVE, SCORED, EVALUATED, REPLACED, AWARDED, UNSUCCESSFUL, CANCELLED;

    /** Still in the competition (not replaced, not ruled out). */
    public boolean live() {
        return this == SUBMITTED || this == SCORED || this == EVALUATED || this == AWARDED;
    }

    /**
     * A bid the vendor's new bid before the deadline takes the place of: any bid not already replaced or cancelled, one
     * ruled out at screening included. A vendor may withdraw or modify its bid until the deadline (FAR 14.303); a bid
     * ruled out stays the vendor's current bid, its evaluation waiting for the opening like any other (ADR 0034), so
     * the new bid must replace it, or the vendor would be counted, ranked and notified twice at the opening.
     */
    public boolean replacedByANewBid() {
        return this != REPLACED && this != CANCELLED;
    }

    /** The evaluation has reached its end for this bid. */
    public boolean evaluationFinished() {
        return this != SUBMITTED && this != SCORED;
    }
}
