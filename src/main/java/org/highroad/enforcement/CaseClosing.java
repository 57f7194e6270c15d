package org.highroad.enforcement;

import java.time.Clock;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCase.Outcome;
import org.highroad.enforcement.domain.ComplianceCase.Review;
import org.highroad.payroll.FindingReviews;
import org.highroad.platform.security.HighroadUser;
import org.springframework.stereotype.Component;

/** Closes a case with its outcome, and passes what the close means for its findings back to the payroll findings. */
@Component
class CaseClosing {

    private final FindingReviews findingReviews;
    private final CaseRecords records;
    private final Clock clock;

    CaseClosing(FindingReviews findingReviews, CaseRecords records, Clock clock) {
        this.findingReviews = findingReviews;
        this.records = records;
        this.clock = clock;
    }

    /**
     * Closes a case whose violations are cured (verified cured, or nothing open and nothing owed on the ladder's advice):
     * its confirmed findings are resolved. Dismissed findings were dismissed on review.
     */
    void cured(ComplianceCase c, Outcome outcome, String reason) {
        c.close(outcome, reason, clock.instant());
        if (!c.aboutSubsidy()) { // a subsidy recovery is no payroll finding: the case's own review says it
            findingReviews.resolved(c.findings().stream().filter(f -> f.review() == Review.CONFIRMED)
                    .map(ComplianceCase.CaseFinding::findingId).toList());
        }
        records.report(c, HighroadUser.WORKFLOW_ID); // confirmed violations go on the vendor's record
    }

    /** Closes a case in which no finding stood (each dismissed on review or superseded): nothing to resolve. */
    void uncured(ComplianceCase c, Outcome outcome, String reason) {
        c.close(outcome, reason, clock.instant());
        records.report(c, HighroadUser.WORKFLOW_ID); // an entry written for a sanction earlier says how the case ended
    }
}
