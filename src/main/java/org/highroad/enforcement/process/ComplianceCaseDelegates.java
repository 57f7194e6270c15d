package org.highroad.enforcement.process;

import static org.highroad.enforcement.process.ComplianceCaseProcess.*;

import org.highroad.enforcement.AdviseEscalation;
import org.highroad.enforcement.Answers;
import org.highroad.enforcement.AwaitCure;
import org.highroad.enforcement.BulkReview;
import org.highroad.enforcement.CaseNotices;
import org.highroad.enforcement.CloseByRule;
import org.highroad.enforcement.PaymentRulings;
import org.highroad.enforcement.DecideEscalation;
import org.highroad.enforcement.RecordVerification;
import org.highroad.enforcement.ReferForDebarment;
import org.highroad.enforcement.ReviewFinding;
import org.highroad.enforcement.ReviewRounds;
import org.highroad.enforcement.RouteAfterReview;
import org.highroad.enforcement.escalation.EscalationAdvice;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.process.TaskDecision;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.security.Role;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The compliance-case delegates: each reads the ids, calls one enforcement step and writes a routing flag, or throws
 * {@code CASE_STEP_REFUSED} with the refusal (the task comes back with it; who decided, and the refusal, through
 * {@link TaskDecision}). A decision task's decision and reason are
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

    /** The decision just taken on the case's task: who decided, and how a refusal sends the task back. */
    private static TaskDecision decided(DelegateExecution execution) {
        return TaskDecision.of(execution, VAR_REFUSAL, REFUSED);
    }

    private static String decision(DelegateExecution execution) {
        return (String) execution.getVariable(VAR_DECISION);
    }

    /** The decision a refusal check let through: one of {@code decisions} ({@link Answers}). */
    private static <E extends Enum<E>> E decision(DelegateExecution execution, Class<E> decisions) {
        return Answers.parse(decisions, decision(execution)).orElseThrow();
    }

    private static String reason(DelegateExecution execution) {
        String reason = (String) execution.getVariable(VAR_REASON);
        return reason == null || reason.isBlank() ? null : reason;
    }

    /** The case waits (for the cure date or the next check): the timer is set to its next deadline. */
    private static void waitsAgain(DelegateExecution execution, AwaitCure wait) {
        execution.setVariable(VAR_CURE_ENDS_AT, wait.waitEndsAt(caseId(execution)));
    }

    /**
     * Opens a review round (ADR 0021): how many findings the case holds now (the round covers those, findings that join
     * later wait for the next one) and how many of them are pending (none: the round ends without a task).
     */
    @Bean(DELEGATE_OPEN_ROUND)
    JavaDelegate openReviewRound(ReviewRounds rounds) {
        return execution -> {
            ReviewRounds.Opening opening = rounds.open(caseId(execution));
            execution.setVariable(VAR_ROUND_THROUGH, opening.through());
            execution.setVariable(VAR_ROUND_PENDING, opening.pending());
            execution.setVariable(VAR_REFUSAL, null);
        };
    }

    /**
     * The round's task completed: the findings were reviewed on the case page or through the API (nothing is left),
     * or the auditor chose one decision, with its reason, for all the findings of the round still pending (recorded
     * one by one, {@link BulkReview}); with findings pending and no decision the task comes back saying how many.
     */
    @Bean(DELEGATE_RECORD_ROUND)
    JavaDelegate recordReviewRound(ReviewRounds rounds, BulkReview bulk) {
        return execution -> {
            TaskDecision auditor = decided(execution);
            long caseId = caseId(execution);
            java.util.List<Long> pending = rounds.pending(caseId, ((Number) execution.getVariable(VAR_ROUND_THROUGH)).intValue());
            if (pending.isEmpty()) {
                auditor.clearRefusal();
                return;
            }
            String answer = decision(execution);
            if (answer == null || answer.isBlank()) {
                auditor.refuse(pending.size() + (pending.size() == 1 ? " finding of this round is" : " findings of this round are")
                        + " still pending: review them on the case page (/staff/cases/" + caseId + "), or choose one decision "
                        + "and its reason for all of them");
            }
            auditor.refuseIf(bulk.refusal(auditor.by(Role.AUDITOR), answer, reason(execution)));
            bulk.record(caseId, pending, decision(execution, ReviewFinding.Decision.class), reason(execution), auditor.userId());
            auditor.clearRefusal();
        };
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
    JavaDelegate recordFindingReview(ReviewFinding review) {
        return execution -> {
            long findingId = id(execution, VAR_FINDING_ID);
            TaskDecision auditor = decided(execution);
            if (review.leftReview(caseId(execution), findingId)) {
                auditor.clearRefusal();
                return;
            }
            auditor.refuseIf(review.refusal(caseId(execution), findingId, auditor.by(Role.AUDITOR), decision(execution),
                    reason(execution)));
            review.record(caseId(execution), findingId, decision(execution, ReviewFinding.Decision.class),
                    reason(execution), auditor.userId());
        };
    }

    @Bean(DELEGATE_ASSESS)
    JavaDelegate assessCaseReviews(RouteAfterReview route) {
        return execution -> execution.setVariable(VAR_REVIEW_ROUTE, route.route(caseId(execution)).name());
    }

    @Bean(DELEGATE_CHECK_ARRIVALS)
    JavaDelegate checkCaseArrivals(AwaitCure wait) {
        return execution -> execution.setVariable(VAR_ARRIVALS, wait.arrivals(caseId(execution)).name());
    }

    @Bean(DELEGATE_CLOSE_DISMISSED)
    JavaDelegate closeDismissedCase(CloseByRule close) {
        return execution -> close.dismissed(caseId(execution));
    }

    @Bean(DELEGATE_ISSUE_NOTICE)
    JavaDelegate issueCaseNotice(CaseNotices notices, AwaitCure wait) {
        return execution -> {
            notices.issue(caseId(execution));
            waitsAgain(execution, wait);
        };
    }

    /**
     * Records the verification with the auditor's ruling on each payment it takes in: the refused ones are named in the
     * form's {@code refusedPayments} answer (read here, kept by the module, never as a variable); a refusal naming a
     * payment the verification does not take in, or one ruled on already, sends the task back with why.
     */
    @Bean(DELEGATE_RECORD_VERIFICATION)
    JavaDelegate recordCaseVerification(RecordVerification verification, PaymentRulings rulings) {
        return execution -> {
            TaskDecision auditor = decided(execution);
            Object through = execution.getVariable(VAR_RESPONSES_THROUGH);
            Long responsesThrough = through instanceof Number n ? n.longValue() : null;
            java.util.List<PaymentRulings.Refusal> refusals = java.util.List.of();
            if (auditor.by(Role.AUDITOR)) { // only an auditor rules: anyone else is refused below, whatever was named
                try {
                    refusals = PaymentRulings.parse((String) execution.getVariable(ANSWER_REFUSED_PAYMENTS),
                            ANSWER_REFUSED_PAYMENTS);
                    rulings.check(caseId(execution), responsesThrough, refusals);
                } catch (InvalidInputException | ConflictException e) {
                    auditor.refuse(e.getMessage());
                }
            }
            auditor.refuseIf(verification.refusal(caseId(execution), auditor.by(Role.AUDITOR), decision(execution),
                    reason(execution), refusals));
            boolean cured = verification.record(caseId(execution), decision(execution, RecordVerification.Decision.class),
                    reason(execution), auditor.userId(), responsesThrough, refusals);
            auditor.clearRefusal();
            execution.setVariable(VAR_CURED, cured);
        };
    }

    @Bean(DELEGATE_ADVISE)
    JavaDelegate adviseCaseEscalation(AdviseEscalation advise, AwaitCure wait) {
        return execution -> {
            EscalationAdvice advice = advise.advise(caseId(execution));
            execution.setVariable(VAR_NEXT_STEP, advice.nextStep().name());
            execution.setVariable(VAR_ADVICE, advice.rationale());
            if (advice.nextStep() == EscalationAdvice.NextStep.WAIT) {
                waitsAgain(execution, wait);
            }
        };
    }

    @Bean(DELEGATE_CLOSE_OFF_LADDER)
    JavaDelegate closeCaseOffLadder(CloseByRule close) {
        return execution -> close.offLadder(caseId(execution), (String) execution.getVariable(VAR_ADVICE));
    }

    @Bean(DELEGATE_RECORD_ESCALATION)
    JavaDelegate recordCaseEscalation(DecideEscalation escalation, AwaitCure wait) {
        return execution -> {
            TaskDecision auditor = decided(execution);
            auditor.refuseIf(escalation.refusal(caseId(execution), auditor.by(Role.AUDITOR), decision(execution),
                    reason(execution)));
            boolean referral = escalation.record(caseId(execution),
                    EscalationAdvice.NextStep.valueOf((String) execution.getVariable(VAR_NEXT_STEP)),
                    decision(execution, DecideEscalation.Decision.class), reason(execution), auditor.userId());
            auditor.clearRefusal();
            execution.setVariable(VAR_ESCALATION_ROUTE, referral ? "DEBARMENT" : "CONTINUE");
            if (!referral) {
                waitsAgain(execution, wait);
            }
        };
    }

    @Bean(DELEGATE_RECORD_DEBARMENT)
    JavaDelegate recordDebarmentReferral(ReferForDebarment referral, AwaitCure wait) {
        return execution -> {
            TaskDecision administrator = decided(execution);
            administrator.refuseIf(referral.refusal(caseId(execution), administrator.by(Role.ADMIN), decision(execution),
                    reason(execution)));
            boolean approved = referral.record(caseId(execution), decision(execution, ReferForDebarment.Decision.class),
                    reason(execution), administrator.userId());
            administrator.clearRefusal();
            execution.setVariable(VAR_DEBARMENT_APPROVED, approved);
            if (!approved) {
                waitsAgain(execution, wait);
            }
        };
    }
}
