package org.highroad.platform.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.highroad.complaints.PublicClient;
import org.highroad.contracts.process.ContractAwardProcess;
import org.highroad.procurement.ProcurementTest;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.Tasklist;
import org.highroad.support.TasklistSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.AuthorizationException;
import org.operaton.bpm.engine.AuthorizationService;
import org.operaton.bpm.engine.FormService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.authorization.Authorization;
import org.operaton.bpm.engine.authorization.Permissions;
import org.operaton.bpm.engine.authorization.Resources;
import org.operaton.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a person working on a task may do to its process, through the engine's API with their authentication set (as
 * Tasklist's REST API does) and through the webapps' REST API with a session: claim it, read its form and submit the
 * fields the form asks for. Nothing else reaches the process: no variable set, changed or removed directly, no
 * completion carrying variables, no error thrown from the task, no comment, and no form field the form does not ask
 * for, such as the contract's id or the vendor's group that names who may accept it.
 */
class TaskWorkTest extends ProcurementTest {

    @Autowired
    FormService forms;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    TaskAuthorizations taskAuthorizations;

    private Tasklist tasklist;

    @BeforeEach
    void openTasklist() {
        tasklist = new Tasklist(forms, tasks, identity);
    }

    /** A contract of Harbor's, approved in legal review: "Accept contract …" waits in Harbor's Tasklist. */
    private long contractAwaitingAcceptance(String title) {
        long solicitation = publishedSolicitation(title);
        long bid = submit(TestUsers.HARBOR, solicitation, strongBid("1100000"));
        deadlinePasses(solicitation);
        assertThat(review(bid, "CONFIRM", "verified", 5).status()).isEqualTo(200);
        Response awarded = as(TestUsers.OFFICER).post("/api/solicitations/" + solicitation + "/award",
                Map.of("bidId", bid, "reason", "Highest total score"));
        assertThat(awarded.status()).as(awarded.body()).isEqualTo(200);
        Jobs.runDue(management);
        long contract = -1;
        for (JsonNode c : as(TestUsers.OFFICER).all("/api/contracts").json()) {
            if (c.path("bidId").asLong() == bid) {
                contract = c.path("id").asLong();
            }
        }
        String review = tasklist.openTask(ContractAwardProcess.PROCESS_ID, contract, ContractAwardProcess.TASK_LEGAL_REVIEW);
        tasklist.claim(TestUsers.OFFICER, review);
        tasklist.submit(TestUsers.OFFICER, review, Map.of("decision", "APPROVE", "reason", "Clauses checked"));
        return contract;
    }

    private String acceptTask(long contract) {
        return tasklist.openTask(ContractAwardProcess.PROCESS_ID, contract, ContractAwardProcess.TASK_ACCEPT);
    }

    private Object variable(long contract, String name) {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(ContractAwardProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(contract)).singleResult().getId();
        return runtime.getVariable(instance, name);
    }

    @Test
    void aContractorWorkingOnItsTaskCannotSetChangeOrRemoveAVariableOfItsProcess() {
        long contract = contractAwaitingAcceptance("Variables are not the contractor's");
        String task = acceptTask(contract);
        tasklist.claim(TestUsers.HARBOR, task);
        Object vendorGroup = variable(contract, "vendorGroup");

        assertThatThrownBy(() -> tasklist.doAs(TestUsers.HARBOR, () -> tasks.setVariable(task, "contractId", 3L)))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> tasklist.doAs(TestUsers.HARBOR, () -> tasks.setVariable(task, "vendorGroup", "vendor2")))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> tasklist.doAs(TestUsers.HARBOR, () -> tasks.setVariableLocal(task, "probe", "text")))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> tasklist.doAs(TestUsers.HARBOR, () -> tasks.setVariables(task, Map.of("probe", "text"))))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> tasklist.doAs(TestUsers.HARBOR, () -> tasks.removeVariable(task, "vendorGroup")))
                .isInstanceOf(AuthorizationException.class);

        assertThat(variable(contract, "contractId")).isEqualTo(contract);
        assertThat(variable(contract, "vendorGroup")).isEqualTo(vendorGroup);
        assertThat(history.createHistoricVariableInstanceQuery().variableName("probe").count()).isZero();
    }

    @Test
    void aContractorCannotCompleteItsTaskWithVariablesThrowAnErrorFromItOrCommentOnIt() {
        long contract = contractAwaitingAcceptance("Completion is by the form");
        String task = acceptTask(contract);
        tasklist.claim(TestUsers.HARBOR, task);

        assertThatThrownBy(() -> tasklist.doAs(TestUsers.HARBOR, () -> tasks.complete(task, Map.of("contractId", 3L,
                "decision", "REJECT", "reason", "Wrong contract")))).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> tasklist.doAs(TestUsers.HARBOR, () -> tasks.resolveTask(task, Map.of("vendorGroup", "vendor2"))))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> tasklist.doAs(TestUsers.HARBOR, () -> tasks.handleBpmnError(task, "CONTRACT_REFUSED")))
                .as("an error thrown from a task no boundary event catches would end the process")
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> tasklist.doAs(TestUsers.HARBOR, () -> tasks.handleEscalation(task, "ANY")))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> tasklist.doAs(TestUsers.HARBOR, () -> tasks.createComment(task, null, "probe")))
                .isInstanceOf(AuthorizationException.class);

        assertThat(tasks.createTaskQuery().taskId(task).count()).as("the task is still open").isOne();
        assertThat(variable(contract, "contractId")).isEqualTo(contract);
        assertThat(tasks.getTaskComments(task)).isEmpty();
    }

    @Test
    void aFormSubmissionWithAFieldItsFormDoesNotAskForIsRefusedAndChangesNothing() {
        long contract = contractAwaitingAcceptance("Only the form's fields");
        String task = acceptTask(contract);
        Object vendorGroup = variable(contract, "vendorGroup");

        for (Map<String, Object> fields : java.util.List.<Map<String, Object>>of(
                Map.of("decision", "REJECT", "reason", "Wrong contract", "contractId", 3L),
                Map.of("decision", "REJECT", "reason", "Another vendor's", "vendorGroup", "vendor2"),
                Map.of("decision", "REJECT", "reason", "Kept for later", "probe", "text"))) {
            assertThatThrownBy(() -> tasklist.submit(TestUsers.HARBOR, task, fields)).as(fields.toString())
                    .isInstanceOf(FormFieldValidationException.class)
                    .hasMessageContaining(fields.keySet().stream().filter(k -> !k.equals("decision") && !k.equals("reason"))
                            .findFirst().orElseThrow());
        }

        assertThat(tasks.createTaskQuery().taskId(task).count()).as("the task is still open").isOne();
        assertThat(variable(contract, "contractId")).isEqualTo(contract);
        assertThat(variable(contract, "vendorGroup")).isEqualTo(vendorGroup);
        assertThat(as(TestUsers.HARBOR).get("/api/contracts/" + contract).json().path("status").asText())
                .isEqualTo("AWAITING_ACCEPTANCE");
        assertThat(history.createHistoricVariableInstanceQuery().variableName("probe").count()).isZero();
    }

    @Test
    void theContractorClaimsReadsAndSubmitsItsAcceptanceFormAndARejectionReturnsToTheSameVendor() {
        long contract = contractAwaitingAcceptance("Tasklist still works");
        String task = acceptTask(contract);
        assertThat(tasks.createTaskQuery().taskId(task).taskCandidateGroup("vendor" + users.vendorOf(TestUsers.NORTHSIDE))
                .count()).isZero();
        tasklist.claim(TestUsers.HARBOR, task);
        assertThat(tasklist.formVariables(TestUsers.HARBOR, task)).containsEntry("contractId", contract);
        tasklist.doAs(TestUsers.HARBOR, () -> tasks.claim(task, null)); // Tasklist's "Unclaim"
        tasklist.claim(TestUsers.HARBOR, task);
        tasklist.submit(TestUsers.HARBOR, task, Map.of("decision", "REJECT", "reason", "Schedule B should read 12%"));

        String review = tasklist.openTask(ContractAwardProcess.PROCESS_ID, contract, ContractAwardProcess.TASK_LEGAL_REVIEW);
        tasklist.claim(TestUsers.OFFICER, review);
        tasklist.submit(TestUsers.OFFICER, review, Map.of("decision", "APPROVE", "reason", "Explained"));
        String again = acceptTask(contract);
        assertThat(tasks.createTaskQuery().taskId(again).taskCandidateGroup("vendor" + users.vendorOf(TestUsers.HARBOR))
                .count()).isOne();
        tasklist.claim(TestUsers.HARBOR, again);
        tasklist.submit(TestUsers.HARBOR, again, Map.of("decision", "ACCEPT", "reason", "Agreed"));
        assertThat(as(TestUsers.HARBOR).get("/api/contracts/" + contract).json().path("status").asText()).isEqualTo("EXECUTED");
    }

    @Test
    void everyRoleWithTasksStillClaimsAndSubmitsItsFormsInTasklist() {
        // an administrator: a demo standard's review, claimed and given back
        String standardReview = tasks.createTaskQuery().taskCandidateGroup("operaton-admin").list().get(0).getId();
        tasklist.claim(TestUsers.ADMIN, standardReview);
        tasklist.doAs(TestUsers.ADMIN, () -> tasks.setAssignee(standardReview, null));
        // an auditor: a worker complaint's triage, claimed and unclaimed
        PublicClient.Answer complaint = new PublicClient(port).post(Map.of("employer", "Harbor Builders LLC",
                "worksite", "Branch library", "narrative", "Unpaid overtime", "anonymous", true));
        assertThat(complaint.status()).as(complaint.body()).isEqualTo(201);
        String triage = tasks.createTaskQuery().taskCandidateGroup("auditors").orderByTaskCreateTime().desc().list().get(0).getId();
        tasklist.claim(TestUsers.AUDITOR, triage);
        tasklist.doAs(TestUsers.AUDITOR, () -> tasks.claim(triage, null));
        // an officer and a contractor: legal review and acceptance, both claimed and submitted
        long contract = contractAwaitingAcceptance("Every role");
        String accept = acceptTask(contract);
        tasklist.claim(TestUsers.HARBOR, accept);
        tasklist.submit(TestUsers.HARBOR, accept, Map.of("decision", "ACCEPT", "reason", "Agreed"));
        assertThat(as(TestUsers.HARBOR).get("/api/contracts/" + contract).json().path("status").asText()).isEqualTo("EXECUTED");
    }

    @Test
    void aTaskCreatedByAnEarlierVersionGivesItsPeopleTaskWorkInsteadOfUpdate() {
        long contract = contractAwaitingAcceptance("Task authorizations of earlier versions");
        String task = acceptTask(contract);
        String group = "vendor" + users.vendorOf(TestUsers.HARBOR);
        Authorization granted = authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task)
                .groupIdIn(group).singleResult();
        // as earlier versions left it: the engine's default for candidates and assignees was READ and UPDATE
        granted.removePermission(Permissions.TASK_WORK);
        granted.addPermission(Permissions.UPDATE);
        authorizations.saveAuthorization(granted);
        Authorization custom = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        custom.setUserId(TestUsers.STAFF);
        custom.setResource(Resources.TASK);
        custom.setResourceId(task);
        custom.addPermission(Permissions.ALL);
        authorizations.saveAuthorization(custom);

        assertThat(taskAuthorizations.narrowToTaskWork()).isOne();
        assertThat(taskAuthorizations.narrowToTaskWork()).as("once").isZero();

        Authorization narrowed = authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task)
                .groupIdIn(group).singleResult();
        assertThat(narrowed.isPermissionGranted(Permissions.UPDATE)).isFalse();
        assertThat(narrowed.isPermissionGranted(Permissions.TASK_WORK)).isTrue();
        assertThat(narrowed.isPermissionGranted(Permissions.READ)).isTrue();
        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task)
                .userIdIn(TestUsers.STAFF).singleResult().isPermissionGranted(Permissions.ALL))
                .as("an administrator's own grant stays").isTrue();
        assertThatThrownBy(() -> tasklist.doAs(TestUsers.HARBOR, () -> tasks.setVariable(task, "vendorGroup", "vendor2")))
                .isInstanceOf(AuthorizationException.class);
        tasklist.claim(TestUsers.HARBOR, task);
        tasklist.submit(TestUsers.HARBOR, task, Map.of("decision", "ACCEPT", "reason", "Agreed"));
        assertThat(as(TestUsers.HARBOR).get("/api/contracts/" + contract).json().path("status").asText()).isEqualTo("EXECUTED");
    }

    @Test
    void throughTheWebappsRestApiAContractorsSessionSetsNoVariableAndSubmitsOnlyItsFormsFields() throws Exception {
        long contract = contractAwaitingAcceptance("Webapp session");
        String task = acceptTask(contract);
        TasklistSession harbor = TasklistSession.signIn(port, TestUsers.HARBOR);
        String taskPath = "/operaton/api/engine/engine/default/task/" + task;

        HttpResponse<String> claimed = harbor.send("POST", taskPath + "/claim", "{\"userId\":\"harbor\"}");
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
        assertThat(harbor.send("PUT", taskPath + "/variables/contractId", "{\"value\":3,\"type\":\"Long\"}").statusCode())
                .isEqualTo(403);
        assertThat(harbor.send("PUT", taskPath + "/variables/vendorGroup", "{\"value\":\"vendor2\",\"type\":\"String\"}")
                .statusCode()).isEqualTo(403);
        assertThat(harbor.send("PUT", taskPath + "/variables/probe", "{\"value\":\"text\",\"type\":\"String\"}").statusCode())
                .isEqualTo(403);
        assertThat(harbor.send("POST", taskPath + "/complete",
                "{\"variables\":{\"contractId\":{\"value\":3,\"type\":\"Long\"}}}").statusCode()).isEqualTo(403);
        HttpResponse<String> injected = harbor.send("POST", taskPath + "/submit-form", "{\"variables\":{"
                + "\"decision\":{\"value\":\"REJECT\"},\"reason\":{\"value\":\"x\"},\"vendorGroup\":{\"value\":\"vendor2\"}}}");
        assertThat(injected.statusCode()).as(injected.body()).isEqualTo(400);
        assertThat(variable(contract, "vendorGroup")).isEqualTo("vendor" + users.vendorOf(TestUsers.HARBOR));
        assertThat(history.createHistoricVariableInstanceQuery().variableName("probe").count()).isZero();

        HttpResponse<String> form = harbor.send("GET", taskPath + "/form-variables", null);
        assertThat(form.statusCode()).isEqualTo(200);
        HttpResponse<String> submitted = harbor.send("POST", taskPath + "/submit-form",
                "{\"variables\":{\"decision\":{\"value\":\"ACCEPT\"},\"reason\":{\"value\":\"Agreed\"}}}");
        assertThat(submitted.statusCode()).as(submitted.body()).isIn(200, 204);
        assertThat(as(TestUsers.HARBOR).get("/api/contracts/" + contract).json().path("status").asText()).isEqualTo("EXECUTED");
    }
}
