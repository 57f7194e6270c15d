package org.highroad.standards.wagedetermination.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeterminationTextRepository extends JpaRepository<DeterminationText, Long> {
}
