package org.highroad.enforcement.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highroad.enforcement.CaseResponses.CaseResponded;
import org.highroad.enforcement.CaseIntake.CaseFindingsAdded;
import org.highroad.enforcement.BulkReview;
import org.highroad.enforcement.ReviewFinding;
import org.highroad.enforcement.ReviewRounds;
import org.highroad.enforcement.SupersededFindings;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.process.ProcessStarts;
import org.highroad.platform.process.RetiredVariables;
import org.highroad.platform.process.TaskCompletion;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.runtime.VariableInstance;
import org.operaton.bpm.engine.task.Task;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adapter for {@code bpmn/enforcement/compliance-case.bpmn}: one instance per compliance case (business key: the case
 * id), started in the transaction that opens the case. Findings that join the open case and the contractor's
 * responses are messages to it, and so is a review round left with nothing to review (to its task); the auditor's and
 * administrator's decisions through the API complete the same tasks as Tasklist does. Reviews of findings are recorded
 * in the case one by one or in bulk; the last of a round completes the round's one task (ADR 0021).
 */
@Component
public class ComplianceCaseProcess {

    public static final String PROCESS_ID = "complianceCase";
    public static final String SUBPROCESS_REVIEW = "subProcess_reviewFindings";
    /** The review round's one auditor task, and the steps around it (ADR 0021). */
    public static final String TASK_OPEN_ROUND = "serviceTask_openRound";
    public static final String TASK_REVIEW_ROUND = "userTask_reviewRound";
    public static final String TASK_RECORD_ROUND = "serviceTask_recordRound";
    public static final String EVENT_ROUND_SETTLED = "boundaryEvent_roundSettled";
    public static final String END_ROUND_SETTLED = "endEvent_roundSettled";
    public static final String END_ROUND_REVIEWED = "endEvent_roundReviewed";
    public static final String END_ROUND_EMPTY = "endEvent_roundEmpty";
    public static final String FORM_REVIEW_ROUND = "review-round";
    public static final String DELEGATE_OPEN_ROUND = "openReviewRound";
    public static final String DELEGATE_RECORD_ROUND = "recordReviewRound";
    /** To the round task's execution: no finding of the round is pending any more (the last one was superseded). */
    public static final String MESSAGE_ROUND_SETTLED = "caseReviewRoundSettled";
    /** How many findings the case held when the round opened: the round covers those still pending (ADR 0021). */
    public static final String VAR_ROUND_THROUGH = "roundThrough";
    /** How many of them were pending when the round opened (a routing flag: none, no task). */
    public static final String VAR_ROUND_PENDING = "roundPending";
    /** The previous model's per-finding review (ADR 0007): its tasks still complete through the API and Tasklist. */
    public static final String PREVIOUS_TASK_REVIEW_FINDING = "userTask_reviewFinding";
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
    public static final String END_DISMISSED = "endEvent_caseDismissed";
    public static final String END_RESOLVED = "endEvent_resolved";
    public static final String END_REFERRED = "endEvent_referredForDebarment";
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
    /**
     * The verification form's answer naming the payments the auditor refuses, one a line ("12: the check did not
     * clear"; {@code enforcement.PaymentRulings}): an answer for one transaction, never kept as a variable (ADR 0008).
     */
    public static final String ANSWER_REFUSED_PAYMENTS = "refusedPayments";
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
    private final BulkReview bulk;
    private final ReviewRounds rounds;
    private final RetiredVariables retired;
    private final TransactionTemplate transactions;

    ComplianceCaseProcess(RuntimeService runtime, ProcessStarts starts, TaskService tasks, TaskCompletion completion, ReviewFinding review,
            BulkReview bulk, ReviewRounds rounds, RetiredVariables retired, PlatformTransactionManager transactions) {
        this.bulk = bulk;
        this.rounds = rounds;
        this.transactions = new TransactionTemplate(transactions);
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
     * Findings left review while pending (they no longer stand). The round's task ends by its boundary event when none
     * of its findings is pending any more, in the transaction that superseded them; the job executor ends the round
     * after it. A round prepared after that does not count them ({@code ReviewRounds.open}). On the previous model
     * (ADR 0007) each finding's own review task, if it exists yet, is ended by its boundary event; a task of an
     * instance started before that event existed has no such subscription: an auditor completing it in Tasklist ends
     * it unrecorded ({@code recordFindingReview}).
     */
    @EventListener
    void on(SupersededFindings.CaseFindingsLeftReview left) {
        // the case's finding tasks in one query (none on the current model), not one task query per finding
        Map<Long, Task> byFinding = findingTasks(left.caseId());
        for (Long finding : left.findingIds()) {
            Task task = byFinding.get(finding);
            if (task != null && subscribed(task, MESSAGE_FINDING_SUPERSEDED)) {
                runtime.messageEventReceived(MESSAGE_FINDING_SUPERSEDED, task.getExecutionId());
            }
        }
        Task round = roundTask(left.caseId());
        if (round != null && rounds.pending(left.caseId(), through(round)).isEmpty() && subscribed(round, MESSAGE_ROUND_SETTLED)) {
            runtime.messageEventReceived(MESSAGE_ROUND_SETTLED, round.getExecutionId());
        }
    }

    private boolean subscribed(Task task, String message) {
        return runtime.createExecutionQuery().executionId(task.getExecutionId()).messageEventSubscriptionName(message).count() > 0;
    }

    /**
     * An auditor's review of a finding through the API, recorded in the case; the last pending finding of the open
     * review round completes the round's task, as this auditor. A finding of an instance on the previous model has
     * its own task, completed as Tasklist does.
     */
    public void review(long caseId, long findingId, HighroadUser auditor, String decision, String reason) {
        review.refusal(caseId, findingId, auditor.has(Role.AUDITOR), decision, reason).ifPresent(r -> {
            throw new ConflictException(r);
        });
        Task task = findingTask(caseId, findingId);
        if (task != null) {
            complete(auditor, task.getId(), decision, reason, Map.of());
            return;
        }
        transactions.executeWithoutResult(s -> {
            review.record(caseId, findingId, ReviewFinding.Decision.valueOf(decision), reason, auditor.userId());
            settleRound(caseId, auditor);
        });
    }

    /**
     * An auditor's review of many findings at once ({@link BulkReview}): recorded all or none, in one transaction with
     * the round's task completed when none of its findings is left pending. Returns how many were recorded.
     */
    public int review(long caseId, List<Long> findingIds, HighroadUser auditor, ReviewFinding.Decision decision, String reason) {
        if (!auditor.has(Role.AUDITOR)) {
            throw new ConflictException("only an auditor reviews findings");
        }
        if (tasks.createTaskQuery().processDefinitionKey(PROCESS_ID).processInstanceBusinessKey(String.valueOf(caseId))
                .taskDefinitionKey(PREVIOUS_TASK_REVIEW_FINDING).count() > 0) {
            throw new ConflictException("case " + caseId + " reviews its findings one task each (it was opened on the "
                    + "previous model): review them one by one");
        }
        Integer reviewed = transactions.execute(s -> {
            int n = bulk.record(caseId, findingIds, decision, reason, auditor.userId());
            settleRound(caseId, auditor);
            return n;
        });
        return reviewed == null ? 0 : reviewed;
    }

    /**
     * A decision waiting in Tasklist on a case: what it is ({@code REVIEW} of findings, {@code VERIFY} a correction,
     * {@code ESCALATION} to approve, {@code DEBARMENT} to approve), the task's id and the role that decides it.
     */
    public record WaitingTask(String what, String taskId, Role decidedBy) {
    }

    /** The decisions waiting in Tasklist on the case, oldest first (a finding's task on the previous model is a review). */
    public List<WaitingTask> waitingTasks(long caseId) {
        Set<String> seen = new java.util.HashSet<>();
        return tasks.createTaskQuery().processDefinitionKey(PROCESS_ID).processInstanceBusinessKey(String.valueOf(caseId))
                .orderByTaskCreateTime().asc().list().stream().map(t -> switch (t.getTaskDefinitionKey()) {
                    case TASK_REVIEW_ROUND, PREVIOUS_TASK_REVIEW_FINDING -> new WaitingTask("REVIEW", t.getId(), Role.AUDITOR);
                    case TASK_VERIFY -> new WaitingTask("VERIFY", t.getId(), Role.AUDITOR);
                    case TASK_APPROVE_ESCALATION -> new WaitingTask("ESCALATION", t.getId(), Role.AUDITOR);
                    case TASK_APPROVE_DEBARMENT -> new WaitingTask("DEBARMENT", t.getId(), Role.ADMIN);
                    default -> null;
                }).filter(w -> w != null)
                // one link per kind of decision: a case on the previous model has a review task per finding
                .filter(w -> seen.add(w.what())).toList();
    }

    /** Completes the open round's task as {@code auditor} if none of its findings is pending any more. */
    private void settleRound(long caseId, HighroadUser auditor) {
        Task round = roundTask(caseId);
        if (round != null && rounds.pending(caseId, through(round)).isEmpty()) {
            completion.completeAs(auditor.userId(), round.getId(), Map.of());
        }
    }

    private Task roundTask(long caseId) {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS_ID).processInstanceBusinessKey(String.valueOf(caseId))
                .taskDefinitionKey(TASK_REVIEW_ROUND).singleResult();
    }

    private int through(Task round) {
        return ((Number) runtime.getVariable(round.getExecutionId(), VAR_ROUND_THROUGH)).intValue();
    }

    /** A finding's own review task on the previous model; one query, however many findings the round has. */
    private Task findingTask(long caseId, long findingId) {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS_ID).processInstanceBusinessKey(String.valueOf(caseId))
                .taskDefinitionKey(PREVIOUS_TASK_REVIEW_FINDING).taskVariableValueEquals(VAR_REVIEW_OF, findingId).singleResult();
    }

    /**
     * The open review tasks of the case's findings on the previous model, by finding: one task query for the case and,
     * only when it has such tasks, one read of their {@code reviewOf} task variables.
     */
    private Map<Long, Task> findingTasks(long caseId) {
        List<Task> open = tasks.createTaskQuery().processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(caseId)).taskDefinitionKey(PREVIOUS_TASK_REVIEW_FINDING).list();
        if (open.isEmpty()) {
            return Map.of();
        }
        Map<String, Task> byId = new HashMap<>();
        open.forEach(t -> byId.put(t.getId(), t));
        Map<Long, Task> byFinding = new HashMap<>();
        for (VariableInstance v : runtime.createVariableInstanceQuery().variableName(VAR_REVIEW_OF)
                .taskIdIn(byId.keySet().toArray(String[]::new)).disableBinaryFetching().list()) {
            if (v.getValue() instanceof Number finding) {
                byFinding.put(finding.longValue(), byId.get(v.getTaskId()));
            }
        }
        return byFinding;
    }

    /**
     * The auditor's verification, decision on an escalation step, or the administrator's on a debarment referral,
     * through the API; {@code refusal} is the module's answer to whether it may be recorded (checked again by the
     * task's delegate, as for Tasklist).
     */
    public void decide(long caseId, String taskKey, HighroadUser user, String decision, String reason,
            java.util.Optional<String> reasonRefusal, java.util.function.Supplier<java.util.Optional<String>> refusal) {
        decide(caseId, taskKey, user, decision, reason, reasonRefusal, refusal, Map.of());
    }

    /**
     * The responses the case's open verification task takes in (the last response when it was created), or null
     * when no verification is open or it takes in none.
     */
    public Long responsesThroughOfOpenVerification(long caseId) {
        Task task = tasks.createTaskQuery().processDefinitionKey(PROCESS_ID).processInstanceBusinessKey(String.valueOf(caseId))
                .taskDefinitionKey(TASK_VERIFY).list().stream().findFirst().orElse(null);
        if (task == null) {
            return null;
        }
        Object through = runtime.getVariable(task.getExecutionId(), VAR_RESPONSES_THROUGH);
        return through instanceof Number n ? n.longValue() : null;
    }

    /** As {@link #decide(long, String, HighroadUser, String, String, java.util.Optional, java.util.function.Supplier)},
     * with the task's other answers (the verification's refused payments). */
    public void decide(long caseId, String taskKey, HighroadUser user, String decision, String reason,
            java.util.Optional<String> reasonRefusal, java.util.function.Supplier<java.util.Optional<String>> refusal,
            Map<String, Object> answers) {
        String task = tasks.createTaskQuery().processDefinitionKey(PROCESS_ID).processInstanceBusinessKey(String.valueOf(caseId))
                .taskDefinitionKey(taskKey).list().stream().findFirst().map(Task::getId).orElse(null);
        if (task == null) {
            // the step in words, as the auditor knows it, never the model's element id
            if (TASK_VERIFY.equals(taskKey)) {
                throw new ConflictException("no correction of case " + caseId + " awaits verification now");
            }
            if (TASK_APPROVE_ESCALATION.equals(taskKey)) {
                throw new ConflictException("no escalation step of case " + caseId + " awaits a decision now");
            }
            throw new ConflictException("no debarment referral of case " + caseId + " awaits approval now");
        }
        reasonRefusal.ifPresent(r -> {
            throw new InvalidInputException("reason", r);
        });
        refusal.get().ifPresent(r -> {
            throw new ConflictException(r);
        });
        complete(user, task, decision, reason, answers);
    }

    private void complete(HighroadUser user, String taskId, String decision, String reason, Map<String, Object> answers) {
        Map<String, Object> variables = new HashMap<>(answers);
        variables.put(VAR_DECISION, decision);
        variables.put(VAR_REASON, reason == null ? "" : reason);
        completion.completeAs(user.userId(), taskId, variables);
    }
}
