package org.highroad.procurement.domain;

import java.util.Collection;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.highroad.procurement.SolicitationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SolicitationRepository extends JpaRepository<Solicitation, Long> {

    /** Locks the row: bids for one solicitation are taken one at a time (one live bid per vendor). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Solicitation s where s.id = :id")
    Optional<Solicitation> findForUpdate(@Param("id") long id);
    List<Solicitation> findAllByOrderByIdDesc();

    List<Solicitation> findByStatusInOrderByIdDesc(Collection<SolicitationStatus> statuses);
}
