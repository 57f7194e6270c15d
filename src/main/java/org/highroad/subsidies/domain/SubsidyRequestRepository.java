package org.highroad.subsidies.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SubsidyRequestRepository extends JpaRepository<SubsidyRequest, Long> {

    List<SubsidyRequest> findByLineageIdOrderByVersion(long lineageId);

    List<SubsidyRequest> findAllByOrderById();

    List<SubsidyRequest> findByVendorIdOrderById(long vendorId);

    List<SubsidyRequest> findByProgramId(long programId);

    /** The version locked, so that a decision, a withdrawal and the agreement's acceptance happen one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from SubsidyRequest r where r.id = ?1")
    Optional<SubsidyRequest> findLocked(long id);
}
