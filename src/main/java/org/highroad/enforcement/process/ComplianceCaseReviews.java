package org.highroad.enforcement.process;

import java.util.List;
import org.highroad.enforcement.AwaitCure;
import org.highroad.enforcement.ReviewFinding;
import org.springframework.stereotype.Component;

/**
 * What the compliance-case model reads besides its delegates: the findings a review round covers (the
 * multi-instance collection {@code ${complianceCaseReviews.toReview(caseId)}}) and the last response a verify task
 * covers. The decision tasks' forms show the case's id; the case itself (findings, responses, ledger) is read from the
 * enforcement module's API, behind its access rules, never copied into a variable.
 */
@Component("complianceCaseReviews")
public class ComplianceCaseReviews {

    private final ReviewFinding review;
    private final AwaitCure wait;

    ComplianceCaseReviews(ReviewFinding review, AwaitCure wait) {
        this.review = review;
        this.wait = wait;
    }

    /** The id of the case's last contractor response (null if none): what a verify task created now covers. */
    public Long lastResponseId(Object caseId) {
        return wait.lastResponseId(((Number) caseId).longValue());
    }

    /** The case's findings still pending review, one review task each (read with the case locked: ADR 0007). */
    public List<Long> toReview(Object caseId) {
        return review.toReview(((Number) caseId).longValue());
    }
}
