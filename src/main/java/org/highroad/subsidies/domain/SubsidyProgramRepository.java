package org.highroad.subsidies.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubsidyProgramRepository extends JpaRepository<SubsidyProgram, Long> {

    boolean existsByCode(String code);

    List<SubsidyProgram> findAllByOrderByCode();
}
