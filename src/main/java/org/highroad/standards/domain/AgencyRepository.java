package org.highroad.standards.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyRepository extends JpaRepository<AgencyEntity, Long> {
    Optional<AgencyEntity> findByCode(String code);

    List<AgencyEntity> findAllByOrderByCode();
}
