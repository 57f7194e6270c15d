package org.highroad.enforcement.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseStepRepository extends JpaRepository<CaseStep, Long> {

    List<CaseStep> findByCaseIdOrderById(long caseId);

    List<CaseStep> findByCaseIdInAndStepOrderById(java.util.Collection<Long> caseIds, String step);
}
