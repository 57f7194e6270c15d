package org.highroad.contracts.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClauseTemplateRepository extends JpaRepository<ClauseTemplate, Long> {
    Optional<ClauseTemplate> findFirstByCodeOrderByVersionDesc(String code);

    Optional<ClauseTemplate> findByCodeAndVersion(String code, int version);

    List<ClauseTemplate> findAllByOrderByCodeAscVersionAsc();
}
