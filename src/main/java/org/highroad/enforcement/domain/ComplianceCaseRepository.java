package org.highroad.enforcement.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import jakarta.persistence.LockModeType;

public interface ComplianceCaseRepository extends JpaRepository<ComplianceCase, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<ComplianceCase> findFirstByContractIdAndVendorIdAndStatusOrderByIdDesc(long contractId, long vendorId,
            ComplianceCase.Status status);

    List<ComplianceCase> findAllByOrderByIdDesc();

    List<ComplianceCase> findByVendorIdAndIdNot(long vendorId, long id);
}
