package org.highroad.standards.process;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.process.RetiredVariables;
import org.highroad.platform.process.TaskCompletion;
import org.highroad.standards.Adoption;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.StandardVersionProposed;
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
 * Adapter between the standards module and {@code bpmn/standards/standard-version-adoption.bpmn}: ids, variable
 * names and the two ways in (the proposal event; a decision made through the API rather than Tasklist). Business
 * key = the standard version's id. Variables hold the version's id, its code and number (the task's label) and
 * routing flags; who proposed it is the version's record ({@code adoption.proposedBy}), and the standards module
 * refuses the proposer's own decision ({@link StandardCatalog#adoptionRefusal}, four eyes), whichever way it comes.
 * The decision and its reason are the review task's answers, kept by the standards module with the version's
 * adoption and in its audit trail (ADR 0008).
 */
@Component
public class StandardAdoptionProcess {

    public static final String PROCESS_ID = "standardVersionAdoption";
    public static final String TASK_REVIEW = "userTask_reviewStandardVersion";
    public static final String TASK_RECORD_DECISION = "serviceTask_recordDecision";
    public static final String GATEWAY_ADOPTED = "gateway_adopted";
    public static final String END_ADOPTED = "endEvent_adopted";
    public static final String END_RETURNED = "endEvent_returned";
    public static final String ERROR_REVIEWER_NOT_ALLOWED = "REVIEWER_NOT_ALLOWED";
    public static final String FORM_REVIEW = "review-standard-version";
    public static final String DELEGATE_RECORD_DECISION = "recordAdoptionDecision";

    public static final String VAR_VERSION_ID = "versionId";
    public static final String VAR_STANDARD_CODE = "standardCode";
    public static final String VAR_VERSION_NUMBER = "versionNumber";
    /** The review's answers (its form's fields), there only in the transaction that completes the task. */
    public static final String VAR_DECISION = "decision";
    public static final String VAR_COMMENT = "comment";
    public static final String VAR_ADOPTED = "adopted";
    public static final String VAR_REFUSAL = "refusal";
    public static final String DECISION_ADOPT = "adopt";
    public static final String DECISION_RETURN = "return";
    /** Kept as variables by earlier versions: the review's answers, and who proposed the version (a user id). */
    static final Set<String> RETIRED_VARIABLES = Set.of(VAR_DECISION, VAR_COMMENT, "proposedBy");

    private final RuntimeService runtime;
    private final ProcessStarts starts;
    private final TaskCompletion completion;
    private final StandardCatalog catalog;
    private final RetiredVariables retired;
    private final TaskService tasks;

    StandardAdoptionProcess(RuntimeService runtime, ProcessStarts starts, TaskCompletion completion, StandardCatalog catalog,
            RetiredVariables retired, TaskService tasks) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.starts = starts;
        this.completion = completion;
        this.catalog = catalog;
        this.retired = retired;
    }

    @EventListener(ApplicationReadyEvent.class)
    void removeRetiredVariables() {
        retired.remove(PROCESS_ID, RETIRED_VARIABLES);
    }

    /**
     * After the proposal commits, through the event publication registry: one adoption per proposal, started again
     * until it succeeds (ADR 0015). A version returned to draft and proposed again starts a new one: the key is the
     * version and the moment it was proposed; the instance's business key stays the version's id.
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(StandardVersionProposed proposed) {
        starts.once(PROCESS_ID, String.valueOf(proposed.versionId()), proposed.versionId() + "@" + proposed.proposedAt(),
                Map.of(VAR_VERSION_ID, proposed.versionId(), VAR_STANDARD_CODE, proposed.standardCode(),
                        VAR_VERSION_NUMBER, proposed.version()));
    }

    /**
     * A decision through the API: checked first (409 for the proposer, and for an adoption that would lower a wage
     * floor), then the task is completed as the reviewer.
     */
    public void decide(long versionId, String reviewer, boolean adopt, String comment) {
        catalog.adoptionRefusal(versionId, reviewer, comment, adopt).ifPresent(reason -> {
            throw new ConflictException(reason);
        });
        String task = completion.openTask(PROCESS_ID, String.valueOf(versionId), TASK_REVIEW,
                "the review of standard version " + versionId);
        completion.completeAs(reviewer, task, Map.of(VAR_DECISION, adopt ? DECISION_ADOPT : DECISION_RETURN,
                VAR_COMMENT, comment == null ? "" : comment));
        if (catalog.version(versionId).adoption().status() == Adoption.Status.PROPOSED) {
            // refused by the step that records it after all (another version of the standard was adopted meanwhile):
            // the task is back open with the reason; say why instead of answering 200
            Object refusal = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                    .processInstanceBusinessKey(String.valueOf(versionId)).list().stream().findFirst()
                    .map(p -> runtime.getVariable(p.getId(), VAR_REFUSAL)).orElse(null);
            throw new ConflictException(refusal == null ? "the decision was not recorded; read the version again"
                    : String.valueOf(refusal));
        }
    }

    /** The open review of a proposed version (the Tasklist task where it waits), if any. */
    public java.util.Optional<String> reviewTask(long versionId) {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS_ID).processInstanceBusinessKey(String.valueOf(versionId))
                .taskDefinitionKey(TASK_REVIEW).list().stream().map(Task::getId).findFirst();
    }

    /** How many adoptions of a version are running (a proposal waiting for its review): at most one. */
    public long adoptionsRunning(long versionId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(versionId)).count();
    }
}
