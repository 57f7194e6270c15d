package org.highroad.support;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.operaton.bpm.engine.FormService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.variable.VariableMap;

/**
 * A user working a task in Tasklist: the form is filled from the task's form variables ({@code GET
 * /task/{id}/form-variables}) and sent to {@code POST /task/{id}/submit-form}, which is the engine's
 * {@link FormService#submitTaskForm}; both as the signed-in user with their groups, as the webapp's REST API does.
 */
public final class Tasklist {

    private final FormService forms;
    private final TaskService tasks;
    private final IdentityService identity;

    public Tasklist(FormService forms, TaskService tasks, IdentityService identity) {
        this.forms = forms;
        this.tasks = tasks;
        this.identity = identity;
    }

    /** The open task of a process instance (by business key) at an activity. */
    public String openTask(String processKey, Object businessKey, String taskKey) {
        return tasks.createTaskQuery().processDefinitionKey(processKey).processInstanceBusinessKey(String.valueOf(businessKey))
                .taskDefinitionKey(taskKey).singleResult().getId();
    }

    /** What the task's form is filled with when the user opens it. */
    public VariableMap formVariables(String user, String taskId) {
        return as(user, () -> forms.getTaskFormVariables(taskId));
    }

    /** The user submits the task's form with these fields. */
    public void submit(String user, String taskId, Map<String, Object> fields) {
        as(user, () -> {
            forms.submitTaskForm(taskId, fields);
            return null;
        });
    }

    /** The user claims the task, as Tasklist's "Claim" does. */
    public void claim(String user, String taskId) {
        doAs(user, () -> tasks.claim(taskId, user));
    }

    /** Anything else the signed-in user does through the engine's API, as the webapps' REST API does it. */
    public void doAs(String user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }

    private <T> T as(String user, Supplier<T> work) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
