package org.highroad.standards.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.highroad.standards.Adoption;
import org.highroad.standards.NewStandard;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.StandardVersionContent;
import org.highroad.standards.StandardVersionView;
import org.highroad.support.ApiTest;
import org.highroad.support.Http;
import org.highroad.support.StandardBodies;
import org.highroad.support.PageSession;
import org.highroad.support.ShownLinks;
import org.highroad.support.Tasklist;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.history.HistoricFormField;
import org.operaton.bpm.engine.history.HistoricVariableUpdate;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code standard-version-adoption.bpmn} on the engine, driven as Tasklist drives it: the reviewer
 * submits the task's form while authenticated with their groups.
 */
class StandardAdoptionProcessTest extends ApiTest {

    @Autowired
    StandardCatalog catalog;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    IdentityService identity;
    @Autowired
    org.operaton.bpm.engine.FormService forms;
    @Autowired
    org.highroad.platform.process.RetiredVariables retired;

    private StandardVersionView proposedVersion() {
        String code = "ADOPT-" + System.nanoTime() % 1_000_000_000L;
        StandardVersionContent content = Http.JSON.convertValue(StandardBodies.version("2026-01-01"), StandardVersionContent.class);
        catalog.create(new NewStandard(code, "Adoption test", null, "DEMO-CITY", content), TestUsers.ADMIN);
        return catalog.propose(code, 1, TestUsers.ADMIN);
    }

    private Task reviewTask(StandardVersionView version) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(version.id()))
                .taskDefinitionKey(StandardAdoptionProcess.TASK_REVIEW).singleResult();
    }

    /** The user submits the review form in Tasklist. */
    private void completeAs(String user, Task task, String decision, String comment) {
        new Tasklist(forms, tasks, identity).submit(user, task.getId(), Map.of(StandardAdoptionProcess.VAR_DECISION,
                decision, StandardAdoptionProcess.VAR_COMMENT, comment));
    }

    private List<String> passed(ProcessInstance instance) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }

    private ProcessInstance instanceOf(StandardVersionView version) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(version.id()))
                .processDefinitionKey(StandardAdoptionProcess.PROCESS_ID).singleResult();
    }

    @Test
    void aProposalWaitsForAnAdministratorWithTheFormAndTheVersionsIds() {
        StandardVersionView version = proposedVersion();
        Task task = reviewTask(version);
        assertThat(task).isNotNull();
        // the description sends the reviewer to the version's page with its real code and number, not to the API
        assertThat(task.getDescription()).contains("/staff/standards/" + version.standardCode() + "/versions/" + version.version())
                .doesNotContain("GET /api", "{");
        assertThat(tasks.getIdentityLinksForTask(task.getId())).anyMatch(l -> "operaton-admin".equals(l.getGroupId()));
        Map<String, Object> variables = tasks.getVariables(task.getId());
        assertThat(variables).containsEntry(StandardAdoptionProcess.VAR_VERSION_ID, version.id())
                .containsEntry(StandardAdoptionProcess.VAR_STANDARD_CODE, version.standardCode())
                .as("who proposed it is the version's record; the standards module keeps the proposer from deciding")
                .doesNotContainKey("proposedBy");
        var formRef = forms.getTaskFormData(task.getId()).getOperatonFormRef();
        assertThat(formRef.getKey()).isEqualTo(StandardAdoptionProcess.FORM_REVIEW);
        assertThat(formRef.getBinding()).isEqualTo("deployment");
        try (var deployedForm = forms.getDeployedTaskForm(task.getId())) {
            String deployed = new String(deployedForm.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(deployed).as("the form from forms/ was deployed with the model").contains("\"key\": \"decision\"");
            // the version opens as a page, in words, in the reviewing administrator's signed-in browser
            java.util.List<String> links = ShownLinks.inForm(deployed, variables);
            assertThat(links).containsExactly("/staff/standards/" + version.standardCode() + "/versions/" + version.version());
            PageSession reviewer = new PageSession(port);
            reviewer.signIn(TestUsers.REVIEWER, TestUsers.PASSWORD);
            ShownLinks.openFor(reviewer, "reviewing administrator", links);
            String page = reviewer.get(links.get(0)).body();
            assertThat(page).contains("id=\"rubric\"", "id=\"floors\"", "id=\"enforcement\"",
                    "Proposed, waiting for another administrator&#39;s review in Tasklist");
            assertThat(reviewer.get(links.get(0) + "?lang=es").body()).contains("Salarios mínimos", "Cumplimiento");
            PageSession contractor = new PageSession(port);
            contractor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
            assertThat(contractor.get(links.get(0)).status()).isEqualTo(403);
            assertThat(reviewer.get("/staff/standards/" + version.standardCode() + "/versions/999").status()).isEqualTo(404);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(runtime.getVariable(task.getProcessInstanceId(), StandardAdoptionProcess.VAR_VERSION_ID))
                .isInstanceOf(Long.class);
    }

    @Test
    void anotherAdministratorAdoptsTheVersion() {
        StandardVersionView version = proposedVersion();
        String instanceId = reviewTask(version).getProcessInstanceId();
        completeAs(TestUsers.REVIEWER, reviewTask(version), StandardAdoptionProcess.DECISION_ADOPT, "Matches policy");

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
                .activityId(StandardAdoptionProcess.END_ADOPTED).count()).isEqualTo(1);
        Adoption adoption = catalog.version(version.id()).adoption();
        assertThat(adoption.status()).isEqualTo(Adoption.Status.ADOPTED);
        assertThat(adoption.decidedBy()).isEqualTo(TestUsers.REVIEWER);
        assertThat(adoption.comment()).isEqualTo("Matches policy");
    }

    @Test
    void aReturnedVersionGoesBackToDraftWithTheReason() {
        StandardVersionView version = proposedVersion();
        String instanceId = reviewTask(version).getProcessInstanceId();
        completeAs(TestUsers.REVIEWER, reviewTask(version), StandardAdoptionProcess.DECISION_RETURN, "Fringe rate is stale");

        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
                .activityId(StandardAdoptionProcess.END_RETURNED).count()).isEqualTo(1);
        Adoption adoption = catalog.version(version.id()).adoption();
        assertThat(adoption.status()).isEqualTo(Adoption.Status.DRAFT);
        assertThat(adoption.comment()).isEqualTo("Fringe rate is stale");
        // editable again, and can be proposed again: a new review starts
        StandardVersionContent content = Http.JSON.convertValue(StandardBodies.version("2026-02-01"), StandardVersionContent.class);
        catalog.replaceVersion(version.standardCode(), 1, content);
        catalog.propose(version.standardCode(), 1, TestUsers.ADMIN);
        assertThat(reviewTask(version)).isNotNull();
    }

    @Test
    void anAdoptionInTasklistThatWouldLowerTheFloorOfTheVersionNowInForceComesBackWithTheReason() {
        String code = "FLOOR-" + System.nanoTime() % 1_000_000_000L;
        StandardVersionContent content = Http.JSON.convertValue(StandardBodies.version("2026-01-01"), StandardVersionContent.class);
        catalog.create(new NewStandard(code, "Adoption floors test", null, "DEMO-CITY", content), TestUsers.ADMIN);
        com.fasterxml.jackson.databind.node.ObjectNode lower = StandardBodies.version("2030-01-01");
        ((com.fasterxml.jackson.databind.node.ObjectNode) lower.get("wageFloors").get(0)).put("hourlyRate", 18.00)
                .put("effectiveFrom", "2030-01-01");
        catalog.addVersion(code, Http.JSON.convertValue(lower, StandardVersionContent.class), TestUsers.ADMIN);
        // version 2 proposed while version 1 was a draft; version 1 adopted since
        StandardVersionView v2 = catalog.propose(code, 2, TestUsers.ADMIN);
        StandardVersionView v1 = catalog.propose(code, 1, TestUsers.REVIEWER);
        completeAs(TestUsers.ADMIN, reviewTask(v1), StandardAdoptionProcess.DECISION_ADOPT, "Matches policy");
        assertThat(catalog.version(v1.id()).adoption().status()).isEqualTo(Adoption.Status.ADOPTED);

        completeAs(TestUsers.REVIEWER, reviewTask(v2), StandardAdoptionProcess.DECISION_ADOPT, "Looks fine");
        assertThat(catalog.version(v2.id()).adoption().status()).isEqualTo(Adoption.Status.PROPOSED);
        Task again = reviewTask(v2);
        assertThat(again).as("back at the review task").isNotNull();
        assertThat((String) tasks.getVariable(again.getId(), StandardAdoptionProcess.VAR_REFUSAL)).isEqualTo("lowers the "
                + "wage floor for all covered work on 2030-01-01 from $18.20, which version 1 (the version it replaces) "
                + "sets, to $18.00: a new version may not lower it");
        completeAs(TestUsers.REVIEWER, again, StandardAdoptionProcess.DECISION_RETURN, "Below the living wage");
        assertThat(catalog.version(v2.id()).adoption().status()).isEqualTo(Adoption.Status.DRAFT);
    }

    @Test
    void theProposerCannotAdoptTheirOwnVersionAndTheTaskComesBack() {
        StandardVersionView version = proposedVersion();
        ProcessInstance instance = instanceOf(version);
        completeAs(TestUsers.ADMIN, reviewTask(version), StandardAdoptionProcess.DECISION_ADOPT, "self-approval");

        assertThat(catalog.version(version.id()).adoption().status()).isEqualTo(Adoption.Status.PROPOSED);
        Task again = reviewTask(version);
        assertThat(again).as("back at the review task").isNotNull();
        assertThat((String) tasks.getVariable(again.getId(), StandardAdoptionProcess.VAR_REFUSAL)).contains("may not also review");
        assertThat(passed(instance)).containsSubsequence(StandardAdoptionProcess.TASK_REVIEW,
                StandardAdoptionProcess.TASK_RECORD_DECISION, "boundaryEvent_reviewerRefused", StandardAdoptionProcess.TASK_REVIEW);

        completeAs(TestUsers.REVIEWER, again, StandardAdoptionProcess.DECISION_ADOPT, "Reviewed by a second administrator");
        assertThat(catalog.version(version.id()).adoption().status()).isEqualTo(Adoption.Status.ADOPTED);
    }

    @Test
    void aDecisionWithoutAReasonIsSentBackForReview() {
        StandardVersionView version = proposedVersion();
        completeAs(TestUsers.REVIEWER, reviewTask(version), StandardAdoptionProcess.DECISION_ADOPT, " ");
        assertThat(catalog.version(version.id()).adoption().status()).isEqualTo(Adoption.Status.PROPOSED);
        assertThat((String) tasks.getVariable(reviewTask(version).getId(), StandardAdoptionProcess.VAR_REFUSAL))
                .contains("reason");
    }

    @Test
    void aRefusedDecisionComesBackWithEmptyFieldsAndTheEngineKeepsNoneOfTheAnswers() {
        StandardVersionView version = proposedVersion();
        String instanceId = instanceOf(version).getId();
        completeAs(TestUsers.ADMIN, reviewTask(version), StandardAdoptionProcess.DECISION_ADOPT, "Self-approval attempt");
        Task again = reviewTask(version);
        assertThat(new Tasklist(forms, tasks, identity).formVariables(TestUsers.REVIEWER, again.getId()))
                .as("the second reviewer starts with empty decision fields")
                .doesNotContainKeys(StandardAdoptionProcess.VAR_DECISION, StandardAdoptionProcess.VAR_COMMENT);

        completeAs(TestUsers.REVIEWER, again, StandardAdoptionProcess.DECISION_ADOPT, "Matches the council's policy");
        assertThat(catalog.version(version.id()).adoption().comment()).as("the standards module keeps the reason")
                .isEqualTo("Matches the council's policy");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instanceId).includeDeleted().list())
                .extracting(org.operaton.bpm.engine.history.HistoricVariableInstance::getName)
                .doesNotContain(StandardAdoptionProcess.VAR_DECISION, StandardAdoptionProcess.VAR_COMMENT);
        assertThat(history.createHistoricDetailQuery().processInstanceId(instanceId).list()).as("no form field history")
                .map(d -> String.valueOf(d instanceof HistoricVariableUpdate update ? update.getValue()
                        : ((HistoricFormField) d).getFieldValue()))
                .noneMatch(v -> v.contains("Self-approval") || v.contains("council's policy"));
    }

    @Test
    void aReviewWaitingSinceAnEarlierVersionLosesItsAnswersFromVariablesAndHistory() {
        StandardVersionView version = proposedVersion();
        String instanceId = instanceOf(version).getId();
        Task task = reviewTask(version);
        // what earlier versions kept of a refused attempt: the answers, on the process or on the task
        runtime.setVariables(instanceId, Map.of(StandardAdoptionProcess.VAR_DECISION, StandardAdoptionProcess.DECISION_ADOPT,
                "proposedBy", TestUsers.ADMIN));
        tasks.setVariableLocal(task.getId(), StandardAdoptionProcess.VAR_COMMENT, "Legacy comment");

        assertThat(retired.remove(StandardAdoptionProcess.PROCESS_ID, StandardAdoptionProcess.RETIRED_VARIABLES)).isEqualTo(3);
        assertThat(retired.remove(StandardAdoptionProcess.PROCESS_ID, StandardAdoptionProcess.RETIRED_VARIABLES)).as("once").isZero();
        assertThat(new Tasklist(forms, tasks, identity).formVariables(TestUsers.REVIEWER, task.getId()))
                .doesNotContainKeys(StandardAdoptionProcess.VAR_DECISION, StandardAdoptionProcess.VAR_COMMENT, "proposedBy")
                .containsEntry(StandardAdoptionProcess.VAR_VERSION_ID, version.id());
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instanceId).includeDeleted().list())
                .extracting(org.operaton.bpm.engine.history.HistoricVariableInstance::getName)
                .doesNotContain(StandardAdoptionProcess.VAR_DECISION, StandardAdoptionProcess.VAR_COMMENT);
        completeAs(TestUsers.REVIEWER, task, StandardAdoptionProcess.DECISION_ADOPT, "Adopted after the upgrade");
        assertThat(catalog.version(version.id()).adoption().status()).isEqualTo(Adoption.Status.ADOPTED);
    }

    @Test
    void theDemoPresetsWereProposedForAnAdministratorsReview() {
        // other test classes may adopt some of them; the proposals themselves stay in history, the proposer on the version
        List<StandardVersionView> demo = catalog.list().stream().flatMap(s -> catalog.versions(s.code()).stream())
                .filter(v -> "demo-loader".equals(v.adoption().proposedBy())).toList();
        assertThat(demo).hasSize(4);
        for (StandardVersionView version : demo) {
            assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(StandardAdoptionProcess.PROCESS_ID)
                    .processInstanceBusinessKey(String.valueOf(version.id())).count()).as(version.standardCode()).isOne();
        }
    }
}
