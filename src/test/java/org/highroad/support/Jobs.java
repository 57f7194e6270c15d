package org.highroad.support;

import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.runtime.Job;

/** The job executor is off in tests: async continuations and timers are run by hand, as time would run them. */
public final class Jobs {

    private Jobs() {
    }

    /** Runs every job that is due now (async continuations), repeatedly, until none is left. */
    public static void runDue(ManagementService management) {
        for (int round = 0; round < 50; round++) {
            var due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException("jobs keep coming after 50 rounds");
    }

    /** Fires the timer waiting at {@code activityId} in the process with that business key, then runs what is due. */
    public static void fireTimer(ManagementService management, org.operaton.bpm.engine.RuntimeService runtime,
            String processKey, String businessKey, String activityId) {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).singleResult().getId();
        Job timer = management.createJobQuery().processInstanceId(instance).activityId(activityId).timers().singleResult();
        if (timer == null) {
            throw new IllegalStateException("no timer waiting at " + activityId + " in " + processKey + " " + businessKey);
        }
        management.executeJob(timer.getId());
        runDue(management);
    }
}
