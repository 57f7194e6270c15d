package org.highroad.platform.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Business gauges the database answers, so that every node reports the same figure for the whole cluster (a counter
 * kept in one node's memory would count only what that node saw, and start again at each restart). Each query runs at
 * most once per {@code highroad.metrics.database-refresh} (default 30 s) whatever the scrape rate; while the database
 * cannot answer, the gauge reads NaN (no figure), which Prometheus shows as a gap, not as zero.
 */
@Component
public class DatabaseGauges {

    private static final Logger log = LoggerFactory.getLogger(DatabaseGauges.class);

    private final MeterRegistry registry;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration refresh;

    DatabaseGauges(MeterRegistry registry, JdbcTemplate jdbc, Clock clock,
            @Value("${highroad.metrics.database-refresh:PT30S}") Duration refresh) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
        this.refresh = refresh;
    }

    /**
     * One gauge per value of {@code tagKey} in {@code tagValues}: {@code sql} answers rows of (tag value, count); a
     * value it does not answer counts 0. {@code args} gives the query's parameters from today's date in the
     * application clock's zone.
     */
    public void countsBy(String name, String description, String tagKey, List<String> tagValues, String sql,
            Function<LocalDate, Object[]> args) {
        Snapshot snapshot = new Snapshot(() -> {
            Map<String, Double> read = new HashMap<>();
            jdbc.query(sql, rs -> {
                read.merge(rs.getString(1), rs.getDouble(2), Double::sum);
            }, args.apply(LocalDate.now(clock)));
            return read;
        });
        for (String value : tagValues) {
            Gauge.builder(name, snapshot, s -> s.count(value)).description(description).tag(tagKey, value)
                    .strongReference(true).register(registry);
        }
    }

    /** One gauge: {@code sql} answers one row with one count. */
    public void count(String name, String description, String sql, Function<LocalDate, Object[]> args) {
        count(name, description, () -> jdbc.queryForObject(sql, Long.class, args.apply(LocalDate.now(clock))));
    }

    /** One gauge read from anything the database answers (the engine's queries, for one). */
    public void count(String name, String description, Supplier<? extends Number> count) {
        Snapshot snapshot = new Snapshot(() -> Map.of("", count.get().doubleValue()));
        Gauge.builder(name, snapshot, s -> s.count("")).description(description).strongReference(true)
                .register(registry);
    }

    /** The last figures read, read again once they are older than the refresh interval. */
    private final class Snapshot {
        private final Supplier<Map<String, Double>> read;
        private Map<String, Double> counts = Map.of();
        private Instant readAt;

        private Snapshot(Supplier<Map<String, Double>> read) {
            this.read = read;
        }

        synchronized double count(String key) {
            Instant now = clock.instant();
            if (readAt == null || !now.isBefore(readAt.plus(refresh))) {
                try {
                    counts = read.get();
                } catch (RuntimeException e) {
                    log.debug("A business gauge could not be read: {}", e.getClass().getSimpleName());
                    counts = null;
                }
                readAt = now;
            }
            if (counts == null) {
                return Double.NaN;
            }
            return counts.getOrDefault(key, 0.0);
        }
    }
}
