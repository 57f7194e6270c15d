package org.highroad.vendors;

import java.time.LocalDate;
import java.util.List;

/** A vendor as read, with its violation history and debarments. */
public record VendorView(Long id, VendorProfile profile, List<ViolationView> violations,
        List<DebarmentView> debarments) {

    /**
     * The record as its own contractor users read it: every violation and debarment held against the vendor, with
     * their descriptions and reasons (the record it is screened on), except the reason of a debarment referred by a
     * compliance case. That one is the administrator's reason for approving the referral, written for the debarring
     * official (29 CFR 5.12); the contractor reads that it was referred, from which case, since when and its status.
     * Agency staff read the whole record.
     */
    public VendorView asReadByContractor() {
        return new VendorView(id, profile, violations, debarments.stream().map(d -> d.caseId() == null ? d
                : new DebarmentView(d.id(), d.startsOn(), d.endsOn(), d.source(), null, d.status(), d.caseId())).toList());
    }

    public record ViolationView(Long id, ViolationReport.Kind kind, LocalDate occurredOn, String agency,
            String description, boolean resolved, LocalDate resolvedOn) {
    }

    /** {@code status} ACTIVE screens the vendor out; PENDING is a referral awaiting decision ({@code caseId} names it). */
    public record DebarmentView(Long id, LocalDate startsOn, LocalDate endsOn, String source, String reason, String status,
            Long caseId) {
    }
}
