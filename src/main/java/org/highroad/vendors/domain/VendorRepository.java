package org.highroad.vendors.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VendorRepository extends JpaRepository<Vendor, Long> {
    List<Vendor> findAllByOrderByLegalName();

    boolean existsByEin(String ein);

    boolean existsByUei(String uei);
}
