package org.highroad.subsidies.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SubsidyRequestRepository extends JpaRepository<SubsidyRequest, Long> {

    List<SubsidyRequest> findByLineageIdOrderByVersion(long lineageId);

    List<SubsidyRequest> findAllByOrderById();

    /** One page of the requests a reader sees: agency staff every one ({@code everyone}), an employer its own. */
    @Query(value = "select r from SubsidyRequest r where :everyone = true or r.vendorId = :vendor",
            countQuery = "select count(r) from SubsidyRequest r where :everyone = true or r.vendorId = :vendor")
    Page<SubsidyRequest> pageVisible(@org.springframework.data.repository.query.Param("everyone") boolean everyone,
            @org.springframework.data.repository.query.Param("vendor") long vendor, Pageable pageable);

    /** One page of the requests in one status a reader sees (as {@link #pageVisible}). */
    @Query(value = "select r from SubsidyRequest r where r.status = :status and (:everyone = true or r.vendorId = :vendor)",
            countQuery = "select count(r) from SubsidyRequest r where r.status = :status and (:everyone = true or r.vendorId = :vendor)")
    Page<SubsidyRequest> pageVisibleInStatus(@org.springframework.data.repository.query.Param("status") org.highroad.subsidies.RequestStatus status,
            @org.springframework.data.repository.query.Param("everyone") boolean everyone,
            @org.springframework.data.repository.query.Param("vendor") long vendor, Pageable pageable);

    List<SubsidyRequest> findByVendorIdOrderById(long vendorId);

    /** The request drafted by the form with this one-time token (its SHA-256), if any. */
    @Query("select r from SubsidyRequest r where r.formToken = ?1")
    Optional<SubsidyRequest> findByFormToken(String hash);

    List<SubsidyRequest> findByProgramId(long programId);

    /** The version locked, so that a decision, a withdrawal and the agreement's acceptance happen one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from SubsidyRequest r where r.id = ?1")
    Optional<SubsidyRequest> findLocked(long id);
}
