package org.highroad.standards;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.Violation;
import org.highroad.standards.domain.AgencyEntity;
import org.highroad.standards.domain.AgencyRepository;
import org.highroad.standards.domain.JobQualityStandard;
import org.highroad.standards.domain.JobQualityStandardRepository;
import org.highroad.standards.domain.StandardVersion;
import org.highroad.standards.domain.StandardVersionRepository;
import org.highroad.standards.domain.StandardVersionRules;
import org.highroad.standards.scoring.Criterion;
import org.highroad.standards.scoring.CriterionKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The standards module's API: agencies, standards and their versions. Every write validates the whole input
 * first and runs in one transaction, so a refused request leaves nothing behind.
 */
@Service
public class StandardCatalog {

    private final AgencyRepository agencies;
    private final JobQualityStandardRepository standards;
    private final StandardVersionRepository versions;
    private final ApplicationEventPublisher events;
    private final DecisionTables decisions;
    private final Clock clock;
    private final EntityManager entityManager;
    private final AdoptedContents adoptedContents = new AdoptedContents(AdoptedContents.CAPACITY);

    StandardCatalog(AgencyRepository agencies, JobQualityStandardRepository standards,
            StandardVersionRepository versions, ApplicationEventPublisher events, DecisionTables decisions, Clock clock,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.agencies = agencies;
        this.standards = standards;
        this.versions = versions;
        this.events = events;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** Cross-field rules, plus: every tier table a rubric names must be deployed. */
    private List<Violation> check(StandardVersionContent content, String prefix) {
        List<Violation> found = new ArrayList<>(StandardVersionRules.check(content, prefix));
        List<Criterion> rubric = content.rubric() == null ? List.of() : content.rubric();
        for (int i = 0; i < rubric.size(); i++) {
            Criterion c = rubric.get(i);
            if (c != null && (c.kind() == CriterionKind.TIERED || c.kind() == CriterionKind.PAST_PERFORMANCE) && c.decisionRef() != null && !c.decisionRef().isBlank() && !decisions.exists(c.decisionRef())) {
                found.add(new Violation(prefix + "rubric[" + i + "].decisionRef", "no decision table " + c.decisionRef() + " is deployed"));
            }
        }
        return found;
    }

    @Transactional
    public Agency registerAgency(Agency agency) {
        if (agencies.findByCode(agency.code()).isPresent()) {
            throw new ConflictException("agency " + agency.code() + " already exists");
        }
        return agencies.save(new AgencyEntity(agency)).toAgency();
    }

    @Transactional(readOnly = true)
    public List<Agency> agencies() {
        return agencies.findAllByOrderByCode().stream().map(AgencyEntity::toAgency).toList();
    }

    @Transactional
    public StandardVersionView create(NewStandard request, String by) {
        return view(createStandard(request, by));
    }

    /**
     * A new standard started from an administrator's page form (a preset loaded) with this one-time token (its
     * SHA-256): the same form sent again answers the version it started. Two sends at the same moment meet on the
     * token's unique index (and the standard code's): the one that loses gets the database's refusal, and its caller
     * asks again ({@link #startedByForm}).
     */
    @Transactional
    public StandardVersionView createOnce(NewStandard request, String by, String formTokenHash) {
        Optional<StandardVersionView> before = startedByForm(formTokenHash, by);
        if (before.isPresent()) {
            return before.get();
        }
        StandardVersion version = createStandard(request, by);
        version.keepFormToken(formTokenHash);
        standards.flush();
        return view(version);
    }

    /** The version an administrator's page form with this one-time token started, if any (only its author's). */
    @Transactional(readOnly = true)
    public Optional<StandardVersionView> startedByForm(String formTokenHash, String by) {
        Optional<StandardVersion> before = versions.findByFormToken(formTokenHash);
        if (before.isPresent() && !before.get().createdBy().equals(by)) {
            throw new ConflictException("this form was sent before by another user; open the form again");
        }
        return before.map(this::view);
    }

    private StandardVersion createStandard(NewStandard request, String by) {
        List<Violation> violations = check(request.version(), "version.");
        AgencyEntity agency = agencies.findByCode(request.agencyCode()).orElse(null);
        if (agency == null) {
            violations.add(new Violation("agencyCode", "no agency with code " + request.agencyCode()));
        }
        reject(violations);
        if (standards.existsByCode(request.code())) {
            throw new ConflictException("standard " + request.code() + " already exists; add a version to it instead");
        }
        Instant now = clock.instant();
        JobQualityStandard standard = new JobQualityStandard(agency, request.code(), request.title(),
                request.description(), by, now);
        StandardVersion version = standard.addVersion(request.version(), by, now);
        standards.saveAndFlush(standard);
        return version;
    }

    @Transactional
    public StandardVersionView addVersion(String code, StandardVersionContent content, String by) {
        return view(addStandardVersion(code, content, by, null));
    }

    /**
     * A new version started from an administrator's page form (a version copied) with this one-time token (its
     * SHA-256): the same form sent again answers the version it started, as {@link #createOnce}. Two sends at the same
     * moment meet on the token's unique index (and on the version number's): the loser's caller asks again.
     */
    @Transactional
    public StandardVersionView addVersionOnce(String code, StandardVersionContent content, String by, String formTokenHash) {
        Optional<StandardVersionView> before = startedByForm(formTokenHash, by);
        if (before.isPresent()) {
            return before.get();
        }
        return view(addStandardVersion(code, content, by, formTokenHash));
    }

    private StandardVersion addStandardVersion(String code, StandardVersionContent content, String by, String formTokenHash) {
        reject(check(content, ""));
        JobQualityStandard standard = standard(code);
        StandardVersion version = standard.addVersion(content, by, clock.instant());
        if (formTokenHash != null) {
            version.keepFormToken(formTokenHash);
        }
        standards.flush(); // the aggregate is managed: flush, not save (a merge would copy the new version)
        return version;
    }

    @Transactional
    public StandardVersionView replaceVersion(String code, int number, StandardVersionContent content) {
        reject(check(content, ""));
        JobQualityStandard standard = standard(code);
        StandardVersion version = standard.replaceVersion(number, content);
        standards.flush();
        return view(version);
    }

    /**
     * Replaces a draft's content as read at {@code readAtRowVersion} (an administrator's edit form carries it): when
     * the draft was saved meanwhile (another tab, another administrator), the save is refused, so that nobody's change
     * is silently overwritten by a form drawn before it. Two saves at the same moment meet on the row version at flush.
     */
    @Transactional
    public StandardVersionView replaceDraft(String code, int number, StandardVersionContent content, long readAtRowVersion) {
        JobQualityStandard standard = standard(code);
        StandardVersion current = standard.version(number);
        if (current.adoption().status() == Adoption.Status.DRAFT && !current.inUse()
                && current.rowVersion() != readAtRowVersion) {
            throw new DraftChangedMeanwhile("version " + number + " of " + code + " was saved meanwhile by someone else");
        }
        reject(check(content, ""));
        reject(StandardVersionRules.floorsNeeded(content, otherVersionsStateWages(standard, number),
                replaced(standard, number, content.effectiveFrom()), ""));
        StandardVersion version = standard.replaceVersion(number, content);
        standards.flush();
        return view(version);
    }

    /** Whether another version of the standard states wage floors or pins a wage determination (its kind sets wages). */
    private static boolean otherVersionsStateWages(JobQualityStandard standard, int number) {
        return standard.versions().stream().filter(v -> v.number() != number).map(StandardVersion::toContent)
                .anyMatch(c -> !c.wageFloors().isEmpty() || !c.wageDeterminations().isEmpty());
    }

    /**
     * The version a draft would replace on its first day: the one in force that day without the draft
     * ({@code JobQualityStandard.versionInForceOn}) once the versions proposed now are adopted too (what is proposed is
     * what will be in force, so a draft is compared with it before anyone adopts either), or null when none is. Which
     * version it really replaces is known only at adoption, and asked again then ({@link #floorsAtAdoption}).
     */
    private static StandardVersionRules.Replaced replaced(JobQualityStandard standard, int number, LocalDate from) {
        return replaced(standard, number, from, true);
    }

    private static StandardVersionRules.Replaced replaced(JobQualityStandard standard, int number, LocalDate from,
            boolean proposedToo) {
        if (from == null) {
            return null;
        }
        return standard.versions().stream().filter(v -> v.number() != number && (v.adopted()
                        || proposedToo && v.adoption().status() == Adoption.Status.PROPOSED))
                .filter(v -> !v.effectiveFrom().isAfter(from))
                .max(java.util.Comparator.comparing(StandardVersion::effectiveFrom).thenComparing(StandardVersion::number))
                .map(v -> new StandardVersionRules.Replaced(v.number(), v.toContent())).orElse(null);
    }

    /**
     * Why a draft's in-force date may not stand when an administrator saves or proposes the draft from the pages: a new
     * version takes effect from today on, and after the version in force now (the version in force on a day is the
     * adopted one with the latest in-force date not after it, {@code JobQualityStandard.versionInForceOn}: a draft
     * dated before today or before the version in force would, once adopted, rewrite which version governed bids and
     * contracts already decided, or never be in force at all). The API keeps taking historic dates (imports of
     * versions already adopted elsewhere, the presets); the era rule of {@link StandardVersionRules} binds both.
     */
    @Transactional(readOnly = true)
    public List<Violation> draftDateRefusals(String code, int number, LocalDate effectiveFrom) {
        if (effectiveFrom == null) {
            return List.of();
        }
        if (effectiveFrom.isBefore(StandardVersionRules.EARLIEST) || effectiveFrom.isAfter(StandardVersionRules.LATEST)) {
            return List.of(); // the era rule of every save answers this one (StandardVersionRules.checkDates)
        }
        LocalDate today = LocalDate.now(clock);
        if (effectiveFrom.isBefore(today)) {
            return List.of(new Violation("effectiveFrom", "must not be before today, " + today));
        }
        try {
            StandardVersionView inForce = versionInForceOn(code, today);
            if (inForce.version() != number && !effectiveFrom.isAfter(inForce.content().effectiveFrom())) {
                return List.of(new Violation("effectiveFrom", "must be after " + inForce.content().effectiveFrom()
                        + ", when version " + inForce.version() + " came into force"));
            }
        } catch (NotFoundException noneInForce) {
            // no version in force today: not before today is enough
        }
        return List.of();
    }

    /** A copy of a version as a new draft's content: in force from today when the copied date has passed. */
    public StandardVersionContent asNewDraft(StandardVersionContent c) {
        LocalDate today = LocalDate.now(clock);
        if (c.effectiveFrom() != null && !c.effectiveFrom().isBefore(today)) {
            return c;
        }
        return new StandardVersionContent(today, c.summary(), c.wageFloors(), c.wageDeterminations(), c.workforceTargets(),
                c.rubric(), c.eligibilityRules(), c.enforcement(), c.subsidyTerms());
    }

    /** The row version a draft is at now, for its edit form. */
    @Transactional(readOnly = true)
    public long rowVersion(String code, int number) {
        return standard(code).version(number).rowVersion();
    }

    /** A draft's save from a form drawn before another save of the same draft: refused (409), nothing stored. */
    public static class DraftChangedMeanwhile extends ConflictException {
        DraftChangedMeanwhile(String message) {
            super(message);
        }
    }

    /** Proposes a draft for adoption; the adoption process starts on the published event, after this transaction commits. */
    @Transactional
    public StandardVersionView propose(String code, int number, String by) {
        JobQualityStandard standard = standard(code);
        StandardVersion version = standard.version(number);
        if (version.adoption().status() == Adoption.Status.DRAFT) {
            // a standard that sets wages is never proposed without one in force (StandardVersionRules.floorsNeeded)
            reject(StandardVersionRules.floorsNeeded(version.toContent(), otherVersionsStateWages(standard, number),
                    replaced(standard, number, version.effectiveFrom()), ""));
        }
        Instant at = clock.instant();
        version.propose(by, at);
        events.publishEvent(new StandardVersionProposed(version.id(), code, number, by, at));
        return view(version);
    }

    /**
     * Why {@code reviewer} may not decide on the version now, or empty; an adoption ({@code adopt}) is also refused
     * when it would lower or drop a wage floor ({@link #floorsAtAdoption}). Answers rather than throws, so that a
     * process delegate can turn it into a BPMN error without marking the engine's transaction rollback-only.
     */
    @Transactional(readOnly = true)
    public Optional<String> adoptionRefusal(long versionId, String reviewer, String comment, boolean adopt) {
        StandardVersion version = versionEntity(versionId);
        Optional<String> refused = version.refusalFor(reviewer, comment);
        return refused.isPresent() || !adopt ? refused : floorsAtAdoption(version);
    }

    /**
     * {@link #adoptionRefusal} asked with the version's standard locked until the caller's transaction ends, in which
     * the decision is then recorded ({@link #decideAdoption}): the step that records a review's decision asks it, so
     * that a decision made at the same moment on another version of the standard is seen as made (adopted, it may be
     * the version this one would replace or lower, ADR 0038), and this one is refused in words rather than both
     * adopted over each other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> adoptionRefusalUnderLock(long versionId, String reviewer, String comment, boolean adopt) {
        lockStandardOf(versionId);
        return adoptionRefusal(versionId, reviewer, comment, adopt);
    }

    /**
     * Locks the standard of a version (its row, until this transaction ends) and moves its row version on, before
     * anything of the standard is read in this transaction: whatever changes which of its versions is in force (an
     * adoption; a proposal returned, which changes what a draft is compared with) happens one decision after the other,
     * and the versions read after the lock are those the decision before left (ADR 0038: two adoptions at the same
     * moment of versions of one standard each read the other as not adopted; the second now waits and is refused).
     */
    private JobQualityStandard lockStandardOf(long versionId) {
        long standardId = versions.findStandardIdOf(versionId)
                .orElseThrow(() -> new NotFoundException("no standard version " + versionId));
        JobQualityStandard standard = standards.findLocked(standardId)
                .orElseThrow(() -> new NotFoundException("no standard version " + versionId));
        // its row version moves on too (an update of the row now held): whoever read the standard before this decision
        // reads it as changed. Asked after the lock, not with it: Hibernate asks PESSIMISTIC_FORCE_INCREMENT in a query
        // with NOWAIT on PostgreSQL; and not OPTIMISTIC_FORCE_INCREMENT, which a row held PESSIMISTIC_WRITE ignores.
        entityManager.lock(standard, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return standard;
    }

    /**
     * Why adopting the version would lower the floor for all covered work (ADR 0038), or empty. A version replaces
     * another only when it is adopted, and the order of adoption, not of proposal, decides which: so the check made at
     * proposal is made again against the adopted versions of now. Adopted, the version replaces the adopted version in
     * force on its first day, and is replaced by the next adopted version after it (adopted first, a later version
     * replaced nothing then): neither may lower or drop the floor the version it replaces sets.
     */
    private static Optional<String> floorsAtAdoption(StandardVersion version) {
        JobQualityStandard standard = version.standard();
        StandardVersionContent content = version.toContent();
        Optional<String> lowers = StandardVersionRules.lowers(content,
                replaced(standard, version.number(), version.effectiveFrom(), false));
        if (lowers.isPresent()) {
            return lowers;
        }
        Optional<StandardVersion> next = standard.versions().stream().filter(v -> v.number() != version.number()
                        && v.adopted() && (v.effectiveFrom().isAfter(version.effectiveFrom())
                                || v.effectiveFrom().equals(version.effectiveFrom()) && v.number() > version.number()))
                .min(java.util.Comparator.comparing(StandardVersion::effectiveFrom).thenComparing(StandardVersion::number));
        return next.flatMap(n -> StandardVersionRules.lowers(n.toContent(),
                        new StandardVersionRules.Replaced(version.number(), content))
                .map(reason -> "version " + n.number() + ", adopted already, would replace this version from "
                        + n.effectiveFrom() + ", and it " + reason));
    }

    /** Records the reviewer's decision: adopted, or returned to draft, with the reason. */
    @Transactional
    public StandardVersionView decideAdoption(long versionId, boolean adopt, String reviewer, String comment) {
        lockStandardOf(versionId); // held until the decision commits: decisions on one standard, one at a time
        StandardVersion version = versionEntity(versionId);
        if (adopt) {
            // whichever way the decision comes (Tasklist, API), never adopted over a floor it would lower (ADR 0038)
            floorsAtAdoption(version).ifPresent(reason -> {
                throw new ConflictException(reason);
            });
        }
        version.decide(adopt, reviewer, comment, clock.instant());
        StandardVersionView adopted = view(version);
        if (adopt) {
            events.publishEvent(new StandardVersionAdopted(versionId, adopted.standardCode(), adopted.version()));
        }
        return adopted;
    }

    @Transactional(readOnly = true)
    public StandardVersionView version(long versionId) {
        return view(versionEntity(versionId));
    }

    private StandardVersion versionEntity(long versionId) {
        return versions.findById(versionId).orElseThrow(() -> new NotFoundException("no standard version " + versionId));
    }

    /** Pins a version for a solicitation, contract or subsidy program: from now on it cannot change. */
    @Transactional
    public void recordUse(String code, int number, String usedBy, String reference) {
        standard(code).version(number).recordUse(usedBy, reference, clock.instant());
    }

    @Transactional(readOnly = true)
    public List<StandardSummary> list() {
        return standards.findAllByOrderByCode().stream().map(s -> new StandardSummary(s.code(), s.title(),
                s.agency().code(), s.latest().number(), s.latest().effectiveFrom())).toList();
    }

    @Transactional(readOnly = true)
    public List<StandardVersionView> versions(String code) {
        return standard(code).versions().stream().map(this::view).toList();
    }

    /** The versions as {@code reader} may read them ({@link StandardVersionView#asReadBy}). */
    @Transactional(readOnly = true)
    public List<StandardVersionView> versions(String code, HighroadUser reader) {
        return versions(code).stream().map(v -> v.asReadBy(reader)).toList();
    }

    @Transactional(readOnly = true)
    public StandardVersionView version(String code, int number) {
        return view(standard(code).version(number));
    }

    /** The version as {@code reader} may read it ({@link StandardVersionView#asReadBy}). */
    @Transactional(readOnly = true)
    public StandardVersionView version(String code, int number, HighroadUser reader) {
        return version(code, number).asReadBy(reader);
    }

    @Transactional(readOnly = true)
    public StandardVersionView versionInForceOn(String code, LocalDate date) {
        return standard(code).versionInForceOn(date).map(this::view).orElseThrow(() -> new NotFoundException(
                "standard " + code + " has no adopted version in force on " + date));
    }

    /** The version in force as {@code reader} may read it ({@link StandardVersionView#asReadBy}). */
    @Transactional(readOnly = true)
    public StandardVersionView versionInForceOn(String code, LocalDate date, HighroadUser reader) {
        return versionInForceOn(code, date).asReadBy(reader);
    }

    /** The vendor-eligibility rules of a version, for the vendor registry's screening. */
    @Transactional(readOnly = true)
    public List<EligibilityRule> eligibilityRules(String code, int number) {
        return content(code, number).eligibilityRules();
    }

    /**
     * A version's content: its floors, wage determinations, targets, rubric and eligibility rules, for the steps that
     * judge by them (a bid's evaluation judges every bid by its solicitation's version).
     *
     * <p>An adopted version's content never changes: {@code StandardVersion.replace} refuses every version that is
     * not a draft (a wage determination is pinned through it too), an adopted version never goes back to draft
     * ({@code StandardVersion.decide} decides only a proposed one), nothing deletes a version, and version numbers are
     * never reused. So the content of an adopted version is kept once read, in a bounded map, and only a draft's or a
     * proposal's is read from the database every time. It is kept only once the transaction that read it as adopted
     * has committed, so an adoption rolled back is never taken for one. A version adopted a moment ago is read from
     * the database the first time it is asked for, so it is used at once. The view of a version ({@link #version})
     * is not kept: what pins it ({@code usedBy}) grows.
     */
    @Transactional(readOnly = true)
    public StandardVersionContent content(String code, int number) {
        StandardVersionContent kept = adoptedContents.get(code, number);
        if (kept != null) {
            return kept;
        }
        StandardVersion version = versions.findByStandardCodeAndNumber(code, number)
                .orElseGet(() -> standard(code).version(number)); // (names what is missing: the standard or the version)
        StandardVersionContent content = version.toContent();
        if (version.adopted()) {
            keepOnceCommitted(code, number, content);
        }
        return content;
    }

    private void keepOnceCommitted(String code, int number, StandardVersionContent content) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            adoptedContents.put(code, number, content);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                adoptedContents.put(code, number, content);
            }
        });
    }

    /** How many adopted versions' contents are kept now (at most {@link AdoptedContents#CAPACITY}). */
    int adoptedContentsKept() {
        return adoptedContents.size();
    }

    /**
     * The adopted versions' contents kept, by standard code and version number; past the capacity, the first kept go
     * first. Read without a lock: every job of every bid evaluation reads it.
     */
    static final class AdoptedContents {
        /** Agencies keep a few standards with a few versions each; this is far more than are in use at once. */
        static final int CAPACITY = 256;
        private final int capacity;
        private final Map<Key, StandardVersionContent> byVersion = new ConcurrentHashMap<>();
        private final Queue<Key> inOrderKept = new ConcurrentLinkedQueue<>();

        AdoptedContents(int capacity) {
            this.capacity = capacity;
        }

        StandardVersionContent get(String code, int number) {
            return byVersion.get(new Key(code, number));
        }

        void put(String code, int number, StandardVersionContent content) {
            Key key = new Key(code, number);
            if (byVersion.putIfAbsent(key, content) == null) {
                inOrderKept.add(key);
                while (byVersion.size() > capacity) {
                    Key first = inOrderKept.poll();
                    if (first == null) {
                        break;
                    }
                    byVersion.remove(first);
                }
            }
        }

        int size() {
            return byVersion.size();
        }

        private record Key(String code, int number) {
        }
    }

    @Transactional(readOnly = true)
    public boolean exists(String code) {
        return standards.existsByCode(code);
    }

    private JobQualityStandard standard(String code) {
        return standards.findByCode(code).orElseThrow(() -> new NotFoundException("no standard with code " + code));
    }

    private StandardVersionView view(StandardVersion v) {
        JobQualityStandard s = v.standard();
        return new StandardVersionView(v.id(), s.code(), s.title(), s.agency().code(), v.number(), v.adoption(),
                v.inUse(), v.usedBy(), v.createdAt(), v.createdBy(), v.toContent());
    }

    private static void reject(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
