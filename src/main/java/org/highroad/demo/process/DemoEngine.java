package org.highroad.demo.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.highroad.platform.process.TaskCompletion;
import org.operaton.bpm.engine.FormService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's hands on the engine: it completes user tasks as their users would in Tasklist (through the task's form,
 * {@link TaskCompletion}), and lets time do what it would do, by running the jobs that are due and firing a timer whose
 * moment has come. Works whether or not the job executor runs: a job it takes at the same moment is left to it.
 */
@Component
public class DemoEngine {

    private static final Logger log = LoggerFactory.getLogger(DemoEngine.class);
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(90);

    private final TaskCompletion completion;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final FormService forms;

    DemoEngine(TaskCompletion completion, ManagementService management, RuntimeService runtime, FormService forms) {
        this.completion = completion;
        this.management = management;
        this.runtime = runtime;
        this.forms = forms;
    }

    /** A value the open task's form shows (its form values, as Tasklist loads them), e.g. the rows of a dynamic list. */
    public Object formValue(String processKey, String businessKey, String taskKey, String name) {
        settle();
        String task = completion.openTask(processKey, businessKey, taskKey, "task " + taskKey + " of " + processKey + " " + businessKey);
        return forms.getTaskFormVariables(task, List.of(name), true).getValue(name, Object.class);
    }

    /** {@code user} submits the form of the open task {@code taskKey} of the process {@code processKey} with that business key. */
    public void complete(String processKey, String businessKey, String taskKey, String user, Map<String, Object> answers) {
        settle();
        String task = completion.openTask(processKey, businessKey, taskKey, "task " + taskKey + " of " + processKey + " " + businessKey);
        completion.completeAs(user, task, answers);
        settle();
    }

    /** Whether the task is open (waiting for its user). */
    public boolean open(String processKey, String businessKey, String taskKey) {
        try {
            completion.openTask(processKey, businessKey, taskKey, taskKey);
            return true;
        } catch (RuntimeException notOpen) {
            return false;
        }
    }

    /** A variable of the running process instance with that business key (e.g. the criterion a form slot rates). */
    public Object variable(String processKey, String businessKey, String name) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).singleResult();
        return instance == null ? null : runtime.getVariable(instance.getId(), name);
    }

    /**
     * Fires the timer waiting at {@code activityId} once its moment has come (the job executor checks timers only now
     * and then when idle), then runs what follows; a timer the job executor fired first is left to it.
     */
    public void fireTimer(String processKey, String businessKey, String activityId) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).singleResult();
        if (instance != null) {
            Job timer = management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).timers()
                    .singleResult();
            if (timer != null) {
                execute(timer);
            }
        }
        settle();
    }

    /**
     * Runs every job that is due now (asynchronous continuations, timers whose moment has passed), repeatedly, until
     * none is left; a job the job executor holds is waited for.
     */
    public void settle() {
        long giveUp = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        while (System.nanoTime() < giveUp) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            List<Job> left = new ArrayList<>();
            for (Job job : due) {
                if (!execute(job)) {
                    left.add(job);
                }
            }
            if (!left.isEmpty()) {
                pause();
            }
        }
        log.warn("Demo data: jobs still due after {}; going on", SETTLE_TIMEOUT);
    }

    private boolean execute(Job job) {
        try {
            management.executeJob(job.getId());
            return true;
        } catch (RuntimeException e) {
            // taken by the job executor at the same moment, or failed (the engine records it and retries)
            log.debug("Demo data: job {} not run here: {}", job.getId(), e.toString());
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
