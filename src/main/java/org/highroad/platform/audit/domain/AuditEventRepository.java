package org.highroad.platform.audit.domain;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {
    List<AuditEvent> findBySubjectTypeAndSubjectIdOrderByIdAsc(String subjectType, long subjectId);

    /** One page of a subject's trail (a JPQL query, so that the order can put rows without a value last). */
    @Query(value = "select e from AuditEvent e where e.subjectType = :type and e.subjectId = :id",
            countQuery = "select count(e) from AuditEvent e where e.subjectType = :type and e.subjectId = :id")
    Page<AuditEvent> pageOf(@Param("type") String subjectType, @Param("id") long subjectId, Pageable pageable);
}
