package org.highroad.platform.operations;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import java.util.regex.Pattern;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * The {@code uri} tag of {@code http.server.requests} for the Operaton webapps' REST APIs ({@code /operaton/api/**}:
 * Tasklist's and Cockpit's engine API, their plugins) and the engine REST ({@code /engine-rest/**}): they are JAX-RS
 * resources, not Spring MVC handlers, so Spring knows no template for them and tags them all {@code UNKNOWN}, one
 * series for every engine call Tasklist makes. This writes their template instead, an id's segment as {@code {id}}
 * ({@code /operaton/api/engine/engine/default/task/{id}/submit-form}): one series per kind of call, however many tasks
 * there are, so p95 dashboards can tell a form's submission from a task list's query and the tag stays bounded.
 *
 * <p>The number of {@code uri} tags Micrometer keeps ({@code management.metrics.web.server.max-uri-tags}, application.yaml)
 * is set above Highroad's own request mappings plus these templates: at Spring Boot's default of 100, a few minutes of
 * ordinary use of the pages and the API reached it and later series were dropped.
 */
@Component
public class RequestTemplates extends DefaultServerRequestObservationConvention {

    /** A path segment that names one record: a UUID, a number, or an engine id such as {@code key:3:uuid}. */
    private static final Pattern ID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\\d+|[^/]*:[^/]*");
    private static final int LONGEST_SEGMENT = 40;

    @Override
    public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
        KeyValues values = super.getLowCardinalityKeyValues(context);
        if (context.getPathPattern() != null || context.getCarrier() == null) {
            return values;
        }
        String path = context.getCarrier().getRequestURI();
        if (path == null || !(path.startsWith("/operaton/api/") || path.startsWith("/engine-rest/"))) {
            return values;
        }
        return values.and(KeyValue.of("uri", template(path)));
    }

    /** {@code /operaton/api/engine/engine/default/task/0a1b…/form-variables} → {@code …/task/{id}/form-variables}. */
    static String template(String path) {
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (!out.isEmpty() || !segment.isEmpty()) {
                out.append('/');
            }
            out.append(ID.matcher(segment).matches() || segment.length() > LONGEST_SEGMENT ? "{id}" : segment);
        }
        return out.toString();
    }
}
