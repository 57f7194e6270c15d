package org.highroad.complaints;

import java.time.LocalDate;
import java.util.Optional;
import org.highroad.complaints.ClaimPricing.PricedClaim;
import org.highroad.complaints.domain.WorkerComplaint;
import org.highroad.contracts.ContractRuleBook;
import org.highroad.contracts.Contracts;
import org.highroad.contracts.ReportingTerms;
import org.highroad.contracts.WageRule;
import org.highroad.payroll.WorkerClaims;
import org.springframework.stereotype.Service;

/**
 * Prices a triaged complaint's account against the contract it was triaged to: the committed wage for the
 * classification the certified payroll reports the worker in, or, when the payroll does not name the worker, the
 * contract's floor for any covered worker (the bid's lowest hourly wage and the legal minimum, contract clause WAGES).
 */
@Service
class ClaimPrices {

    /** Asked of the rule book when the classification is unknown: it binds no classification, so the floor answers. */
    static final String NOT_STATED = "classification not stated";

    private final Contracts contracts;
    private final WorkerClaims claims;

    ClaimPrices(Contracts contracts, WorkerClaims claims) {
        this.contracts = contracts;
        this.claims = claims;
    }

    /** The triaged week of the priced claim, when the account spans it and it could be priced. */
    Optional<ClaimPricing.Week> weekOf(WorkerComplaint complaint) {
        return of(complaint).flatMap(claim -> claim.weeks().stream()
                .filter(w -> w.weekEnding().equals(complaint.triageWeekEnding()) && w.unpriced() == null).findFirst());
    }

    /** The priced claim, when the worker gave an account of their pay and the complaint is triaged to a contract. */
    Optional<PricedClaim> of(WorkerComplaint complaint) {
        if (complaint.account().isEmpty() || complaint.contractId() == null) {
            return Optional.empty();
        }
        String classification = claims.payrollClassification(complaint.contractId(), complaint.vendorId(),
                complaint.triageWeekEnding(), complaint.workerRef()).orElse(NOT_STATED);
        ContractRuleBook book = contracts.ruleBook(complaint.contractId());
        return Optional.of(ClaimPricing.price(complaint.account().get(), new ClaimPricing.Rules() {
            @Override
            public Optional<WageRule> wageRule(LocalDate day) {
                return book.wageRule(classification, day);
            }

            @Override
            public ReportingTerms terms(LocalDate day) {
                return book.reporting(day);
            }
        }));
    }
}
