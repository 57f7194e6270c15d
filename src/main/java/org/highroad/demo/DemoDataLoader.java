package org.highroad.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Loads demo data once when enabled, then says where to open Highroad. */
@Component
@ConditionalOnProperty(name = "highroad.demo-data.enabled", havingValue = "true")
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoData demo;
    private final String port;

    DemoDataLoader(DemoData demo, @Value("${local.server.port:${server.port:8080}}") String port) {
        this.demo = demo;
        this.port = port;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnce() {
        if (demo.loaded()) {
            log.info("Demo data already present; not loading it again");
        } else {
            demo.load();
        }
        log.info("Highroad is up. Tasklist: http://localhost:{}/operaton/app/tasklist/  API: http://localhost:{}/api/standards"
                + "  OpenAPI: http://localhost:{}/swagger-ui.html  (demo users: see README)", port, port, port);
    }
}
