package org.highroad.vendors.domain;

import java.util.List;
import org.highroad.vendors.QualificationView.Status;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VendorQualificationRepository extends JpaRepository<VendorQualification, Long> {

    List<VendorQualification> findByVendorIdOrderByIdDesc(Long vendorId);

    List<VendorQualification> findByVendorIdAndStandardCodeAndStatusInOrderByDecidedAtDesc(Long vendorId,
            String standardCode, java.util.Collection<Status> statuses);

    boolean existsByVendorIdAndStandardCodeAndStatus(Long vendorId, String standardCode, Status status);
}
