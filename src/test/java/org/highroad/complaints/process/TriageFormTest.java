package org.highroad.complaints.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.highroad.complaints.ComplaintsTest;
import org.highroad.support.TasklistSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * *Triage* as an auditor reads it in Tasklist: the complaint as the worker gave it, their account included (its
 * Markdown made harmless), never the complainant's contact details; the contract and the contractor chosen by name;
 * task names with the amounts, then the contractor once triaged.
 */
class TriageFormTest extends ComplaintsTest {

    @Autowired
    TaskService tasks;

    @Test
    void theTriageShowsTheAccountAndOffersContractsAndContractorsByName() throws Exception {
        long contract = contractWithStatement("Branch library wiring");
        long harbor = users.vendorOf(TestUsers.HARBOR);
        clock.advance(java.time.Duration.between(clock.instant(), java.time.Instant.parse("2027-01-20T12:00:00Z")));
        Map<String, Object> body = with(with(with(complaint(), "narrative",
                "I worked 50 hours but was paid for 40.\nSee [my pay stub](http://evil.example/x) | **now**"),
                "hoursClaimed", 50), "payClaimed", 2000.00);
        body.put("weekEnding", WEEK);
        body.put("anonymous", false);
        body.put("contact", Map.of("name", "Rosa Delgado", "phone", "617-555-0142", "email", "rosa.d@example.org"));
        long id = file(body);
        Task task = tasks.createTaskQuery().processDefinitionKey(WorkerComplaintProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(id)).singleResult();
        String receipt = as(TestUsers.AUDITOR).get("/api/complaints/" + id).json().path("receipt").asText();
        assertThat(task.getName()).startsWith("Triage worker complaint " + receipt + ", received Jan 20, 2027, ").endsWith(": $2,000.00 paid for 50 hours, as the worker says");

        TasklistSession auditor = TasklistSession.signIn(port, TestUsers.AUDITOR);
        JsonNode form = auditor.formVariables(task.getId());
        String given = form.path(ComplaintFormValues.SHOWN_COMPLAINT).path("value").asText();
        assertThat(given).contains("> I worked 50 hours but was paid for 40.", "\\[my pay stub\\]\\(http://evil.example/x\\) \\| \\*\\*now\\*\\*",
                "Harbor Builders", "Jan 9, 2027", "$2,000.00")
                .doesNotContain("Rosa", "617-555", "rosa.d@", "](http");
        JsonNode contracts = TasklistSession.parsed(form.path(ComplaintFormValues.SHOWN_CONTRACTS));
        JsonNode offered = StreamSupport.stream(contracts.spliterator(), false)
                .filter(c -> c.path("value").asLong() == contract).findFirst().orElseThrow();
        assertThat(offered.path("label").asText()).isEqualTo("Branch library wiring — Harbor Builders LLC");
        JsonNode vendors = TasklistSession.parsed(form.path(ComplaintFormValues.SHOWN_VENDORS));
        assertThat(StreamSupport.stream(vendors.spliterator(), false).filter(v -> v.path("contract").asLong() == contract))
                .anySatisfy(v -> {
                    assertThat(v.path("value").asLong()).isEqualTo(harbor);
                    assertThat(v.path("label").asText()).isEqualTo("Harbor Builders LLC (prime contractor)");
                });

        String path = TasklistSession.task(task.getId());
        assertThat(auditor.send("POST", path + "/claim", "{\"userId\":\"" + TestUsers.AUDITOR + "\"}").statusCode()).isEqualTo(204);
        HttpResponse<String> submitted = auditor.send("POST", path + "/submit-form", "{\"variables\":{"
                + "\"contractId\":{\"value\":" + contract + "},\"vendorId\":{\"value\":" + harbor + "},"
                + "\"workerRef\":{\"value\":\"1234\"},\"weekEnding\":{\"value\":\"" + WEEK + "\"},\"note\":{\"value\":\"by name\"}}}");
        assertThat(submitted.statusCode()).as(submitted.body()).isIn(200, 204);
        assertThat(as(TestUsers.AUDITOR).get("/api/complaints/" + id).json().path("triage").path("contractId").asLong())
                .isEqualTo(contract);
        org.highroad.support.Jobs.runDue(management);
        Task visit = tasks.createTaskQuery().processDefinitionKey(WorkerComplaintProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(id)).singleResult();
        assertThat(visit.getTaskDefinitionKey()).isEqualTo(WorkerComplaintProcess.TASK_SITE_VISIT);
        assertThat(visit.getName()).startsWith("Site visit for worker complaint " + receipt)
                .contains(": Harbor Builders LLC, Branch library wiring");
    }
}
