package org.highroad.standards.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StandardVersionRepository extends JpaRepository<StandardVersion, Long> {

    /** One version of a standard, without loading the standard's other versions. */
    @Query("select v from StandardVersion v where v.standard.code = :code and v.number = :number")
    Optional<StandardVersion> findByStandardCodeAndNumber(@Param("code") String code, @Param("number") int number);

    /** The id of a version's standard, read without loading either (so that the standard can be locked first). */
    @Query("select v.standard.id from StandardVersion v where v.id = :id")
    Optional<Long> findStandardIdOf(@Param("id") long versionId);

    /** The version started from the page form with this one-time token (its SHA-256), if any. */
    @Query("select v from StandardVersion v where v.formToken = :hash")
    Optional<StandardVersion> findByFormToken(@Param("hash") String hash);
}
