package org.highroad.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.highroad.payroll.FindingView;

/**
 * A compliance case as the auditor's queue and the contractor see it: how old it is, its findings and their review,
 * and what they come to (restitution owed by the findings not dismissed, hours short).
 *
 * @param subcontractorCase the payrolls are a subcontractor's; the prime is named because it is liable
 */
public record CaseView(Long id, long contractId, long vendorId, long primeVendorId, boolean subcontractorCase,
        String status, Instant openedAt, long ageDays, int pendingFindings, int confirmedFindings, int dismissedFindings,
        BigDecimal amountOwed, BigDecimal hoursShort, List<Finding> findings) {

    /** A finding in the case with its review. */
    public record Finding(FindingView finding, String review, String reason, String reviewedBy, Instant reviewedAt) {
    }
}
