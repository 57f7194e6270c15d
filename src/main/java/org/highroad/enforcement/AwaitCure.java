package org.highroad.enforcement;

import org.highroad.enforcement.domain.CaseResponse;
import org.highroad.enforcement.domain.CaseResponseRepository;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCase.Review;
import org.highroad.enforcement.domain.ComplianceCaseRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case waiting out its cure period (or the next escalation check): when the wait ends, what came in before it
 * began, and which responses a verification covers.
 */
@Service
public class AwaitCure {

    private final ComplianceCaseRepository cases;
    private final CaseResponseRepository responses;

    AwaitCure(ComplianceCaseRepository cases, CaseResponseRepository responses) {
        this.cases = cases;
        this.responses = responses;
    }

    /** What came in while the case was not waiting at its cure gateway (a message then wakes nothing). */
    public enum Arrivals { FINDINGS, RESPONSE, NONE }

    /** The timer date that ends the current wait: the start of the day after the next check (cure date). */
    @Transactional(readOnly = true)
    public String waitEndsAt(long caseId) {
        return cases.require(caseId).nextCheck().plusDays(1).atStartOfDay().toString();
    }

    /**
     * Before the case waits again: findings still pending review (they joined while another task was open) come
     * first, then contractor responses no verification has taken in yet; the database says, not the messages.
     */
    @Transactional
    public Arrivals arrivals(long caseId) {
        // locked until the case waits: a response or a finding committed meanwhile either is seen here or, once this
        // commits, its message finds the case waiting (CaseResponses.respond and the PayrollFlagged listener lock it too)
        ComplianceCase c = cases.requireLocked(caseId);
        if (c.findings().stream().anyMatch(f -> f.review() == Review.PENDING)) {
            return Arrivals.FINDINGS;
        }
        return responses.findByCaseIdAndVerifiedAtIsNull(caseId).isEmpty() ? Arrivals.NONE : Arrivals.RESPONSE;
    }

    /** The id of the case's last contractor response, or null when it has none. */
    @Transactional(readOnly = true)
    public Long lastResponseId(long caseId) {
        return responses.findFirstByCaseIdOrderByIdDesc(caseId).map(CaseResponse::id).orElse(null);
    }
}
