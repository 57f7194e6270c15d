package org.highroad.vendors;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.Violation;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.StandardVersionView;
import org.highroad.standards.scoring.Answers;
import org.highroad.standards.scoring.Criterion;
import org.highroad.standards.scoring.RubricScorer;
import org.highroad.standards.scoring.Scorecard;
import org.highroad.vendors.QualificationView.Status;
import org.highroad.vendors.domain.QualificationRules;
import org.highroad.vendors.domain.VendorQualification;
import org.highroad.vendors.domain.VendorQualificationRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vendor pre-qualification: a vendor files a job-quality profile, it is scored against the agency's adopted
 * standard in force that day, an officer qualifies the vendor until a date or sends the profile back to improve,
 * and the pre-qualification lapses after its last day (process {@code vendorQualification}). Contractors file and
 * read only for their own vendor; another vendor's qualifications are answered as not found.
 */
@Service
public class VendorQualifications {

    static final String SUBJECT = "vendor-qualification";

    private final VendorQualificationRepository qualifications;
    private final VendorRegistry registry;
    private final VendorUsers users;
    private final StandardCatalog standards;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final AuditTrail audit;
    private final Clock clock;
    private final RubricScorer scorer = new RubricScorer();

    VendorQualifications(VendorQualificationRepository qualifications, VendorRegistry registry, VendorUsers users,
            StandardCatalog standards, ApplicationEventPublisher events, Validator validator, AuditTrail audit, Clock clock) {
        this.qualifications = qualifications;
        this.users = users;
        this.registry = registry;
        this.standards = standards;
        this.events = events;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Files a profile and scores it; the review process starts on the published event, in this transaction. A
     * vendor has at most one profile awaiting review per standard (409 for a second).
     */
    @Transactional
    public QualificationView file(Long vendorId, String standardCode, JobQualityProfile profile, HighroadUser by) {
        if (!by.has(Role.ADMIN) && !by.has(Role.PROCUREMENT_OFFICER) && !by.has(Role.CONTRACTOR)) {
            throw new AccessDeniedException(by.userId() + " may not file a job-quality profile");
        }
        VendorView vendor = registry.get(vendorId, by); // a contractor's other vendor: 404, like the registry
        List<Violation> violations = new ArrayList<>(beanViolations(profile));
        if (profile != null) {
            violations.addAll(QualificationRules.check(profile, "profile."));
        }
        StandardVersionView version = versionInForceToday(standardCode, violations);
        List<Criterion> rubric = version == null ? List.of()
                : version.content().rubric().stream().filter(QualificationRules::answeredByProfile).toList();
        if (version != null && rubric.isEmpty()) {
            violations.add(new Violation("standardCode", "version " + version.version() + " of " + standardCode
                    + " has no rubric criterion that a job-quality profile answers"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (qualifications.existsByVendorIdAndStandardCodeAndStatus(vendorId, standardCode, Status.SUBMITTED)) {
            throw new ConflictException("vendor " + vendorId + " already has a profile awaiting review against "
                    + standardCode + "; wait for the officer's decision before filing again");
        }
        Scorecard scorecard = scorer.score(rubric, profile.toAnswers());
        VendorQualification filed = qualifications.saveAndFlush(new VendorQualification(vendorId, standardCode,
                version.version(), profile, scorecard, by.userId(), clock.instant()));
        audit.record(SUBJECT, filed.id(), "FILED", by.userId(), null, "vendor " + vendorId + ", standard " + standardCode);
        events.publishEvent(new VendorQualificationFiled(filed.id(), vendorId, vendor.profile().legalName(),
                standardCode, version.version(), scorecard.total(), scorecard.status().name(), by.userId()));
        return view(filed);
    }

    /**
     * Why {@code officer} may not record this decision now, or empty. Answers rather than throws, so that a process
     * delegate can turn it into a BPMN error without marking the engine's transaction rollback-only.
     */
    @Transactional(readOnly = true)
    public Optional<DecisionRefusal> refusalFor(long qualificationId, HighroadUser officer, boolean qualify,
            LocalDate qualifiedUntil, String notes) {
        return entity(qualificationId).refusalFor(officer, qualify, qualifiedUntil, notes, today());
    }

    /** Records the officer's decision: pre-qualified until a date (inclusive), or sent back with what to improve. */
    @Transactional
    public QualificationView decide(long qualificationId, boolean qualify, LocalDate qualifiedUntil, String notes,
            HighroadUser officer) {
        VendorQualification qualification = entity(qualificationId);
        qualification.decide(qualify, qualifiedUntil, notes, officer, today(), clock.instant());
        audit.record(SUBJECT, qualificationId, qualify ? "QUALIFIED" : "SENT BACK", officer.userId(), notes,
                qualify ? "until " + qualifiedUntil : null);
        return flushedView(qualification);
    }

    /** Lapses a pre-qualification whose window has closed; called by the process timer, a no-op when repeated. */
    @Transactional
    public QualificationView expire(long qualificationId) {
        VendorQualification qualification = entity(qualificationId);
        QualificationView before = view(qualification);
        qualification.expire(clock.instant());
        if (before.status() == QualificationView.Status.QUALIFIED) {
            audit.record(SUBJECT, qualificationId, "EXPIRED", HighroadUser.WORKFLOW_ID, "last qualified day passed", null);
        }
        return flushedView(qualification);
    }

    @Transactional(readOnly = true)
    public List<QualificationView> list(Long vendorId, HighroadUser caller) {
        registry.get(vendorId, caller);
        List<String> vendorUsers = users.usersOf(vendorId);
        return qualifications.findByVendorIdOrderByIdDesc(vendorId).stream()
                .map(q -> view(q).asReadBy(caller, vendorUsers)).toList();
    }

    @Transactional(readOnly = true)
    public QualificationView get(long qualificationId, HighroadUser caller) {
        VendorQualification qualification = qualifications.findById(qualificationId)
                .filter(q -> caller.mayActFor(q.vendorId()))
                .orElseThrow(() -> new NotFoundException("no qualification " + qualificationId));
        return view(qualification).asReadBy(caller, users.usersOf(qualification.vendorId()));
    }

    /**
     * Who filed, decided and when it lapsed, with the reasons; visible to the vendor's own users and to staff. The
     * vendor's users read who acted when it was one of them or the workflow, not which officer decided.
     */
    @Transactional(readOnly = true)
    public PageView<org.highroad.platform.audit.AuditEntry> auditTrail(long qualificationId, HighroadUser caller,
            PageParams asked) {
        QualificationView qualification = get(qualificationId, caller);
        PageView<org.highroad.platform.audit.AuditEntry> entries = audit.page(SUBJECT, qualificationId, asked);
        if (caller.isAgencyStaff()) {
            return entries;
        }
        Set<String> named = new HashSet<>(users.usersOf(qualification.vendorId()));
        named.add(HighroadUser.WORKFLOW_ID);
        return entries.map(e -> new org.highroad.platform.audit.AuditEntry(e.subjectType(), e.subjectId(),
                e.action(), named.contains(e.actor()) ? e.actor() : null, e.at(), e.reason(), e.detail()));
    }

    /**
     * The vendor's pre-qualification against a standard on a date, for bid evaluation: qualified, decided on or
     * before the date, and the date not after its last day. The latest decision wins when two overlap.
     */
    @Transactional(readOnly = true)
    public Optional<Prequalification> prequalification(Long vendorId, String standardCode, LocalDate date) {
        return current(vendorId, standardCode, date).map(VendorQualificationRepository.Decided::toPrequalification);
    }

    /** The answers of the profile behind {@link #prequalification}, so a bid can be scored on them. */
    @Transactional(readOnly = true)
    public Optional<Answers> profileAnswers(Long vendorId, String standardCode, LocalDate date) {
        return current(vendorId, standardCode, date).map(q -> q.profile().toAnswers());
    }

    // read as values, not entities: bid evaluation asks twice per bid, inside the job that scores it (see the query)
    private Optional<VendorQualificationRepository.Decided> current(Long vendorId, String standardCode, LocalDate date) {
        return qualifications.decided(vendorId, standardCode, Status.QUALIFIED, Status.EXPIRED).stream()
                .filter(q -> q.qualifiedOn(date)).findFirst();
    }

    /**
     * The adopted version in force today, or null with the reason added to {@code violations}. Catching the
     * catalog's NotFoundException marks this transaction rollback-only, which is harmless here: a violation is
     * always thrown afterwards, so the transaction rolls back anyway.
     */
    private StandardVersionView versionInForceToday(String standardCode, List<Violation> violations) {
        if (standardCode == null || !standards.exists(standardCode)) {
            violations.add(new Violation("standardCode", "no standard with code " + standardCode));
            return null;
        }
        try {
            return standards.versionInForceOn(standardCode, today());
        } catch (NotFoundException e) {
            violations.add(new Violation("standardCode", "standard " + standardCode + " has no adopted version in"
                    + " force today (" + today() + "); a profile is scored only against an adopted standard"));
            return null;
        }
    }

    // Callers other than the controller (the demo loader, tests) get the same field-named answers as the API.
    private List<Violation> beanViolations(JobQualityProfile profile) {
        if (profile == null) {
            return List.of(new Violation("profile", "must not be null"));
        }
        return validator.validate(profile).stream()
                .map(v -> new Violation("profile." + v.getPropertyPath(), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field)).toList();
    }

    private VendorQualification entity(long qualificationId) {
        return qualifications.findById(qualificationId)
                .orElseThrow(() -> new NotFoundException("no qualification " + qualificationId));
    }

    // Flushed inside the call, so a concurrent change surfaces here as a conflict rather than at commit.
    private QualificationView flushedView(VendorQualification qualification) {
        qualifications.flush();
        return view(qualification);
    }

    private QualificationView view(VendorQualification q) {
        List<String> scoredAtBidTime = standards.version(q.standardCode(), q.standardVersion()).content().rubric()
                .stream().filter(c -> !QualificationRules.answeredByProfile(c)).map(Criterion::code).toList();
        return q.toView(scoredAtBidTime);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
