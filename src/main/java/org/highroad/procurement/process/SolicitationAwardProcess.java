package org.highroad.procurement.process;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.process.RetiredVariables;
import org.highroad.platform.process.TaskCompletion;
import org.highroad.procurement.Awards;
import org.highroad.procurement.ProcurementEvents;
import org.highroad.procurement.SolicitationStatus;
import org.highroad.procurement.Solicitations;
import org.highroad.platform.process.ProcessStarts;
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
 * Adapter for {@code bpmn/procurement/solicitation-award.bpmn}: one instance per published solicitation, business
 * key = solicitation id. Waits for the deadline, closes submissions and opens the sealed bids, then waits for every
 * bid's evaluation (which ends with the officer's review after the opening), ranks, and asks an officer to approve
 * the award. Variables hold the solicitation's id, routing flags, the deadline for its timer and the recommended
 * bid's id; the ranking and the award's reason are the solicitation's records, read through its API (ADR 0008).
 */
@Component
public class SolicitationAwardProcess {

    public static final String PROCESS_ID = "solicitationAward";
    public static final String EVENT_DEADLINE = "timer_submissionDeadline";
    public static final String TASK_CLOSE = "serviceTask_closeSubmissions";
    public static final String TASK_CHECK_EVALUATIONS = "serviceTask_checkEvaluations";
    public static final String GATEWAY_ALL_EVALUATED = "gateway_allEvaluated";
    public static final String GATEWAY_WAIT_FOR_EVALUATIONS = "gateway_waitForEvaluations";
    public static final String EVENT_BID_EVALUATED = "message_bidEvaluated";
    public static final String EVENT_RECHECK = "timer_recheckEvaluations";
    public static final String TASK_RANK = "serviceTask_rankBids";
    public static final String GATEWAY_ANY_RESPONSIVE = "gateway_anyResponsive";
    public static final String TASK_APPROVE_AWARD = "userTask_approveAward";
    public static final String TASK_RECORD_AWARD = "serviceTask_recordAward";
    public static final String END_AWARDED = "endEvent_awarded";
    public static final String END_NO_RESPONSIVE_BIDS = "endEvent_noResponsiveBids";
    public static final String END_CANCELLED = "endEvent_cancelled";
    public static final String MESSAGE_BID_EVALUATED = "solicitation.bidEvaluated";
    public static final String MESSAGE_CANCELLED = "solicitation.cancelled";
    public static final String FORM_APPROVE_AWARD = "approve-award";
    public static final String DELEGATE_CLOSE = "closeSubmissions";
    public static final String DELEGATE_CHECK_EVALUATIONS = "checkEvaluationsComplete";
    public static final String DELEGATE_RANK = "rankBids";
    public static final String DELEGATE_RECORD_AWARD = "recordAward";

    public static final String VAR_SOLICITATION_ID = "solicitationId";
    public static final String VAR_DEADLINE = "submissionDeadline";
    public static final String VAR_ALL_EVALUATED = "allEvaluated";
    public static final String VAR_RANKED = "rankedBids";
    /** The recommended bid, preselected in the approval form; the officer's choice updates it. */
    public static final String VAR_AWARD_BID_ID = "awardBidId";
    /** The approval's answer beside the chosen bid. */
    public static final String VAR_REASON = "reason";
    public static final String VAR_REFUSAL = "refusal";
    /** Kept as variables before ADR 0008: the award's reason and a display copy of the ranking. */
    static final Set<String> RETIRED_VARIABLES = Set.of(VAR_REASON, "rankingText");

    private final RuntimeService runtime;
    private final ProcessStarts starts;
    private final TaskCompletion completion;
    private final Awards awards;
    private final RetiredVariables retired;
    private final TaskService tasks;
    private final Solicitations solicitations;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SolicitationAwardProcess.class);

    SolicitationAwardProcess(RuntimeService runtime, ProcessStarts starts, TaskCompletion completion, Awards awards,
            RetiredVariables retired, TaskService tasks, Solicitations solicitations) {
        this.runtime = runtime;
        this.solicitations = solicitations;
        this.tasks = tasks;
        this.starts = starts;
        this.completion = completion;
        this.awards = awards;
        this.retired = retired;
    }

    @EventListener(ApplicationReadyEvent.class)
    void removeRetiredVariables() {
        retired.remove(PROCESS_ID, RETIRED_VARIABLES);
    }

    /** After the publisher's commit, through the event publication registry: one award process per solicitation (ADR 0015). */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ProcurementEvents.SolicitationPublished published) {
        // The publication registry retries a failed start; a solicitation cancelled (or gone) meanwhile gets no
        // award process, and its publication is completed rather than retried for ever.
        Optional<SolicitationStatus> now = solicitations.statusOf(published.solicitationId());
        if (now.isEmpty() || now.get() != SolicitationStatus.PUBLISHED) {
            log.info("Solicitation {} is {}: no award process is started", published.solicitationId(),
                    now.map(Enum::name).orElse("not found"));
            return;
        }
        starts.once(PROCESS_ID, String.valueOf(published.solicitationId()), Map.of(
                VAR_SOLICITATION_ID, published.solicitationId(),
                VAR_DEADLINE, published.submissionDeadline().toInstant().toString()));
    }

    @EventListener
    void on(ProcurementEvents.SolicitationCancelled cancelled) {
        runtime.createMessageCorrelation(MESSAGE_CANCELLED).processInstanceBusinessKey(String.valueOf(cancelled.solicitationId()))
                .correlateAll();
    }

    /** A bid finished its evaluation; the award process re-checks if it is waiting (no error if it is not). */
    void bidEvaluated(long solicitationId) {
        runtime.createMessageCorrelation(MESSAGE_BID_EVALUATED).processInstanceBusinessKey(String.valueOf(solicitationId))
                .correlateAll();
    }

    /**
     * The open task that approves the solicitation's award, for a link to it in Tasklist (where officers work their
     * tasks); empty while the bids are evaluated, and once the award is decided.
     */
    public Optional<String> awardTask(long solicitationId) {
        return Optional.ofNullable(tasks.createTaskQuery().processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(solicitationId)).taskDefinitionKey(TASK_APPROVE_AWARD)
                .singleResult()).map(Task::getId);
    }

    /** The officer's award through the API: checked first (409), then the task is completed as that officer. */
    public void approve(long solicitationId, String officer, long bidId, String reason) {
        awards.awardRefusal(solicitationId, bidId, reason, true).ifPresent(r -> {
            throw new ConflictException(r);
        });
        String task = completion.openTask(PROCESS_ID, String.valueOf(solicitationId), TASK_APPROVE_AWARD,
                "the award approval of solicitation " + solicitationId);
        completion.completeAs(officer, task, Map.of(VAR_AWARD_BID_ID, bidId, VAR_REASON, reason == null ? "" : reason));
    }
}
