package org.highroad.procurement.domain;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BidRepository extends JpaRepository<Bid, Long> {
    List<Bid> findBySolicitationIdOrderByIdAsc(long solicitationId);

    /** One page of a solicitation's bids a reader sees: agency staff every bid ({@code everyone}), a bidder its own. */
    @Query(value = "select b from Bid b where b.solicitationId = :solicitation and (:everyone = true or b.vendorId = :vendor)",
            countQuery = "select count(b) from Bid b where b.solicitationId = :solicitation and (:everyone = true or b.vendorId = :vendor)")
    Page<Bid> pageOfSolicitation(@Param("solicitation") long solicitationId, @Param("everyone") boolean everyone,
            @Param("vendor") long vendor, Pageable pageable);

    /** How many of a solicitation's bids are in the competition or were ruled out: every bid but those replaced or cancelled. */
    long countBySolicitationIdAndStatusNotIn(long solicitationId, java.util.Collection<org.highroad.procurement.BidStatus> statuses);

    List<Bid> findBySolicitationIdAndVendorIdOrderByIdAsc(long solicitationId, long vendorId);

    /**
     * The lowest price among a solicitation's bids in the given statuses, or null when there is none: one row, read
     * through the solicitation's index, without loading the bids.
     */
    @Query("select min(b.price) from Bid b where b.solicitationId = :solicitation and b.status in :statuses")
    java.math.BigDecimal lowestPrice(@Param("solicitation") long solicitationId,
            @Param("statuses") java.util.Collection<org.highroad.procurement.BidStatus> statuses);

    /**
     * {@link #lowestPrice}, read without flushing the transaction's pending changes first ({@code COMMIT}): only for a
     * caller that has changed no bid's price or status in this transaction, so that the flush could not change the
     * answer and would only cost the dirty check of every entity the transaction has loaded. The three statuses
     * are three parameters, not a list: Hibernate translates a query with a list parameter to SQL again on every
     * execution.
     */
    @Query("select min(b.price) from Bid b where b.solicitationId = :solicitation"
            + " and b.status in (:status, :orStatus, :orElseStatus)")
    @org.springframework.data.jpa.repository.QueryHints(
            @jakarta.persistence.QueryHint(name = "org.hibernate.flushMode", value = "COMMIT"))
    java.math.BigDecimal lowestPriceWithoutFlush(@Param("solicitation") long solicitationId,
            @Param("status") org.highroad.procurement.BidStatus status,
            @Param("orStatus") org.highroad.procurement.BidStatus orStatus,
            @Param("orElseStatus") org.highroad.procurement.BidStatus orElseStatus);
}
