package org.highroad.enforcement.process;

import static org.highroad.enforcement.process.ComplianceCaseProcess.*;

import java.util.Optional;
import org.highroad.enforcement.CaseNotices;
import org.highroad.enforcement.CaseProgress;
import org.highroad.enforcement.ComplianceCases;
import org.highroad.enforcement.escalation.EscalationAdvice;
import org.highroad.platform.security.Role;
import org.operaton.bpm.engine.delegate.BpmnError;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.operaton.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The compliance-case delegates: each reads the ids, calls one enforcement step and writes a routing flag, or throws
 * {@code CASE_STEP_REFUSED} with the refusal (the task comes back with it). A decision task's decision and reason are
 * its answers, read in the transaction that completes the task and kept by the enforcement module (the case's steps
 * and audit trail), never as process variables (ADR 0008).
 */
@Configuration
class ComplianceCaseDelegates {

    static final String REFUSED = "CASE_STEP_REFUSED";

    static long id(DelegateExecution execution, String name) {
        return ((Number) execution.getVariable(name)).longValue();
    }

    private static long caseId(DelegateExecution execution) {
        return id(execution, VAR_CASE_ID);
    }

    private static Authentication user(DelegateExecution execution) {
        return execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    }

    private static boolean in(Authentication user, Role role) {
        return user != null && user.getGroupIds() != null && user.getGroupIds().contains(role.groupId());
    }

    private static String decision(DelegateExecution execution) {
        return (String) execution.getVariable(VAR_DECISION);
    }

    private static String reason(DelegateExecution execution) {
        String reason = (String) execution.getVariable(VAR_REASON);
        return reason == null || reason.isBlank() ? null : reason;
    }

    /** Refused: the refusal goes where the task's form reads it, and the task comes back. */
    private static void refuseIf(DelegateExecution execution, Optional<String> refusal) {
        if (refusal.isPresent()) {
            execution.setVariable(VAR_REFUSAL, refusal.get());
            throw new BpmnError(REFUSED, refusal.get());
        }
    }

    /** Recorded: the next decision task shows no refusal (its decision fields start empty anyway: ADR 0008). */
    private static void clearRefusal(DelegateExecution execution) {
        execution.setVariable(VAR_REFUSAL, null);
    }

    /**
     * Declares the refusal local to this review (several run side by side), so that a refused review comes back with
     * its own reason and no other. The finding itself is read from the case (GET /api/cases/{id}), not copied here.
     */
    @Bean(DELEGATE_LOAD_FINDING)
    JavaDelegate loadFindingForReview() {
        return execution -> execution.setVariableLocal(VAR_REFUSAL, null);
    }

    /**
     * Records the review; a finding that left review meanwhile (superseded) ends its review unrecorded, rather than
     * sending the task back with a refusal nobody can answer.
     */
    @Bean(DELEGATE_RECORD_REVIEW)
    JavaDelegate recordFindingReview(ComplianceCases cases) {
        return execution -> {
            long findingId = id(execution, VAR_FINDING_ID);
            if (cases.leftReview(caseId(execution), findingId)) {
                clearRefusal(execution);
                return;
            }
            Authentication user = user(execution);
            refuseIf(execution, cases.reviewRefusal(caseId(execution), findingId, in(user, Role.AUDITOR), decision(execution),
                    reason(execution)));
            cases.recordReview(caseId(execution), findingId, "CONFIRM".equals(decision(execution)), reason(execution),
                    user.getUserId());
        };
    }

    @Bean(DELEGATE_ASSESS)
    JavaDelegate assessCaseReviews(CaseProgress progress) {
        return execution -> execution.setVariable(VAR_REVIEW_ROUTE, progress.afterReviews(caseId(execution)).name());
    }

    @Bean(DELEGATE_CHECK_ARRIVALS)
    JavaDelegate checkCaseArrivals(CaseProgress progress) {
        return execution -> execution.setVariable(VAR_ARRIVALS, progress.arrivals(caseId(execution)).name());
    }

    @Bean(DELEGATE_CLOSE_DISMISSED)
    JavaDelegate closeDismissedCase(CaseProgress progress) {
        return execution -> progress.closeDismissed(caseId(execution));
    }

    @Bean(DELEGATE_ISSUE_NOTICE)
    JavaDelegate issueCaseNotice(CaseNotices notices, CaseProgress progress) {
        return execution -> {
            notices.issue(caseId(execution));
            execution.setVariable(VAR_CURE_ENDS_AT, progress.waitEndsAt(caseId(execution)));
        };
    }

    @Bean(DELEGATE_RECORD_VERIFICATION)
    JavaDelegate recordCaseVerification(CaseProgress progress) {
        return execution -> {
            Authentication user = user(execution);
            refuseIf(execution, progress.verificationRefusal(caseId(execution), in(user, Role.AUDITOR), decision(execution),
                    reason(execution)));
            Object through = execution.getVariable(VAR_RESPONSES_THROUGH);
            boolean cured = progress.recordVerification(caseId(execution), "CURED".equals(decision(execution)),
                    reason(execution), user.getUserId(), through instanceof Number n ? n.longValue() : null);
            clearRefusal(execution);
            execution.setVariable(VAR_CURED, cured);
        };
    }

    @Bean(DELEGATE_ADVISE)
    JavaDelegate adviseCaseEscalation(CaseProgress progress) {
        return execution -> {
            EscalationAdvice advice = progress.advise(caseId(execution));
            execution.setVariable(VAR_NEXT_STEP, advice.nextStep().name());
            execution.setVariable(VAR_ADVICE, advice.rationale());
            if (advice.nextStep() == EscalationAdvice.NextStep.WAIT) {
                execution.setVariable(VAR_CURE_ENDS_AT, progress.waitEndsAt(caseId(execution)));
            }
        };
    }

    @Bean(DELEGATE_CLOSE_OFF_LADDER)
    JavaDelegate closeCaseOffLadder(CaseProgress progress) {
        return execution -> progress.closeOffLadder(caseId(execution), (String) execution.getVariable(VAR_ADVICE));
    }

    @Bean(DELEGATE_RECORD_ESCALATION)
    JavaDelegate recordCaseEscalation(CaseProgress progress) {
        return execution -> {
            Authentication user = user(execution);
            refuseIf(execution, progress.escalationRefusal(caseId(execution), in(user, Role.AUDITOR), decision(execution),
                    reason(execution)));
            boolean referral = progress.recordEscalation(caseId(execution), (String) execution.getVariable(VAR_NEXT_STEP),
                    "APPLY".equals(decision(execution)), reason(execution), user.getUserId());
            clearRefusal(execution);
            execution.setVariable(VAR_ESCALATION_ROUTE, referral ? "DEBARMENT" : "CONTINUE");
            if (!referral) {
                execution.setVariable(VAR_CURE_ENDS_AT, progress.waitEndsAt(caseId(execution)));
            }
        };
    }

    @Bean(DELEGATE_RECORD_DEBARMENT)
    JavaDelegate recordDebarmentReferral(CaseProgress progress) {
        return execution -> {
            Authentication user = user(execution);
            refuseIf(execution, progress.debarmentRefusal(caseId(execution), in(user, Role.ADMIN), decision(execution),
                    reason(execution)));
            boolean approved = progress.recordDebarment(caseId(execution), "APPROVE".equals(decision(execution)),
                    reason(execution), user.getUserId());
            clearRefusal(execution);
            execution.setVariable(VAR_DEBARMENT_APPROVED, approved);
            if (!approved) {
                execution.setVariable(VAR_CURE_ENDS_AT, progress.waitEndsAt(caseId(execution)));
            }
        };
    }
}
