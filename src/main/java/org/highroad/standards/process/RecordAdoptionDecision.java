package org.highroad.standards.process;

import org.highroad.platform.process.TaskDecision;
import org.highroad.standards.Adoption;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.StandardVersionView;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code serviceTask_recordDecision}: saves the reviewer's decision through the standards module. The decision and
 * its reason are the review task's answers, there only in the transaction that completes the task. The reviewer is
 * the user who completed the review task (Tasklist or API). A reviewer who may not decide, or a missing reason, is
 * a business outcome ({@code BpmnError}) that sends the task back for review; so is an adoption that would lower the
 * wage floor of the version it replaces (ADR 0038), the reviewer may then return it to draft. The refusal is asked
 * with the standard locked until this step's transaction (the task's completion) commits, so a decision on another
 * version of the standard made at the same moment is seen: the later one is refused in words and its task comes back
 * open, rather than failing the completion or adopting both.
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
        TaskDecision decision = TaskDecision.of(execution, StandardAdoptionProcess.VAR_REFUSAL,
                StandardAdoptionProcess.ERROR_REVIEWER_NOT_ALLOWED);
        decision.refuseIf(catalog.adoptionRefusalUnderLock(versionId, decision.userId(), comment, adopt));
        StandardVersionView decided = catalog.decideAdoption(versionId, adopt, decision.userId(), comment);
        execution.setVariable(StandardAdoptionProcess.VAR_ADOPTED, decided.adoption().status() == Adoption.Status.ADOPTED);
    }
}
