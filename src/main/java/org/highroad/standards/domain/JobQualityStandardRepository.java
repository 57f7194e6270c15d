package org.highroad.standards.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JobQualityStandardRepository extends JpaRepository<JobQualityStandard, Long> {
    Optional<JobQualityStandard> findByCode(String code);

    boolean existsByCode(String code);

    List<JobQualityStandard> findAllByOrderByCode();
}
