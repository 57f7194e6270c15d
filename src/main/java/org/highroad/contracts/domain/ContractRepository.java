package org.highroad.contracts.domain;

import java.util.List;
import java.util.Optional;
import org.highroad.platform.errors.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ContractRepository extends JpaRepository<Contract, Long> {
    Optional<Contract> findByBidId(long bidId);

    List<Contract> findAllByOrderByIdDesc();

    /** The contracts an agency let, oldest first. */
    List<Contract> findByAgencyCodeOrderById(String agencyCode);

    /** The contracts drafted from a solicitation's award, oldest first. */
    List<Contract> findBySolicitationIdOrderById(long solicitationId);

    /**
     * One page of the contracts a reader may know of ({@link ContractSight}): agency staff every contract
     * ({@code everyone}), a contractor those it is the prime of or a subcontractor on; counted under the same condition.
     */
    @Query(value = "select c from Contract c where :everyone = true or c.primeVendorId = :vendor"
            + " or exists (select s from Subcontractor s where s.contract = c and s.vendorId = :vendor)",
            countQuery = "select count(c) from Contract c where :everyone = true or c.primeVendorId = :vendor"
            + " or exists (select s from Subcontractor s where s.contract = c and s.vendorId = :vendor)")
    Page<Contract> pageVisible(@Param("everyone") boolean everyone, @Param("vendor") long vendor, Pageable pageable);

    /** One page of the contracts in one status, for agency staff (who may know of every contract). */
    Page<Contract> findByStatus(org.highroad.contracts.ContractStatus status, Pageable pageable);

    /** The contract, or not found (404) for an id that names none. */
    default Contract require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("no contract " + id));
    }
}
