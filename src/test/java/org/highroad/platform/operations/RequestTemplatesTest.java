package org.highroad.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.highroad.support.ApiTest;
import org.highroad.support.TasklistSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Tasklist's calls to the engine API are counted per kind of call, whatever task they name: many distinct task ids
 * give one {@code uri} series each for reading and submitting a form, tagged by its template; and Micrometer keeps
 * more {@code uri} tags than Highroad has request mappings, so ordinary use never reaches the limit.
 */
class RequestTemplatesTest extends ApiTest {

    private static final String TASKS = "/operaton/api/engine/engine/default/task/";

    @Autowired
    MeterRegistry registry;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Value("${management.metrics.web.server.max-uri-tags:100}")
    int maxUriTags;

    @Test
    void manyTaskIdsGiveOneSeriesPerKindOfCall() throws Exception {
        TasklistSession officer = TasklistSession.signIn(port, TestUsers.OFFICER);
        for (int i = 0; i < 40; i++) {
            String task = UUID.randomUUID().toString();
            officer.send("GET", TasklistSession.task(task) + "/form-variables", null);
            officer.send("POST", TasklistSession.task(task) + "/submit-form", "{\"variables\":{}}");
        }
        Set<String> uris = registry.find("http.server.requests").meters().stream().map(m -> m.getId().getTag("uri"))
                .filter(uri -> uri != null && uri.startsWith(TASKS)).collect(Collectors.toSet());
        assertThat(uris).as("templates, not task ids").contains(TASKS + "{id}/form-variables", TASKS + "{id}/submit-form")
                .allMatch(uri -> !uri.matches(".*[0-9a-f]{8}-[0-9a-f]{4}-.*"));
        // other tests of the shared context call other kinds (claim, form, complete): only these two kinds are counted
        assertThat(uris.stream().filter(uri -> uri.endsWith("/form-variables") || uri.endsWith("/submit-form")))
                .as("one series per kind of call").containsExactlyInAnyOrder(TASKS + "{id}/form-variables", TASKS + "{id}/submit-form");
    }

    @Test
    void theUriTagLimitIsAboveHighroadsOwnMappings() {
        long patterns = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream()).distinct().count();
        assertThat(maxUriTags).as("%d request mappings, and the engine REST's templates besides", patterns)
                .isGreaterThanOrEqualTo((int) patterns + 100);
    }

    @Test
    void anIdSegmentIsWrittenAsItsTemplate() {
        assertThat(RequestTemplates.template(TASKS + "0a1b2c3d-0000-1111-2222-333344445555/form-variables"))
                .isEqualTo(TASKS + "{id}/form-variables");
        assertThat(RequestTemplates.template("/engine-rest/process-definition/award:3:9f0e/xml"))
                .isEqualTo("/engine-rest/process-definition/{id}/xml");
        assertThat(RequestTemplates.template("/operaton/api/engine/engine/default/task/count")).endsWith("/task/count");
    }
}
