package org.highroad.payroll;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.highroad.payroll.domain.ColumnMapStore;
import org.highroad.payroll.intake.BuiltInMaps;
import org.highroad.payroll.intake.ColumnMap;
import org.highroad.payroll.intake.ColumnMapCheck;
import org.highroad.payroll.intake.Limits;
import org.highroad.payroll.intake.MappedCsvAsCanonical;
import org.highroad.payroll.intake.PayrollCsvReader;
import org.highroad.payroll.intake.PayrollPeriod;
import org.highroad.payroll.intake.ReadResult;
import org.highroad.payroll.intake.RowError;
import org.highroad.payroll.intake.RowSink;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.MalformedRequestException;
import org.highroad.platform.validation.Violation;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contractor's saved column maps (docs/payroll-csv.md, "Column maps"): its own payroll export's columns read as the
 * WH-347 layout. A contractor keeps the maps of its own vendor (another's are not found, 404); agency staff read them.
 * Every change is a new version and the earlier ones are kept, and a submission records the map and version that
 * read it, so a map never changes a payroll already taken. Retiring a map keeps it for the payrolls it read. The
 * Rev. 2008 WH-347 layout is a built-in map every contractor has ({@link BuiltInMaps}).
 */
@Service
public class PayrollColumnMaps {

    static final String SUBJECT = "payroll-column-map";
    /** The longest definition kept (payroll_column_map_version.definition, migration V34). */
    static final int MAX_DEFINITION = 200_000;
    /** The longest reporting period, a calendar quarter. */
    static final int MAX_PERIOD_DAYS = 92;

    private final ColumnMapStore store;
    private final ObjectMapper json;
    private final AuditTrail audit;
    private final Clock clock;
    private final PayrollCsvReader reader = new PayrollCsvReader();

    PayrollColumnMaps(ColumnMapStore store, ObjectMapper json, AuditTrail audit, Clock clock) {
        this.store = store;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A map as read: {@code id} is the saved map's number, or the built-in map's key; {@code version} the version
     * shown; {@code updatedBy}/{@code updatedAt} who wrote that version and when.
     */
    public record MapView(String id, String name, int version, int currentVersion, boolean builtIn, String updatedBy,
            Instant updatedAt, String retiredBy, Instant retiredAt, ColumnMap map) {
    }

    /** What a file reads as with a map, without keeping anything: the first rows, the file's columns, every error. */
    public record Preview(String map, int version, LocalDate periodStart, LocalDate weekEnding, int rowsRead, List<MappedCsvAsCanonical.PreviewRow> rows,
            List<String> unmappedColumns, List<String> ignoredColumns, List<RowError> errors) {
    }

    /** The map and version a payroll is read with. */
    record Reading(String map, int version, ColumnMap definition) {
    }

    @Transactional(readOnly = true)
    public List<MapView> list(long vendorId, HighroadUser by) {
        readable(vendorId, by);
        List<MapView> maps = new ArrayList<>();
        maps.add(builtIn());
        for (ColumnMapStore.StoredMap m : store.ofVendor(vendorId)) {
            maps.add(view(m, m.currentVersion()));
        }
        return maps;
    }

    /** The map in its current version, or in {@code version} when given. */
    @Transactional(readOnly = true)
    public MapView get(long vendorId, String mapId, Integer version, HighroadUser by) {
        readable(vendorId, by);
        if (BuiltInMaps.named(mapId).isPresent()) {
            if (version != null && version != BuiltInMaps.WH347_2008_VERSION) {
                throw new NotFoundException("no version " + version + " of column map " + mapId);
            }
            return builtIn();
        }
        ColumnMapStore.StoredMap m = saved(vendorId, mapId);
        int shown = version == null ? m.currentVersion() : version;
        if (shown < 1 || shown > m.currentVersion()) {
            throw new NotFoundException("no version " + version + " of column map " + mapId);
        }
        return view(m, shown);
    }

    @Transactional
    public MapView create(long vendorId, ColumnMap map, HighroadUser by) {
        writable(vendorId, by);
        String definition = checked(map);
        long id = store.create(vendorId, map.name().strip(), definition, by.userId(), clock.instant());
        audit.record(SUBJECT, id, "CREATED", by.userId(), map.name().strip(), "version 1");
        return view(store.find(id).orElseThrow(), 1);
    }

    /** The map's next version; payrolls read with an earlier one keep it. */
    @Transactional
    public MapView update(long vendorId, String mapId, ColumnMap map, HighroadUser by) {
        writable(vendorId, by);
        ColumnMapStore.StoredMap m = current(vendorId, mapId);
        String definition = checked(map);
        int version;
        try {
            version = store.addVersion(m.id(), m.currentVersion(), map.name().strip(), definition, by.userId(), clock.instant());
        } catch (DataIntegrityViolationException | ConcurrencyFailureException changedMeanwhile) {
            throw new ConflictException("column map " + mapId + " was changed meanwhile: read it again and send the change anew");
        }
        audit.record(SUBJECT, m.id(), "VERSIONED", by.userId(), map.name().strip(), "version " + version);
        return view(store.find(m.id()).orElseThrow(), version);
    }

    /** Retires the map: it is no longer offered or used for new payrolls, and stays for those it read. */
    @Transactional
    public void retire(long vendorId, String mapId, HighroadUser by) {
        writable(vendorId, by);
        if (BuiltInMaps.named(mapId).isPresent()) {
            throw new ConflictException("the built-in column map " + mapId + " cannot be retired");
        }
        ColumnMapStore.StoredMap m = current(vendorId, mapId);
        store.retire(m.id(), by.userId(), clock.instant());
        audit.record(SUBJECT, m.id(), "RETIRED", by.userId(), m.name(), "version " + m.currentVersion());
    }

    /**
     * Reads {@code file} with the map as a payroll for {@code weekEnding} would be read, keeping nothing: the first rows
     * as read, the file's columns the map does not read or ignores, and every error (row, column, reason).
     * The checks that need a contract (classifications covered, the week expected) are made on upload. No transaction
     * is held while the file streams.
     */
    public Preview preview(long vendorId, String mapId, Integer version, LocalDate weekEnding, LocalDate periodStart,
            InputStream file, HighroadUser by) {
        MapView map = get(vendorId, mapId, version, by);
        if (map.retiredAt() != null && version == null) {
            throw new ConflictException("column map " + mapId + " is retired");
        }
        PayrollPeriod period = periodOf(periodStart, weekEnding);
        MappedCsvAsCanonical mapped = new MappedCsvAsCanonical(file, map.map(), period, Limits.DEFAULT);
        ReadResult result = reader.read(mapped, period, Limits.DEFAULT, new RowSink() {
            @Override
            public void accept(org.highroad.payroll.intake.ParsedRow row) {
                // a preview keeps nothing
            }
        });
        return new Preview(map.id(), map.version(), period.start(), weekEnding, result.rowsRead(), mapped.preview(result),
                mapped.unmappedColumns(), mapped.ignoredColumns(), mapped.errors(result));
    }

    /**
     * The period a preview reads: the week ending on {@code weekEnding}, or {@code periodStart} to it, at most a
     * quarter long (the longest reporting cadence, docs/payroll-csv.md "Reporting periods longer than a week").
     */
    static PayrollPeriod periodOf(LocalDate periodStart, LocalDate weekEnding) {
        if (periodStart == null) {
            return PayrollPeriod.week(weekEnding);
        }
        if (periodStart.isAfter(weekEnding) || periodStart.isBefore(weekEnding.minusDays(MAX_PERIOD_DAYS - 1))) {
            throw new MalformedRequestException("periodStart", "must be on or before weekEnding (the period's last day) and "
                    + "at most " + MAX_PERIOD_DAYS + " days before it");
        }
        return new PayrollPeriod(periodStart, weekEnding);
    }

    /** The map a contractor's payroll upload names ({@code ?map=}), in its current version; retired maps are refused. */
    @Transactional(readOnly = true)
    Reading forUpload(long vendorId, String mapId) {
        Optional<ColumnMap> builtIn = BuiltInMaps.named(mapId);
        if (builtIn.isPresent()) {
            return new Reading(BuiltInMaps.WH347_2008, BuiltInMaps.WH347_2008_VERSION, builtIn.get());
        }
        ColumnMapStore.StoredMap m = current(vendorId, mapId);
        return new Reading(String.valueOf(m.id()), m.currentVersion(), definition(m.id(), m.currentVersion()));
    }

    /** The definition a submission was read with: the same version, whatever the map became since. */
    @Transactional(readOnly = true)
    ColumnMap reading(String mapId, int version) {
        Optional<ColumnMap> builtIn = BuiltInMaps.named(mapId);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        return definition(Long.parseLong(mapId), version);
    }

    private MapView builtIn() {
        ColumnMap m = BuiltInMaps.wh347Rev2008();
        return new MapView(BuiltInMaps.WH347_2008, m.name(), BuiltInMaps.WH347_2008_VERSION, BuiltInMaps.WH347_2008_VERSION,
                true, null, null, null, null, m);
    }

    private MapView view(ColumnMapStore.StoredMap m, int version) {
        ColumnMapStore.StoredVersion v = store.version(m.id(), version).orElseThrow();
        return new MapView(String.valueOf(m.id()), m.name(), version, m.currentVersion(), false, v.createdBy(), v.createdAt(),
                m.retiredBy(), m.retiredAt(), parse(v.definition()));
    }

    private ColumnMap definition(long mapId, int version) {
        return parse(store.version(mapId, version).orElseThrow().definition());
    }

    private ColumnMap parse(String definition) {
        try {
            return json.readValue(definition, ColumnMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored column map version could not be read", e);
        }
    }

    /** The map's definition to keep, or 422 naming every field at fault. */
    private String checked(ColumnMap map) {
        if (map == null) {
            throw new InvalidInputException("map", "required");
        }
        List<ColumnMapCheck.Problem> problems = ColumnMapCheck.problems(map);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().map(p -> new Violation(p.field(), p.reason())).toList());
        }
        try {
            String definition = json.writeValueAsString(map);
            if (definition.length() > MAX_DEFINITION) {
                throw new InvalidInputException("values", "the map is larger than can be kept (" + MAX_DEFINITION
                        + " characters written as JSON): list fewer values");
            }
            return definition;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("map", "could not be written as JSON");
        }
    }

    /** A saved map of the vendor, retired or not; another vendor's map is not found. */
    private ColumnMapStore.StoredMap saved(long vendorId, String mapId) {
        long id;
        try {
            id = Long.parseLong(mapId);
        } catch (NumberFormatException e) {
            throw new NotFoundException("no column map " + (mapId.matches("[A-Za-z0-9-]{1,40}") ? mapId : "with that id"));
        }
        return store.find(id).filter(m -> m.vendorId() == vendorId)
                .orElseThrow(() -> new NotFoundException("no column map " + id + " for vendor " + vendorId));
    }

    /** A saved map of the vendor still in use. */
    private ColumnMapStore.StoredMap current(long vendorId, String mapId) {
        ColumnMapStore.StoredMap m = saved(vendorId, mapId);
        if (m.retiredAt() != null) {
            throw new ConflictException("column map " + mapId + " is retired; save a new map");
        }
        return m;
    }

    private static void readable(long vendorId, HighroadUser by) {
        if (!by.mayActFor(vendorId)) {
            throw new NotFoundException("no vendor " + vendorId);
        }
    }

    /** Only the vendor's own contractor users keep its maps. */
    private static void writable(long vendorId, HighroadUser by) {
        if (!by.has(Role.CONTRACTOR) || by.vendorId() == null || by.vendorId() != vendorId) {
            throw new NotFoundException("no vendor " + vendorId);
        }
    }
}
