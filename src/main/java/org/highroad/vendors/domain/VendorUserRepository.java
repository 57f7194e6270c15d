package org.highroad.vendors.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VendorUserRepository extends JpaRepository<VendorUser, String> {
    java.util.List<VendorUser> findByVendorIdOrderByUserId(Long vendorId);
}
