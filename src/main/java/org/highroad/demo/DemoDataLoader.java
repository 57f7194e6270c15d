package org.highroad.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads demo data once when enabled: the agency, standards, vendors and users, then (unless
 * {@code highroad.demo-data.scenario.enabled=false}) the demo's story ({@link DemoScenario}), each only while it is not
 * there yet, so a restart loads nothing twice. Runs when the application is ready (the engine and the web server are
 * up) and before it reports itself ready to take traffic; then says where to open Highroad.
 */
@Component
@ConditionalOnProperty(name = "highroad.demo-data.enabled", havingValue = "true")
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoData demo;
    private final DemoScenario scenario;
    private final boolean story;
    private final Environment environment;

    DemoDataLoader(DemoData demo, DemoScenario scenario,
            @Value("${highroad.demo-data.scenario.enabled:true}") boolean story,
            Environment environment) {
        this.demo = demo;
        this.scenario = scenario;
        this.story = story;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnce() {
        if (demo.loaded()) {
            log.info("Demo data already present; not loading it again");
        } else {
            demo.load();
        }
        if (story && !scenario.played()) {
            long start = System.nanoTime();
            try {
                scenario.play();
                log.info("Demo story played in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                // Highroad itself is up; the demo is incomplete (delete ./data to start over)
                log.error("Demo story stopped: {}", e.toString(), e);
            }
        }
        // read now: the web server's port is known once it has started
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        log.info("Highroad is up. Home: http://localhost:{}/  Tasklist: http://localhost:{}/operaton/app/tasklist/  "
                + "API: http://localhost:{}/api/standards  OpenAPI: http://localhost:{}/swagger-ui.html  (demo users: see README)",
                port, port, port, port);
    }
}
