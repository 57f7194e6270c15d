package org.highroad.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.highroad.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI description documents each endpoint's request body as the record its controller takes: records of the
 * same simple name in different controllers ({@code Decision}, {@code Request}, {@code AcceptanceBody}, {@code Reason})
 * are distinct schemas, so a client written from the description sends bodies the server accepts.
 */
class OpenApiRequestBodiesTest extends ApiTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyRequestBodyIsDocumentedAsItsControllersRecord() {
        JsonNode docs = anonymous().get("/v3/api-docs").json();
        List<String> wrong = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Class<?> body = Arrays.stream(handler.getMethod().getParameters())
                    .filter(p -> p.isAnnotationPresent(RequestBody.class)).map(Parameter::getType).findFirst().orElse(null);
            if (body == null || !body.isRecord()) {
                return;
            }
            Set<String> expected = new TreeSet<>();
            for (RecordComponent c : body.getRecordComponents()) {
                expected.add(c.getName());
            }
            for (String path : info.getPatternValues()) {
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    JsonNode operation = docs.path("paths").path(path).path(method.name().toLowerCase());
                    if (operation.isMissingNode()) {
                        continue; // not an /api path (pages are not described)
                    }
                    JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
                    String ref = schema.path("$ref").asText();
                    JsonNode shown = ref.isEmpty() ? schema
                            : docs.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
                    Set<String> documented = new TreeSet<>();
                    shown.path("properties").fieldNames().forEachRemaining(documented::add);
                    checked.add(method + " " + path);
                    if (!documented.equals(expected)) {
                        wrong.add(method + " " + path + ": documented " + documented + " (" + ref + "), takes "
                                + body.getName() + " " + expected);
                    }
                }
            }
        });
        assertThat(checked).as("the endpoints of the review's finding are among those checked").contains(
                "POST /api/cases/{id}/verification", "POST /api/cases/{id}/escalation",
                "POST /api/cases/{id}/debarment-referral", "POST /api/cases/{id}/findings/review",
                "POST /api/vendors/{vendorId}/qualifications/{qualificationId}/decision",
                "POST /api/contracts/{id}/acceptance", "POST /api/solicitations/{id}/cancellation");
        assertThat(wrong).as("request bodies documented as another record").isEmpty();
    }
}
