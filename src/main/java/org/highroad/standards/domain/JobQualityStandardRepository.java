package org.highroad.standards.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface JobQualityStandardRepository extends JpaRepository<JobQualityStandard, Long> {
    Optional<JobQualityStandard> findByCode(String code);

    boolean existsByCode(String code);

    List<JobQualityStandard> findAllByOrderByCode();

    /**
     * The standard's row locked for the rest of the transaction, waiting for a transaction that holds it: decisions
     * that change which of its versions is in force happen one after the other, each reading the versions as the one
     * before left them (read after the lock, in the same transaction). Not {@code PESSIMISTIC_FORCE_INCREMENT}: on
     * PostgreSQL Hibernate asks it with {@code NOWAIT}, and the second decision would fail instead of waiting.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from JobQualityStandard s where s.id = ?1")
    Optional<JobQualityStandard> findLocked(long id);
}
