package org.highroad.contracts.domain;

import java.util.List;
import java.util.Optional;
import org.highroad.platform.errors.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractRepository extends JpaRepository<Contract, Long> {
    Optional<Contract> findByBidId(long bidId);

    List<Contract> findAllByOrderByIdDesc();

    /** The contract, or not found (404) for an id that names none. */
    default Contract require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("no contract " + id));
    }
}
