package org.highroad.vendors.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecordResponseRepository extends JpaRepository<RecordResponse, Long> {

    List<RecordResponse> findByVendorIdOrderById(long vendorId);
}
