package org.highroad.contracts.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.highroad.contracts.ContractTerms;
import org.highroad.contracts.ContractView;
import org.highroad.contracts.ReportingTerms;

/**
 * One version of a contract's commitments, in force from {@code effectiveFrom} until the next version's. Versions
 * are never changed once the contract is executed: an amendment is a new version, so past payroll is checked against
 * the rules in force at the time.
 */
@Entity
@Table(name = "contract_version")
public class ContractVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id")
    private Contract contract;
    @Column(name = "version_no")
    private int number;
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;
    private String reason;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    /** The SHA-256 of the one-time token of the page form that filed this amendment, if one did. */
    @Column(name = "form_token_hash")
    private String formTokenHash;
    @Column(name = "lowest_hourly_wage")
    private BigDecimal lowestHourlyWage;
    @Embedded
    private ReportingTerms reporting;
    @Embedded
    private ContractTerms terms;
    @ElementCollection
    @CollectionTable(name = "contract_wage_commitment", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<WageCommitment> wages = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "contract_workforce_commitment", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<WorkforceCommitment> workforce = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "contract_clause", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<ContractClause> clauses = new ArrayList<>();

    public String formTokenHash() {
        return formTokenHash;
    }

    void filedWithFormToken(String hash) {
        this.formTokenHash = hash;
    }

    protected ContractVersion() {
    }

    ContractVersion(Contract contract, int number, LocalDate effectiveFrom, String reason, String by, Instant at,
            Commitments commitments) {
        this.contract = contract;
        this.number = number;
        this.effectiveFrom = effectiveFrom;
        this.reason = reason;
        this.createdBy = by;
        this.createdAt = at;
        replace(commitments);
    }

    void replace(Commitments c) {
        reporting = c.reporting();
        terms = c.terms();
        lowestHourlyWage = c.lowestHourlyWage();
        wages.clear();
        wages.addAll(c.wages());
        workforce.clear();
        workforce.addAll(c.workforce());
        clauses.clear();
        clauses.addAll(c.clauses());
    }

    public Commitments commitments() {
        return new Commitments(List.copyOf(wages), lowestHourlyWage, List.copyOf(workforce), terms, reporting, List.copyOf(clauses));
    }

    /** A draft's first version starts with the contract period, whatever the officer settles it to. */
    void startsOn(LocalDate start) {
        effectiveFrom = start;
    }

    public int number() {
        return number;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public ContractView.Version toView() {
        return new ContractView.Version(number, effectiveFrom, reason, createdBy,
                wages.stream().map(w -> new ContractView.Wage(w.classification(), w.offeredBase(), w.offeredFringe(),
                        w.prevailingBase(), w.prevailingFringe())).toList(), lowestHourlyWage,
                workforce.stream().map(WorkforceCommitment::toRule).toList(), terms, reporting,
                clauses.stream().map(c -> new ContractView.Clause(c.code(), c.templateVersion(), c.heading(), c.body())).toList());
    }

    /**
     * Everything a version commits the contractor to: wages per classification (Schedule A), the lowest hourly wage
     * the bid promised every covered worker (a services bid's wage commitment; null when the bid made none), shares
     * of work hours (Schedule B), the other job-quality terms, reporting terms, and the clauses stating them.
     */
    public record Commitments(List<WageCommitment> wages, BigDecimal lowestHourlyWage, List<WorkforceCommitment> workforce,
            ContractTerms terms, ReportingTerms reporting, List<ContractClause> clauses) {

        /** The version's clause with this code, if the contract has one. */
        public java.util.Optional<ContractClause> clause(String code) {
            return clauses.stream().filter(c -> c.code().equals(code)).findFirst();
        }
    }
}
