package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.highroad.enforcement.process.ComplianceCaseProcess;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A payroll with 5,000 underpaid workers (the payroll tests' row generator: each paid $55.00 an hour for 40 hours
 * where the contract commits $60.00, so each is $5.00 × 40 = $200.00 short, $1,000,000.00 in all) makes one review
 * task for its case's round, not 5,000 (ADR 0021); the auditor confirms them by kind in one request and the notice is
 * issued. Prints the time from the payroll's upload to the round's task being ready.
 */
class FiveThousandFindingsTest extends CaseTest {

    private static final int WORKERS = 5_000;

    @Autowired
    HistoryService history;

    @Test
    void fiveThousandFindingsMakeOneReviewTaskConfirmedByKindInOneRequestThenTheNoticeIsIssued() {
        long contract = contractWithStatement("Five thousand findings");
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= WORKERS; i++) {
            csv.append(row(i, "Worker" + i, String.valueOf(100_000 + i), "55.00", "2200.00", ELECTRICIAN)).append('\n');
        }

        long started = System.nanoTime();
        Response upload = post(TestUsers.HARBOR, contract, WEEK, csv.toString());
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        double answered = (System.nanoTime() - started) / 1e9;
        long caseId = caseOf(contract).path("id").asLong();
        int tasks = openTasks(caseId, ComplianceCaseProcess.TASK_REVIEW_ROUND).size(); // runs the job that opens the round
        double ready = (System.nanoTime() - started) / 1e9;
        System.out.printf("FIVE_THOUSAND_FINDINGS upload answered in %.1f s; review round ready %.1f s after the upload began%n",
                answered, ready);
        assertThat(tasks).as("one task for the round").isEqualTo(1);
        assertThat(this.tasks.createTaskQuery().processDefinitionKey(ComplianceCaseProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(caseId)).count())
                .as("no other task for the case").isEqualTo(1);

        JsonNode byKind = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/findings/groups?by=kind").json();
        JsonNode base = null;
        int findings = 0;
        for (JsonNode g : byKind) {
            findings += g.path("pending").asInt();
            if (g.path("key").asText().equals("UNDERPAID_BASE")) {
                base = g;
            }
        }
        assertThat(base).as(byKind.toString()).isNotNull();
        assertThat(base.path("pending").asInt()).isEqualTo(WORKERS);
        assertThat(base.path("amountPending").decimalValue()).isEqualByComparingTo("1000000.00");
        assertThat(findings).as("about 5,000 findings").isBetween(WORKERS, WORKERS + 20);

        long confirming = System.nanoTime();
        Response confirmed = as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/findings/review",
                Map.of("kind", "UNDERPAID_BASE", "decision", "CONFIRM", "reason", "Every rate below Schedule A; timesheets checked"));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().path("reviewed").asInt()).isEqualTo(WORKERS);
        System.out.printf("FIVE_THOUSAND_FINDINGS bulk confirmation of %d findings took %.1f s%n", WORKERS,
                (System.nanoTime() - confirming) / 1e9);
        if (findings > WORKERS) {
            Response rest = as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/findings/review", Map.of("kind", "SHARE_SHORTFALL",
                    "decision", "DISMISS", "reason", "Shares are measured at completion"));
            assertThat(rest.status()).as(rest.body()).isEqualTo(200);
        }

        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_REVIEW_ROUND)).as("the round ended").isEmpty();
        assertThat(history.createHistoricTaskInstanceQuery().processDefinitionKey(ComplianceCaseProcess.PROCESS_ID).processInstanceBusinessKey(String.valueOf(caseId))
                .taskDefinitionKey(ComplianceCaseProcess.TASK_REVIEW_ROUND).count()).as("review tasks in all").isEqualTo(1);
        JsonNode notices = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").json();
        assertThat(notices).as("the notice is issued").hasSize(1);
        assertThat(notices.get(0).path("amountOwed").decimalValue()).isEqualByComparingTo("1000000.00");
        Long audited = jdbc.queryForObject("select count(*) from audit_event where subject_type = 'compliance-case' and subject_id = ? "
                + "and action = 'FINDING CONFIRMED'", Long.class, caseId);
        assertThat(audited).as("each finding recorded one by one").isEqualTo(WORKERS);
    }
}
