package org.highroad.enforcement.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseResponseRepository extends JpaRepository<CaseResponse, Long> {

    List<CaseResponse> findByCaseIdOrderById(long caseId);

    List<CaseResponse> findByCaseIdAndVerifiedAtIsNull(long caseId);

    java.util.Optional<CaseResponse> findFirstByCaseIdOrderByIdDesc(long caseId);

    java.util.Optional<CaseResponse> findByCaseIdAndIdempotencyKey(long caseId, String idempotencyKey);

    /** The responses of these cases that an auditor's verification took in. */
    @org.springframework.data.jpa.repository.Query("select r.id from CaseResponse r where r.caseId in :caseIds and r.verifiedAt is not null")
    List<Long> verifiedIdsOf(@org.springframework.data.repository.query.Param("caseIds") java.util.Collection<Long> caseIds);

    /** The responses of these cases that an auditor's verification took in, with when (their verdict is read from it). */
    List<CaseResponse> findByCaseIdInAndVerifiedAtIsNotNull(java.util.Collection<Long> caseIds);
}
