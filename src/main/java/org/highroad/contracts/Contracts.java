package org.highroad.contracts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.highroad.platform.errors.ConflictException;
import org.highroad.procurement.BidStatus;
import org.highroad.procurement.BidView;
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
    private static final HighroadUser SCREENER = new HighroadUser("highroad-workflow",
            java.util.Set.of(org.highroad.platform.security.Role.PROCUREMENT_OFFICER), null);
    static final String WORKFLOW = "highroad-workflow";

    // What the audit trail records of a contract
    static final String DRAFTED = "DRAFTED";
    static final String DRAFT_REVISED = "DRAFT REVISED";
    static final String RETURNED_TO_DRAFTING = "RETURNED TO DRAFTING";
    static final String LEGAL_REVIEW_APPROVED = "LEGAL REVIEW APPROVED";
    static final String REJECTED = "REJECTED BY CONTRACTOR";
    static final String ACCEPTED = "ACCEPTED AND EXECUTED";
    static final String AMENDED = "AMENDED";
    static final String SUBCONTRACTOR_ADDED = "SUBCONTRACTOR ADDED";
    /**
     * The entries whose reason and detail are written for the prime contractor too: its own answers, and what
     * becomes part of the contract it is bound by (the award it was drafted from, an amendment and its reason, which
     * the amended version states, a subcontractor it works with). Anything else, including any action added later,
     * is the agency's internal record (draft revisions before legal review is done, legal review's reasons): the
     * prime sees that it happened, by whom and when, not why.
     */
    private static final Set<String> WRITTEN_FOR_THE_PRIME = Set.of(DRAFTED, REJECTED, ACCEPTED, AMENDED, SUBCONTRACTOR_ADDED);

    private final ContractRepository contracts;
    private final ExpectedPayrollRepository calendar;
    private final ContractDrafting drafting;
    private final Bids bids;
    private final Solicitations solicitations;
    private final StandardCatalog standards;
    private final VendorRegistry vendors;
    private final AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    Contracts(ContractRepository contracts, ExpectedPayrollRepository calendar, ContractDrafting drafting, Bids bids,
            Solicitations solicitations, StandardCatalog standards, VendorRegistry vendors, AuditTrail audit,
            org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.contracts = contracts;
        this.calendar = calendar;
        this.drafting = drafting;
        this.bids = bids;
        this.solicitations = solicitations;
        this.standards = standards;
        this.vendors = vendors;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Drafts the contract of an awarded bid (once: a repeated call returns the same contract). The period defaults to
     * 30 days after the award for one year; the officer adjusts it during legal review.
     */
    @Transactional
    public long draftFromAward(long bidId) {
        Optional<Contract> existing = contracts.findByBidId(bidId);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        BidView bid = bids.view(bidId);
        if (bid.status() != BidStatus.AWARDED) {
            throw new ConflictException("bid " + bidId + " is " + bid.status().name().toLowerCase() + ", not awarded");
        }
        SolicitationView solicitation = solicitations.view(bid.solicitationId());
        StandardVersionContent standard = standards.version(solicitation.standardCode(), solicitation.standardVersion()).content();
        WageDetermination wd = ContractDrafting.pinnedDetermination(standard);
        String wdLabel = wd == null ? null : wd.number() + " mod. " + wd.modification();
        LocalDate start = LocalDate.now(clock).plusDays(30);
        Contract.Award terms = new Contract.Award(bid.solicitationId(), bidId, bid.vendorId(), solicitation.agencyCode(),
                solicitation.title(), bid.commitments().price(), start, start.plusYears(1).minusDays(1),
                solicitation.standardCode(), solicitation.standardVersion(), wd == null ? null : wd.number(),
                wd == null ? null : wd.modification());
        Contract contract = new Contract(terms, drafting.commitments(bid.commitments(), standard, solicitation.standardCode(),
                solicitation.standardVersion(), wdLabel), WORKFLOW, clock.instant());
        contract.toLegalReview();
        contracts.saveAndFlush(contract);
        standards.recordUse(solicitation.standardCode(), solicitation.standardVersion(), SUBJECT, String.valueOf(contract.id()));
        audit.record(SUBJECT, contract.id(), DRAFTED, WORKFLOW, "award of bid " + bidId, null);
        return contract.id();
    }

    /** The vendor whose users accept the contract (the prime). */
    @Transactional(readOnly = true)
    public long primeVendorOf(long contractId) {
        return find(contractId).primeVendorId();
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
        audit.record(SUBJECT, id, DRAFT_REVISED, by.userId(), null, draft.toString());
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
        audit.record(SUBJECT, id, approved ? LEGAL_REVIEW_APPROVED : RETURNED_TO_DRAFTING, officer, reason, null);
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
        audit.record(SUBJECT, id, accepted ? ACCEPTED : REJECTED, user, reason, null);
        if (accepted) {
            expect(contract, contract.primeVendorId(), contract.periodStart(), contract.periodEnd());
            contract.subcontractors().forEach(s -> expect(contract, s.vendorId(), s.startsOn(), s.endsOn()));
        }
    }

    /** A new version of the commitments in force from a date; earlier payroll stays checked against earlier versions. */
    @Transactional
    public ContractView amend(long id, Amendment amendment, HighroadUser by) {
        Contract contract = find(id);
        if (amendment.effectiveFrom().isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("effectiveFrom", "must not be in the past: an amendment may not change the rules "
                    + "for payroll weeks already worked");
        }
        if (amendment.effectiveFrom().isAfter(contract.periodEnd())) {
            throw new InvalidInputException("effectiveFrom", "must fall within the contract period ending " + contract.periodEnd());
        }
        ContractVersion.Commitments current = contract.current().commitments();
        ContractVersion.Commitments changed = drafting.refilled(amendment.applyTo(current), contract.standardCode(),
                contract.standardVersion(), contract.wageDetermination());
        ContractVersion version = contract.amend(amendment.effectiveFrom(), amendment.reason(), by.userId(), clock.instant(), changed);
        audit.record(SUBJECT, id, AMENDED, by.userId(), amendment.reason(), "version " + version.number()
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
        if (request.vendorId() == contract.primeVendorId()) {
            throw new InvalidInputException("vendorId", "the prime contractor cannot be its own subcontractor");
        }
        boolean overlaps = contract.subcontractors().stream().anyMatch(s -> s.vendorId() == request.vendorId()
                && !s.endsOn().isBefore(request.startsOn()) && !s.startsOn().isAfter(request.endsOn()));
        if (overlaps) {
            throw new ConflictException("vendor " + request.vendorId() + " is already a subcontractor for part of that period");
        }
        // 29 CFR 5.12 and the standard's eligibility rules apply to subcontractors as to the prime
        var eligibility = vendors.eligibility(request.vendorId(), contract.standardCode(), contract.standardVersion(),
                request.startsOn(), SCREENER);
        if (!eligibility.eligible()) {
            throw new InvalidInputException("vendorId", "vendor " + request.vendorId() + " is not eligible: "
                    + eligibility.reasons().stream().map(r -> r.rule() + " (" + r.detail() + ")").toList());
        }
        Subcontractor sub = contract.addSubcontractor(request.vendorId(), request.trade(), request.startsOn(),
                request.endsOn(), by.userId(), clock.instant());
        audit.record(SUBJECT, id, SUBCONTRACTOR_ADDED, by.userId(), null, "vendor " + request.vendorId() + ", " + request.trade());
        if (contract.status() == ContractStatus.EXECUTED) {
            expect(contract, sub.vendorId(), sub.startsOn(), sub.endsOn());
        }
        return contracts.saveAndFlush(contract).toView();
    }

    @Transactional(readOnly = true)
    public List<ContractView> list(HighroadUser caller) {
        return contracts.findAllByOrderByIdDesc().stream().filter(c -> caller.isAgencyStaff() || c.involves(caller.vendorId()))
                .map(c -> viewFor(c, caller)).toList();
    }

    @Transactional(readOnly = true)
    public ContractView get(long id, HighroadUser caller) {
        return viewFor(visible(id, caller), caller);
    }

    /** Agency staff and the prime see the whole contract. */
    @Transactional(readOnly = true)
    public ContractView fullView(long id, HighroadUser caller) {
        Contract contract = visible(id, caller);
        if (!seesWholeContract(contract, caller)) {
            throw new NotFoundException("no contract " + id);
        }
        return contract.toView();
    }

    /**
     * A subcontractor sees the commitments it inherits (wages, shares, terms, clauses) but not the prime's price or
     * the other subcontractors. The status reason is legal review's working note on why the contract is back with it
     * (its own return's reason, or the prime's rejection): agency staff read it; the prime reads its own rejection
     * in the audit trail.
     */
    private static ContractView viewFor(Contract contract, HighroadUser caller) {
        ContractView full = contract.toView();
        if (caller.isAgencyStaff()) {
            return full;
        }
        if (seesWholeContract(contract, caller)) {
            return new ContractView(full.id(), full.solicitationId(), full.bidId(), full.agencyCode(), full.primeVendorId(),
                    full.title(), full.value(), full.periodStart(), full.periodEnd(), full.standardCode(),
                    full.standardVersion(), full.wageDetermination(), full.status(), null, full.executedAt(), full.current(),
                    full.subcontractors());
        }
        return new ContractView(full.id(), full.solicitationId(), full.bidId(), full.agencyCode(), full.primeVendorId(),
                full.title(), null, full.periodStart(), full.periodEnd(), full.standardCode(), full.standardVersion(),
                full.wageDetermination(), full.status(), null, full.executedAt(), full.current(),
                full.subcontractors().stream().filter(s -> s.vendorId().equals(caller.vendorId())).toList());
    }

    private static boolean seesWholeContract(Contract contract, HighroadUser caller) {
        return caller.isAgencyStaff() || caller.vendorId() != null && caller.vendorId() == contract.primeVendorId();
    }

    @Transactional(readOnly = true)
    public List<ContractView.Version> versions(long id, HighroadUser caller) {
        return visible(id, caller).versions().stream().map(ContractVersion::toView).toList();
    }

    /** Staff see the whole calendar; a subcontractor sees its own weeks. */
    @Transactional(readOnly = true)
    public List<ExpectedPayroll> payrollCalendar(long id, HighroadUser caller) {
        Contract contract = visible(id, caller);
        boolean all = caller.isAgencyStaff() || caller.vendorId() != null && caller.vendorId() == contract.primeVendorId();
        return calendar.findByContractIdOrderByWeekEndingAscVendorIdAsc(id).stream().map(ExpectedPayrollEntry::toView)
                .filter(e -> all || e.vendorId().equals(caller.vendorId())).toList();
    }

    /**
     * For payroll checks: everything the contract binds, loaded once ({@link ContractRuleBook}); a payroll of many
     * rows asks the book, not the database.
     */
    @Transactional(readOnly = true)
    public ContractRuleBook ruleBook(long contractId) {
        Contract contract = find(contractId);
        return new ContractRuleBook(contractId, contract.versions(),
                standards.version(contract.standardCode(), contract.standardVersion()).content());
    }

    /** The wage rule for a classification on a day, under the version in force that day. */
    @Transactional(readOnly = true)
    public Optional<WageRule> wageRule(long contractId, String classification, LocalDate date) {
        return ruleBook(contractId).wageRule(classification, date);
    }

    /** For utilization checks: the workforce commitments in force on a day. */
    @Transactional(readOnly = true)
    public List<WorkforceRule> workforceRules(long contractId, LocalDate date) {
        return ruleBook(contractId).workforceRules(date);
    }

    /** Agency staff read the whole trail; the prime reads every entry, with the reasons written for it. */
    @Transactional(readOnly = true)
    public List<AuditEntryView> auditTrail(long id, HighroadUser caller) {
        fullView(id, caller);
        return audit.of(SUBJECT, id).stream().map(AuditEntryView::of)
                .map(e -> caller.isAgencyStaff() || WRITTEN_FOR_THE_PRIME.contains(e.action()) ? e : e.withoutText())
                .toList();
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
        List<ExpectedPayroll> added = new java.util.ArrayList<>();
        for (PayrollCalendar.Week week : PayrollCalendar.weeks(from, to, due)) {
            if (!calendar.existsByContractIdAndVendorIdAndWeekEnding(contract.id(), vendorId, week.weekEnding())) {
                added.add(calendar.save(new ExpectedPayrollEntry(contract.id(), vendorId, week.weekEnding(), week.dueOn())).toView());
            }
        }
        if (!added.isEmpty()) {
            events.publishEvent(new PayrollWeeksExpected(contract.id(), added));
        }
    }

}
