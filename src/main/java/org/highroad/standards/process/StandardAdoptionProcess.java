package org.highroad.standards.process;

import java.util.List;
import java.util.Map;
import org.highroad.platform.errors.ConflictException;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.StandardVersionProposed;
import org.operaton.bpm.engine.AuthorizationException;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Adapter between the standards module and {@code bpmn/standards/standard-version-adoption.bpmn}: ids, variable
 * names and the two ways in (the proposal event; a decision made through the API rather than Tasklist). Business
 * key = the standard version's id.
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
    public static final String VAR_PROPOSED_BY = "proposedBy";
    public static final String VAR_DECISION = "decision";
    public static final String VAR_COMMENT = "comment";
    public static final String VAR_ADOPTED = "adopted";
    public static final String VAR_REFUSAL = "refusal";
    public static final String DECISION_ADOPT = "adopt";
    public static final String DECISION_RETURN = "return";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final StandardCatalog catalog;

    StandardAdoptionProcess(RuntimeService runtime, TaskService tasks, IdentityService identity, StandardCatalog catalog) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.catalog = catalog;
    }

    /** Runs in the proposing transaction: the proposal and its review task commit together or not at all. */
    @EventListener
    void on(StandardVersionProposed proposed) {
        runtime.startProcessInstanceByKey(PROCESS_ID, String.valueOf(proposed.versionId()), Map.of(
                VAR_VERSION_ID, proposed.versionId(), VAR_STANDARD_CODE, proposed.standardCode(),
                VAR_VERSION_NUMBER, proposed.version(), VAR_PROPOSED_BY, proposed.proposedBy()));
    }

    /** A decision through the API: checked first (409 for the proposer), then the task is completed as the reviewer. */
    public void decide(long versionId, String reviewer, boolean adopt, String comment) {
        catalog.adoptionRefusal(versionId, reviewer, comment).ifPresent(reason -> {
            throw new ConflictException(reason);
        });
        Task task = tasks.createTaskQuery().processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(versionId)).taskDefinitionKey(TASK_REVIEW).singleResult();
        if (task == null) {
            throw new ConflictException("standard version " + versionId + " has no open review task");
        }
        // As Tasklist does it: the reviewer and their groups are the engine's authentication while completing.
        List<String> groups = identity.createGroupQuery().groupMember(reviewer).list().stream().map(Group::getId).toList();
        try {
            identity.setAuthentication(reviewer, groups);
            tasks.complete(task.getId(), Map.of(VAR_DECISION, adopt ? DECISION_ADOPT : DECISION_RETURN,
                    VAR_COMMENT, comment == null ? "" : comment));
        } catch (AuthorizationException e) {
            throw new AccessDeniedException(reviewer + " may not work on the review task", e);
        } finally {
            identity.clearAuthentication();
        }
    }
}
