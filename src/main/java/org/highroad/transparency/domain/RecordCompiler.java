package org.highroad.transparency.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Compiles a process's releases into its compiled release (OCDS 1.1, "Merging"): releases in date order, each field's
 * latest value wins; objects merge field by field; arrays of objects with an {@code id} merge item by item on the id;
 * other arrays are replaced whole. The compiled release has the tag {@code compiled}, the latest release's date, and
 * an id of its own.
 */
public final class RecordCompiler {

    private RecordCompiler() {
    }

    public static ObjectNode compile(String ocid, List<ObjectNode> releasesInDateOrder) {
        ObjectNode compiled = JsonNodeFactory.instance.objectNode();
        for (ObjectNode release : releasesInDateOrder) {
            merge(compiled, release);
        }
        compiled.put("ocid", ocid);
        compiled.put("id", ocid + "-compiled");
        compiled.putArray("tag").add("compiled");
        return compiled;
    }

    static void merge(ObjectNode target, ObjectNode source) {
        source.fields().forEachRemaining(e -> {
            JsonNode value = e.getValue();
            JsonNode existing = target.get(e.getKey());
            if (value.isObject() && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, (ObjectNode) value);
            } else if (value.isArray() && existing != null && existing.isArray() && identified(value) && identified(existing)) {
                mergeById((ArrayNode) existing, (ArrayNode) value);
            } else {
                target.set(e.getKey(), value.deepCopy());
            }
        });
    }

    private static boolean identified(JsonNode array) {
        if (array.isEmpty()) {
            return false;
        }
        for (JsonNode item : array) {
            if (!item.isObject() || !item.has("id")) {
                return false;
            }
        }
        return true;
    }

    private static void mergeById(ArrayNode target, ArrayNode source) {
        for (JsonNode item : source) {
            ObjectNode match = null;
            for (JsonNode t : target) {
                if (t.get("id").asText().equals(item.get("id").asText())) {
                    match = (ObjectNode) t;
                }
            }
            if (match == null) {
                target.add(item.deepCopy());
            } else {
                merge(match, (ObjectNode) item);
            }
        }
    }
}
