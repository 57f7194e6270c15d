package org.highroad.standards.wagedetermination.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PublishedDeterminationRepository extends JpaRepository<PublishedDetermination, Long> {

    Optional<PublishedDetermination> findByNumberAndModification(String number, int modification);

    /** The latest modification imported before {@code modification}, to show what changed. */
    Optional<PublishedDetermination> findFirstByNumberAndModificationLessThanOrderByModificationDesc(String number,
            int modification);

    List<PublishedDetermination> findAllByOrderByNumberAscModificationAsc();
}
