package org.highroad.contracts;

import java.time.Clock;
import java.util.Locale;
import org.highroad.contracts.domain.Contract;
import org.highroad.contracts.domain.ContractRepository;
import org.highroad.contracts.domain.ContractSight;
import org.highroad.contracts.domain.Subcontractor;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.vendors.ScreeningReasons;
import org.highroad.vendors.VendorRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prime (or an officer) adds a subcontractor for a trade and a period: it must be eligible as the prime was, it
 * inherits the contract's commitments, and on an executed contract it owes weekly payrolls for its period from then on.
 */
@Service
public class AddSubcontractor {

    private static final HighroadUser SCREENER = HighroadUser.workflowAs(Role.PROCUREMENT_OFFICER);

    private final ContractRepository contracts;
    private final VendorRegistry vendors;
    private final ExpectedPayrolls expected;
    private final AuditTrail audit;
    private final ScreeningReasons screening;
    private final Clock clock;

    AddSubcontractor(ContractRepository contracts, VendorRegistry vendors, ExpectedPayrolls expected, AuditTrail audit,
            ScreeningReasons screening, Clock clock) {
        this.contracts = contracts;
        this.vendors = vendors;
        this.expected = expected;
        this.audit = audit;
        this.screening = screening;
        this.clock = clock;
    }

    @Transactional
    public ContractView add(long id, SubcontractorRequest request, HighroadUser by) {
        Contract contract = contracts.require(id);
        if (!ContractSight.of(by, contract).seesWholeContract()) {
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
            // said in words, never the rule's constant; the API answers in English. Agency staff read each reason with
            // the entries that count (ScreeningReasons). A prime reads only which rules the firm fails: the entries
            // behind them (compliance cases, their dates, who recorded them) are another company's record, which a
            // contractor does not see; the procurement officer has them.
            String name = vendors.legalName(request.vendorId());
            if (!by.isAgencyStaff()) {
                String rules = String.join("; ", eligibility.reasons().stream().map(r -> screening.rule(r.rule(), Locale.US))
                        .distinct().toList());
                throw new InvalidInputException("vendorId", name + " is not eligible to subcontract from the day it would start ("
                        + rules + "); the procurement officer can tell you more");
            }
            String reasons = String.join("; ", eligibility.reasons().stream().map(r -> screening.reason(r, Locale.US)).toList());
            throw new InvalidInputException("vendorId", name + " is not eligible to subcontract from the day it would start: " + reasons);
        }
        Subcontractor sub = contract.addSubcontractor(request.vendorId(), request.trade(), request.startsOn(),
                request.endsOn(), by.userId(), clock.instant());
        audit.record(ContractAudit.SUBJECT, id, ContractAudit.SUBCONTRACTOR_ADDED, by.userId(), null,
                "vendor " + request.vendorId() + ", " + request.trade());
        if (contract.status() == ContractStatus.EXECUTED) {
            expected.expect(contract, sub.vendorId(), sub.startsOn(), sub.endsOn());
        }
        return contracts.saveAndFlush(contract).toView();
    }
}
