package org.highroad.contracts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.highroad.contracts.domain.Contract;
import org.highroad.contracts.domain.ContractRepository;
import org.highroad.contracts.domain.ContractVersion;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.MalformedRequestException;
import org.highroad.procurement.BidStatus;
import org.highroad.procurement.BidView;
import org.highroad.procurement.Bids;
import org.highroad.procurement.SolicitationView;
import org.highroad.procurement.Solicitations;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.StandardVersionContent;
import org.highroad.standards.WageDetermination;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contract drafted from an awarded bid: its commitments and the pinned standard version written in by
 * {@link ContractDrafting}, then sent to legal review, where the procurement officer may revise the draft.
 */
@Service
public class DraftFromAward {

    private static final String WORKFLOW = HighroadUser.WORKFLOW_ID;

    private final ContractRepository contracts;
    private final ContractDrafting drafting;
    private final Bids bids;
    private final Solicitations solicitations;
    private final StandardCatalog standards;
    private final AuditTrail audit;
    private final Clock clock;

    DraftFromAward(ContractRepository contracts, ContractDrafting drafting, Bids bids, Solicitations solicitations,
            StandardCatalog standards, AuditTrail audit, Clock clock) {
        this.contracts = contracts;
        this.drafting = drafting;
        this.bids = bids;
        this.solicitations = solicitations;
        this.standards = standards;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Drafts the contract of an awarded bid (once: a repeated call returns the same contract). The period defaults to
     * 30 days after the award for one year; the officer adjusts it during legal review.
     */
    @Transactional
    public long draft(long bidId) {
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
        Contract contract = new Contract(terms, drafting.commitments(bidId, bid.commitments(), standard, solicitation.standardCode(),
                solicitation.standardVersion(), wdLabel), WORKFLOW, clock.instant());
        contract.toLegalReview();
        contracts.saveAndFlush(contract);
        standards.recordUse(solicitation.standardCode(), solicitation.standardVersion(), ContractAudit.SUBJECT,
                String.valueOf(contract.id()));
        audit.record(ContractAudit.SUBJECT, contract.id(), ContractAudit.DRAFTED, WORKFLOW, "award of bid " + bidId, null);
        return contract.id();
    }

    /**
     * The longest period a contract may run, start to end: five years, the limit on a contract's total term including
     * options (FAR 17.204(e)), as agency policy for every contract drafted here.
     */
    public static final java.time.Period LONGEST_PERIOD = java.time.Period.ofYears(5);

    /** How long before the award a contract's period may start (agency policy, see below). */
    public static final java.time.Period LONGEST_LOOKBACK = java.time.Period.ofYears(1);

    /**
     * Legal review settles the contract of the award; it does not change the award. The value is the awarded bid's
     * price: a sealed bid is awarded on its own terms (FAR 14.408-1(a)), and a change of price is a modification of
     * the executed contract (FAR 43.103; here an amendment with its reason), not a draft's edit. The period starts at
     * most {@link #LONGEST_LOOKBACK} before the award (agency policy: a contract may cover work begun under an earlier
     * notice to proceed, as the demo's contract does, but the payroll calendar must not owe years of payrolls from
     * before the award) and runs at most {@link #LONGEST_PERIOD}.
     */
    private void refuseTermsUnlikeTheAward(Contract contract, ContractDraft draft) {
        java.util.List<org.highroad.platform.validation.Violation> wrong = new java.util.ArrayList<>();
        java.math.BigDecimal awarded = bids.view(contract.bidId()).commitments().price();
        if (awarded != null && draft.value().compareTo(awarded) != 0) {
            wrong.add(new org.highroad.platform.validation.Violation("value", "must be the awarded bid's price, "
                    + awarded.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                    + "; a change of value is an amendment of the executed contract"));
        }
        LocalDate earliest = LocalDate.ofInstant(contract.createdAt(), clock.getZone()).minus(LONGEST_LOOKBACK);
        if (draft.periodStart().isBefore(earliest)) {
            wrong.add(new org.highroad.platform.validation.Violation("periodStart",
                    "must be at most one year before the award, from " + earliest));
        }
        if (!draft.periodEnd().isAfter(draft.periodStart())) {
            wrong.add(new org.highroad.platform.validation.Violation("periodEnd", "must be after periodStart " + draft.periodStart()));
        } else if (draft.periodEnd().isAfter(draft.periodStart().plus(LONGEST_PERIOD))) {
            wrong.add(new org.highroad.platform.validation.Violation("periodEnd", "must be at most 5 years after periodStart, by "
                    + draft.periodStart().plus(LONGEST_PERIOD)));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(wrong);
        }
    }

    /**
     * The officer's changes to a draft: title, value, period, and the reporting cadence when given (the clauses are
     * filled again with it).
     */
    @Transactional
    public ContractView revise(long id, ContractDraft draft, HighroadUser by) {
        // days written with a four-digit year (ISO 8601's calendar date): the payroll calendar counts reporting periods
        // up to a quarter past the period's end, which must still be a day of the calendar and of the database
        if (draft.periodStart().getYear() < 1 || draft.periodStart().getYear() > 9999) {
            throw new MalformedRequestException("periodStart", "give a day from 0001-01-01 to 9999-12-31 (YYYY-MM-DD), got "
                    + draft.periodStart());
        }
        if (draft.periodEnd().getYear() < 1 || draft.periodEnd().getYear() > 9999) {
            throw new MalformedRequestException("periodEnd", "give a day from 0001-01-01 to 9999-12-31 (YYYY-MM-DD), got "
                    + draft.periodEnd());
        }
        if (draft.periodEnd().isBefore(draft.periodStart())) {
            throw new InvalidInputException("periodEnd", "must not be before periodStart " + draft.periodStart());
        }
        Contract contract = contracts.require(id);
        refuseTermsUnlikeTheAward(contract, draft);
        ContractVersion.Commitments commitments = contract.current().commitments();
        if (draft.reportingCadence() != null && draft.reportingCadence() != commitments.reporting().cadence()) {
            commitments = drafting.refilled(new ContractVersion.Commitments(commitments.wages(), commitments.lowestHourlyWage(),
                    commitments.workforce(), commitments.terms(), commitments.reporting().withCadence(draft.reportingCadence()),
                    commitments.clauses()), contract.standardCode(), contract.standardVersion(), contract.wageDetermination());
        }
        contract.reviseDraft(draft.title(), draft.value(), draft.periodStart(), draft.periodEnd(), commitments);
        audit.record(ContractAudit.SUBJECT, id, ContractAudit.DRAFT_REVISED, by.userId(), null, draft.toString());
        return contracts.saveAndFlush(contract).toView();
    }
}
