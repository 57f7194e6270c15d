package org.highroad.vendors.domain;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VendorRepository extends JpaRepository<Vendor, Long> {
    List<Vendor> findAllByOrderByLegalName();

    /** One page of the vendors a reader sees: agency staff every vendor ({@code everyone}), a contractor its own. */
    @Query(value = "select v from Vendor v where :everyone = true or v.id = :vendor",
            countQuery = "select count(v) from Vendor v where :everyone = true or v.id = :vendor")
    Page<Vendor> pageVisible(@Param("everyone") boolean everyone, @Param("vendor") long vendor, Pageable pageable);

    boolean existsByEin(String ein);

    boolean existsByUei(String uei);
}
