package org.highroad.contracts.process;

import static org.highroad.contracts.process.ContractAwardProcess.*;

import org.highroad.contracts.AcceptanceDecision;
import org.highroad.contracts.ContractAcceptance;
import org.highroad.contracts.Contracts;
import org.highroad.contracts.DraftFromAward;
import org.highroad.contracts.LegalReview;
import org.highroad.contracts.LegalReviewDecision;
import org.highroad.platform.process.TaskDecision;
import org.highroad.platform.security.Role;
import org.highroad.platform.security.UserDirectory;
import org.highroad.platform.security.VendorAffiliation;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The contract-award delegates: each reads the ids, calls one use case of the contracts module and writes one flag.
 * The decision and reason are the task's answers, read in the transaction that completes the task and kept by the
 * module (the contract's status reason and audit trail), never as process variables; an answer that names no
 * decision is refused like any other, back to the task with the reason ({@link TaskDecision}).
 */
@Configuration
class ContractAwardDelegates {

    static long contractId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_CONTRACT_ID)).longValue();
    }

    /** Drafts from the award, then keys the process by the contract and names who may accept it. */
    @Bean(DELEGATE_DRAFT)
    JavaDelegate draftContract(DraftFromAward drafting, Contracts contracts) {
        return execution -> {
            long id = drafting.draft(((Number) execution.getVariable(VAR_BID_ID)).longValue());
            execution.setVariable(VAR_CONTRACT_ID, id);
            execution.setProcessBusinessKey(String.valueOf(id));
            execution.setVariable(VAR_VENDOR_GROUP, UserDirectory.vendorGroup(contracts.primeVendorOf(id)));
        };
    }

    @Bean(DELEGATE_RECORD_LEGAL_REVIEW)
    JavaDelegate recordLegalReview(LegalReview review) {
        return execution -> {
            long id = contractId(execution);
            LegalReviewDecision decision = LegalReviewDecision.of(execution.getVariable(VAR_DECISION)).orElse(null);
            String reason = (String) execution.getVariable(VAR_REASON);
            TaskDecision officer = TaskDecision.of(execution, VAR_REFUSAL, ERROR_STEP_REFUSED);
            officer.refuseIf(review.refusal(id, officer.by(Role.PROCUREMENT_OFFICER), decision, reason));
            officer.clearRefusal();
            review.record(id, decision, reason, officer.userId());
            execution.setVariable(VAR_APPROVED, decision == LegalReviewDecision.APPROVE);
        };
    }

    @Bean(DELEGATE_RECORD_ACCEPTANCE)
    JavaDelegate recordAcceptance(ContractAcceptance acceptance, VendorAffiliation affiliation) {
        return execution -> {
            long id = contractId(execution);
            AcceptanceDecision decision = AcceptanceDecision.of(execution.getVariable(VAR_DECISION)).orElse(null);
            String reason = (String) execution.getVariable(VAR_REASON);
            TaskDecision contractor = TaskDecision.of(execution, VAR_REFUSAL, ERROR_STEP_REFUSED);
            Long vendor = contractor.user() == null ? null : affiliation.vendorOf(contractor.userId()).orElse(null);
            contractor.refuseIf(acceptance.refusal(id, vendor, decision, reason));
            contractor.clearRefusal();
            acceptance.record(id, decision, reason, contractor.userId());
            execution.setVariable(VAR_ACCEPTED, decision == AcceptanceDecision.ACCEPT);
        };
    }
}
