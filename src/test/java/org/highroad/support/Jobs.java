package org.highroad.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

    /**
     * Runs the given jobs at the same moment, each on its own thread, as several job executors would: for each, in the
     * order given, {@code done} when it ran, or the chain of what it failed with.
     */
    public static List<String> executeAtOnce(ManagementService management, List<String> jobIds, String done)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(jobIds.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> ran = new ArrayList<>();
        for (String job : jobIds) {
            ran.add(pool.submit(() -> {
                start.await();
                try {
                    management.executeJob(job);
                    return done;
                } catch (RuntimeException e) {
                    StringBuilder why = new StringBuilder();
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        why.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(" / ");
                    }
                    return why.toString();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        try {
            for (Future<String> f : ran) {
                outcomes.add(f.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdown();
        }
        return outcomes;
    }
}
