package org.highroad.contracts.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpectedPayrollRepository extends JpaRepository<ExpectedPayrollEntry, Long> {
    List<ExpectedPayrollEntry> findByContractIdOrderByWeekEndingAscVendorIdAsc(long contractId);

    boolean existsByContractIdAndVendorIdAndWeekEnding(long contractId, long vendorId, java.time.LocalDate weekEnding);
}
