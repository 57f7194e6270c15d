package org.highroad.transparency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The OCDS 1.1 package schemas with the release schema patched by every extension a package declares (JSON Merge
 * Patch, RFC 7396: objects merge key by key, null deletes, anything else replaces), validated as draft 4.
 */
public final class OcdsSchemas {

    static final String RELEASE_URL = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";
    private static final String VERSIONED_URL =
            "https://standard.open-contracting.org/schema/1__1__5/versioned-release-validation-schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private OcdsSchemas() {
    }

    /** Every problem of a release or record package, empty when it is valid. */
    public static Set<String> problems(JsonNode pkg, boolean record) {
        ObjectNode release = (ObjectNode) read("ocds/ocds-1.1-release-schema.json");
        for (JsonNode url : pkg.path("extensions")) {
            merge(release, read("ocds/extensions/" + folder(url.asText()) + "/release-schema.json"));
        }
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                b -> b.schemaLoaders(l -> l.schemas(Map.of(RELEASE_URL, release.toString(), VERSIONED_URL, "{}"))));
        JsonSchema schema = factory.getSchema(read(record ? "ocds/ocds-1.1-record-package-schema.json"
                : "ocds/ocds-1.1-release-package-schema.json"));
        Set<String> out = new TreeSet<>();
        for (ValidationMessage m : schema.validate(pkg)) {
            out.add(m.getMessage());
        }
        return out;
    }

    /** The local folder of an extension named by its registry URL. */
    static String folder(String url) {
        return switch (url.replaceAll(".*/open-contracting-extensions/ocds_(.*?)_extension/.*", "$1")) {
            case "bid" -> "bids";
            case "requirements" -> "requirements";
            case "lots" -> "lots";
            case "awardCriteria" -> "awardCriteria";
            case "sustainability" -> "sustainability";
            case "metrics" -> "metrics";
            case "performance_failures" -> "performance_failures";
            default -> throw new IllegalArgumentException("no local copy of the extension " + url);
        };
    }

    /** RFC 7396. */
    static void merge(ObjectNode target, JsonNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            if (e.getValue().isNull()) {
                target.remove(e.getKey());
            } else if (e.getValue().isObject() && target.get(e.getKey()) instanceof ObjectNode existing) {
                merge(existing, e.getValue());
            } else {
                target.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }

    static JsonNode read(String resource) {
        try (InputStream in = OcdsSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
