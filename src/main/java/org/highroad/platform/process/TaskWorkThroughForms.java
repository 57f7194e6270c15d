package org.highroad.platform.process;

import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.AuthorizationException;
import org.operaton.bpm.engine.impl.TaskServiceImpl;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.identity.Authentication;
import org.operaton.bpm.engine.task.Comment;
import org.operaton.bpm.engine.variable.VariableMap;

/**
 * The engine's task service, as the webapps' REST API and Highroad use it, with one rule: a person working on a task
 * (a signed-in user who is not an engine administrator) puts nothing into its process but the answers of its form,
 * submitted through the form service ({@link FormAnswers}). The engine's authorization lets a task's people complete
 * it ({@code TASK_WORK}), and its task service would then take variables with the completion, set straight on the
 * process ({@code POST /task/{id}/complete}, {@code /resolve}), throw a BPMN error or an escalation from the task (an
 * error no boundary event catches ends the process instance), and keep comments: free text in the engine's history,
 * outside every module's access rules. Those are refused here (403 in the engine's REST API); completing without
 * variables stays allowed (the step after the task then finds no answer and sends it back). Highroad's own code never
 * calls them (it submits forms through {@link TaskCompletion}); the engine itself and administrators are not limited.
 */
class TaskWorkThroughForms extends TaskServiceImpl {

    private final ProcessEngineConfigurationImpl engine;

    TaskWorkThroughForms(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    @Override
    public void complete(String taskId, Map<String, Object> variables) {
        refuseVariablesOfAPerson(variables);
        super.complete(taskId, variables);
    }

    @Override
    public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables, boolean deserializeValues) {
        refuseVariablesOfAPerson(variables);
        return super.completeWithVariablesInReturn(taskId, variables, deserializeValues);
    }

    @Override
    public void resolveTask(String taskId, Map<String, Object> variables) {
        refuseVariablesOfAPerson(variables);
        super.resolveTask(taskId, variables);
    }

    @Override
    public void handleBpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
        refuseAPerson("throw an error from a task");
        super.handleBpmnError(taskId, errorCode, errorMessage, variables);
    }

    @Override
    public void handleBpmnError(String taskId, String errorCode, String errorMessage) {
        handleBpmnError(taskId, errorCode, errorMessage, null);
    }

    @Override
    public void handleBpmnError(String taskId, String errorCode) {
        handleBpmnError(taskId, errorCode, null, null);
    }

    @Override
    public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
        refuseAPerson("escalate from a task");
        super.handleEscalation(taskId, escalationCode, variables);
    }

    @Override
    public void handleEscalation(String taskId, String escalationCode) {
        handleEscalation(taskId, escalationCode, null);
    }

    @Override
    public Comment createComment(String taskId, String processInstance, String message) {
        refuseAPerson("comment on a task or process");
        return super.createComment(taskId, processInstance, message);
    }

    @Override
    public void updateTaskComment(String taskId, String commentId, String message) {
        refuseAPerson("change a comment");
        super.updateTaskComment(taskId, commentId, message);
    }

    @Override
    public void updateProcessInstanceComment(String processInstanceId, String commentId, String message) {
        refuseAPerson("change a comment");
        super.updateProcessInstanceComment(processInstanceId, commentId, message);
    }

    private void refuseVariablesOfAPerson(Map<String, Object> variables) {
        if (variables != null && !variables.isEmpty()) {
            refuseAPerson("complete a task with variables; submit its form instead (POST /task/{id}/submit-form)");
        }
    }

    private void refuseAPerson(String what) {
        Authentication current = engine.getIdentityService().getCurrentAuthentication();
        if (current == null || current.getUserId() == null || isAdministrator(current)) {
            return;
        }
        throw new AuthorizationException(current.getUserId() + " may not " + what);
    }

    private boolean isAdministrator(Authentication user) {
        List<String> adminUsers = engine.getAdminUsers();
        List<String> adminGroups = engine.getAdminGroups();
        return (adminUsers != null && adminUsers.contains(user.getUserId())) || (adminGroups != null
                && user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(adminGroups::contains));
    }
}
