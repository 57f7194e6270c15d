package org.highroad.transparency.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Release and record packages (OCDS 1.1 package schemas) with the publisher's metadata and the extensions every
 * release may use; a package's {@code publishedDate} is its latest release's date, so the same releases give the same
 * package (and ETag) on every request.
 */
@Component
class Packages {

    /** The extensions the releases use, by their registry URLs (the version each was written against). */
    static final List<String> EXTENSIONS = List.of(
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/master/extension.json",
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_requirements_extension/master/extension.json",
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/extension.json",
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_awardCriteria_extension/master/extension.json",
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_sustainability_extension/master/extension.json",
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_metrics_extension/1.1/extension.json",
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_performance_failures_extension/master/extension.json");

    private final ObjectMapper json = new ObjectMapper();
    private final String publisher;
    private final String license;
    private final String policy;
    private final String publicBaseUrl;

    Packages(@Value("${highroad.transparency.publisher:Highroad}") String publisher,
            @Value("${highroad.transparency.license:https://opendatacommons.org/licenses/pddl/1.0/}") String license,
            @Value("${highroad.transparency.publication-policy:}") String policy,
            @Value("${highroad.public-base-url:}") String publicBaseUrl) {
        this.publisher = publisher;
        this.license = license;
        this.policy = policy;
        this.publicBaseUrl = publicBaseUrl(publicBaseUrl);
    }

    /**
     * The configured address the public reaches the site at, without a trailing slash; empty when none is set. Only a
     * scheme and a host (and port), so that a published URI is that address plus the path served: an address with a
     * path, a query or no http(s) scheme is refused at startup rather than published wrong.
     */
    static String publicBaseUrl(String configured) {
        if (configured == null || configured.isBlank()) {
            return "";
        }
        String text = configured.strip();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        java.net.URI uri;
        try {
            uri = new java.net.URI(text);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("highroad.public-base-url is not a URI: " + configured, e);
        }
        if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null
                || !(uri.getRawPath() == null || uri.getRawPath().isEmpty()) || uri.getRawQuery() != null
                || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalStateException("highroad.public-base-url must be an http(s) scheme and host (and port) only, "
                    + "such as https://contracts.example.gov, got " + configured);
        }
        return text;
    }

    ObjectNode releasePackage(HttpServletRequest request, List<ObjectNode> releases, ObjectNode links) {
        ObjectNode p = head(request, releases.stream().map(r -> r.path("date").asText()).max(String::compareTo).orElse(null));
        if (links != null) {
            p.set("links", links);
        }
        p.set("releases", PublicOcdsController.array(releases));
        return p;
    }

    ObjectNode recordPackage(HttpServletRequest request, List<ObjectNode> records) {
        ObjectNode p = head(request, records.stream().map(r -> r.path("compiledRelease").path("date").asText())
                .max(String::compareTo).orElse(null));
        p.set("records", PublicOcdsController.array(records));
        return p;
    }

    private ObjectNode head(HttpServletRequest request, String latest) {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        String query = request.getQueryString();
        p.put("uri", base(request) + request.getRequestURI() + (query == null ? "" : "?" + query));
        p.put("version", "1.1");
        ArrayNode ext = p.putArray("extensions");
        EXTENSIONS.forEach(ext::add);
        p.put("publishedDate", latest == null || latest.isEmpty() ? "1970-01-01T00:00:00Z" : latest);
        p.putObject("publisher").put("name", publisher);
        p.put("license", license);
        if (!policy.isBlank()) {
            p.put("publicationPolicy", policy);
        }
        return p;
    }

    /**
     * The scheme, host and port published URIs begin with: {@code highroad.public-base-url} when set, so that a request
     * with a forged Host header cannot change what a package or a record says it is (its {@code uri}, its links);
     * otherwise the request's own, as the servlet container (and, behind a proxy, server.forward-headers-strategy)
     * gives them.
     */
    String base(HttpServletRequest request) {
        if (!publicBaseUrl.isEmpty()) {
            return publicBaseUrl;
        }
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
    }

    ResponseEntity<String> answer(HttpServletRequest request, ObjectNode body) {
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return answer(request, text, MediaType.APPLICATION_JSON);
    }

    /** The text with its ETag and cache headers, or 304 when the client holds it already. */
    ResponseEntity<String> answer(HttpServletRequest request, String text, MediaType type) {
        String etag = "\"" + sha256(text) + "\"";
        CacheControl cache = CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic();
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.equals(etag) || ifNoneMatch.contains(etag))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().contentType(type).eTag(etag).cacheControl(cache).body(text);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
