package org.highroad.contracts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.highroad.contracts.domain.CommitmentRules;
import org.highroad.contracts.domain.Contract;
import org.highroad.contracts.domain.ContractRepository;
import org.highroad.contracts.domain.ContractVersion;
import org.highroad.contracts.domain.ExpectedPayrollEntry;
import org.highroad.contracts.domain.ExpectedPayrollRepository;
import org.highroad.contracts.domain.PayrollCalendar;
import org.highroad.contracts.domain.Subcontractor;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.procurement.BidAwarded;
import org.highroad.procurement.Bids;
import org.highroad.procurement.SolicitationView;
import org.highroad.procurement.Solicitations;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.StandardVersionContent;
import org.highroad.standards.WageDetermination;
import org.highroad.vendors.VendorRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contracts module's API: drafting from an award, legal review, the contractor's acceptance, execution with the
 * payroll calendar, amendments, subcontractors, and the rules other modules check payroll against.
 */
@Service
public class Contracts {

    static final String SUBJECT = "contract";
    static final String WORKFLOW = "highroad-workflow";

    private final ContractRepository contracts;
    private final ExpectedPayrollRepository calendar;
    private final ContractDrafting drafting;
    private final Bids bids;
    private final Solicitations solicitations;
    private final StandardCatalog standards;
    private final VendorRegistry vendors;
    private final AuditTrail audit;
    private final Clock clock;

    Contracts(ContractRepository contracts, ExpectedPayrollRepository calendar, ContractDrafting drafting, Bids bids,
            Solicitations solicitations, StandardCatalog standards, VendorRegistry vendors, AuditTrail audit, Clock clock) {
        this.contracts = contracts;
        this.calendar = calendar;
        this.drafting = drafting;
        this.bids = bids;
        this.solicitations = solicitations;
        this.standards = standards;
        this.vendors = vendors;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Drafts the contract of an awarded bid (once: a repeated call returns the same contract). The period defaults to
     * 30 days after the award for one year; the officer adjusts it during legal review.
     */
    @Transactional
    public long draftFromAward(BidAwarded award) {
        Optional<Contract> existing = contracts.findByBidId(award.bidId());
        if (existing.isPresent()) {
            return existing.get().id();
        }
        SolicitationView solicitation = solicitations.view(award.solicitationId());
        StandardVersionContent standard = standards.version(award.standardCode(), award.standardVersion()).content();
        WageDetermination wd = standard.wageDeterminations().isEmpty() ? null : standard.wageDeterminations().get(0);
        String wdLabel = wd == null ? null : wd.number() + " mod. " + wd.modification();
        LocalDate start = award.awardedAt().atZone(ZoneOffset.UTC).toLocalDate().plusDays(30);
        Contract.Award terms = new Contract.Award(award.solicitationId(), award.bidId(), award.vendorId(),
                solicitation.agencyCode(), solicitation.title(), award.price(), start, start.plusYears(1).minusDays(1),
                award.standardCode(), award.standardVersion(), wd == null ? null : wd.number(), wd == null ? null : wd.modification());
        Contract contract = new Contract(terms, drafting.commitments(bids.commitmentsOf(award.bidId()), standard,
                award.standardCode(), award.standardVersion(), wdLabel), WORKFLOW, clock.instant());
        contract.toLegalReview();
        contracts.saveAndFlush(contract);
        standards.recordUse(award.standardCode(), award.standardVersion(), SUBJECT, String.valueOf(contract.id()));
        audit.record(SUBJECT, contract.id(), "DRAFTED", WORKFLOW, "award of bid " + award.bidId(), null);
        return contract.id();
    }

    /** The officer's changes to a draft: title, value, period. */
    @Transactional
    public ContractView reviseDraft(long id, ContractDraft draft, HighroadUser by) {
        if (draft.periodEnd().isBefore(draft.periodStart())) {
            throw new InvalidInputException("periodEnd", "must not be before periodStart " + draft.periodStart());
        }
        Contract contract = find(id);
        contract.reviseDraft(draft.title(), draft.value(), draft.periodStart(), draft.periodEnd(),
                contract.current().commitments());
        audit.record(SUBJECT, id, "DRAFT REVISED", by.userId(), null, draft.toString());
        return contracts.saveAndFlush(contract).toView();
    }

    /** Why this legal review cannot be recorded, or empty. */
    @Transactional(readOnly = true)
    public Optional<String> legalReviewRefusal(long id, boolean byProcurementOfficer, String reason) {
        if (!byProcurementOfficer) {
            return Optional.of("only a procurement officer may complete the legal review");
        }
        if (find(id).status() != ContractStatus.IN_LEGAL_REVIEW) {
            return Optional.of("contract " + id + " is not in legal review");
        }
        return reason == null || reason.isBlank() ? Optional.of("a reason is required for the record") : Optional.empty();
    }

    @Transactional
    public void recordLegalReview(long id, boolean approved, String reason, String officer) {
        find(id).legalReview(approved, reason);
        audit.record(SUBJECT, id, approved ? "LEGAL REVIEW APPROVED" : "RETURNED TO DRAFTING", officer, reason, null);
    }

    /** Why this acceptance cannot be recorded: only a contractor user of the prime vendor decides. */
    @Transactional(readOnly = true)
    public Optional<String> acceptanceRefusal(long id, Long actingVendorId, String reason) {
        Contract contract = find(id);
        if (actingVendorId == null || actingVendorId != contract.primeVendorId()) {
            return Optional.of("only the prime contractor's users may accept or reject contract " + id);
        }
        if (contract.status() != ContractStatus.AWAITING_ACCEPTANCE) {
            return Optional.of("contract " + id + " is not awaiting acceptance");
        }
        return reason == null || reason.isBlank() ? Optional.of("a reason is required for the record") : Optional.empty();
    }

    /** Accepted: executed, and the payroll calendar is laid out for the prime and every subcontractor. */
    @Transactional
    public void recordAcceptance(long id, boolean accepted, String reason, String user) {
        Contract contract = find(id);
        contract.acceptance(accepted, reason, clock.instant());
        audit.record(SUBJECT, id, accepted ? "ACCEPTED AND EXECUTED" : "REJECTED BY CONTRACTOR", user, reason, null);
        if (accepted) {
            expect(contract, contract.primeVendorId(), contract.periodStart(), contract.periodEnd());
            contract.subcontractors().forEach(s -> expect(contract, s.vendorId(), s.startsOn(), s.endsOn()));
        }
    }

    /** A new version of the commitments in force from a date; earlier payroll stays checked against earlier versions. */
    @Transactional
    public ContractView amend(long id, Amendment amendment, HighroadUser by) {
        Contract contract = find(id);
        ContractVersion.Commitments current = contract.current().commitments();
        ContractVersion.Commitments changed = drafting.withClauses(amendment.applyTo(current), contract.standardCode(),
                contract.standardVersion(), contract.wageDetermination());
        ContractVersion version = contract.amend(amendment.effectiveFrom(), amendment.reason(), by.userId(), clock.instant(), changed);
        audit.record(SUBJECT, id, "AMENDED", by.userId(), amendment.reason(), "version " + version.number()
                + " from " + amendment.effectiveFrom());
        return contracts.saveAndFlush(contract).toView();
    }

    /** The prime (or an officer) adds a subcontractor; it inherits the commitments and owes weekly payrolls. */
    @Transactional
    public ContractView addSubcontractor(long id, SubcontractorRequest request, HighroadUser by) {
        Contract contract = visible(id, by);
        if (!by.isAgencyStaff() && (by.vendorId() == null || by.vendorId() != contract.primeVendorId())) {
            throw new NotFoundException("no contract " + id);
        }
        if (!vendors.exists(request.vendorId())) {
            throw new InvalidInputException("vendorId", "no vendor " + request.vendorId());
        }
        Subcontractor sub = contract.addSubcontractor(request.vendorId(), request.trade(), request.startsOn(),
                request.endsOn(), by.userId(), clock.instant());
        audit.record(SUBJECT, id, "SUBCONTRACTOR ADDED", by.userId(), null, "vendor " + request.vendorId() + ", " + request.trade());
        if (contract.status() == ContractStatus.EXECUTED) {
            expect(contract, sub.vendorId(), sub.startsOn(), sub.endsOn());
        }
        return contracts.saveAndFlush(contract).toView();
    }

    @Transactional(readOnly = true)
    public List<ContractView> list(HighroadUser caller) {
        return contracts.findAllByOrderByIdDesc().stream().filter(c -> caller.isAgencyStaff() || c.involves(caller.vendorId()))
                .map(Contract::toView).toList();
    }

    @Transactional(readOnly = true)
    public ContractView get(long id, HighroadUser caller) {
        return visible(id, caller).toView();
    }

    @Transactional(readOnly = true)
    public List<ContractView.Version> versions(long id, HighroadUser caller) {
        Contract contract = visible(id, caller);
        return contract.versions().stream().map(v -> contract.toView().current().number() == v.number()
                ? contract.toView().current() : versionView(v)).toList();
    }

    /** Staff see the whole calendar; a subcontractor sees its own weeks. */
    @Transactional(readOnly = true)
    public List<ExpectedPayroll> payrollCalendar(long id, HighroadUser caller) {
        Contract contract = visible(id, caller);
        boolean all = caller.isAgencyStaff() || caller.vendorId() != null && caller.vendorId() == contract.primeVendorId();
        return calendar.findByContractIdOrderByWeekEndingAscVendorIdAsc(id).stream().map(ExpectedPayrollEntry::toView)
                .filter(e -> all || e.vendorId().equals(caller.vendorId())).toList();
    }

    /** For payroll checks: the wage rule for a classification on a day, under the version in force that day. */
    @Transactional(readOnly = true)
    public Optional<WageRule> wageRule(long contractId, String classification, LocalDate date) {
        Contract contract = find(contractId);
        StandardVersionContent standard = standards.version(contract.standardCode(), contract.standardVersion()).content();
        return CommitmentRules.wageRule(contractId, contract.versionOn(date), standard, classification, date);
    }

    /** For utilization checks: the workforce commitments in force on a day. */
    @Transactional(readOnly = true)
    public List<WorkforceRule> workforceRules(long contractId, LocalDate date) {
        return find(contractId).versionOn(date).commitments().workforce().stream().map(w -> w.toRule()).toList();
    }

    @Transactional(readOnly = true)
    public List<AuditEntryView> auditTrail(long id, HighroadUser caller) {
        visible(id, caller);
        return audit.of(SUBJECT, id).stream().map(AuditEntryView::of).toList();
    }

    Contract visible(long id, HighroadUser caller) {
        Contract contract = find(id);
        if (!caller.isAgencyStaff() && !contract.involves(caller.vendorId())) {
            throw new NotFoundException("no contract " + id);
        }
        return contract;
    }

    Contract find(long id) {
        return contracts.findById(id).orElseThrow(() -> new NotFoundException("no contract " + id));
    }

    private void expect(Contract contract, long vendorId, LocalDate from, LocalDate to) {
        int due = contract.current().commitments().reporting().reportingDeadlineDays();
        for (PayrollCalendar.Week week : PayrollCalendar.weeks(from, to, due)) {
            calendar.save(new ExpectedPayrollEntry(contract.id(), vendorId, week.weekEnding(), week.dueOn()));
        }
    }

    private static ContractView.Version versionView(ContractVersion v) {
        var c = v.commitments();
        return new ContractView.Version(v.number(), v.effectiveFrom(), null, null,
                c.wages().stream().map(w -> new ContractView.Wage(w.classification(), w.offeredBase(), w.offeredFringe(),
                        w.prevailingBase(), w.prevailingFringe())).toList(),
                c.workforce().stream().map(w -> w.toRule()).toList(), c.terms(), c.reporting(),
                c.clauses().stream().map(x -> new ContractView.Clause(x.code(), x.templateVersion(), x.heading(), x.body())).toList());
    }
}
