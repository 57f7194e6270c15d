package org.highroad.enforcement.domain;

import java.util.List;
import java.util.Optional;
import org.highroad.platform.errors.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import jakarta.persistence.LockModeType;

public interface ComplianceCaseRepository extends JpaRepository<ComplianceCase, Long> {

    /** The open case of a contract and contractor ({@link ComplianceCase#openKey}), its row locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ComplianceCase c where c.openKey = :key")
    Optional<ComplianceCase> lockOpen(@Param("key") String openKey);

    /** The case, its row locked until the transaction ends: ledger appends to one case are checked one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ComplianceCase c where c.id = :id")
    Optional<ComplianceCase> lockById(@Param("id") long id);

    /**
     * What the case is about, read without loading the case (so a case locked after it is read as it is then, not as
     * it was before the lock was waited for).
     */
    @Query("select c.subject from ComplianceCase c where c.id = :id")
    Optional<ComplianceCase.Subject> subjectOf(@Param("id") long id);

    /** The cases holding any of these payroll findings (a finding is in one case at most), in id order. */
    @Query("select distinct c.id from ComplianceCase c join c.findings f where f.findingId in :findingIds "
            + "and f.source = 'PAYROLL' order by c.id")
    List<Long> idsHolding(@Param("findingIds") java.util.Collection<Long> findingIds);

    /** The case, or 404. */
    default ComplianceCase require(long id) {
        return findById(id).orElseThrow(() -> notFound(id));
    }

    /** The case, its row locked until the transaction ends ({@link #lockById}), or 404. */
    default ComplianceCase requireLocked(long id) {
        return lockById(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("no compliance case " + id);
    }

    List<ComplianceCase> findAllByOrderByIdDesc();

    /**
     * One page of the cases a reader sees: agency staff every case ({@code everyone}), a contractor its own and, as the
     * liable prime, its subcontractors' ({@link ComplianceCase#concerns}); counted under the same condition.
     */
    @Query(value = "select c from ComplianceCase c where :everyone = true or c.vendorId = :vendor or c.primeVendorId = :vendor",
            countQuery = "select count(c) from ComplianceCase c where :everyone = true or c.vendorId = :vendor or c.primeVendorId = :vendor")
    Page<ComplianceCase> pageVisible(@Param("everyone") boolean everyone, @Param("vendor") long vendor, Pageable pageable);

    /** One page of every case with this status (agency staff's queue filtered by status). */
    @Query(value = "select c from ComplianceCase c where c.status = :status",
            countQuery = "select count(c) from ComplianceCase c where c.status = :status")
    Page<ComplianceCase> pageByStatus(@Param("status") ComplianceCase.Status status, Pageable pageable);

    /** One page of a case's findings, in the order the case holds them. */
    @Query(value = "select f from ComplianceCase c join c.findings f where c.id = :id order by index(f)",
            countQuery = "select count(f) from ComplianceCase c join c.findings f where c.id = :id")
    Page<ComplianceCase.CaseFinding> findingsOf(@Param("id") long caseId, Pageable pageable);

    List<ComplianceCase> findByVendorIdAndIdNot(long vendorId, long id);

    /** The cases about one contract, oldest first. */
    List<ComplianceCase> findByContractIdOrderById(Long contractId);
}
