package org.highroad.standards.process;

import java.util.Optional;
import org.highroad.standards.Adoption;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.StandardVersionView;
import org.operaton.bpm.engine.delegate.BpmnError;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.operaton.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * {@code serviceTask_recordDecision}: saves the reviewer's decision through the standards module. The decision and
 * its reason are the review task's answers, there only in the transaction that completes the task. The reviewer is
 * the user who completed the review task (Tasklist or API). A reviewer who may not decide, or a missing reason, is
 * a business outcome ({@code BpmnError}) that sends the task back for review.
 */
@Component(StandardAdoptionProcess.DELEGATE_RECORD_DECISION)
class RecordAdoptionDecision implements JavaDelegate {

    private final StandardCatalog catalog;

    RecordAdoptionDecision(StandardCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long versionId = ((Number) execution.getVariable(StandardAdoptionProcess.VAR_VERSION_ID)).longValue();
        boolean adopt = StandardAdoptionProcess.DECISION_ADOPT.equals(execution.getVariable(StandardAdoptionProcess.VAR_DECISION));
        String comment = (String) execution.getVariable(StandardAdoptionProcess.VAR_COMMENT);
        Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String reviewer = current == null ? null : current.getUserId();
        Optional<String> refusal = catalog.adoptionRefusal(versionId, reviewer, comment);
        if (refusal.isPresent()) {
            execution.setVariable(StandardAdoptionProcess.VAR_REFUSAL, refusal.get());
            throw new BpmnError(StandardAdoptionProcess.ERROR_REVIEWER_NOT_ALLOWED, refusal.get());
        }
        StandardVersionView decided = catalog.decideAdoption(versionId, adopt, reviewer, comment);
        execution.setVariable(StandardAdoptionProcess.VAR_ADOPTED, decided.adoption().status() == Adoption.Status.ADOPTED);
    }
}
