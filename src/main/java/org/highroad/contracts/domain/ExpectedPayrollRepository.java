package org.highroad.contracts.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpectedPayrollRepository extends JpaRepository<ExpectedPayrollEntry, Long> {
    List<ExpectedPayrollEntry> findByContractIdOrderByWeekEndingAscVendorIdAsc(long contractId);

    boolean existsByContractIdAndVendorId(long contractId, long vendorId);
}
