package org.highroad.standards.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StandardVersionRepository extends JpaRepository<StandardVersion, Long> {
}
