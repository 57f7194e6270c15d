package org.highroad.enforcement.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseNoticeRepository extends JpaRepository<CaseNotice, Long> {

    List<CaseNotice> findByCaseIdOrderById(long caseId);
}
