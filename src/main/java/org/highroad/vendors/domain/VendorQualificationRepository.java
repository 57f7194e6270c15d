package org.highroad.vendors.domain;

import java.util.List;
import org.highroad.vendors.QualificationView.Status;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VendorQualificationRepository extends JpaRepository<VendorQualification, Long> {

    List<VendorQualification> findByVendorIdOrderByIdDesc(Long vendorId);

    List<VendorQualification> findByVendorIdAndStandardCodeAndStatusOrderByDecidedAtDesc(Long vendorId,
            String standardCode, Status status);

    boolean existsByVendorIdAndStandardCodeAndStatus(Long vendorId, String standardCode, Status status);
}
