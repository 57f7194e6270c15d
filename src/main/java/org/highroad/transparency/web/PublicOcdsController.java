package org.highroad.transparency.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.validation.MalformedRequestException;
import org.highroad.transparency.OcdsPublication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open contracting data for everyone, without login: a process's releases (release package), its record (record
 * package), the releases published since a date (a release package, a page at a time, {@code links.next} naming the
 * next page) and every record in one record package. Each answer has an ETag (a conditional request answers 304) and
 * may be cached for a minute.
 */
@RestController
class PublicOcdsController {

    static final int MAX_PAGE_SIZE = 100;

    private final OcdsPublication publication;
    private final Packages packages;

    PublicOcdsController(OcdsPublication publication, Packages packages) {
        this.publication = publication;
        this.packages = packages;
    }

    @GetMapping(value = "/public/ocds/releases/{ocid}", produces = "application/json")
    @PreAuthorize("permitAll()")
    ResponseEntity<String> releases(@PathVariable String ocid, HttpServletRequest request) {
        List<ObjectNode> releases = publication.releases(ocid);
        if (releases.isEmpty()) {
            throw new NotFoundException("nothing is published for ocid " + ocid);
        }
        return packages.answer(request, packages.releasePackage(request, releases, null));
    }

    @GetMapping(value = "/public/ocds/records/{ocid}", produces = "application/json")
    @PreAuthorize("permitAll()")
    ResponseEntity<String> record(@PathVariable String ocid, HttpServletRequest request) {
        ObjectNode record = publication.record(ocid).orElseThrow(() -> new NotFoundException("nothing is published for ocid " + ocid));
        return packages.answer(request, packages.recordPackage(request, List.of(record)));
    }

    /** The bulk download: every record in one record package. */
    @GetMapping(value = "/public/ocds/records", produces = "application/json")
    @PreAuthorize("permitAll()")
    ResponseEntity<String> records(HttpServletRequest request) {
        return packages.answer(request, packages.recordPackage(request, publication.records()));
    }

    @GetMapping(value = "/public/ocds/releases", produces = "application/json")
    @PreAuthorize("permitAll()")
    ResponseEntity<String> since(@RequestParam(name = "since", required = false) String since,
            @RequestParam(name = "page", defaultValue = "0") String page,
            @RequestParam(name = "size", defaultValue = "100") String size, HttpServletRequest request) {
        Instant from = since == null ? Instant.EPOCH : parse(since);
        int p = number("page", page, 0, 1_000_000);
        int n = number("size", size, 1, MAX_PAGE_SIZE);
        List<ObjectNode> releases = publication.releasesSince(from, p, n + 1);
        ObjectNode links = null;
        if (releases.size() > n) {
            releases = releases.subList(0, n);
            links = JsonNodeFactory.instance.objectNode();
            // without a date the next page asks for none either: an empty since is not a date
            links.put("next", packages.base(request) + "/public/ocds/releases?"
                    + (since == null ? "" : "since=" + URLEncoder.encode(since, StandardCharsets.UTF_8) + "&")
                    + "page=" + (p + 1) + "&size=" + n);
        }
        return packages.answer(request, packages.releasePackage(request, releases, links));
    }

    private static Instant parse(String since) {
        Instant at = parseDate(since);
        // releases are dated in years 1 to 9999 (OCDS dates are ISO 8601 date-times, four-digit years); the database
        // cannot compare with dates far outside them
        int year = at.atOffset(ZoneOffset.UTC).getYear();
        if (year < 1 || year > 9999) {
            throw new MalformedRequestException("since", "give a year from 1 to 9999, got " + since);
        }
        return at;
    }

    private static Instant parseDate(String since) {
        try {
            return OffsetDateTime.parse(since).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                throw new MalformedRequestException("since", "give a date (YYYY-MM-DD) or a date-time with its offset "
                        + "(2027-01-01T00:00:00Z), got " + since);
            }
        }
    }

    private static int number(String field, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new MalformedRequestException(field, "must be a whole number from " + min + " to " + max + ", got " + value);
    }

    static ArrayNode array(List<ObjectNode> items) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        items.forEach(a::add);
        return a;
    }
}
