package org.highroad.transparency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.highroad.payroll.PayrollSubmissions;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.procurement.Bids;
import org.highroad.transparency.domain.PublicationMarks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.highroad.contracts.ContractView;
import org.highroad.procurement.SolicitationStatus;
import org.highroad.procurement.SolicitationView;
import org.highroad.procurement.Solicitations;
import org.highroad.standards.StandardCatalog;
import org.highroad.transparency.domain.RecordCompiler;
import org.highroad.transparency.domain.ReleaseStore;
import org.highroad.transparency.domain.StoredRelease;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open contracting data (OCDS 1.1): publishes a release for each change of a contracting process (one per published
 * solicitation, {@code ocid} = the agency's prefix and the solicitation's id) and serves the releases as published.
 * Publishing a solicitation compares each stage's current content with its last release and adds a release where it
 * differs; a release once stored is never changed (ids and dates stay). Releases and records are read from what was
 * stored, never recomputed. Only what changed is compiled ({@link #publishMarked}, ADR 0031): a change marks its
 * subject in its transaction; {@link #publishChanges()} compiles everything, once at start-up or to repair.
 */
@Service
public class OcdsPublication {

    /** The prefix when an agency has none configured ({@code highroad.transparency.ocid-prefix.<AGENCY>}). */
    static final String DEFAULT_PREFIX = "ocds-hghrd1";

    private final Solicitations solicitations;
    private final StandardCatalog standards;
    private final TenderStages tenders;
    private final ContractStages contracts;
    private final ReleaseStore store;
    private final Environment env;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final PublicationMarks marks;
    private final Bids bids;
    private final PayrollSubmissions payrolls;
    private final TransactionTemplate transactions;
    private final Map<Long, LongAdder> compilations = new ConcurrentHashMap<>();

    /** The most marks one run reads; the rest wait for the next run (every {@code publish-every}). */
    static final int MARKS_PER_RUN = 1000;

    private static final Logger log = LoggerFactory.getLogger(OcdsPublication.class);

    OcdsPublication(Solicitations solicitations, StandardCatalog standards, TenderStages tenders, ContractStages contracts,
            ReleaseStore store, Environment env, Clock clock, PublicationMarks marks, Bids bids, PayrollSubmissions payrolls,
            PlatformTransactionManager transactionManager) {
        this.marks = marks;
        this.bids = bids;
        this.payrolls = payrolls;
        this.transactions = new TransactionTemplate(transactionManager);
        this.solicitations = solicitations;
        this.standards = standards;
        this.tenders = tenders;
        this.contracts = contracts;
        this.store = store;
        this.env = env;
        this.clock = clock;
    }

    /** The ocid of a solicitation: its agency's prefix, the solicitation's id. */
    public String ocidOf(SolicitationView s) {
        return env.getProperty("highroad.transparency.ocid-prefix." + s.agencyCode(),
                env.getProperty("highroad.transparency.ocid-prefix.default", DEFAULT_PREFIX)) + "-" + s.id();
    }

    public String ocidOfSolicitation(long solicitationId) {
        return ocidOf(solicitations.view(solicitationId));
    }

    /**
     * Publishes every published solicitation again, whether marked or not: the full path, run once at start-up and by
     * an operator to repair a change that left no mark (docs/operations.md). Each solicitation in its own transaction;
     * the number of releases added. An unchanged stage adds nothing (its fingerprint is its last release's).
     */
    public int publishChanges() {
        int added = 0;
        List<Long> ids = inTransaction(() -> solicitations.list(TenderStages.READER).stream()
                .filter(OcdsPublication::published).map(SolicitationView::id).toList());
        for (long id : ids) {
            added += publishChangesOf(id);
        }
        return added;
    }

    /**
     * Publishes what changed in one solicitation (its tender, bids, award, contracts and their implementation): the
     * number of releases added, 0 for a draft or an unknown solicitation. Its marks are left for {@link #publishMarked}.
     */
    public int publishChangesOf(long solicitationId) {
        if (solicitations.statusOf(solicitationId).isEmpty()) {
            return 0;
        }
        return inTransaction(() -> publishIfPublished(solicitationId));
    }

    /**
     * Publishes the solicitations whose subjects are marked (ADR 0031): each marked subject is traced to its
     * solicitation, which is compiled once in a transaction that also deletes the marks read for it (only at the
     * version read: a change made meanwhile stays marked). A subject no stage shows (a case about a subsidy) has its mark
     * deleted. At most {@link #MARKS_PER_RUN} marks a run, oldest first; a solicitation that cannot be compiled keeps
     * its marks and the others go on. The number of releases added.
     */
    public int publishMarked() {
        List<PublicationMarks.Mark> waiting = inTransaction(() -> marks.waiting(MARKS_PER_RUN));
        Map<Long, List<PublicationMarks.Mark>> bySolicitation = new TreeMap<>();
        List<PublicationMarks.Mark> unrelated = new ArrayList<>();
        for (PublicationMarks.Mark m : waiting) {
            Optional<Long> s;
            try {
                s = solicitationOf(m);
            } catch (RuntimeException e) {
                log.warn("Open contracting data: mark {} {} not traced to its solicitation; kept for the next run",
                        m.subjectType(), m.subjectId(), e);
                continue;
            }
            s.ifPresentOrElse(id -> bySolicitation.computeIfAbsent(id, x -> new ArrayList<>()).add(m), () -> unrelated.add(m));
        }
        int added = 0;
        for (Map.Entry<Long, List<PublicationMarks.Mark>> e : bySolicitation.entrySet()) {
            try {
                added += inTransaction(() -> {
                    int n = solicitations.statusOf(e.getKey()).isPresent() ? publishIfPublished(e.getKey()) : 0;
                    e.getValue().forEach(marks::clear);
                    return n;
                });
            } catch (RuntimeException ex) {
                log.warn("Open contracting data: solicitation {} not published this run; its marks are kept", e.getKey(), ex);
            }
        }
        if (!unrelated.isEmpty()) {
            inTransaction(() -> {
                unrelated.forEach(marks::clear);
                return 0;
            });
        }
        return added;
    }

    /**
     * Marks the contracts that time alone changes since the last sweep (a week ended, a report fell due): at most once a
     * day across nodes, the node that moves {@code ocds_time_sweep} marking them in the same transaction. The number of
     * contracts marked.
     */
    public int markDue() {
        return inTransaction(() -> {
            LocalDate read = marks.sweptThrough();
            LocalDate today = LocalDate.now(clock);
            if (!today.isAfter(read) || !marks.sweep(read, today)) {
                return 0;
            }
            return markDueBetween(read, today);
        });
    }

    /** Marks the contracts whose implementation stage time changes on a day after {@code from} up to {@code through}. */
    int markDueBetween(LocalDate from, LocalDate through) {
        return inTransaction(() -> {
            List<Long> due = contracts.dueBetween(from, through);
            Instant now = clock.instant();
            due.forEach(id -> marks.mark(ChangeMarks.CONTRACT, id, now));
            return due.size();
        });
    }

    /** How many times this solicitation was compiled since start-up (a test's and an operator's measure of the work). */
    public long compilationsOf(long solicitationId) {
        LongAdder n = compilations.get(solicitationId);
        return n == null ? 0 : n.sum();
    }

    private Optional<Long> solicitationOf(PublicationMarks.Mark m) {
        return switch (m.subjectType()) {
            case ChangeMarks.SOLICITATION -> Optional.of(m.subjectId());
            case ChangeMarks.BID -> found(() -> bids.view(m.subjectId()).solicitationId());
            case ChangeMarks.CONTRACT -> contracts.solicitationOfContract(m.subjectId());
            case ChangeMarks.CASE -> contracts.solicitationOfCase(m.subjectId());
            case ChangeMarks.PAYROLL -> found(() -> payrolls.get(m.subjectId(), ContractStages.READER).contractId())
                    .flatMap(contracts::solicitationOfContract);
            default -> Optional.empty();
        };
    }

    /** What the read finds; empty when its subject is not there (each read in its own transaction, outside any other). */
    private static <T> Optional<T> found(java.util.function.Supplier<T> read) {
        try {
            return Optional.ofNullable(read.get());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private int publishIfPublished(long solicitationId) {
        SolicitationView s = solicitations.view(solicitationId);
        return published(s) ? publish(s) : 0;
    }

    private static boolean published(SolicitationView s) {
        return s.status() != SolicitationStatus.DRAFT && s.publishedAt() != null;
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    private int publish(SolicitationView s) {
        compilations.computeIfAbsent(s.id(), x -> new LongAdder()).increment();
        String ocid = ocidOf(s);
        ObjectNode buyer = buyer(s.agencyCode());
        List<Stage> stages = new ArrayList<>(tenders.of(s, buyer));
        List<ContractView> ofSolicitation = contracts.contractsOf(s.id());
        if (!ofSolicitation.isEmpty()) {
            ObjectNode supplier = stages.stream().filter(x -> x.key().equals("award")).findFirst()
                    .map(x -> (ObjectNode) x.content().get("parties").get(1)).orElse(null);
            stages.addAll(contracts.of(s, buyer, supplier, ofSolicitation));
        }
        int added = 0;
        for (Stage stage : stages) {
            added += publish(ocid, stage) ? 1 : 0;
        }
        return added;
    }

    private boolean publish(String ocid, Stage stage) {
        String fingerprint = sha256(write(stage.content()));
        Optional<StoredRelease> last = store.latest(ocid, stage.key());
        if (last.isPresent() && last.get().fingerprint().equals(fingerprint)) {
            return false;
        }
        String tag = last.isEmpty() ? stage.firstTag()
                : stage.version() > versionOf(last.get()) ? "contractAmendment" : stage.changeTag();
        // the next number comes from the release just read, not from a second count: a publisher that read no release
        // while another was adding the first must name its release the same and meet it on the unique key, not add a
        // copy under the next number (read committed lets a later count see the other's commit)
        String releaseId = ocid + "-" + stage.key() + "-" + (last.map(StoredRelease::number).orElse(0) + 1);
        Instant now = clock.instant();
        ObjectNode release = JsonNodeFactory.instance.objectNode();
        release.put("ocid", ocid);
        release.put("id", releaseId);
        release.put("date", Dates.of(now));
        release.putArray("tag").add(tag);
        release.setAll(stage.content());
        return store.add(ocid, releaseId, stage.key(), tag, now, fingerprint, write(release));
    }

    private int versionOf(StoredRelease r) {
        // a contract release lists the contract's amendments: its version is one more
        return read(r.body()).path("contracts").path(0).path("amendments").size() + 1;
    }

    /** Every release of the process, in the order published; empty when the ocid is unknown. */
    @Transactional(readOnly = true)
    public List<ObjectNode> releases(String ocid) {
        return store.of(ocid).stream().map(r -> read(r.body())).toList();
    }

    /** The record: every release and the compiled release; empty when nothing is published for the ocid. */
    @Transactional(readOnly = true)
    public Optional<ObjectNode> record(String ocid) {
        List<ObjectNode> releases = releases(ocid);
        if (releases.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.put("ocid", ocid);
        record.putArray("releases").addAll(releases);
        ObjectNode compiled = RecordCompiler.compile(ocid, releases);
        record.set("compiledRelease", compiled);
        return Optional.of(record);
    }

    /** Every record, in ocid order. */
    @Transactional(readOnly = true)
    public List<ObjectNode> records() {
        return store.ocids().stream().map(this::record).flatMap(Optional::stream).toList();
    }

    /** Releases published at or after {@code since}, in the order published: one page of {@code size}. */
    @Transactional(readOnly = true)
    public List<ObjectNode> releasesSince(Instant since, int page, int size) {
        return store.since(since, page * size, size).stream().map(r -> read(r.body())).toList();
    }

    /**
     * The compiled release of the contract's process, if the contract is published. Each read in its own transaction:
     * an unknown contract is an empty answer, not a transaction rolled back.
     */
    public Optional<ObjectNode> compiledReleaseOfContract(long contractId) {
        return contracts.executed(contractId)
                .flatMap(c -> record(ocidOfSolicitation(c.solicitationId())))
                .map(r -> (ObjectNode) r.get("compiledRelease"))
                .filter(c -> c.path("contracts").findValuesAsText("id").contains("contract-" + contractId));
    }

    private ObjectNode buyer(String agencyCode) {
        ObjectNode b = JsonNodeFactory.instance.objectNode();
        b.put("id", "agency-" + agencyCode);
        b.put("name", standards.agencies().stream().filter(a -> a.code().equals(agencyCode)).map(a -> a.name())
                .findFirst().orElse(agencyCode));
        b.putArray("roles").add("buyer").add("procuringEntity");
        return b;
    }

    String write(Object node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    ObjectNode read(String body) {
        try {
            return (ObjectNode) json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored release is not JSON", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
