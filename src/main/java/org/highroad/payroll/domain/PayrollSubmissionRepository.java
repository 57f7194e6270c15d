package org.highroad.payroll.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PayrollSubmissionRepository extends JpaRepository<PayrollSubmission, Long> {
    List<PayrollSubmission> findByContractIdAndVendorIdAndWeekEndingOrderByIdAsc(long contractId, long vendorId, LocalDate weekEnding);

    List<PayrollSubmission> findByContractIdOrderByWeekEndingAscIdAsc(long contractId);

    /** One page of a contract's submissions a reader sees: agency staff every one ({@code everyone}), a contractor its own. */
    @Query(value = "select s from PayrollSubmission s where s.contractId = :contract and (:everyone = true or s.vendorId = :vendor)",
            countQuery = "select count(s) from PayrollSubmission s where s.contractId = :contract and (:everyone = true or s.vendorId = :vendor)")
    Page<PayrollSubmission> pageOfContract(@Param("contract") long contractId, @Param("everyone") boolean everyone,
            @Param("vendor") long vendor, Pageable pageable);

    /**
     * The submission of this file for the week read with this column map and version ("" and 0: the canonical layout)
     * (unique; a copy stored twice before the unique index came later).
     */
    Optional<PayrollSubmission> findFirstByContractIdAndVendorIdAndWeekEndingAndSha256AndColumnMapAndColumnMapVersionOrderByIdAsc(
            long contractId, long vendorId, LocalDate weekEnding, String sha256, String columnMap, int columnMapVersion);

    /**
     * Accepted payrolls received before {@code before} whose follow-up did not finish: checks PENDING (a crash), FAILED
     * fewer than {@code maxAttempts} times, or checked but the week's review process not yet told.
     */
    @Query("select s.id from PayrollSubmission s where s.status = org.highroad.payroll.domain.PayrollSubmission.Status.ACCEPTED "
            + "and s.submittedAt < :before and (s.checkStatus = 'PENDING' or (s.checkStatus = 'FAILED' and s.checkAttempts < :maxAttempts) "
            + "or (s.checkStatus = 'CHECKED' and s.reviewToldAt is null)) order by s.id")
    List<Long> unfinishedFollowUps(@Param("before") Instant before, @Param("maxAttempts") int maxAttempts);
}
