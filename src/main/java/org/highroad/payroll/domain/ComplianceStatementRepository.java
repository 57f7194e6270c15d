package org.highroad.payroll.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplianceStatementRepository extends JpaRepository<ComplianceStatementRecord, Long> {

    Optional<ComplianceStatementRecord> findFirstByContractIdAndVendorIdOrderByIdDesc(long contractId, long vendorId);

    List<ComplianceStatementRecord> findByContractIdOrderByIdAsc(long contractId);

    Optional<ComplianceStatementRecord> findByFormToken(String formToken);
}
