package org.highroad.payroll.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.highroad.payroll.PayrollColumnMaps;
import org.highroad.payroll.PayrollColumnMaps.MapView;
import org.highroad.payroll.PayrollColumnMaps.Preview;
import org.highroad.payroll.intake.ColumnMap;
import org.highroad.platform.security.HighroadUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A contractor's saved column maps for payroll exports (docs/payroll-csv.md, "Column maps"): its own vendor's only
 * (another vendor's are 404); agency staff read them. A change is a new version; DELETE retires the map. A preview
 * reads a file with a map and keeps nothing, as a payroll of the week ending {@code weekEnding} or, with
 * {@code periodStart}, of the longer reporting period {@code periodStart} to {@code weekEnding}. Uploading with a map is {@code POST /api/contracts/{id}/payrolls?map=}.
 */
@RestController
class PayrollMapsController {

    private static final String ANYONE = "hasAnyRole('ADMIN','PROCUREMENT_OFFICER','AUDITOR','WORKFORCE_STAFF','CONTRACTOR')";

    private final PayrollColumnMaps maps;

    PayrollMapsController(PayrollColumnMaps maps) {
        this.maps = maps;
    }

    @GetMapping("/api/vendors/{id}/payroll-maps")
    @PreAuthorize(ANYONE)
    List<MapView> list(@PathVariable long id, @AuthenticationPrincipal HighroadUser user) {
        return maps.list(id, user);
    }

    @PostMapping("/api/vendors/{id}/payroll-maps")
    @PreAuthorize("hasRole('CONTRACTOR')")
    ResponseEntity<MapView> create(@PathVariable long id, @RequestBody ColumnMap map, @AuthenticationPrincipal HighroadUser user) {
        MapView created = maps.create(id, map, user);
        return ResponseEntity.created(URI.create("/api/vendors/" + id + "/payroll-maps/" + created.id())).body(created);
    }

    @GetMapping("/api/vendors/{id}/payroll-maps/{mapId}")
    @PreAuthorize(ANYONE)
    MapView get(@PathVariable long id, @PathVariable String mapId, @RequestParam(required = false) Integer version,
            @AuthenticationPrincipal HighroadUser user) {
        return maps.get(id, mapId, version, user);
    }

    /** A new version of the map; payrolls read with an earlier one keep it. */
    @PutMapping("/api/vendors/{id}/payroll-maps/{mapId}")
    @PreAuthorize("hasRole('CONTRACTOR')")
    MapView update(@PathVariable long id, @PathVariable String mapId, @RequestBody ColumnMap map,
            @AuthenticationPrincipal HighroadUser user) {
        return maps.update(id, mapId, map, user);
    }

    /** Retires the map; it stays readable with the payrolls it read. */
    @DeleteMapping("/api/vendors/{id}/payroll-maps/{mapId}")
    @PreAuthorize("hasRole('CONTRACTOR')")
    ResponseEntity<Void> retire(@PathVariable long id, @PathVariable String mapId, @AuthenticationPrincipal HighroadUser user) {
        maps.retire(id, mapId, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = "/api/vendors/{id}/payroll-maps/{mapId}/preview", consumes = "text/csv")
    @PreAuthorize(ANYONE)
    Preview previewCsv(@PathVariable long id, @PathVariable String mapId, @RequestParam(required = false) Integer version,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weekEnding,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
            HttpServletRequest request, @AuthenticationPrincipal HighroadUser user) throws IOException {
        try (InputStream body = request.getInputStream()) {
            return maps.preview(id, mapId, version, weekEnding, periodStart, body, user);
        }
    }

    @PostMapping(value = "/api/vendors/{id}/payroll-maps/{mapId}/preview", consumes = "multipart/form-data")
    @PreAuthorize(ANYONE)
    Preview previewFile(@PathVariable long id, @PathVariable String mapId, @RequestParam(required = false) Integer version,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate weekEnding,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
            @RequestPart("file") MultipartFile file, @AuthenticationPrincipal HighroadUser user) throws IOException {
        try (InputStream body = file.getInputStream()) {
            return maps.preview(id, mapId, version, weekEnding, periodStart, body, user);
        }
    }
}
