package org.highroad.platform.process;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.Violation;
import org.operaton.bpm.engine.AuthorizationException;
import org.operaton.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.operaton.bpm.engine.FormService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.task.Task;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Completes a user task through the API exactly as Tasklist does: as that user, with their groups as the engine's
 * authentication (so engine authorization and the delegates' checks see the same person), by submitting the task's
 * form through the engine's form service (Tasklist's {@code submit-form}), so the answers are handled the same way on
 * both paths ({@link FormAnswers}); engine refusals become the API's answers (403 for authorization, 409 for a
 * concurrent change or a missing task).
 */
@Component
public class TaskCompletion {

    private final TaskService tasks;
    private final FormService forms;
    private final IdentityService identity;

    TaskCompletion(TaskService tasks, FormService forms, IdentityService identity) {
        this.tasks = tasks;
        this.forms = forms;
        this.identity = identity;
    }

    /** The open task of a process instance (by business key) at an activity, or 409 naming what is missing. */
    public String openTask(String processKey, String businessKey, String taskKey, String what) {
        return Optional.ofNullable(tasks.createTaskQuery().processDefinitionKey(processKey)
                        .processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult())
                .map(Task::getId).orElseThrow(() -> new ConflictException(what + " is not open"));
    }

    /** The user submits the task's form with these answers (ids, choices, text); the step after the task records them. */
    public void completeAs(String userId, String taskId, Map<String, Object> variables) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        try {
            identity.setAuthentication(userId, groups);
            forms.submitTaskForm(taskId, variables);
        } catch (AuthorizationException e) {
            throw new AccessDeniedException(userId + " may not work on this task", e);
        } catch (FormFieldValidationException e) {
            // an answer the form does not allow (too long, not asked for): the task stays open, nothing is recorded
            throw e.getDetail() instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Violation
                    ? new InvalidInputException(list.stream().map(Violation.class::cast).toList())
                    : new InvalidInputException("answers", e.getMessage());
        } catch (OptimisticLockingException e) {
            throw new OptimisticLockingFailureException("the task changed meanwhile; read it again and retry", e);
        } catch (org.operaton.bpm.engine.rest.exception.RestException e) {
            // the form service's answers (TaskFormSubmissions): the task is gone, or it changed meanwhile
            if (e.getStatus() == jakarta.ws.rs.core.Response.Status.CONFLICT) {
                throw new OptimisticLockingFailureException("the task changed meanwhile; read it again and retry", e);
            }
            throw new ConflictException("the task is no longer open");
        } finally {
            identity.clearAuthentication();
        }
    }
}
