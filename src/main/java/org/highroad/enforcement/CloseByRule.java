package org.highroad.enforcement;

import org.highroad.enforcement.domain.CaseStep.Kind;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCase.Outcome;
import org.highroad.enforcement.domain.ComplianceCase.Review;
import org.highroad.enforcement.domain.ComplianceCaseRepository;
import org.highroad.platform.security.HighroadUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closes the rules decide, with nobody's decision: no finding stands after review, or the escalation ladder says
 * CLOSE. Their closing reasons are the rules' words, which the contractor reads ({@link AgencyNotes}).
 */
@Service
public class CloseByRule {

    private final ComplianceCaseRepository cases;
    private final CaseSteps steps;
    private final CaseClosing closing;
    private final CuredFindings cured;

    CloseByRule(ComplianceCaseRepository cases, CaseSteps steps, CaseClosing closing, CuredFindings cured) {
        this.cured = cured;
        this.cases = cases;
        this.steps = steps;
        this.closing = closing;
    }

    /**
     * No finding of a case that issued no notice stands: each was dismissed on review (DISMISSED) or, some of them,
     * superseded (SUPERSEDED: a correction payroll replaced the payroll they were found on, and nothing of it was
     * confirmed). The case closes without a notice.
     */
    @Transactional
    public void dismissed(long caseId) {
        ComplianceCase c = cases.require(caseId);
        if (cured.allCured(c)) {
            // ADR 0033: the findings noticed were verified cured, and none found since stands
            String reason = "the findings noticed were verified cured; none of the findings reviewed since stands";
            closing.cured(c, Outcome.RESOLVED, reason);
            steps.record(caseId, Kind.CLOSE, Outcome.RESOLVED.name(), null, reason, null, HighroadUser.WORKFLOW_ID);
            return;
        }
        int superseded = c.count(Review.SUPERSEDED);
        if (superseded == 0) {
            closing.uncured(c, Outcome.DISMISSED, "every finding was dismissed on review");
            steps.record(caseId, Kind.CLOSE, Outcome.DISMISSED.name(), null, "no finding was confirmed", null, HighroadUser.WORKFLOW_ID);
            return;
        }
        int dismissed = c.count(Review.DISMISSED);
        String reason = "no finding stands: " + superseded + " superseded after a correction payroll"
                + (dismissed == 0 ? "" : ", " + dismissed + " dismissed on review");
        closing.uncured(c, Outcome.SUPERSEDED, reason);
        steps.record(caseId, Kind.CLOSE, Outcome.SUPERSEDED.name(), null, reason, null, HighroadUser.WORKFLOW_ID);
    }

    /** The ladder says CLOSE (nothing outstanding, nothing open): the case closes on its advice. */
    @Transactional
    public void offLadder(long caseId, String rationale) {
        ComplianceCase c = cases.require(caseId);
        closing.cured(c, Outcome.CLOSED_OFF_LADDER, rationale);
        steps.record(caseId, Kind.CLOSE, "CLOSED", null, rationale, null, AdviseEscalation.LADDER);
    }
}
