package org.highroad.contracts.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.highroad.procurement.ProcurementTest;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.PageSession;
import org.highroad.support.ShownLinks;
import org.highroad.support.Tasklist;
import org.highroad.support.TasklistSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.FormService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The contract's two forms: the officer's legal review links to the staff pages and the PDF; the contractor's
 * acceptance links to the portal and the PDF and shows nothing the agency wrote for itself (the officer's reason).
 */
class ContractFormTest extends ProcurementTest {

    @Autowired
    FormService forms;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;

    private PageSession pages(String user) {
        PageSession session = new PageSession(port);
        session.signIn(user, TestUsers.PASSWORD);
        return session;
    }

    @Test
    void theOfficerReadsTheContractWithStaffLinksAndTheContractorWithoutTheAgencysNotes() throws Exception {
        Tasklist tasklist = new Tasklist(forms, tasks, identity);
        long solicitation = publishedSolicitation("Pier lighting");
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
        String value = "$1,100,000.00";
        String review = tasklist.openTask(ContractAwardProcess.PROCESS_ID, contract, ContractAwardProcess.TASK_LEGAL_REVIEW);
        assertThat(tasks.createTaskQuery().taskId(review).singleResult().getName())
                .isEqualTo("Legal review: Pier lighting, Harbor Builders LLC, " + value);
        String staffForm = TasklistSession.signIn(port, TestUsers.OFFICER).formVariables(review)
                .path(ContractFormValues.SHOWN_CONTRACT).path("value").asText();
        assertThat(staffForm).contains("**[Pier lighting](/staff/contracts/" + contract + ")**",
                "[the contract (PDF)](/staff/contracts/" + contract + "/document.pdf)",
                "(/staff/solicitations/" + solicitation + ")", "| Harbor Builders LLC | " + value + " |");
        // each link opens in the officer's signed-in browser, with no password prompt of the API
        ShownLinks.openFor(pages(TestUsers.OFFICER), "officer", ShownLinks.inMarkdown(staffForm));

        tasklist.claim(TestUsers.OFFICER, review);
        tasklist.submit(TestUsers.OFFICER, review, Map.of("decision", "APPROVE", "reason", "Indemnity clause is weak, for us only"));
        String accept = tasklist.openTask(ContractAwardProcess.PROCESS_ID, contract, ContractAwardProcess.TASK_ACCEPT);
        assertThat(tasks.createTaskQuery().taskId(accept).singleResult().getName())
                .isEqualTo("Accept contract: Pier lighting, Harbor Builders LLC, " + value);
        JsonNode form = TasklistSession.signIn(port, TestUsers.HARBOR).formVariables(accept);
        String contractorForm = form.path(ContractFormValues.SHOWN_CONTRACT).path("value").asText();
        assertThat(contractorForm).contains("**[Pier lighting](/portal/contracts/" + contract + ")**",
                "(/portal/contracts/" + contract + "/document.pdf)", value).doesNotContain("/staff/", "Status reason");
        ShownLinks.openFor(pages(TestUsers.HARBOR), "contractor", ShownLinks.inMarkdown(contractorForm));
        assertThat(form.toString()).as("the officer's reason never reaches the contractor's form").doesNotContain("Indemnity");
    }
}
