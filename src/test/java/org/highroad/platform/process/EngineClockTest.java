package org.highroad.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.highroad.support.ApiTest;
import org.highroad.support.MovableClock;
import org.highroad.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.impl.Page;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.interceptor.Command;
import org.operaton.bpm.engine.impl.persistence.entity.AcquirableJobEntity;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The engine keeps the application's time (ADR 0035): in tests both begin at {@code highroad.clock.origin}, so a timer
 * the engine sets from its own now ({@code timeDuration}), a date the application computed ({@code timeDate}), the
 * job executor's acquisition and the history's timestamps fall on the application's day, not on the real one.
 */
class EngineClockTest extends ApiTest {

    /** What two readings of the same clock may differ by here (a loaded machine). */
    private static final Duration SAME_MOMENT = Duration.ofSeconds(30);

    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    MovableClock clock;
    @Autowired
    Clock appClock;
    @Value("${highroad.clock.origin}")
    String origin;

    private String deployment;

    @BeforeEach
    void deployProbes() {
        clock.reset();
        deployment = repository.createDeployment().name("clock probes")
                .addModelInstance("clock-probe-duration.bpmn", Bpmn.createExecutableProcess("testClockProbeDuration")
                        .operatonHistoryTimeToLive(1).startEvent().intermediateCatchEvent("waitAnHour")
                        .timerWithDuration("PT1H").endEvent().done())
                .addModelInstance("clock-probe-date.bpmn", Bpmn.createExecutableProcess("testClockProbeDate")
                        .operatonHistoryTimeToLive(1).startEvent().intermediateCatchEvent("waitUntil")
                        .timerWithDate("${at}").endEvent().done())
                .deploy().getId();
    }

    @AfterEach
    void undeploy() {
        repository.deleteDeployment(deployment, true);
    }

    @Test
    void theTestsRunFromTheOriginAndTheApplicationsClockIsTheTestClock() {
        Instant begun = Instant.parse(origin);
        Duration up = Duration.ofMillis(java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        assertThat(appClock.instant()).as("the origin plus the time since the JVM started")
                .isBetween(begun.plus(up).minus(SAME_MOMENT), begun.plus(up).plus(SAME_MOMENT));
        assertThat(Duration.between(TestClock.now(), appClock.instant()).abs()).isLessThan(SAME_MOMENT);
    }

    @Test
    void theEnginesNowIsTheApplications() {
        assertThat(between(ClockUtil.getCurrentTime().toInstant(), appClock.instant())).isLessThan(SAME_MOMENT);
    }

    @Test
    void aDurationTimerIsDueAnHourAfterTheApplicationsNowAndTheHistoryStartsThen() {
        String instance = runtime.startProcessInstanceByKey("testClockProbeDuration").getId();
        Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
        assertThat(between(timer.getDuedate().toInstant(), appClock.instant().plus(Duration.ofHours(1))))
                .isLessThan(SAME_MOMENT);
        assertThat(between(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getStartTime().toInstant(), appClock.instant())).isLessThan(SAME_MOMENT);
        assertThat(management.createJobQuery().processInstanceId(instance).executable().count())
                .as("not due before the hour has passed on the application's clock").isZero();
        assertThat(acquirable(timer.getId())).as("nor acquired by a job executor").isFalse();
    }

    @Test
    void aDateTimerTheApplicationSetIsDueOnTheApplicationsClock() {
        Instant now = appClock.instant();
        String past = runtime.startProcessInstanceByKey("testClockProbeDate",
                Map.of("at", Date.from(now.minus(Duration.ofMinutes(5))))).getId();
        String future = runtime.startProcessInstanceByKey("testClockProbeDate",
                Map.of("at", Date.from(now.plus(Duration.ofHours(1))))).getId();
        Job overdue = management.createJobQuery().processInstanceId(past).timers().singleResult();
        Job waiting = management.createJobQuery().processInstanceId(future).timers().singleResult();

        assertThat(management.createJobQuery().processInstanceId(past).executable().count()).isEqualTo(1);
        assertThat(acquirable(overdue.getId())).as("a job executor acquires the timer five minutes overdue").isTrue();
        assertThat(management.createJobQuery().processInstanceId(future).executable().count()).isZero();
        assertThat(acquirable(waiting.getId())).as("and leaves the one an hour ahead").isFalse();
    }

    @Test
    void aTestThatResetsTheEnginesClockLeavesItOnTheOriginForTheNext() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2001-02-03T04:05:06Z")));
        assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(Instant.parse("2001-02-03T04:05:06Z"));
        ClockUtil.reset();
        // the extension every test runs with (support/EngineClockKept) puts it back after this test; here by hand
        new org.highroad.support.EngineClockKept().afterEach(null);
        assertThat(between(ClockUtil.getCurrentTime().toInstant(), appClock.instant())).isLessThan(SAME_MOMENT);
    }

    /** Whether the job executor's acquisition, as it would run now on the engine's clock, finds the job. */
    private boolean acquirable(String jobId) {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        Command<List<AcquirableJobEntity>> next = context -> context.getJobManager().findNextJobsToExecute(new Page(0, 10_000));
        return config.getCommandExecutorTxRequired().execute(next).stream().anyMatch(j -> j.getId().equals(jobId));
    }

    private static Duration between(Instant a, Instant b) {
        return Duration.between(a, b).abs();
    }
}
