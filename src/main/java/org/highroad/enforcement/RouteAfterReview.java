package org.highroad.enforcement;

import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCase.Review;
import org.highroad.enforcement.domain.ComplianceCaseRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where a case goes after a round of reviews of its findings (ADR 0007). */
@Service
public class RouteAfterReview {

    private final ComplianceCaseRepository cases;
    private final CuredFindings cured;

    RouteAfterReview(ComplianceCaseRepository cases, CuredFindings cured) {
        this.cases = cases;
        this.cured = cured;
    }

    /** Where a case goes after a review round. */
    public enum ReviewRoute { REVIEW_AGAIN, DISMISSED, NOTICE, WAIT }

    /**
     * Findings that joined during the round are reviewed next; confirmed findings no notice named yet get one; with
     * none, a case that issued a notice waits out its cure period, and one that issued none closes without a notice.
     * A case whose every confirmed finding was verified cured (the findings that joined after that verification were
     * dismissed or superseded on their review) closes too, as resolved ({@link CloseByRule#dismissed}, ADR 0033).
     */
    @Transactional(readOnly = true)
    public ReviewRoute route(long caseId) {
        ComplianceCase c = cases.require(caseId);
        if (c.findings().stream().anyMatch(f -> f.review() == Review.PENDING)) {
            return ReviewRoute.REVIEW_AGAIN; // findings joined during the round
        }
        if (!c.confirmedUnnoticed().isEmpty()) {
            return ReviewRoute.NOTICE;
        }
        return !c.noticedEver() || cured.allCured(c) ? ReviewRoute.DISMISSED : ReviewRoute.WAIT;
    }
}
