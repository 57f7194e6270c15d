package org.highroad.platform.process;

import jakarta.ws.rs.core.Response.Status;
import java.util.Map;
import java.util.function.Supplier;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.impl.FormServiceImpl;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.rest.exception.InvalidRequestException;
import org.operaton.bpm.engine.variable.VariableMap;

/**
 * The engine's form service, as Tasklist submits a task's form ({@code POST /task/{id}/submit-form}) and Highroad's
 * API does ({@link TaskCompletion}), with two answers people can act on where the engine's REST API answered 500 with
 * the engine's exception (and logged its stack trace as an error): a task that is no longer open (a colleague of the
 * same group completed it first, or its process moved on) is 404 "no longer open", and a submission that lost a race
 * with another change of the same process (the engine's optimistic locking: nothing of it was recorded) is 409
 * "changed meanwhile". Both are the engine REST's own client errors ({@link InvalidRequestException}, which its task
 * resource answers with their status), thrown outside the engine's commands, so nothing is logged as an error.
 */
class TaskFormSubmissions extends FormServiceImpl {

    private final ProcessEngineConfigurationImpl engine;

    TaskFormSubmissions(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    @Override
    public void submitTaskForm(String taskId, Map<String, Object> properties) {
        submitted(taskId, () -> {
            super.submitTaskForm(taskId, properties);
            return null;
        });
    }

    @Override
    public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
            boolean deserializeValues) {
        return submitted(taskId, () -> super.submitTaskFormWithVariablesInReturn(taskId, properties, deserializeValues));
    }

    private <T> T submitted(String taskId, Supplier<T> submit) {
        if (taskId != null && !open(taskId)) {
            throw new InvalidRequestException(Status.NOT_FOUND, gone(taskId));
        }
        try {
            return submit.get();
        } catch (OptimisticLockingException e) {
            throw new InvalidRequestException(Status.CONFLICT, "task " + taskId + " changed while the form was submitted"
                    + " (a colleague completed it, or its process moved on): nothing was recorded; reload it");
        } catch (ProcessEngineException e) {
            // A colleague's submission that ends the process between our check and our command's reads leaves the
            // engine reading a task whose executions are gone ("Cannot restore state of process instance"): if the
            // task is no longer open now, that is what happened, and nothing of this submission was recorded.
            if (taskId != null && !open(taskId)) {
                throw new InvalidRequestException(Status.NOT_FOUND, gone(taskId));
            }
            throw e;
        }
    }

    private boolean open(String taskId) {
        return engine.getCommandExecutorTxRequired().execute(context -> context.getTaskManager().findTaskById(taskId)) != null;
    }

    static String gone(String taskId) {
        return "task " + taskId + " is no longer open: someone completed it, or its process moved on; reload the task list";
    }
}
