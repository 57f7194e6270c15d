package org.highroad.standards.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.highroad.platform.errors.ConflictException;
import org.highroad.standards.Adoption;
import org.highroad.standards.EligibilityRule;
import org.highroad.standards.EnforcementParameters;
import org.highroad.standards.StandardVersionContent;
import org.highroad.standards.StoredCriterion;
import org.highroad.standards.SubsidyTerms;
import org.highroad.standards.WageFloor;
import org.highroad.standards.WorkforceTarget;

/**
 * One numbered, effective-dated version of a standard. It may be edited only until something pins it (a
 * solicitation, contract or subsidy program): from then on the rules that bound a contract must stay the rules
 * that were bound, so a change makes a new version.
 */
@Entity
@Table(name = "standard_version")
public class StandardVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "standard_id")
    private JobQualityStandard standard;
    @Column(name = "version_no")
    private int number;
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;
    private String summary;
    @Embedded
    private EnforcementParameters enforcement;
    @Embedded
    private SubsidyTerms subsidyTerms;
    @ElementCollection
    @CollectionTable(name = "wage_floor", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<WageFloor> wageFloors = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "version_id", nullable = false)
    @OrderColumn(name = "position")
    private List<WageDeterminationEntry> wageDeterminations = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "workforce_target", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<WorkforceTarget> workforceTargets = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "rubric_criterion", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<StoredCriterion> rubric = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "eligibility_rule", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<EligibilityRule> eligibilityRules = new ArrayList<>();
    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL)
    private List<StandardVersionUse> uses = new ArrayList<>();
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "adoption_status")
    private Adoption.Status adoptionStatus = Adoption.Status.DRAFT;
    @Column(name = "proposed_by")
    private String proposedBy;
    @Column(name = "proposed_at")
    private Instant proposedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_comment")
    private String decisionComment;
    /** The SHA-256 of the one-time token of the administrator's page form that started it (unique); null otherwise. */
    @Column(name = "form_token")
    private String formToken;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected StandardVersion() {
    }

    StandardVersion(JobQualityStandard standard, int number, StandardVersionContent content, String by, Instant at) {
        this.standard = standard;
        this.number = number;
        this.createdBy = by;
        this.createdAt = at;
        fill(content);
    }

    /** Replaces the whole content; refused once the version is under review, adopted or pinned. */
    void replace(StandardVersionContent content) {
        if (adoptionStatus != Adoption.Status.DRAFT) {
            throw new ConflictException("version " + number + " of " + standard.code() + " is "
                    + adoptionStatus.name().toLowerCase() + " and cannot change; create a new version instead");
        }
        if (inUse()) {
            throw new ConflictException("version " + number + " of " + standard.code() + " is in use by "
                    + usedBy() + " and cannot change; create a new version instead");
        }
        wageFloors.clear();
        wageDeterminations.clear();
        workforceTargets.clear();
        rubric.clear();
        eligibilityRules.clear();
        fill(content);
    }

    /** Pins the version for a solicitation, contract or subsidy program; idempotent. Only adopted versions. */
    public void recordUse(String usedBy, String reference, Instant at) {
        if (adoptionStatus != Adoption.Status.ADOPTED) {
            throw new ConflictException("version " + number + " of " + standard.code()
                    + " is not adopted and cannot be used by " + usedBy + " " + reference);
        }
        boolean known = uses.stream().anyMatch(u -> u.matches(usedBy, reference));
        if (!known) {
            uses.add(new StandardVersionUse(this, usedBy, reference, at));
        }
    }

    /** Sends a draft for review. */
    public void propose(String by, Instant at) {
        if (adoptionStatus != Adoption.Status.DRAFT) {
            throw new ConflictException("version " + number + " of " + standard.code() + " is already "
                    + adoptionStatus.name().toLowerCase());
        }
        adoptionStatus = Adoption.Status.PROPOSED;
        proposedBy = by;
        proposedAt = at;
    }

    /** Why {@code reviewer} may not decide now (four eyes: not the proposer), or empty when they may. */
    public Optional<String> refusalFor(String reviewer, String comment) {
        if (adoptionStatus != Adoption.Status.PROPOSED) {
            return Optional.of("version " + number + " of " + standard.code() + " is not awaiting review");
        }
        if (reviewer == null || reviewer.equals(proposedBy)) {
            return Optional.of("version " + number + " of " + standard.code() + " was proposed by " + proposedBy
                    + ", who may not also review it; another administrator must decide");
        }
        if (comment == null || comment.isBlank()) {
            return Optional.of("a reason is required for the audit trail");
        }
        return Optional.empty();
    }

    /** Adopts the version, or returns it to draft; either way with the reviewer's reason. */
    public void decide(boolean adopt, String reviewer, String comment, Instant at) {
        refusalFor(reviewer, comment).ifPresent(reason -> {
            throw new ConflictException(reason);
        });
        adoptionStatus = adopt ? Adoption.Status.ADOPTED : Adoption.Status.DRAFT;
        decidedBy = reviewer;
        decidedAt = at;
        decisionComment = comment;
    }

    /** Keeps the hash of the one-time token of the page form that started it, so the same form sent again finds it. */
    public void keepFormToken(String hash) {
        this.formToken = hash;
    }

    /** The row version the draft was read at: a form carries it, so that a save from a stale form is refused. */
    public long rowVersion() {
        return rowVersion;
    }

    public Adoption adoption() {
        return new Adoption(adoptionStatus, proposedBy, proposedAt, decidedBy, decidedAt, decisionComment);
    }

    public boolean adopted() {
        return adoptionStatus == Adoption.Status.ADOPTED;
    }

    private void fill(StandardVersionContent c) {
        effectiveFrom = c.effectiveFrom();
        summary = c.summary();
        enforcement = c.enforcement();
        subsidyTerms = c.subsidyTerms();
        wageFloors.addAll(c.wageFloors());
        c.wageDeterminations().forEach(wd -> wageDeterminations.add(new WageDeterminationEntry(wd)));
        workforceTargets.addAll(c.workforceTargets());
        c.rubric().forEach(criterion -> rubric.add(StoredCriterion.of(criterion)));
        eligibilityRules.addAll(c.eligibilityRules());
    }

    public StandardVersionContent toContent() {
        return new StandardVersionContent(effectiveFrom, summary, List.copyOf(wageFloors),
                wageDeterminations.stream().map(WageDeterminationEntry::toWageDetermination).toList(),
                List.copyOf(workforceTargets), rubric.stream().map(StoredCriterion::toCriterion).toList(),
                List.copyOf(eligibilityRules), enforcement, subsidyTerms);
    }

    public boolean inUse() {
        return !uses.isEmpty();
    }

    public List<String> usedBy() {
        return uses.stream().map(StandardVersionUse::label).toList();
    }

    public Long id() {
        return id;
    }

    public int number() {
        return number;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public JobQualityStandard standard() {
        return standard;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public List<EligibilityRule> eligibilityRules() {
        return List.copyOf(eligibilityRules);
    }
}
