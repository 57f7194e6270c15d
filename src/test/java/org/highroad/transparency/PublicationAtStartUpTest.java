package org.highroad.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.highroad.procurement.ProcurementTest;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;

/**
 * The publication at start-up ({@link PublicationSchedule}): once the application is ready it publishes every
 * published solicitation again, so a change that left no mark (ADR 0031) is published after all; and it runs on the
 * scheduler's thread, so readiness (the load balancer's signal) does not wait for it.
 *
 * <p>The schedule is off in the tests (they drive time by hand), so the test starts it as the application does: in an
 * application of its own, with the schedule's configuration, Spring Boot's task scheduling (one scheduler thread, as
 * Highroad runs it) and this test context's real publication on the shared test database. A task of the test holds the
 * scheduler's one thread until readiness is announced: a start-up run that readiness waited for (run in the start-up's
 * thread, or waited for there) has published before readiness, and the test sees it.
 */
class PublicationAtStartUpTest extends ProcurementTest {

    @Autowired
    OcdsPublication publication;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aChangeLeftUnmarkedIsPublishedByTheStartUpRunWhichReadinessDoesNotWaitFor() throws Exception {
        long solicitation = publishedSolicitation("Published at start-up");
        String ocid = publication.ocidOfSolicitation(solicitation);
        publication.publishChangesOf(solicitation);
        assertThat(releaseIds(ocid)).containsExactly(ocid + "-tender-1");
        Response cancelled = as(TestUsers.OFFICER).post("/api/solicitations/" + solicitation + "/cancellation",
                Map.of("reason", "Budget withdrawn"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        // the change left no mark (a mark lost, or a change made outside the application): only the full path finds it
        jdbc.update("delete from ocds_publication_mark where subject_type = ? and subject_id = ?", ChangeMarks.SOLICITATION,
                solicitation);
        publication.publishMarked();
        assertThat(releaseIds(ocid)).as("unmarked: the run of what changed does not see it").containsExactly(ocid + "-tender-1");

        Logger scheduleLog = (Logger) LoggerFactory.getLogger(PublicationSchedule.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        scheduleLog.addAppender(logged);
        AtStartUp seen = new AtStartUp(() -> releaseIds(ocid));
        SpringApplication app = new SpringApplication(StartUp.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.setRegisterShutdownHook(false);
        // only the test's listeners: no configuration files read, the logging of the test run left as it is
        app.setListeners(List.of(seen));
        app.setDefaultProperties(Map.of("highroad.transparency.schedule.enabled", "true",
                "highroad.transparency.publish-every", "PT1H", "spring.task.scheduling.pool.size", "1"));
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("ocdsPublication", publication));
        String starter = Thread.currentThread().getName();
        try (ConfigurableApplicationContext started = app.run()) {
            assertThat(seen.readiness.getCount()).as("readiness announced").isZero();
            assertThat(seen.readyOn.get()).as("readiness is announced on the start-up's thread").isEqualTo(starter);
            assertThat(seen.releasesAtReadiness.get()).as("readiness did not wait for the start-up run")
                    .containsExactly(ocid + "-tender-1");
            assertThat(seen.blockerWaited.await(5, TimeUnit.MINUTES)).as("the scheduler's thread was held until readiness")
                    .isTrue();
            String done = null;
            for (int i = 0; i < 600 && done == null; i++) {
                done = logged.list.stream().filter(e -> e.getFormattedMessage().contains("published at start-up"))
                        .map(ILoggingEvent::getThreadName).findFirst().orElse(null);
                if (done == null) {
                    Thread.sleep(500);
                }
            }
            assertThat(done).as("the start-up run finished: %s", messages(logged)).isNotNull();
            assertThat(done).as("on the scheduler's thread").isNotEqualTo(starter).startsWith("scheduling-");
            assertThat(messages(logged)).as("published, not failed").anyMatch(m -> m.startsWith(
                    "Open contracting data: every solicitation published at start-up"));
        } finally {
            scheduleLog.detachAppender(logged);
        }
        assertThat(releaseIds(ocid)).as("the change left unmarked is published by the start-up run")
                .containsExactly(ocid + "-tender-1", ocid + "-tender-2");
        List<com.fasterxml.jackson.databind.node.ObjectNode> releases = publication.releases(ocid);
        assertThat(releases.get(1).path("tender").path("status").asText()).isEqualTo("cancelled");
    }

    private List<String> releaseIds(String ocid) {
        List<String> ids = new ArrayList<>();
        publication.releases(ocid).forEach(r -> ids.add(r.path("id").asText()));
        return ids;
    }

    private static List<String> messages(ListAppender<ILoggingEvent> logged) {
        return List.copyOf(logged.list).stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /**
     * The schedule's configuration with Spring Boot's task scheduling, as the application has them (not itself marked
     * a configuration: the test's own context would take it for its configuration).
     */
    @Import(PublicationSchedule.class)
    @ImportAutoConfiguration(TaskSchedulingAutoConfiguration.class)
    static class StartUp {
    }

    /**
     * Once started (before the ready event, whose listener schedules the start-up run), holds the scheduler's one
     * thread with a task that waits until readiness is announced; at readiness, notes its thread and the releases then
     * stored, and lets the task go.
     */
    static final class AtStartUp implements ApplicationListener<org.springframework.context.ApplicationEvent> {

        private final java.util.function.Supplier<List<String>> releases;
        final CountDownLatch readiness = new CountDownLatch(1);
        final CountDownLatch blockerWaited = new CountDownLatch(1);
        final AtomicReference<String> readyOn = new AtomicReference<>();
        final AtomicReference<List<String>> releasesAtReadiness = new AtomicReference<>();

        AtStartUp(java.util.function.Supplier<List<String>> releases) {
            this.releases = releases;
        }

        @Override
        public void onApplicationEvent(org.springframework.context.ApplicationEvent event) {
            if (event instanceof ApplicationStartedEvent started) {
                started.getApplicationContext().getBean(TaskScheduler.class).schedule(() -> {
                    try {
                        readiness.await(2, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    blockerWaited.countDown();
                }, java.time.Instant.now());
            } else if (event instanceof AvailabilityChangeEvent<?> changed && changed.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
                readyOn.set(Thread.currentThread().getName());
                releasesAtReadiness.set(releases.get());
                readiness.countDown();
            }
        }
    }
}
