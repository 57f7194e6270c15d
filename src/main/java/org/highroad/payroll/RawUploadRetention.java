package org.highroad.payroll;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.highroad.payroll.domain.FindingStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes raw payroll uploads kept longer than {@code highroad.storage.raw-upload-retention} (default 7 years), every
 * night ({@code highroad.storage.purge-cron}, default 02:30). The contractor must keep its certified payrolls at least
 * three years after all the work on the contract is completed (29 CFR 5.5(a)(3)(i)) and the agency keeps the records
 * of a federal award three years from its final expenditure report (2 CFR 200.334); seven years leaves room for both
 * and matches the history kept of payroll reviews and compliance cases. A shorter retention than three years is
 * refused at start-up.
 * <p>
 * An upload is kept, however old, while anything unresolved still refers to it: a submission still RECEIVED (to
 * retry), or an open or confirmed finding on a submission of it. Its age counts from the last time the same file was
 * received. An upload that never finished arriving (a node stopped while it streamed in) is deleted after a day.
 * Every node may run the purge: it is one idempotent statement.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RawUploadRetention {

    private static final Logger LOG = LoggerFactory.getLogger(RawUploadRetention.class);
    /** 29 CFR 5.5(a)(3)(i): at least three years. */
    static final Duration MINIMUM = Duration.ofDays(3 * 365);
    static final Duration UNFINISHED = Duration.ofDays(1);

    private static final String PURGE = "delete from raw_upload where (sha256 is null and received_at < ?) "
            + "or (sha256 is not null and last_received_at < ? and not exists (select 1 from payroll_submission s "
            + "where s.sha256 = raw_upload.sha256 and (s.status = 'RECEIVED' or s.submitted_at >= ? or exists ("
            + "select 1 from payroll_finding f where f.submission_id = s.id and f.status in ('" + FindingStore.OPEN + "', '"
            + FindingStore.CONFIRMED + "')))))";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration retention;

    RawUploadRetention(JdbcTemplate jdbc, Clock clock,
            @Value("${highroad.storage.raw-upload-retention:P2555D}") Duration retention) {
        if (retention.compareTo(MINIMUM) < 0) {
            throw new IllegalStateException("highroad.storage.raw-upload-retention must be at least " + MINIMUM.toDays()
                    + " days (29 CFR 5.5(a)(3)(i): payrolls are kept at least three years), not " + retention);
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(cron = "${highroad.storage.purge-cron:0 30 2 * * *}")
    void nightly() {
        int purged = purge(clock.instant());
        if (purged > 0) {
            LOG.info("{} raw upload(s) past their retention of {} deleted", purged, retention);
        }
    }

    /** Deletes what is past its retention at {@code now} and no longer needed; returns how many uploads. */
    int purge(Instant now) {
        Timestamp cutoff = Timestamp.from(now.minus(retention));
        return jdbc.update(PURGE, Timestamp.from(now.minus(UNFINISHED)), cutoff, cutoff);
    }
}
