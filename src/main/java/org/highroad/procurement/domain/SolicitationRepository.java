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

    /**
     * 1 when the solicitation's bids are opened, else 0, read fresh from the row while locking it until the transaction
     * ends (the opening locks the same row): a bid evaluation that reads 0 is waiting for the opening before the
     * opening looks for waiting evaluations.
     * <p>
     * Read without flushing the transaction's pending changes first ({@code COMMIT}; a native query would otherwise
     * flush everything, as Hibernate cannot tell which tables it reads): its only caller, a bid's evaluation, has not
     * changed the solicitation (the answer reads only its {@code opened_at}, which the opening sets in its own
     * transaction), so no pending change could alter it. The bid's score written a step before is flushed at the
     * commit instead, after this lock rather than before it: the evaluation then takes the solicitation's row before
     * the bid's, in the order a resubmission takes them (the solicitation, then the bid it replaces).
     */
    @Query(value = "select case when opened_at is null then 0 else 1 end from solicitation where id = :id for update",
            nativeQuery = true)
    @org.springframework.data.jpa.repository.QueryHints(
            @jakarta.persistence.QueryHint(name = "org.hibernate.flushMode", value = "COMMIT"))
    Integer lockAndReadOpened(@Param("id") long id);

    List<Solicitation> findAllByOrderByIdDesc();

    /** The solicitation drafted from the form with this one-time token (its SHA-256), if any. */
    @Query("select s from Solicitation s where s.formToken = ?1")
    Optional<Solicitation> findByFormToken(String hash);

    org.springframework.data.domain.Page<Solicitation> findByStatusIn(Collection<SolicitationStatus> statuses,
            org.springframework.data.domain.Pageable pageable);

    List<Solicitation> findByStatusInOrderByIdDesc(Collection<SolicitationStatus> statuses);
}
