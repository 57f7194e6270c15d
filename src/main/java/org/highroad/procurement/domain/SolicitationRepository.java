package org.highroad.procurement.domain;

import java.util.Collection;
import java.util.List;
import org.highroad.procurement.SolicitationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SolicitationRepository extends JpaRepository<Solicitation, Long> {
    List<Solicitation> findAllByOrderByIdDesc();

    List<Solicitation> findByStatusInOrderByIdDesc(Collection<SolicitationStatus> statuses);
}
