package org.highroad.complaints.domain;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkerComplaintRepository extends JpaRepository<WorkerComplaint, Long> {

    List<WorkerComplaint> findAllByOrderByIdDesc();

    /** One page of the complaints (a JPQL query, so that the order can put rows without a value last). */
    @Query(value = "select c from WorkerComplaint c", countQuery = "select count(c) from WorkerComplaint c")
    Page<WorkerComplaint> page(Pageable pageable);

    boolean existsByReceipt(String receipt);

    java.util.Optional<WorkerComplaint> findBySubmissionId(long submissionId);
    java.util.Optional<WorkerComplaint> findByReceipt(String receipt);

    /** The complaints about one contractor's payroll week in a status, oldest first. */
    List<WorkerComplaint> findByContractIdAndVendorIdAndTriageWeekEndingAndStatusOrderById(Long contractId, Long vendorId,
            java.time.LocalDate triageWeekEnding, WorkerComplaint.Status status);

    /** The complaints about one contractor on a contract whose comparison said so, oldest first. */
    List<WorkerComplaint> findByContractIdAndVendorIdAndComparisonOrderById(Long contractId, Long vendorId,
            WorkerComplaint.Comparison comparison);
}
