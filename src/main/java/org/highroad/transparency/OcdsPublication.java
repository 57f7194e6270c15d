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
import java.util.List;
import java.util.Optional;
import org.highroad.contracts.ContractView;
import org.highroad.enforcement.CaseView;
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
 * {@link #publishChanges()} compares each stage's current content with its last release and adds a release where it
 * differs; a release once stored is never changed (ids and dates stay). Releases and records are read from what was
 * stored, never recomputed.
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

    OcdsPublication(Solicitations solicitations, StandardCatalog standards, TenderStages tenders, ContractStages contracts,
            ReleaseStore store, Environment env, Clock clock) {
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

    /** Publishes what changed in every published solicitation; the number of releases added. */
    @Transactional
    public int publishChanges() {
        int added = 0;
        List<CaseView> cases = null;
        for (SolicitationView s : solicitations.list(TenderStages.READER)) {
            if (s.status() == SolicitationStatus.DRAFT || s.publishedAt() == null) {
                continue;
            }
            if (cases == null) {
                cases = contracts.cases();
            }
            added += publish(s, cases);
        }
        return added;
    }

    private int publish(SolicitationView s, List<CaseView> cases) {
        String ocid = ocidOf(s);
        ObjectNode buyer = buyer(s.agencyCode());
        List<Stage> stages = new ArrayList<>(tenders.of(s, buyer));
        List<ContractView> ofSolicitation = contracts.contractsOf(s.id());
        if (!ofSolicitation.isEmpty()) {
            ObjectNode supplier = stages.stream().filter(x -> x.key().equals("award")).findFirst()
                    .map(x -> (ObjectNode) x.content().get("parties").get(1)).orElse(null);
            stages.addAll(contracts.of(s, buyer, supplier, ofSolicitation, cases));
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
        String releaseId = ocid + "-" + stage.key() + "-" + (store.count(ocid, stage.key()) + 1);
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

    /** The compiled release of the contract's process, if the contract is published. */
    @Transactional(readOnly = true)
    public Optional<ObjectNode> compiledReleaseOfContract(long contractId) {
        return contracts.contractsOfAll().stream().filter(c -> c.id() == contractId).findFirst()
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
