package org.highroad.contracts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.highroad.contracts.domain.Contract;
import org.highroad.contracts.domain.ContractRepository;
import org.highroad.contracts.domain.RuleOrigin;
import org.highroad.standards.StandardCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules a contract binds, for monitoring it (payroll checks, complaints, enforcement): every version of its
 * commitments with the pinned standard version, loaded once into a {@link ContractRuleBook}, so that a payroll of many
 * rows asks the book, not the database. No caller check: the modules that monitor a contract decide who sees what.
 */
@Service
public class ContractRuleBooks {

    private final ContractRepository contracts;
    private final StandardCatalog standards;

    ContractRuleBooks(ContractRepository contracts, StandardCatalog standards) {
        this.contracts = contracts;
        this.standards = standards;
    }

    @Transactional(readOnly = true)
    public ContractRuleBook ruleBook(long contractId) {
        Contract contract = contracts.require(contractId);
        RuleOrigin origin = new RuleOrigin(contractId, contract.bidId(), contract.standardCode(), contract.standardVersion(),
                contract.wageDetermination());
        return new ContractRuleBook(origin, contract.versions(),
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
}
