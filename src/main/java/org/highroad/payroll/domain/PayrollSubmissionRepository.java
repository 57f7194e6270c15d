package org.highroad.payroll.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PayrollSubmissionRepository extends JpaRepository<PayrollSubmission, Long> {
    List<PayrollSubmission> findByContractIdAndVendorIdAndWeekEndingOrderByIdAsc(long contractId, long vendorId, LocalDate weekEnding);

    List<PayrollSubmission> findByContractIdOrderByWeekEndingAscIdAsc(long contractId);
}
