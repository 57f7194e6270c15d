package org.highroad.contracts;

import java.time.Clock;
import java.time.LocalDate;
import org.highroad.contracts.domain.Contract;
import org.highroad.contracts.domain.ContractRepository;
import org.highroad.contracts.domain.ContractVersion;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.IdempotencyKey;
import org.highroad.platform.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An amendment: a new version of the commitments in force from a date within the contract period, never in the past,
 * so that payroll already worked stays checked against the version of its time. Its clauses are refilled in the
 * template versions the contract was signed with ({@link ContractDrafting#refilled}).
 */
@Service
public class AmendContract {

    private final ContractRepository contracts;
    private final ContractDrafting drafting;
    private final AuditTrail audit;
    private final Clock clock;

    AmendContract(ContractRepository contracts, ContractDrafting drafting, AuditTrail audit, Clock clock) {
        this.contracts = contracts;
        this.drafting = drafting;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ContractView amend(long id, Amendment amendment, HighroadUser by) {
        return amend(id, amendment, by, null);
    }

    /**
     * The amendment of the page form with this one-time token (its hash): recorded once; the same form sent again
     * answers the amendment it recorded, changing nothing. Two sends at the same moment meet on the unique index
     * of the token per contract (or of the version number): one is recorded, the other fails and finds it.
     */
    @Transactional
    public ContractView amendOnce(long id, Amendment amendment, HighroadUser by, IdempotencyKey formToken) {
        return amend(id, amendment, by, formToken.hash());
    }

    /** Whether the page form with this token already recorded an amendment of the contract. */
    @Transactional(readOnly = true)
    public boolean amendedWith(long id, IdempotencyKey formToken) {
        return contracts.require(id).amendedWithFormToken(formToken.hash()).isPresent();
    }

    private ContractView amend(long id, Amendment amendment, HighroadUser by, String formTokenHash) {
        Contract contract = contracts.require(id);
        if (formTokenHash != null && contract.amendedWithFormToken(formTokenHash).isPresent()) {
            return contract.toView(); // this form's amendment stands: nothing more recorded
        }
        if (amendment.effectiveFrom().isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("effectiveFrom", "must not be in the past: an amendment may not change the rules "
                    + "for payroll weeks already worked");
        }
        if (amendment.effectiveFrom().isAfter(contract.periodEnd())) {
            throw new InvalidInputException("effectiveFrom", "must fall within the contract period ending " + contract.periodEnd());
        }
        ContractVersion.Commitments current = contract.current().commitments();
        ContractVersion.Commitments applied = amendment.applyTo(current);
        // An amendment is a change of the contract's terms (FAR 43.103: a modification changes the contract): one that
        // changes none would still make a version, publish an amendment and block every real one before its date.
        if (sameRates(applied, current)) {
            throw new InvalidInputException("wageOffers", "an amendment changes at least one term: every rate is as in version "
                    + contract.current().number() + "; nothing was recorded");
        }
        ContractVersion.Commitments changed = drafting.refilled(applied, contract.standardCode(),
                contract.standardVersion(), contract.wageDetermination());
        ContractVersion version = contract.amend(amendment.effectiveFrom(), amendment.reason(), by.userId(), clock.instant(), changed,
                formTokenHash);
        audit.record(ContractAudit.SUBJECT, id, ContractAudit.AMENDED, by.userId(), amendment.reason(), "version " + version.number()
                + " from " + amendment.effectiveFrom());
        return contracts.saveAndFlush(contract).toView();
    }

    /** Whether every committed rate is the same amount in both (62.5 and 62.50 are the same rate). */
    private static boolean sameRates(ContractVersion.Commitments a, ContractVersion.Commitments b) {
        if (a.wages().size() != b.wages().size()) {
            return false;
        }
        for (int i = 0; i < a.wages().size(); i++) {
            var x = a.wages().get(i);
            var y = b.wages().get(i);
            if (x.offeredBase().compareTo(y.offeredBase()) != 0 || x.offeredFringe().compareTo(y.offeredFringe()) != 0) {
                return false;
            }
        }
        return true;
    }
}
