package org.highroad.procurement.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BidderNoticeRepository extends JpaRepository<BidderNotice, Long> {
    List<BidderNotice> findBySolicitationIdOrderByIdAsc(long solicitationId);
}
