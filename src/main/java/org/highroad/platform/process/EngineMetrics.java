package org.highroad.platform.process;

import org.highroad.platform.operations.DatabaseGauges;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The engine's work as metrics, for the whole cluster (the engine's tables are shared): jobs due and waiting for an
 * executor ({@code highroad_engine_jobs_due}, the backlog), jobs that failed with no retries left
 * ({@code highroad_engine_jobs_failed}) and open incidents ({@code highroad_engine_incidents}).
 */
@Component
class EngineMetrics {

    EngineMetrics(DatabaseGauges gauges, ManagementService management, RuntimeService runtime) {
        gauges.count("highroad.engine.jobs.due", "Jobs due and waiting for a job executor",
                () -> management.createJobQuery().executable().count());
        gauges.count("highroad.engine.jobs.failed", "Jobs that failed with no retries left",
                () -> management.createJobQuery().noRetriesLeft().count());
        gauges.count("highroad.engine.incidents", "Open incidents", () -> runtime.createIncidentQuery().count());
    }
}
