package org.highroad.complaints.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkerComplaintRepository extends JpaRepository<WorkerComplaint, Long> {

    List<WorkerComplaint> findAllByOrderByIdDesc();

    boolean existsByReceipt(String receipt);
}
