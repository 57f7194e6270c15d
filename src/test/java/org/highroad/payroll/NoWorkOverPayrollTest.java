package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highroad.enforcement.CaseTest;
import org.highroad.platform.audit.AuditEntry;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A no-work statement over a week whose payroll in force reports hours (ADR 0030): the contractor's is refused (409 on
 * the API naming the week and the payroll in force, the reason on the portal page in English and Spanish); the
 * agency's auditor records it over that payroll with a reason, audit-trailed, and it replaces the payroll: the findings
 * still awaiting review leave with it, the ones an auditor confirmed stand.
 */
class NoWorkOverPayrollTest extends CaseTest {

    @Autowired
    private AuditTrail audit;

    @Test
    void aContractorsNoWorkStatementOverReportedHoursIsRefusedNamingTheWeekAndThePayrollInForce() {
        long contract = contractWithStatement("No work over hours " + System.nanoTime());
        Response payroll = post(TestUsers.HARBOR, contract, WEEK, UNDERPAID);
        assertThat(payroll.status()).as(payroll.body()).isEqualTo(201);
        long payrollId = payroll.json().path("id").asLong();

        Response refused = noWork(TestUsers.HARBOR, contract, WEEK, "site closed for weather");

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().path("weekEnding").asText()).isEqualTo(WEEK);
        assertThat(refused.json().path("payrollInForce").asLong()).isEqualTo(payrollId);
        assertThat(refused.json().path("detail").asText()).contains("the week ending " + WEEK, "payroll " + payrollId,
                "file a correction payroll", "agency auditor");
        assertThat(refused.errorFor("weekEnding")).contains("payroll " + payrollId);
        assertThat(as(TestUsers.HARBOR).get("/api/payrolls/" + payrollId).json().path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(jdbc.queryForObject("select count(*) from payroll_submission where contract_id = ? and source = 'NO_WORK'",
                Integer.class, contract)).as("nothing recorded").isZero();

        // the portal form says it in the page's language
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        PageSession.Page page = harbor.post("/portal/contracts/" + contract + "/payrolls/no-work", Map.of("weekEnding", WEEK,
                "reason", "site closed for weather"));
        assertThat(page.status()).as(page.body()).isEqualTo(409);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page.body())).contains("the week ending " + WEEK
                + " has payroll " + payrollId + " in force with hours reported: file a correction payroll for the week");
        harbor.get("/portal/contracts/" + contract + "/payrolls/file?lang=es");
        PageSession.Page spanish = harbor.post("/portal/contracts/" + contract + "/payrolls/no-work", Map.of("weekEnding", WEEK,
                "reason", "obra cerrada"));
        assertThat(spanish.status()).isEqualTo(409);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(spanish.body())).contains("la semana que termina el " + WEEK
                + " tiene en vigor la nómina " + payrollId + ", que declara horas trabajadas: presente una nómina de corrección")
                .doesNotContain("in force with hours reported");

        // the contractor may not record it over the payroll as the agency does
        assertThat(as(TestUsers.HARBOR).post("/api/payrolls/" + payrollId + "/no-work", Map.of("reason", "site closed for weather"))
                .status()).isEqualTo(403);
    }

    @Test
    void anAuditorRecordsItOverThePayrollWithAReasonAuditTrailedAndConfirmedFindingsStand() {
        long contract = contractWithStatement("Auditor no work " + System.nanoTime());
        Response payroll = post(TestUsers.HARBOR, contract, WEEK, UNDERPAID);
        assertThat(payroll.status()).as(payroll.body()).isEqualTo(201);
        long payrollId = payroll.json().path("id").asLong();
        long caseId = caseOf(contract).path("id").asLong();
        reviewAll(caseId, Set.of("UNDERPAID_BASE")); // confirmed: $200.00 owed to Lee; the others dismissed
        JsonNode before = get(caseId);
        assertThat(before.path("confirmedFindings").asInt()).isEqualTo(1);
        assertThat(before.path("outstanding").decimalValue()).isEqualByComparingTo("200.00");

        Response noReason = as(TestUsers.AUDITOR).post("/api/payrolls/" + payrollId + "/no-work", Map.of("reason", " "));
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(422);
        assertThat(noReason.errorFor("reason")).contains("required");

        Response recorded = as(TestUsers.AUDITOR).post("/api/payrolls/" + payrollId + "/no-work",
                Map.of("reason", "site visit 2027-01-12: the crew was on another contract all week"));

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        long statementId = recorded.json().path("id").asLong();
        assertThat(recorded.json().path("source").asText()).isEqualTo("NO_WORK");
        assertThat(recorded.json().path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(recorded.json().path("supersedesId").asLong()).isEqualTo(payrollId);
        assertThat(recorded.json().path("submittedBy").asText()).isEqualTo(TestUsers.AUDITOR);
        assertThat(as(TestUsers.HARBOR).get("/api/payrolls/" + payrollId).json().path("status").asText()).isEqualTo("SUPERSEDED");
        List<AuditEntry> trail = audit.of("payroll-submission", statementId);
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("NO-WORK RECORDED OVER PAYROLL");
            assertThat(e.actor()).isEqualTo(TestUsers.AUDITOR);
            assertThat(e.reason()).isEqualTo("site visit 2027-01-12: the crew was on another contract all week");
            assertThat(e.at()).isNotNull();
        });
        assertThat(audit.of("payroll-submission", payrollId)).extracting(AuditEntry::action)
                .contains("NO-WORK RECORDED OVER IT", "SUPERSEDED");

        JsonNode after = get(caseId);
        assertThat(after.path("confirmedFindings").asInt()).as("the confirmed finding stands").isEqualTo(1);
        assertThat(after.path("outstanding").decimalValue()).isEqualByComparingTo("200.00");
        for (JsonNode f : after.path("findings")) {
            if (f.path("review").asText().equals("CONFIRMED")) {
                assertThat(f.path("recheck").path("submissionId").asLong()).isEqualTo(statementId);
                assertThat(f.path("recheck").path("stillFound").asBoolean()).as("the statement shows no work").isFalse();
            }
        }
        assertThat(as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/ledger").json().path("entries").findValuesAsText("kind"))
                .doesNotContain("OWED_REVERSED");

        Response again = as(TestUsers.AUDITOR).post("/api/payrolls/" + payrollId + "/no-work",
                Map.of("reason", "site visit 2027-01-12: the crew was on another contract all week"));
        assertThat(again.status()).as("the payroll is no longer in force: nothing to record over").isEqualTo(409);
        assertThat(again.json().path("detail").asText()).contains("payroll submission " + payrollId + " is SUPERSEDED");
        assertThat(jdbc.queryForObject("select count(*) from payroll_submission where contract_id = ? and source = 'NO_WORK'",
                Integer.class, contract)).as("recorded once").isOne();
        Response overStatement = as(TestUsers.AUDITOR).post("/api/payrolls/" + statementId + "/no-work",
                Map.of("reason", "recorded twice by mistake, no work again"));
        assertThat(overStatement.status()).as(overStatement.body()).isEqualTo(409);
    }
}
