package org.highroad.vendors.domain;

import jakarta.persistence.QueryHint;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.highroad.vendors.JobQualityProfile;
import org.highroad.vendors.Prequalification;
import org.highroad.vendors.QualificationView.Status;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

public interface VendorQualificationRepository extends JpaRepository<VendorQualification, Long> {

    List<VendorQualification> findByVendorIdOrderByIdDesc(Long vendorId);

    /**
     * The vendor's decided qualifications against a standard in the given statuses, latest decision first, as values:
     * what bid evaluation reads for a pre-qualification and its profile's answers, without putting the qualifications
     * (and their score lines) into the reading transaction's persistence context, where every later flush would check
     * them.
     * <p>
     * Read without flushing first ({@code COMMIT}): a qualification is written only by {@code VendorQualifications}'
     * file, decide and expire, each of which flushes its change before it returns, so no unflushed change to this table
     * can be pending when this runs; skipping the flush spares the dirty check of every entity the caller has loaded
     * (a bid's evaluation: the bid, its solicitation, the vendor and their collections). The two statuses are two
     * parameters, not a list: Hibernate translates a query with a list parameter to SQL again on every execution.
     */
    @Query("select new org.highroad.vendors.domain.VendorQualificationRepository$Decided(q.id, q.vendorId,"
            + " q.standardCode, q.standardVersion, q.totalScore, q.status, q.decidedAt, q.qualifiedUntil, q.profile)"
            + " from VendorQualification q where q.vendorId = :vendor and q.standardCode = :standard"
            + " and q.status in (:status, :orStatus) order by q.decidedAt desc")
    @QueryHints(@QueryHint(name = "org.hibernate.flushMode", value = "COMMIT"))
    List<Decided> decided(@Param("vendor") Long vendorId, @Param("standard") String standardCode,
            @Param("status") Status status, @Param("orStatus") Status orStatus);

    boolean existsByVendorIdAndStandardCodeAndStatus(Long vendorId, String standardCode, Status status);

    /** A decided qualification as read by {@link #decided}: its window, its score and the profile behind it. */
    record Decided(Long id, Long vendorId, String standardCode, int standardVersion, BigDecimal totalScore,
            Status status, Instant decidedAt, LocalDate qualifiedUntil, JobQualityProfile profile) {

        /** As {@link VendorQualification#qualifiedOn(LocalDate)}. */
        public boolean qualifiedOn(LocalDate date) {
            return VendorQualification.qualifiedOn(status, decidedAt, qualifiedUntil, date);
        }

        /** As {@link VendorQualification#toPrequalification()}. */
        public Prequalification toPrequalification() {
            return new Prequalification(id, vendorId, standardCode, standardVersion, totalScore,
                    LocalDate.ofInstant(decidedAt, ZoneOffset.UTC), qualifiedUntil);
        }
    }
}
