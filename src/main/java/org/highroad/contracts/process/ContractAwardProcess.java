package org.highroad.contracts.process;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highroad.contracts.AcceptanceDecision;
import org.highroad.contracts.ContractAcceptance;
import org.highroad.contracts.LegalReview;
import org.highroad.contracts.LegalReviewDecision;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.process.RetiredVariables;
import org.highroad.platform.process.TaskCompletion;
import org.highroad.procurement.BidAwarded;
import org.highroad.platform.process.ProcessStarts;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Adapter for {@code bpmn/contracts/contract-award.bpmn}: started by {@code BidAwarded} in the award's transaction
 * with the bid's id; drafting runs in its own job, which sets the business key to the new contract's id. The
 * acceptance task is addressed to the prime vendor's group, so whoever acts for the vendor when it is worked may
 * accept it.
 */
@Component
public class ContractAwardProcess {

    public static final String PROCESS_ID = "contractAward";
    public static final String TASK_DRAFT = "serviceTask_draftContract";
    public static final String TASK_LEGAL_REVIEW = "userTask_legalReview";
    public static final String TASK_RECORD_LEGAL_REVIEW = "serviceTask_recordLegalReview";
    public static final String GATEWAY_LEGAL_APPROVED = "gateway_legalApproved";
    public static final String TASK_ACCEPT = "userTask_acceptContract";
    public static final String TASK_RECORD_ACCEPTANCE = "serviceTask_recordAcceptance";
    public static final String GATEWAY_ACCEPTED = "gateway_accepted";
    public static final String END_EXECUTED = "endEvent_executed";
    public static final String FORM_LEGAL_REVIEW = "legal-review-contract";
    public static final String FORM_ACCEPT = "accept-contract";
    public static final String DELEGATE_DRAFT = "draftContract";
    public static final String DELEGATE_RECORD_LEGAL_REVIEW = "recordLegalReview";
    public static final String DELEGATE_RECORD_ACCEPTANCE = "recordAcceptance";

    public static final String VAR_BID_ID = "bidId";
    public static final String VAR_SOLICITATION_ID = "solicitationId";
    public static final String VAR_CONTRACT_ID = "contractId";
    public static final String VAR_VENDOR_GROUP = "vendorGroup";
    /** The review's and the acceptance's answers (their forms' fields): read by the delegates, never kept. */
    public static final String VAR_DECISION = "decision";
    public static final String VAR_REASON = "reason";
    public static final String VAR_APPROVED = "approved";
    public static final String VAR_ACCEPTED = "accepted";
    public static final String VAR_REFUSAL = "refusal";
    /** The error a refused decision raises; the task's boundary event takes the flow back to the task. */
    public static final String ERROR_STEP_REFUSED = "CONTRACT_STEP_REFUSED";
    /** Kept as variables before ADR 0008: the answers, and a display copy of the contract. */
    static final Set<String> RETIRED_VARIABLES = Set.of(VAR_DECISION, VAR_REASON, "contractSummary");

    private final RuntimeService runtime;
    private final ProcessStarts starts;
    private final TaskCompletion completion;
    private final LegalReview review;
    private final ContractAcceptance acceptance;
    private final RetiredVariables retired;
    private final TaskService tasks;

    ContractAwardProcess(RuntimeService runtime, ProcessStarts starts, TaskCompletion completion, LegalReview review, ContractAcceptance acceptance,
            RetiredVariables retired, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.starts = starts;
        this.completion = completion;
        this.review = review;
        this.acceptance = acceptance;
        this.retired = retired;
    }

    /** The open legal-review task of a contract, for a link to it in Tasklist (where officers decide it). */
    public java.util.Optional<String> legalReviewTask(long contractId) {
        return java.util.Optional.ofNullable(tasks.createTaskQuery().processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(contractId)).taskDefinitionKey(TASK_LEGAL_REVIEW).singleResult())
                .map(org.operaton.bpm.engine.task.Task::getId);
    }

    @EventListener(ApplicationReadyEvent.class)
    void removeRetiredVariables() {
        retired.remove(PROCESS_ID, RETIRED_VARIABLES);
    }

    /**
     * After the publisher's commit, through the event publication registry: one contract award per awarded bid, keyed
     * by the bid (the instance itself carries no business key, as before) (ADR 0015).
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(BidAwarded awarded) {
        starts.once(PROCESS_ID, null, String.valueOf(awarded.bidId()), Map.of(VAR_BID_ID, awarded.bidId(),
                VAR_SOLICITATION_ID, awarded.solicitationId()));
    }

    /** Legal review through the API (procurement officer). */
    public void legalReview(long contractId, String officer, LegalReviewDecision decision, String reason) {
        review.refusal(contractId, true, decision, reason).ifPresent(r -> {
            throw new ConflictException(r);
        });
        complete(contractId, TASK_LEGAL_REVIEW, officer, Map.of(VAR_DECISION, decision.name(), VAR_REASON, reason));
    }

    /** Acceptance through the API (a contractor user of the prime vendor). */
    public void accept(long contractId, String user, Long vendorId, AcceptanceDecision decision, String reason) {
        acceptance.refusal(contractId, vendorId, decision, reason).ifPresent(r -> {
            throw new ConflictException(r);
        });
        complete(contractId, TASK_ACCEPT, user, Map.of(VAR_DECISION, decision.name(), VAR_REASON, reason));
    }

    private void complete(long contractId, String taskKey, String user, Map<String, Object> variables) {
        String task = completion.openTask(PROCESS_ID, String.valueOf(contractId), taskKey, "task " + taskKey + " of contract " + contractId);
        completion.completeAs(user, task, variables);
    }
}
