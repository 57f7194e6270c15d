package org.highroad.vendors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TreeSet;
import org.highroad.platform.money.Money;
import org.highroad.vendors.CaseOutcome;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.vendors.VendorView;
import org.highroad.vendors.ViolationReport;

/**
 * A labor-law violation on a vendor's record. It is never deleted; it is resolved (restitution paid, abated). Entries
 * typed in by staff ({@link #MANUAL}) say which agency found them; entries written from a Highroad compliance case
 * ({@link #CASE}) name the case, the contract, the weeks, the restitution owed and paid and the sanctions, and are
 * kept up to date by the case ({@link #follow}); a prime's entry for its subcontractor's unpaid wages
 * ({@link #PRIME_LIABILITY}) names the subcontractor.
 */
@Entity
@Table(name = "labor_violation")
public class LaborViolation extends VendorRecord {

    @Enumerated(EnumType.STRING)
    private ViolationReport.Kind kind;
    @Column(name = "occurred_on")
    private LocalDate occurredOn;
    private String agency;
    private String description;
    @Column(name = "resolved_on")
    private LocalDate resolvedOn;
    private String origin = MANUAL;
    @Column(name = "case_id")
    private Long caseId;
    @Column(name = "contract_id")
    private Long contractId;
    @Column(name = "period_start")
    private LocalDate periodStart;
    @Column(name = "period_end")
    private LocalDate periodEnd;
    @Column(name = "amount_owed")
    private BigDecimal amountOwed;
    @Column(name = "amount_paid")
    private BigDecimal amountPaid;
    private String sanctions;
    @Column(name = "liable_for_vendor_id")
    private Long liableForVendorId;
    @Column(name = "entry_key")
    private String entryKey;

    /** Typed in by staff: found by another agency (the {@code agency} says which). */
    public static final String MANUAL = "MANUAL";
    /** Written from a Highroad compliance case about the vendor's own payrolls. */
    public static final String CASE = "CASE";
    /** Written for a prime from its subcontractor's case: the subcontractor's wages left unpaid, for which it is liable. */
    public static final String PRIME_LIABILITY = "PRIME_LIABILITY";

    protected LaborViolation() {
    }

    LaborViolation(Vendor vendor, ViolationReport report, String by, Instant at) {
        super(vendor, by, at);
        this.kind = report.kind();
        this.occurredOn = report.occurredOn();
        this.agency = report.agency();
        this.description = report.description();
        this.resolvedOn = report.resolvedOn();
    }

    /** A new entry from a case for {@code vendor}: the case's own contractor, or the liable prime. */
    LaborViolation(Vendor vendor, String entryKey, boolean primeLiability, CaseOutcome outcome, String by, Instant at) {
        super(vendor, by, at);
        this.entryKey = entryKey;
        this.origin = primeLiability ? PRIME_LIABILITY : CASE;
        this.caseId = outcome.caseId();
        this.contractId = outcome.contractId();
        this.liableForVendorId = primeLiability ? outcome.vendorId() : null;
        follow(outcome);
    }

    /** The key of the one entry a case writes for a vendor (unique in the table). */
    public static String entryKey(long caseId, long vendorId) {
        return "case:" + caseId + ":vendor:" + vendorId;
    }

    /**
     * Brings an entry from a case up to date with the case. Unpaid wages are wage theft (restitution owed under
     * 29 CFR 5.5(a)(1)); confirmed findings that owe nothing (a late report, a share shortfall) are another labor
     * violation. The entry is resolved once the case is closed with nothing outstanding: on the day the last payment
     * brought the restitution to zero, or on the close when nothing was owed; it never becomes unresolved again.
     */
    void follow(CaseOutcome o) {
        // a subsidy recovery is owed to a program, not wages to workers: not wage theft
        this.kind = o.owed().signum() > 0 && o.subsidyRecovery() == null ? ViolationReport.Kind.WAGE_THEFT
                : ViolationReport.Kind.OTHER_LABOR_VIOLATION;
        this.occurredOn = o.periodStart();
        this.periodStart = o.periodStart();
        this.periodEnd = o.periodEnd();
        this.agency = o.agency();
        this.amountOwed = o.owed();
        this.amountPaid = o.paid();
        TreeSet<String> all = new TreeSet<>(o.sanctions());
        if (sanctions != null && !sanctions.isBlank()) {
            all.addAll(java.util.List.of(sanctions.split(",")));
        }
        this.sanctions = all.isEmpty() ? null : String.join(",", all);
        this.description = describe(o);
        if (resolvedOn == null && o.closed() && o.outstanding().signum() == 0) {
            LocalDate on = o.owed().signum() > 0 && o.paidInFullOn() != null ? o.paidInFullOn() : o.closedOn();
            resolvedOn = on.isBefore(occurredOn) ? occurredOn : on;
        }
    }

    private String describe(CaseOutcome o) {
        StringBuilder s = new StringBuilder();
        if (PRIME_LIABILITY.equals(origin)) {
            s.append("Liable as prime for the unpaid wages of subcontractor ").append(o.vendorId()).append(" (29 CFR 5.5(a)(6)): ");
        }
        if (o.subsidyRecovery() != null) {
            s.append("Highroad compliance case ").append(o.caseId()).append(" on ").append(o.subsidyRecovery()).append(": ")
                    .append(o.confirmedFindings()).append(" confirmed subsidy recovery, found ").append(o.periodStart())
                    .append("; to repay ").append(Money.of(o.owed()).format(Locale.US)).append(", repaid ")
                    .append(Money.of(o.paid()).format(Locale.US));
            if (sanctions != null) {
                s.append("; sanctions: ").append(sanctions.replace(",", ", "));
            }
            return s.append(o.closed() ? "; closed " + o.outcome() + " on " + o.closedOn() : "; case open").toString();
        }
        s.append("Highroad compliance case ").append(o.caseId()).append(" on contract ").append(o.contractId()).append(": ")
                .append(o.confirmedFindings()).append(" confirmed finding(s), weeks ending ").append(o.periodStart())
                .append(" to ").append(o.periodEnd()).append("; restitution owed ").append(Money.of(o.owed()).format(Locale.US))
                .append(", paid ").append(Money.of(o.paid()).format(Locale.US));
        if (sanctions != null) {
            s.append("; sanctions: ").append(sanctions.replace(",", ", "));
        }
        s.append(o.closed() ? "; closed " + o.outcome() + " on " + o.closedOn() : "; case open");
        return s.toString();
    }

    public void resolve(LocalDate on) {
        if (resolvedOn != null) {
            throw new ConflictException("violation " + id() + " was already resolved on " + resolvedOn);
        }
        if (on.isBefore(occurredOn)) {
            throw new InvalidInputException("resolvedOn", "must not be before the violation occurred (" + occurredOn + ")");
        }
        resolvedOn = on;
    }

    public String agencySource() {
        return agency;
    }

    /** Restitution still owed on an entry from a case (null for a manual entry). */
    public BigDecimal outstanding() {
        return amountOwed == null ? null : amountOwed.subtract(amountPaid == null ? BigDecimal.ZERO : amountPaid).max(BigDecimal.ZERO);
    }

    public String origin() {
        return origin;
    }

    public Long caseId() {
        return caseId;
    }

    public String entryKey() {
        return entryKey;
    }

    public LocalDate resolvedOn() {
        return resolvedOn;
    }

    /** The entry as its compliance record shows it. */
    public org.highroad.vendors.ComplianceRecord.Entry toEntry(java.util.List<org.highroad.vendors.ComplianceRecord.Response> responses) {
        return new org.highroad.vendors.ComplianceRecord.Entry(id(), origin, kind, occurredOn, agency, description, caseId,
                contractId, periodStart, periodEnd, amountOwed, amountPaid,
                sanctions == null ? java.util.List.of() : java.util.List.of(sanctions.split(",")), liableForVendorId,
                resolvedOn != null, resolvedOn, responses);
    }

    public ViolationReport.Kind kind() {
        return kind;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    /** Unresolved as of {@code date}: not resolved, or resolved only after that date. */
    public boolean unresolvedOn(LocalDate date) {
        return resolvedOn == null || resolvedOn.isAfter(date);
    }

    VendorView.ViolationView toView() {
        return new VendorView.ViolationView(id(), kind, occurredOn, agency, description, resolvedOn != null, resolvedOn);
    }
}
