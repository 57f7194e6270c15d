package org.highroad.contracts.process;

import static org.highroad.contracts.process.ContractAwardProcess.*;

import java.util.Optional;
import org.highroad.contracts.AcceptanceDecision;
import org.highroad.contracts.ContractAcceptance;
import org.highroad.contracts.Contracts;
import org.highroad.contracts.DraftFromAward;
import org.highroad.contracts.LegalReview;
import org.highroad.contracts.LegalReviewDecision;
import org.highroad.platform.security.Role;
import org.highroad.platform.security.VendorAffiliation;
import org.highroad.platform.security.UserDirectory;
import org.operaton.bpm.engine.delegate.BpmnError;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.operaton.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The contract-award delegates: each reads the ids, calls one use case of the contracts module and writes one flag.
 * The decision and reason are the task's answers, read in the transaction that completes the task and kept by the
 * module (the contract's status reason and audit trail), never as process variables; an answer that names no
 * decision is refused like any other, back to the task with the reason.
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
            Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            boolean officer = user != null && user.getGroupIds() != null && user.getGroupIds().contains(Role.PROCUREMENT_OFFICER.groupId());
            refuseIf(execution, review.refusal(id, officer, decision, reason));
            review.record(id, decision, reason, user.getUserId());
            execution.setVariable(VAR_APPROVED, decision == LegalReviewDecision.APPROVE);
        };
    }

    @Bean(DELEGATE_RECORD_ACCEPTANCE)
    JavaDelegate recordAcceptance(ContractAcceptance acceptance, VendorAffiliation affiliation) {
        return execution -> {
            long id = contractId(execution);
            AcceptanceDecision decision = AcceptanceDecision.of(execution.getVariable(VAR_DECISION)).orElse(null);
            String reason = (String) execution.getVariable(VAR_REASON);
            Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            Long vendor = user == null ? null : affiliation.vendorOf(user.getUserId()).orElse(null);
            refuseIf(execution, acceptance.refusal(id, vendor, decision, reason));
            acceptance.record(id, decision, reason, user.getUserId());
            execution.setVariable(VAR_ACCEPTED, decision == AcceptanceDecision.ACCEPT);
        };
    }

    private static void refuseIf(DelegateExecution execution, Optional<String> refusal) {
        if (refusal.isPresent()) {
            execution.setVariable(VAR_REFUSAL, refusal.get());
            throw new BpmnError("CONTRACT_STEP_REFUSED", refusal.get());
        }
        execution.setVariable(VAR_REFUSAL, null);
    }
}
