package org.highroad.platform.process;

import java.util.Collection;
import java.util.List;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricVariableInstance;
import org.operaton.bpm.engine.runtime.VariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes out of the engine the variables a process no longer keeps: the answers and display copies that earlier
 * versions of Highroad stored as process variables (ADR 0008). Each is removed from the running instance that holds
 * it (so no form is filled in with it again) and its history is deleted (the module's tables are the record). Running
 * it again finds nothing, so the process adapters run it at every start.
 *
 * <p>Form fields that Tasklist submitted before this version also left copies in the engine's history details
 * ({@code ACT_HI_DETAIL}, type {@code FormProperty}); the engine has no call to delete those alone, so they go when
 * their instance's history time to live ends.
 */
@Component
public class RetiredVariables {

    private static final Logger LOG = LoggerFactory.getLogger(RetiredVariables.class);
    private static final int BATCH = 200;

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;

    RetiredVariables(RuntimeService runtime, TaskService tasks, HistoryService history) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
    }

    /** Removes every variable of these names from the process's instances and history; returns how many. */
    public int remove(String processKey, Collection<String> names) {
        String[] retired = names.toArray(String[]::new);
        int removed = 0;
        int failed = 0;
        List<HistoricVariableInstance> batch;
        while (!(batch = history.createHistoricVariableInstanceQuery().processDefinitionKey(processKey)
                .variableNameIn(retired).includeDeleted().disableBinaryFetching().disableCustomObjectDeserialization()
                .orderByVariableId().asc().listPage(failed, BATCH)).isEmpty()) {
            for (HistoricVariableInstance variable : batch) {
                try {
                    removeFromRunningInstance(variable.getId());
                    history.deleteHistoricVariableInstance(variable.getId());
                    removed++;
                } catch (ProcessEngineException e) {
                    // e.g. its instance moved on meanwhile: left for the next start, which tries again
                    LOG.warn("Could not remove retired variable {} of process instance {} yet: {}", variable.getId(),
                            variable.getProcessInstanceId(), e.getClass().getSimpleName());
                    failed++;
                }
            }
        }
        if (removed > 0) {
            LOG.info("Removed {} retired variables of process {} from its instances and history", removed, processKey);
        }
        return removed;
    }

    /** A variable's history has the id of the variable itself, while it exists. */
    private void removeFromRunningInstance(String variableId) {
        VariableInstance running = runtime.createVariableInstanceQuery().variableId(variableId).disableBinaryFetching()
                .disableCustomObjectDeserialization().singleResult();
        if (running == null) {
            return;
        }
        if (running.getTaskId() != null) {
            tasks.removeVariableLocal(running.getTaskId(), running.getName());
        } else {
            runtime.removeVariableLocal(running.getExecutionId(), running.getName());
        }
    }
}
