package org.highroad.platform.audit.domain;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {
    List<AuditEvent> findBySubjectTypeAndSubjectIdOrderByIdAsc(String subjectType, long subjectId);

    Page<AuditEvent> findBySubjectTypeAndSubjectId(String subjectType, long subjectId, Pageable pageable);
}
