package org.highroad.vendors;

import java.time.LocalDate;
import java.util.List;

/** A vendor as read, with its violation history and debarments. */
public record VendorView(Long id, VendorProfile profile, List<ViolationView> violations,
        List<DebarmentView> debarments) {

    public record ViolationView(Long id, ViolationReport.Kind kind, LocalDate occurredOn, String agency,
            String description, boolean resolved, LocalDate resolvedOn) {
    }

    /** {@code status} ACTIVE screens the vendor out; PENDING is a referral awaiting decision ({@code caseId} names it). */
    public record DebarmentView(Long id, LocalDate startsOn, LocalDate endsOn, String source, String reason, String status,
            Long caseId) {
    }
}
