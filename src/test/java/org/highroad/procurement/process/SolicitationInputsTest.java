package org.highroad.procurement.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.Map;
import org.highroad.procurement.ProcurementEvents;
import org.highroad.procurement.ProcurementTest;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an officer enters for a solicitation is checked on the server: a submission deadline at most two years ahead
 * (agency policy, {@code Solicitations.LONGEST_TENDER_PERIOD}), and the award process started only for a solicitation
 * still published when the start runs.
 */
class SolicitationInputsTest extends ProcurementTest {

    @Autowired
    SolicitationAwardProcess awardProcess;

    private Response drafted(ObjectNode draft) {
        return as(TestUsers.OFFICER).post("/api/solicitations", draft);
    }

    private static void refusedOn(Response answer, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.body()).contains("\"" + field + "\"");
    }

    @Test
    void aSubmissionDeadlineMoreThanTwoYearsAheadIsRefused() {
        for (String far : new String[] {"+999999999-12-31T23:59:59Z", "9999-12-31T23:59:59Z",
                OffsetDateTime.now(clock).plusDays(731).withNano(0).toString()}) {
            ObjectNode draft = draft("Far deadline");
            draft.put("submissionDeadline", far);
            Response refused = drafted(draft);
            refusedOn(refused, "submissionDeadline");
            assertThat(refused.body()).as(far).contains("at most 2 years");
        }
        ObjectNode draft = draft("Long but allowed deadline");
        draft.put("submissionDeadline", OffsetDateTime.now(clock).plusDays(700).withNano(0).toString());
        Response created = drafted(draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        Response published = as(TestUsers.OFFICER).post("/api/solicitations/" + id + "/publication", "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(SolicitationAwardProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(id)).count()).isOne();
    }

    @Test
    void aPublicationDeliveredAgainAfterTheSolicitationWasCancelledStartsNoAwardProcess() {
        Response created = drafted(draft("Cancelled before its start ran"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        Response cancelled = as(TestUsers.OFFICER).post("/api/solicitations/" + id + "/cancellation",
                Map.of("reason", "Budget withdrawn"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);

        // as the publication registry redelivers a publication whose start had failed
        awardProcess.on(new ProcurementEvents.SolicitationPublished(id, OffsetDateTime.now(clock).plusDays(14)));
        awardProcess.on(new ProcurementEvents.SolicitationPublished(999_999_999L, OffsetDateTime.now(clock).plusDays(14)));

        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(SolicitationAwardProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(id)).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(SolicitationAwardProcess.PROCESS_ID)
                .processInstanceBusinessKey("999999999").count()).isZero();
    }

    @Test
    void aSolicitationOnAWageSubsidyStandardIsRefusedAndTheNewSolicitationPageOffersOnlyProcurementStandards() {
        String subsidy = "WIOA-OJT-SUBSIDY";
        if (standards.version(subsidy, 1).adoption().status() == org.highroad.standards.Adoption.Status.PROPOSED) {
            Response adopted = as(TestUsers.ADMIN).post("/api/standards/" + subsidy + "/versions/1/decision",
                    Map.of("decision", "ADOPT", "comment", "adopted for the subsidy programs"));
            assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        }
        ObjectNode draft = draft("Scored by a subsidy rubric");
        draft.put("standardCode", subsidy).put("standardVersion", 1);
        Response refused = drafted(draft);
        refusedOn(refused, "standardCode");
        assertThat(refused.body()).contains("is not a procurement standard");

        org.highroad.support.PageSession officer = new org.highroad.support.PageSession(port);
        officer.signIn(TestUsers.OFFICER, TestUsers.PASSWORD);
        String page = officer.get("/staff/solicitations/new").body();
        assertThat(page).contains("value=\"" + STANDARD + ":1\"").doesNotContain(subsidy);
    }
}
