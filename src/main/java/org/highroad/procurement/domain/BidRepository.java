package org.highroad.procurement.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BidRepository extends JpaRepository<Bid, Long> {
    List<Bid> findBySolicitationIdOrderByIdAsc(long solicitationId);

    List<Bid> findBySolicitationIdAndVendorIdOrderByIdAsc(long solicitationId, long vendorId);
}
