package org.highroad.subsidies;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One version of a request as read: what the employer asked, and what the review found: every reason it was returned,
 * the flags, the job-quality score, whether it is a quality job, and the money per hire and in total.
 * {@code versions} lists every version of the request, oldest first.
 */
public record RequestView(long id, long lineageId, int version, long programId, String programCode, long vendorId,
        String employer, RequestStatus status, RequestContent content, List<Reason> reasons, List<Reason> flags,
        BigDecimal scoreTotal, Boolean qualityJob, BigDecimal reimbursementPerHire, BigDecimal reimbursementTotal,
        String createdBy, Instant createdAt, Instant submittedAt, String decidedBy, Instant decidedAt, String decisionNote,
        List<VersionSummary> versions) {

    /** One version in a request's history. */
    public record VersionSummary(long id, int version, RequestStatus status, Instant submittedAt) {
    }
}
