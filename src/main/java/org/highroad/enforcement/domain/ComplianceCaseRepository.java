package org.highroad.enforcement.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import jakarta.persistence.LockModeType;

public interface ComplianceCaseRepository extends JpaRepository<ComplianceCase, Long> {

    /** The open case of a contract and contractor ({@link ComplianceCase#openKey}), its row locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ComplianceCase c where c.openKey = :key")
    Optional<ComplianceCase> lockOpen(@Param("key") String openKey);

    /** The case, its row locked until the transaction ends: ledger appends to one case are checked one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ComplianceCase c where c.id = :id")
    Optional<ComplianceCase> lockById(@Param("id") long id);

    /** The cases holding any of these findings (a finding is in one case at most), in id order. */
    @Query("select distinct c.id from ComplianceCase c join c.findings f where f.findingId in :findingIds order by c.id")
    List<Long> idsHolding(@Param("findingIds") java.util.Collection<Long> findingIds);

    List<ComplianceCase> findAllByOrderByIdDesc();

    List<ComplianceCase> findByVendorIdAndIdNot(long vendorId, long id);
}
