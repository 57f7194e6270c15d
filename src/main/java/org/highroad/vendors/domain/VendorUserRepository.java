package org.highroad.vendors.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VendorUserRepository extends JpaRepository<VendorUser, String> {
}
