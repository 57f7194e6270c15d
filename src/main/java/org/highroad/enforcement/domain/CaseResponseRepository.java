package org.highroad.enforcement.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseResponseRepository extends JpaRepository<CaseResponse, Long> {

    List<CaseResponse> findByCaseIdOrderById(long caseId);

    List<CaseResponse> findByCaseIdAndVerifiedAtIsNull(long caseId);

    java.util.Optional<CaseResponse> findFirstByCaseIdOrderByIdDesc(long caseId);

    java.util.Optional<CaseResponse> findByCaseIdAndIdempotencyKey(long caseId, String idempotencyKey);
}
