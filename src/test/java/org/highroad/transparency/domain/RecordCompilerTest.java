package org.highroad.transparency.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordCompilerTest {

    private final ObjectMapper json = new ObjectMapper();

    private ObjectNode node(String text) throws Exception {
        return (ObjectNode) json.readTree(text);
    }

    @Test
    void laterReleasesWinFieldByFieldAndArraysOfIdentifiedObjectsMergeOnTheirIds() throws Exception {
        ObjectNode tender = node("{\"ocid\":\"o\",\"id\":\"o-tender-1\",\"date\":\"2027-01-01T00:00:00Z\",\"tag\":[\"tender\"],"
                + "\"tender\":{\"id\":\"t\",\"status\":\"active\",\"title\":\"Roof\"},"
                + "\"parties\":[{\"id\":\"agency-X\",\"name\":\"X\",\"roles\":[\"buyer\"]}]}");
        ObjectNode award = node("{\"ocid\":\"o\",\"id\":\"o-award-1\",\"date\":\"2027-02-01T00:00:00Z\",\"tag\":[\"award\"],"
                + "\"tender\":{\"status\":\"complete\"},"
                + "\"parties\":[{\"id\":\"agency-X\",\"name\":\"X\",\"roles\":[\"buyer\"]},{\"id\":\"vendor-1\",\"name\":\"V\"}]}");
        ObjectNode compiled = RecordCompiler.compile("o", List.of(tender, award));
        assertThat(compiled.path("tender").path("title").asText()).isEqualTo("Roof");
        assertThat(compiled.path("tender").path("status").asText()).isEqualTo("complete");
        assertThat(compiled.path("parties").findValuesAsText("id")).containsExactly("agency-X", "vendor-1");
        assertThat(compiled.path("tag").get(0).asText()).isEqualTo("compiled");
        assertThat(compiled.path("id").asText()).isEqualTo("o-compiled");
        assertThat(compiled.path("date").asText()).isEqualTo("2027-02-01T00:00:00Z");
    }
}
