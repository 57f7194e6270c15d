package org.highroad.contracts.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.highroad.contracts.ContractStatus;
import org.highroad.contracts.ContractView;
import org.highroad.platform.errors.ConflictException;

/**
 * A contract (aggregate root): the parties, value and period, the pinned standard version and wage determination,
 * its numbered versions of commitments, and its subcontractors. Drafted from an award, reviewed by legal, accepted
 * by the prime contractor, then executed; afterwards it changes only by amendment.
 */
@Entity
@Table(name = "contract")
public class Contract {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "solicitation_id")
    private long solicitationId;
    @Column(name = "bid_id")
    private long bidId;
    @Column(name = "agency_code")
    private String agencyCode;
    @Column(name = "prime_vendor_id")
    private long primeVendorId;
    private String title;
    @Column(name = "contract_value")
    private BigDecimal value;
    @Column(name = "period_start")
    private LocalDate periodStart;
    @Column(name = "period_end")
    private LocalDate periodEnd;
    @Column(name = "standard_code")
    private String standardCode;
    @Column(name = "standard_version")
    private int standardVersion;
    @Column(name = "wd_number")
    private String wdNumber;
    @Column(name = "wd_modification")
    private Integer wdModification;
    @Enumerated(EnumType.STRING)
    private ContractStatus status = ContractStatus.DRAFT;
    @Column(name = "status_reason")
    private String statusReason;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "executed_at")
    private Instant executedAt;
    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<ContractVersion> versions = new ArrayList<>();
    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Subcontractor> subcontractors = new ArrayList<>();
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Contract() {
    }

    public Contract(Award award, ContractVersion.Commitments commitments, String by, Instant at) {
        this.solicitationId = award.solicitationId();
        this.bidId = award.bidId();
        this.agencyCode = award.agencyCode();
        this.primeVendorId = award.vendorId();
        this.title = award.title();
        this.value = award.value();
        this.periodStart = award.periodStart();
        this.periodEnd = award.periodEnd();
        this.standardCode = award.standardCode();
        this.standardVersion = award.standardVersion();
        this.wdNumber = award.wdNumber();
        this.wdModification = award.wdModification();
        this.createdAt = at;
        versions.add(new ContractVersion(this, 1, periodStart, "drafted from the award of bid " + award.bidId(), by, at,
                commitments));
    }

    /** What drafting needs from the award. */
    public record Award(long solicitationId, long bidId, long vendorId, String agencyCode, String title, BigDecimal value,
            LocalDate periodStart, LocalDate periodEnd, String standardCode, int standardVersion, String wdNumber,
            Integer wdModification) {
    }

    public void reviseDraft(String newTitle, BigDecimal newValue, LocalDate start, LocalDate end,
            ContractVersion.Commitments commitments) {
        if (status == ContractStatus.EXECUTED || status == ContractStatus.AWAITING_ACCEPTANCE) {
            throw new ConflictException("contract " + id + " is " + label() + "; change it by amendment");
        }
        title = newTitle;
        value = newValue;
        periodStart = start;
        periodEnd = end;
        ContractVersion first = versions.get(0);
        first.replace(commitments);
        first.startsOn(start);
    }

    public void toLegalReview() {
        status = ContractStatus.IN_LEGAL_REVIEW;
    }

    public void legalReview(boolean approved, String reason) {
        require(ContractStatus.IN_LEGAL_REVIEW);
        status = approved ? ContractStatus.AWAITING_ACCEPTANCE : ContractStatus.IN_LEGAL_REVIEW;
        statusReason = approved ? null : "returned to drafting by legal review: " + reason;
    }

    public void acceptance(boolean accepted, String reason, Instant at) {
        require(ContractStatus.AWAITING_ACCEPTANCE);
        if (accepted) {
            status = ContractStatus.EXECUTED;
            executedAt = at;
            statusReason = null;
        } else {
            status = ContractStatus.IN_LEGAL_REVIEW;
            statusReason = "rejected by the contractor: " + reason;
        }
    }

    /** An amendment: a new version in force from {@code effectiveFrom}, with the reason; the old ones stay. */
    /** The amendment filed with the page form whose one-time token hashes to this, if one was. */
    public java.util.Optional<ContractVersion> amendedWithFormToken(String tokenHash) {
        return versions.stream().filter(v -> tokenHash != null && tokenHash.equals(v.formTokenHash())).findFirst();
    }

    /** An amendment filed from a page form: the form's token hash is stored with it, unique per contract. */
    public ContractVersion amend(LocalDate effectiveFrom, String reason, String by, Instant at,
            ContractVersion.Commitments commitments, String formTokenHash) {
        ContractVersion amended = amend(effectiveFrom, reason, by, at, commitments);
        amended.filedWithFormToken(formTokenHash);
        return amended;
    }

    public ContractVersion amend(LocalDate effectiveFrom, String reason, String by, Instant at,
            ContractVersion.Commitments commitments) {
        require(ContractStatus.EXECUTED);
        ContractVersion latest = versions.get(versions.size() - 1);
        if (!effectiveFrom.isAfter(latest.effectiveFrom())) {
            throw new ConflictException("an amendment must take effect after version " + latest.number() + " ("
                    + latest.effectiveFrom() + ")");
        }
        ContractVersion amended = new ContractVersion(this, latest.number() + 1, effectiveFrom, reason, by, at, commitments);
        versions.add(amended);
        return amended;
    }

    public Subcontractor addSubcontractor(long vendorId, String trade, LocalDate startsOn, LocalDate endsOn, String by,
            Instant at) {
        if (startsOn.isBefore(periodStart) || endsOn.isAfter(periodEnd) || endsOn.isBefore(startsOn)) {
            throw new ConflictException("a subcontract must fall within the contract period " + periodStart + " to " + periodEnd);
        }
        Subcontractor sub = new Subcontractor(this, vendorId, trade, startsOn, endsOn, by, at);
        subcontractors.add(sub);
        return sub;
    }

    /** The version in force on a date (before the start, the first). */
    public ContractVersion versionOn(LocalDate date) {
        return versions.stream().filter(v -> !v.effectiveFrom().isAfter(date))
                .max(Comparator.comparingInt(ContractVersion::number)).orElse(versions.get(0));
    }

    public ContractVersion current() {
        return versions.get(versions.size() - 1);
    }

    public List<ContractVersion> versions() {
        return List.copyOf(versions);
    }

    public boolean involves(Long vendorId) {
        return vendorId != null && (primeVendorId == vendorId || subcontractors.stream().anyMatch(s -> s.vendorId() == vendorId));
    }

    public Optional<Subcontractor> subcontractor(long vendorId) {
        return subcontractors.stream().filter(s -> s.vendorId() == vendorId).findFirst();
    }

    private void require(ContractStatus expected) {
        if (status != expected) {
            throw new ConflictException("contract " + id + " is " + label() + ", not " + expected.name().toLowerCase().replace('_', ' '));
        }
    }

    private String label() {
        return status.name().toLowerCase().replace('_', ' ');
    }

    public ContractView toView() {
        String wd = wdNumber == null ? null : wdNumber + " mod. " + wdModification;
        return new ContractView(id, solicitationId, bidId, agencyCode, primeVendorId, title, value, periodStart, periodEnd,
                standardCode, standardVersion, wd, status, statusReason, executedAt, current().toView(),
                subcontractors.stream().map(Subcontractor::toView).toList());
    }

    public Long id() {
        return id;
    }

    /** When the contract was drafted from the award (the day of the award). */
    public Instant createdAt() {
        return createdAt;
    }

    /** The awarded bid whose commitments the contract carries. */
    public long bidId() {
        return bidId;
    }

    public long primeVendorId() {
        return primeVendorId;
    }

    public ContractStatus status() {
        return status;
    }

    public String standardCode() {
        return standardCode;
    }

    public int standardVersion() {
        return standardVersion;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public List<Subcontractor> subcontractors() {
        return List.copyOf(subcontractors);
    }

    public String title() {
        return title;
    }

    public BigDecimal value() {
        return value;
    }

    public String wageDetermination() {
        return wdNumber == null ? "none" : wdNumber + " mod. " + wdModification;
    }

    public String agencyCode() {
        return agencyCode;
    }
}
