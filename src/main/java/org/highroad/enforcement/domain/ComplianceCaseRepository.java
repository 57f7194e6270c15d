package org.highroad.enforcement.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import jakarta.persistence.LockModeType;

public interface ComplianceCaseRepository extends JpaRepository<ComplianceCase, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<ComplianceCase> findFirstByContractIdAndVendorIdAndStatusOrderByIdDesc(long contractId, long vendorId,
            ComplianceCase.Status status);

    /** The case, its row locked until the transaction ends: ledger appends to one case are checked one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ComplianceCase c where c.id = :id")
    Optional<ComplianceCase> lockById(@Param("id") long id);

    List<ComplianceCase> findAllByOrderByIdDesc();

    List<ComplianceCase> findByVendorIdAndIdNot(long vendorId, long id);
}
