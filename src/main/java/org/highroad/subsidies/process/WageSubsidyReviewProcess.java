package org.highroad.subsidies.process;

import java.util.HashMap;
import java.util.Map;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.process.TaskCompletion;
import org.highroad.platform.security.HighroadUser;
import org.highroad.subsidies.StaffDecision;
import org.highroad.subsidies.SubsidyRequestSubmitted;
import org.highroad.subsidies.SubsidyReview;
import org.highroad.subsidies.SubsidyWithdrawn;
import org.highroad.platform.process.ProcessStarts;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Adapter between the subsidies module and {@code bpmn/subsidies/wage-subsidy-review.bpmn}: ids, variable names, the
 * start (one instance per submitted version, business key its id, in the submitting transaction), the end on a
 * withdrawal, and the two human steps taken through the API rather than Tasklist. Variables carry the request
 * version's id, its label, the employer's group, routing flags and the review task's labels (names and amounts);
 * the decisions are answers the delegates hand to {@link SubsidyReview} (ADR 0008).
 */
@Component
public class WageSubsidyReviewProcess {

    public static final String PROCESS_ID = "wageSubsidyReview";
    public static final String EVENT_SUBMITTED = "startEvent_requestSubmitted";
    public static final String TASK_HARD_RULES = "serviceTask_checkHardRules";
    public static final String GATEWAY_HARD_RULES = "gateway_hardRulesMet";
    public static final String END_RETURNED = "endEvent_returnedForRevision";
    public static final String TASK_SCORE = "serviceTask_scoreJobQuality";
    public static final String TASK_RESERVE = "serviceTask_reserveBudget";
    public static final String GATEWAY_BUDGET = "gateway_budgetReserved";
    public static final String END_BUDGET_EXHAUSTED = "endEvent_budgetExhausted";
    public static final String GATEWAY_AUTOMATIC = "gateway_automaticApproval";
    public static final String TASK_APPROVE_AUTOMATICALLY = "serviceTask_approveAutomatically";
    public static final String TASK_REVIEW = "userTask_reviewSubsidy";
    public static final String TASK_RECORD_REVIEW = "serviceTask_recordReview";
    public static final String EVENT_REVIEW_REFUSED = "boundaryEvent_reviewRefused";
    public static final String END_REFUSED = "endEvent_refused";
    public static final String TASK_ISSUE_AGREEMENT = "serviceTask_issueAgreement";
    public static final String TASK_ACCEPT = "userTask_acceptAgreement";
    public static final String EVENT_FIRST_DAY = "boundaryEvent_firstDayReached";
    public static final String TASK_RECORD_ACCEPTANCE = "serviceTask_recordAcceptance";
    public static final String EVENT_ACCEPTANCE_REFUSED = "boundaryEvent_acceptanceRefused";
    public static final String END_AGREED = "endEvent_agreed";
    public static final String TASK_LAPSE = "serviceTask_lapseAgreement";
    public static final String END_LAPSED = "endEvent_lapsed";
    public static final String EVENT_WITHDRAWN = "startEvent_withdrawn";
    public static final String END_WITHDRAWN = "endEvent_withdrawn";
    public static final String MESSAGE_WITHDRAWN = "subsidy.withdrawn";
    public static final String FORM_REVIEW = "review-subsidy";
    public static final String FORM_ACCEPT = "accept-subsidy-agreement";
    public static final String DELEGATE_HARD_RULES = "checkSubsidyHardRules";
    public static final String DELEGATE_SCORE = "scoreSubsidyJobQuality";
    public static final String DELEGATE_RESERVE = "reserveSubsidyBudget";
    public static final String DELEGATE_APPROVE = "approveSubsidyAutomatically";
    public static final String DELEGATE_RECORD_REVIEW = "recordSubsidyReview";
    public static final String DELEGATE_ISSUE = "issueSubsidyAgreement";
    public static final String DELEGATE_RECORD_ACCEPTANCE = "recordSubsidyAcceptance";
    public static final String DELEGATE_LAPSE = "lapseSubsidyAgreement";
    public static final String ERROR_REVIEW_REFUSED = "SUBSIDY_REVIEW_REFUSED";
    public static final String ERROR_ACCEPTANCE_REFUSED = "SUBSIDY_ACCEPTANCE_REFUSED";

    public static final String VAR_REQUEST_ID = "requestId";
    public static final String VAR_LABEL = "label";
    public static final String VAR_VENDOR_GROUP = "vendorGroup";
    public static final String VAR_FIRST_DAY = "firstDayOfWork";
    public static final String VAR_HARD_RULES_MET = "hardRulesMet";
    public static final String VAR_QUALITY_JOB = "qualityJob";
    public static final String VAR_CONDITIONAL = "conditional";
    public static final String VAR_BUDGET_RESERVED = "budgetReserved";
    public static final String VAR_AUTOMATIC = "automaticApproval";
    public static final String VAR_APPROVED = "approved";
    public static final String VAR_REFUSAL = "refusal";
    /**
     * What the review form shows: names, money and the scorecard's lines, read from the module each time the form is
     * read ({@code SubsidyReviewFormValues}), never a process variable (ADR 0008).
     */
    public static final String SHOWN_REVIEW = "reviewSummary";
    /** The review's answers (its form's fields). */
    public static final String VAR_DECISION = "decision";
    public static final String VAR_NOTE = "note";
    /** The acceptance's answer. */
    public static final String VAR_WAGE_COMMITMENT = "wageCommitment";

    private final RuntimeService runtime;
    private final org.operaton.bpm.engine.TaskService tasks;
    private final ProcessStarts starts;
    private final TaskCompletion completion;
    private final SubsidyReview review;

    WageSubsidyReviewProcess(RuntimeService runtime, ProcessStarts starts, TaskCompletion completion, SubsidyReview review,
            org.operaton.bpm.engine.TaskService tasks) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.starts = starts;
        this.completion = completion;
        this.review = review;
    }

    /** The open review task of a request, for a link to it in Tasklist (where workforce staff decide it). */
    public java.util.Optional<String> reviewTask(long requestId) {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS_ID).processInstanceBusinessKey(String.valueOf(requestId))
                .taskDefinitionKey(TASK_REVIEW).list().stream().findFirst().map(org.operaton.bpm.engine.task.Task::getId);
    }

    /**
     * After the submission commits, through the event publication registry: one review per submitted version, started
     * again until it succeeds (ADR 0015).
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(SubsidyRequestSubmitted submitted) {
        if (!review.awaitsReview(submitted.requestId())) {
            return; // withdrawn before its review could start: nothing to review, the delivery is done with
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_REQUEST_ID, submitted.requestId());
        variables.put(VAR_LABEL, submitted.label());
        starts.once(PROCESS_ID, String.valueOf(submitted.requestId()), variables);
    }

    /** A withdrawal ends the review wherever it waits (the reservation was released by the withdrawal itself). */
    @EventListener
    void on(SubsidyWithdrawn withdrawn) {
        boolean running = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(withdrawn.requestId())).count() > 0;
        if (running) {
            runtime.createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceBusinessKey(String.valueOf(withdrawn.requestId()))
                    .correlate();
        }
    }

    /** Staff's decision through the API: checked first (409 with the reason), then the task is completed as them. */
    public void decide(long requestId, StaffDecision decision, HighroadUser staff) {
        review.reviewRefusal(requestId, decision, staff).ifPresent(reason -> {
            throw new ConflictException(reason);
        });
        String task = completion.openTask(PROCESS_ID, String.valueOf(requestId), TASK_REVIEW, "the review of request " + requestId);
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_DECISION, decision.decision());
        variables.put(VAR_NOTE, decision.note());
        completion.completeAs(staff.userId(), task, variables);
    }

    /** The employer's acceptance through the API, checked the same way. */
    public void accept(long requestId, String wageCommitment, HighroadUser employer) {
        review.acceptanceRefusal(requestId, wageCommitment, employer).ifPresent(reason -> {
            throw new ConflictException(reason);
        });
        String task = completion.openTask(PROCESS_ID, String.valueOf(requestId), TASK_ACCEPT, "the agreement of request " + requestId);
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_WAGE_COMMITMENT, wageCommitment);
        completion.completeAs(employer.userId(), task, variables);
    }
}
