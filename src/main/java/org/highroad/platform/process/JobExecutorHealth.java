package org.highroad.platform.process;

import org.operaton.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health of this node's job executor ({@code jobExecutor} in {@code /actuator/health}, part of readiness): where the
 * node runs jobs ({@code operaton.bpm.job-execution.enabled}), it is up only while the executor is active; a node set
 * not to run jobs is up, and says so, since another node runs them. Replaces the engine starter's indicator of the
 * same name, which has no answer for a node without a job executor.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealth extends AbstractHealthIndicator {

    private final ObjectProvider<JobExecutor> jobExecutor;

    JobExecutorHealth(ObjectProvider<JobExecutor> jobExecutor) {
        super("The job executor's health could not be read");
        this.jobExecutor = jobExecutor;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        JobExecutor executor = jobExecutor.getIfAvailable();
        if (executor == null) {
            builder.up().withDetail("jobExecution", "disabled on this node");
            return;
        }
        (executor.isActive() ? builder.up() : builder.down())
                .withDetail("jobExecution", executor.isActive() ? "active" : "stopped")
                .withDetail("maxJobsPerAcquisition", executor.getMaxJobsPerAcquisition())
                .withDetail("lockTimeInMillis", executor.getLockTimeInMillis())
                .withDetail("waitTimeInMillis", executor.getWaitTimeInMillis());
    }
}
