package org.highroad.contracts.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractRepository extends JpaRepository<Contract, Long> {
    Optional<Contract> findByBidId(long bidId);

    List<Contract> findAllByOrderByIdDesc();
}
