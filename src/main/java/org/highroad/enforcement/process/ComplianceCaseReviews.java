package org.highroad.enforcement.process;

import java.util.List;
import org.highroad.enforcement.AwaitCure;
import org.highroad.enforcement.ReviewFinding;
import org.highroad.enforcement.ReviewRounds;
import org.springframework.stereotype.Component;

/**
 * What the compliance-case model reads besides its delegates: the review round's task name and the last response a
 * verify task covers. The decision tasks' forms show the case's id; the case itself (findings, responses, ledger) is read from the
 * enforcement module's API, behind its access rules, never copied into a variable.
 */
@Component("complianceCaseReviews")
public class ComplianceCaseReviews {

    private final ReviewFinding review;
    private final AwaitCure wait;
    private final ReviewRounds rounds;

    ComplianceCaseReviews(ReviewFinding review, AwaitCure wait, ReviewRounds rounds) {
        this.rounds = rounds;
        this.review = review;
        this.wait = wait;
    }

    /** The id of the case's last contractor response (null if none): what a verify task created now covers. */
    public Long lastResponseId(Object caseId) {
        return wait.lastResponseId(((Number) caseId).longValue());
    }

    /** The review round's task name: how many findings, whose, how much is at stake (ADR 0021). */
    public String roundTitle(Object caseId, Object through) {
        return rounds.title(((Number) caseId).longValue(), ((Number) through).intValue());
    }

    /**
     * The previous model's multi-instance collection (ADR 0007): the case's findings still pending review, one task
     * each, for instances started on it.
     */
    public List<Long> toReview(Object caseId) {
        return review.toReview(((Number) caseId).longValue());
    }
}
