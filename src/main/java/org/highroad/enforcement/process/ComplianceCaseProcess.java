package org.highroad.enforcement.process;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.highroad.enforcement.CaseResponses.CaseResponded;
import org.highroad.enforcement.CaseIntake.CaseFindingsAdded;
import org.highroad.enforcement.ReviewFinding;
import org.highroad.enforcement.SupersededFindings;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.process.ProcessStarts;
import org.highroad.platform.process.RetiredVariables;
import org.highroad.platform.process.TaskCompletion;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Adapter for {@code bpmn/enforcement/compliance-case.bpmn}: one instance per compliance case (business key: the case
 * id), started in the transaction that opens the case. Findings that join the open case and the contractor's
 * responses are messages to it, and so is a finding that left review (to its own review task); the auditor's and administrator's decisions through the API complete the same tasks
 * as Tasklist does.
 */
@Component
public class ComplianceCaseProcess {

    public static final String PROCESS_ID = "complianceCase";
    public static final String SUBPROCESS_REVIEW = "subProcess_reviewFindings";
    public static final String TASK_LOAD_FINDING = "serviceTask_loadFinding";
    public static final String TASK_REVIEW_FINDING = "userTask_reviewFinding";
    public static final String TASK_RECORD_REVIEW = "serviceTask_recordReview";
    public static final String TASK_ASSESS = "serviceTask_assessReviews";
    public static final String TASK_CHECK_ARRIVALS = "serviceTask_checkArrivals";
    public static final String GATEWAY_ARRIVALS = "gateway_arrivals";
    public static final String TASK_ISSUE_NOTICE = "serviceTask_issueNotice";
    public static final String TASK_VERIFY = "userTask_verifyCorrection";
    public static final String TASK_APPROVE_ESCALATION = "userTask_approveEscalation";
    public static final String TASK_APPROVE_DEBARMENT = "userTask_approveDebarment";
    public static final String GATEWAY_AWAIT_CURE = "eventGateway_awaitCure";
    public static final String EVENT_RESPONDED = "messageEvent_contractorResponded";
    public static final String EVENT_FINDINGS_JOINED = "messageEvent_findingsJoined";
    public static final String EVENT_CURE_ENDED = "timerEvent_cureEnded";
    public static final String EVENT_FINDING_SUPERSEDED = "boundaryEvent_findingSuperseded";
    public static final String END_FINDING_SUPERSEDED = "endEvent_findingSuperseded";
    public static final String END_REVIEWED = "endEvent_findingReviewed";
    public static final String END_DISMISSED = "endEvent_caseDismissed";
    public static final String END_RESOLVED = "endEvent_resolved";
    public static final String END_REFERRED = "endEvent_referredForDebarment";
    public static final String FORM_REVIEW_FINDING = "review-finding";
    public static final String FORM_VERIFY = "verify-correction";
    public static final String FORM_APPROVE_ESCALATION = "approve-escalation";
    public static final String FORM_APPROVE_DEBARMENT = "approve-debarment";
    public static final String DELEGATE_LOAD_FINDING = "loadFindingForReview";
    public static final String DELEGATE_RECORD_REVIEW = "recordFindingReview";
    public static final String DELEGATE_ASSESS = "assessCaseReviews";
    public static final String DELEGATE_CHECK_ARRIVALS = "checkCaseArrivals";
    public static final String DELEGATE_CLOSE_DISMISSED = "closeDismissedCase";
    public static final String DELEGATE_ISSUE_NOTICE = "issueCaseNotice";
    public static final String DELEGATE_RECORD_VERIFICATION = "recordCaseVerification";
    public static final String DELEGATE_ADVISE = "adviseCaseEscalation";
    public static final String DELEGATE_CLOSE_OFF_LADDER = "closeCaseOffLadder";
    public static final String DELEGATE_RECORD_ESCALATION = "recordCaseEscalation";
    public static final String DELEGATE_RECORD_DEBARMENT = "recordDebarmentReferral";

    public static final String MESSAGE_RESPONSE = "caseResponse";
    public static final String MESSAGE_FINDINGS_JOINED = "caseFindingsJoined";
    /** To one review task's execution: its finding left review (the task's boundary event ends it). */
    public static final String MESSAGE_FINDING_SUPERSEDED = "caseFindingSuperseded";
    public static final String VAR_CASE_ID = "caseId";
    /** Task-local on each review task: the finding it reviews (set by the task's create listener in the model). */
    public static final String VAR_REVIEW_OF = "reviewOf";
    public static final String VAR_FINDING_ID = "findingId";
    /** A decision task's answers (its form's fields): read by the task's delegate, never kept. */
    public static final String VAR_DECISION = "decision";
    public static final String VAR_REASON = "reason";
    public static final String VAR_REFUSAL = "refusal";
    public static final String VAR_REVIEW_ROUTE = "reviewRoute";
    /** FINDINGS, RESPONSE or NONE: what came in while the case was not waiting ({@code AwaitCure.arrivals}). */
    public static final String VAR_ARRIVALS = "arrivals";
    /** The last contractor response when the verify task was created: the responses that task verifies. */
    public static final String VAR_RESPONSES_THROUGH = "responsesThrough";
    public static final String VAR_CURE_ENDS_AT = "cureEndsAt";
    public static final String VAR_CURED = "cured";
    public static final String VAR_NEXT_STEP = "nextStep";
    public static final String VAR_ADVICE = "advice";
    public static final String VAR_ESCALATION_ROUTE = "escalationRoute";
    public static final String VAR_DEBARMENT_APPROVED = "debarmentApproved";
    /** Kept as variables before ADR 0008: the answers, and display copies of a finding and of the case. */
    static final Set<String> RETIRED_VARIABLES = Set.of(VAR_DECISION, VAR_REASON, "findingSummary", "caseSummary");

    private final RuntimeService runtime;
    private final ProcessStarts starts;
    private final TaskService tasks;
    private final TaskCompletion completion;
    private final ReviewFinding review;
    private final RetiredVariables retired;

    ComplianceCaseProcess(RuntimeService runtime, ProcessStarts starts, TaskService tasks, TaskCompletion completion, ReviewFinding review,
            RetiredVariables retired) {
        this.runtime = runtime;
        this.starts = starts;
        this.tasks = tasks;
        this.completion = completion;
        this.review = review;
        this.retired = retired;
    }

    @EventListener(ApplicationReadyEvent.class)
    void removeRetiredVariables() {
        retired.remove(PROCESS_ID, RETIRED_VARIABLES);
    }

    /**
     * A case opened: its process starts after the opening commits, through the event publication registry, once per
     * case (ADR 0015). The first review round reads the case's pending findings from the database, so findings that
     * joined before a delayed start are reviewed in it.
     */
    @TransactionalEventListener(fallbackExecution = true, condition = "#added.opened()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void opened(CaseFindingsAdded added) {
        starts.once(PROCESS_ID, String.valueOf(added.caseId()), Map.of(VAR_CASE_ID, added.caseId()));
    }

    /**
     * Findings joined an open case: told to its process in the transaction that joined them (ADR 0015), since a second
     * delivery would start a review the findings do not need.
     */
    @EventListener(condition = "!#added.opened()")
    void joined(CaseFindingsAdded added) {
        if (!added.findingIds().isEmpty()) {
            // waiting out a cure period: review them now; in a review round: the round picks them up when it ends
            runtime.createMessageCorrelation(MESSAGE_FINDINGS_JOINED).processInstanceBusinessKey(String.valueOf(added.caseId()))
                    .correlateAllWithResult();
        }
    }

    @EventListener
    void on(CaseResponded responded) {
        // the auditor verifies once per wait: a response while a verification is open is read in that task
        runtime.createMessageCorrelation(MESSAGE_RESPONSE).processInstanceBusinessKey(String.valueOf(responded.caseId()))
                .correlateAllWithResult();
    }

    /**
     * Findings left review while pending (they no longer stand): each one's review task, if it exists yet, is ended by
     * its boundary event, in the transaction that superseded the finding; the job executor ends the review after it.
     * A round prepared after that gives them no task ({@code ReviewFinding.toReview}). A task of an instance
     * started on the model before the event existed has no such subscription: an auditor completing it in Tasklist
     * ends it unrecorded ({@code recordFindingReview}).
     */
    @EventListener
    void on(SupersededFindings.CaseFindingsLeftReview left) {
        for (Long finding : left.findingIds()) {
            Task task = reviewTask(left.caseId(), finding);
            if (task != null && runtime.createExecutionQuery().executionId(task.getExecutionId())
                    .messageEventSubscriptionName(MESSAGE_FINDING_SUPERSEDED).count() > 0) {
                runtime.messageEventReceived(MESSAGE_FINDING_SUPERSEDED, task.getExecutionId());
            }
        }
    }

    /** An auditor's review of a finding through the API: the same task an auditor completes in Tasklist. */
    public void review(long caseId, long findingId, HighroadUser auditor, String decision, String reason) {
        review.refusal(caseId, findingId, auditor.has(Role.AUDITOR), decision, reason).ifPresent(r -> {
            throw new ConflictException(r);
        });
        Task task = reviewTask(caseId, findingId);
        if (task == null) {
            // superseded since the refusal was asked, or its round is still being prepared
            review.refusal(caseId, findingId, true, decision, reason).ifPresent(r -> {
                throw new ConflictException(r);
            });
            // pending (the refusal above says so) but its round is still being prepared by the job executor
            throw new ConflictException("the review of finding " + findingId + " is being prepared; try again in a moment");
        }
        complete(auditor, task.getId(), decision, reason);
    }

    /** One query, however many findings the round has: the review task carries its finding as a task variable. */
    private Task reviewTask(long caseId, long findingId) {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS_ID).processInstanceBusinessKey(String.valueOf(caseId))
                .taskDefinitionKey(TASK_REVIEW_FINDING).taskVariableValueEquals(VAR_REVIEW_OF, findingId).singleResult();
    }

    /**
     * The auditor's verification, decision on an escalation step, or the administrator's on a debarment referral,
     * through the API; {@code refusal} is the module's answer to whether it may be recorded (checked again by the
     * task's delegate, as for Tasklist).
     */
    public void decide(long caseId, String taskKey, HighroadUser user, String decision, String reason,
            java.util.Optional<String> refusal) {
        String task = completion.openTask(PROCESS_ID, String.valueOf(caseId), taskKey, "the " + taskKey + " task of case " + caseId);
        refusal.ifPresent(r -> {
            throw new ConflictException(r);
        });
        complete(user, task, decision, reason);
    }

    private void complete(HighroadUser user, String taskId, String decision, String reason) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_DECISION, decision);
        variables.put(VAR_REASON, reason == null ? "" : reason);
        completion.completeAs(user.userId(), taskId, variables);
    }
}
