package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.highroad.payroll.domain.RawUploadStore;
import org.highroad.payroll.domain.RawUploadStore.StoredUpload;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.support.ApiTest;
import org.highroad.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Raw payroll uploads in the shared database: stored in chunks as they stream in, read back byte for byte by another
 * store over the same database (another node), the same file stored once also when sent at the same moment, a file
 * over the limit leaving nothing, and the retention purge deleting only what is old and no longer needed. On
 * PostgreSQL: {@link RawUploadStoragePostgresTest}.
 */
class RawUploadStorageTest extends ApiTest {

    /** Contracts no other test uses: the rows made here are removed after each test. */
    private static final long CONTRACT = 990_001;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    RawUploadStore store;
    @Autowired
    RawUploadRetention retention;

    private final List<String> made = new ArrayList<>();

    @AfterEach
    void removeWhatWasMade() {
        jdbc.update("delete from payroll_finding where contract_id = ?", CONTRACT);
        jdbc.update("delete from payroll_submission where contract_id = ?", CONTRACT);
        made.stream().filter(java.util.Objects::nonNull).forEach(sha -> jdbc.update("delete from raw_upload where sha256 = ?", sha));
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private StoredUpload stored(RawUploadStore into, byte[] bytes) {
        StoredUpload upload = into.store(new ByteArrayInputStream(bytes));
        made.add(upload.sha256());
        return upload;
    }

    @Test
    void anUploadOfSeveralChunksIsReadBackByteForByteByAnotherNodesStore() throws Exception {
        byte[] file = random(3 * 1024 * 1024 + 123, 1); // three full chunks of 1 MiB and 123 bytes
        StoredUpload upload = stored(store, file);

        assertThat(upload.sha256()).isEqualTo(sha256(file));
        assertThat(upload.size()).isEqualTo(file.length);
        assertThat(jdbc.queryForObject("select count(*) from raw_upload_chunk c join raw_upload u on u.id = c.upload_id "
                + "where u.sha256 = ?", Integer.class, upload.sha256())).isEqualTo(4);
        RawUploadStore otherNode = new RawUploadStore(jdbc, transactions, TestClock.clock(), 64L * 1024 * 1024);
        try (InputStream in = otherNode.open(new StoredUpload(upload.sha256(), upload.size()))) {
            assertThat(in.readAllBytes()).isEqualTo(file);
        }
    }

    @Test
    void theSameFileSentAtTheSameMomentToTwoNodesIsStoredOnce() throws Exception {
        byte[] file = random(1500 * 1024, 2);
        List<RawUploadStore> nodes = List.of(store, new RawUploadStore(jdbc, transactions, TestClock.clock(), 64L * 1024 * 1024));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<StoredUpload>> sends = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                RawUploadStore node = nodes.get(i % 2);
                sends.add(() -> node.store(new ByteArrayInputStream(file)));
            }
            made.add(sha256(file));
            for (Future<StoredUpload> sent : pool.invokeAll(sends)) {
                assertThat(sent.get().sha256()).isEqualTo(sha256(file));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from raw_upload where sha256 = ?", Integer.class, sha256(file))).isOne();
        assertThat(jdbc.queryForObject("select count(*) from raw_upload where sha256 is null", Integer.class))
                .as("no copy left unnamed").isZero();
        try (InputStream in = store.open(new StoredUpload(sha256(file), file.length))) {
            assertThat(in.readAllBytes()).isEqualTo(file);
        }
    }

    @Test
    void anUploadOverTheLimitLeavesNothingStored() {
        RawUploadStore small = new RawUploadStore(jdbc, transactions, TestClock.clock(), 2 * 1024 * 1024);
        int before = jdbc.queryForObject("select count(*) from raw_upload_chunk", Integer.class);

        assertThatThrownBy(() -> small.store(new ByteArrayInputStream(random(2 * 1024 * 1024 + 1, 3))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("file");

        assertThat(jdbc.queryForObject("select count(*) from raw_upload_chunk", Integer.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from raw_upload where sha256 is null", Integer.class)).isZero();
    }

    @Test
    void theRetentionPurgeDeletesOnlyOldUploadsNothingUnresolvedRefersTo() throws Exception {
        Instant now = TestClock.now(); // every other test's upload is younger than the seven years
        Instant eightYearsAgo = now.minus(Duration.ofDays(8 * 365));
        Instant sixYearsAgo = now.minus(Duration.ofDays(6 * 365));
        String settled = upload(5, eightYearsAgo);
        submission(settled, "ACCEPTED", eightYearsAgo);
        String toRetry = upload(6, eightYearsAgo);
        submission(toRetry, "RECEIVED", eightYearsAgo);
        String underFinding = upload(7, eightYearsAgo);
        finding(submission(underFinding, "ACCEPTED", eightYearsAgo), "CONFIRMED");
        String findingResolved = upload(8, eightYearsAgo);
        finding(submission(findingResolved, "ACCEPTED", eightYearsAgo), "RESOLVED");
        String young = upload(9, sixYearsAgo);
        submission(young, "ACCEPTED", sixYearsAgo);
        long unfinished = unfinished(now.minus(Duration.ofHours(25)));
        long streaming = unfinished(now.minus(Duration.ofMinutes(5)));

        int purged;
        try {
            purged = retention.purge(now);
        } finally {
            jdbc.update("delete from raw_upload where id = ?", streaming);
        }
        assertThat(purged).isEqualTo(3);

        assertThat(stored(settled)).as("7-year retention passed, settled").isFalse();
        assertThat(stored(findingResolved)).as("its finding resolved").isFalse();
        assertThat(stored(toRetry)).as("still to retry").isTrue();
        assertThat(stored(underFinding)).as("a confirmed finding refers to it").isTrue();
        assertThat(stored(young)).as("six years old").isTrue();
        assertThat(jdbc.queryForList("select id from raw_upload where id = ?", Long.class, unfinished))
                .as("an upload a stopped node left unfinished goes after a day").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from raw_upload_chunk where upload_id = ?", Integer.class, unfinished))
                .isZero();
    }

    @Test
    void aRetentionShorterThanThreeYearsIsRefused() {
        assertThatThrownBy(() -> new RawUploadRetention(jdbc, TestClock.clock(), Duration.ofDays(2 * 365)))
                .hasMessageContaining("29 CFR 5.5(a)(3)(i)");
    }

    private boolean stored(String sha) {
        return store.stored(sha);
    }

    /** An upload stored with its clock at {@code at}. */
    private String upload(long seed, Instant at) {
        RawUploadStore then = new RawUploadStore(jdbc, transactions, Clock.fixed(at, java.time.ZoneOffset.UTC), 1 << 20);
        return stored(then, random(1000, seed)).sha256();
    }

    private long unfinished(Instant at) {
        jdbc.update("insert into raw_upload (size_bytes, received_at, last_received_at) values (0, ?, ?)",
                Timestamp.from(at), Timestamp.from(at));
        long id = jdbc.queryForObject("select max(id) from raw_upload where sha256 is null", Long.class);
        jdbc.update("insert into raw_upload_chunk (upload_id, seq, data) values (?, 0, ?)", id, new byte[] {1, 2, 3});
        return id;
    }

    private long submission(String sha, String status, Instant at) {
        jdbc.update("insert into payroll_submission (contract_id, vendor_id, week_ending, source, status, sha256, size_bytes, "
                + "row_count, error_count, submitted_by, submitted_at, row_version) values (?, 1, date '2027-01-09', 'CSV', ?, ?, "
                + "1000, 0, 0, 'harbor', ?, 0)", CONTRACT, status, sha, Timestamp.from(at));
        return jdbc.queryForObject("select max(id) from payroll_submission where contract_id = ?", Long.class, CONTRACT);
    }

    private void finding(long submission, String status) {
        jdbc.update("insert into payroll_finding (fingerprint, standing_key, kind, status, contract_id, vendor_id, week_ending, "
                + "submission_id, detail, rule_cited, found_at) values (?, ?, 'UNDERPAID', ?, ?, 1, date '2027-01-09', ?, "
                + "'test', 'test', current_timestamp)", "retention-" + submission, "retention-" + submission, status, CONTRACT,
                submission);
    }
}
