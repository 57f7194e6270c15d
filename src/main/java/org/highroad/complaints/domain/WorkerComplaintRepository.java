package org.highroad.complaints.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkerComplaintRepository extends JpaRepository<WorkerComplaint, Long> {

    List<WorkerComplaint> findAllByOrderByIdDesc();

    boolean existsByReceipt(String receipt);

    /** The complaints about one contractor's payroll week in a status, oldest first. */
    List<WorkerComplaint> findByContractIdAndVendorIdAndTriageWeekEndingAndStatusOrderById(Long contractId, Long vendorId,
            java.time.LocalDate triageWeekEnding, WorkerComplaint.Status status);

    /** The complaints about one contractor on a contract whose comparison said so, oldest first. */
    List<WorkerComplaint> findByContractIdAndVendorIdAndComparisonOrderById(Long contractId, Long vendorId,
            WorkerComplaint.Comparison comparison);
}
