package org.highroad.contracts.process;

import static org.highroad.contracts.process.ContractAwardProcess.*;

import java.util.Optional;
import org.highroad.contracts.ContractView;
import org.highroad.contracts.Contracts;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.platform.security.VendorAffiliation;
import org.highroad.platform.security.UserDirectory;
import org.operaton.bpm.engine.delegate.BpmnError;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.operaton.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The contract-award delegates: each reads the ids, calls one {@link Contracts} step and writes one flag. */
@Configuration
class ContractAwardDelegates {

    private static final HighroadUser WORKFLOW = new HighroadUser("highroad-workflow", java.util.Set.of(Role.PROCUREMENT_OFFICER), null);

    static long contractId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_CONTRACT_ID)).longValue();
    }

    /** Drafts from the award, then keys the process by the contract and names who may accept it. */
    @Bean(DELEGATE_DRAFT)
    JavaDelegate draftContract(Contracts contracts) {
        return execution -> {
            long id = contracts.draftFromAward(((Number) execution.getVariable(VAR_BID_ID)).longValue());
            execution.setVariable(VAR_CONTRACT_ID, id);
            execution.setProcessBusinessKey(String.valueOf(id));
            execution.setVariable(VAR_VENDOR_GROUP, UserDirectory.vendorGroup(contracts.primeVendorOf(id)));
            execution.setVariable(VAR_SUMMARY, summary(contracts.get(id, WORKFLOW)));
        };
    }

    @Bean(DELEGATE_RECORD_LEGAL_REVIEW)
    JavaDelegate recordLegalReview(Contracts contracts) {
        return execution -> {
            long id = contractId(execution);
            boolean approve = "APPROVE".equals(execution.getVariable(VAR_DECISION));
            String reason = (String) execution.getVariable(VAR_REASON);
            Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            boolean officer = user != null && user.getGroupIds() != null && user.getGroupIds().contains(Role.PROCUREMENT_OFFICER.groupId());
            refuseIf(execution, contracts.legalReviewRefusal(id, officer, reason));
            contracts.recordLegalReview(id, approve, reason, user.getUserId());
            execution.setVariable(VAR_APPROVED, approve);
            execution.setVariable(VAR_SUMMARY, summary(contracts.get(id, WORKFLOW)));
        };
    }

    @Bean(DELEGATE_RECORD_ACCEPTANCE)
    JavaDelegate recordAcceptance(Contracts contracts, VendorAffiliation affiliation) {
        return execution -> {
            long id = contractId(execution);
            boolean accept = "ACCEPT".equals(execution.getVariable(VAR_DECISION));
            String reason = (String) execution.getVariable(VAR_REASON);
            Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            Long vendor = user == null ? null : affiliation.vendorOf(user.getUserId()).orElse(null);
            refuseIf(execution, contracts.acceptanceRefusal(id, vendor, reason));
            contracts.recordAcceptance(id, accept, reason, user.getUserId());
            execution.setVariable(VAR_ACCEPTED, accept);
        };
    }

    private static void refuseIf(DelegateExecution execution, Optional<String> refusal) {
        if (refusal.isPresent()) {
            execution.setVariable(VAR_REFUSAL, refusal.get());
            throw new BpmnError("CONTRACT_STEP_REFUSED", refusal.get());
        }
        execution.setVariable(VAR_REFUSAL, null);
    }

    /** A display copy for the forms; the contract in the database is the record. */
    static String summary(ContractView c) {
        StringBuilder s = new StringBuilder();
        s.append("Contract ").append(c.id()).append(": ").append(c.title()).append("\nValue $").append(c.value().toPlainString())
                .append(", period ").append(c.periodStart()).append(" to ").append(c.periodEnd())
                .append("\nStandard ").append(c.standardCode()).append(" v").append(c.standardVersion())
                .append(", wage determination ").append(c.wageDetermination()).append("\n\nSchedule A (hourly base + fringe):\n");
        c.current().wages().forEach(w -> s.append("  ").append(w.classification()).append(": ").append(w.offeredBase().toPlainString())
                .append(" + ").append(w.offeredFringe().toPlainString()).append("\n"));
        s.append("\nSchedule B (shares of work hours):\n");
        c.current().workforce().forEach(w -> s.append("  ").append(w.category()).append(": ")
                .append(w.committedPercent().stripTrailingZeros().toPlainString()).append("%\n"));
        if (c.statusReason() != null) {
            s.append("\nLast returned: ").append(c.statusReason()).append("\n");
        }
        s.append("\nFull text and PDF: GET /api/contracts/").append(c.id()).append(" and /api/contracts/").append(c.id()).append("/document.pdf");
        return s.toString();
    }
}
