package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * An accepted payroll is checked at once: per-row results, findings without names, restitution to the cent, the
 * Statement of Compliance's apprenticeship programs, re-checks that find nothing new, JSON bodies and no-work weeks.
 */
class PayrollChecksTest extends PayrollTest {

    /** Row 2 is paid $55.00 against the committed $60.00 for 40 hours: $200.00 owed. */
    private static final String UNDERPAID = HEADER + "\n" + row(1, "Garcia", "1234", "60.00", "2400.00", ELECTRICIAN) + "\n"
            + row(2, "Lee", "5678", "55.00", "2200.00", ELECTRICIAN) + "\n";

    @Test
    void anUnderpaidWorkerBecomesAFindingWithTheAmountOwedAndARecheckFindsNothingNew() {
        long contract = contractWithStatement("Underpayment");
        int announced = published.flagged().size();
        Response accepted = post(TestUsers.HARBOR, contract, WEEK, UNDERPAID);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        long id = accepted.json().path("id").asLong();
        assertThat(accepted.json().path("checkStatus").asText()).isEqualTo("CHECKED");
        assertThat(accepted.json().path("amountOwed").decimalValue()).isEqualByComparingTo("200.00");

        JsonNode rows = as(TestUsers.HARBOR).get("/api/payrolls/" + id + "/rows").json();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).path("result").asText()).isEqualTo("OK");
        assertThat(rows.get(1).path("result").asText()).isEqualTo("FLAGGED");
        assertThat(rows.get(1).path("lastName").asText()).isEqualTo("Lee");
        assertThat(rows.get(1).path("findings").get(0).path("kind").asText()).isEqualTo("UNDERPAID_BASE");
        assertThat(rows.get(1).path("findings").get(0).path("amountOwed").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(rows.get(1).path("restitution").path("base").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(rows.get(1).path("restitution").path("total").decimalValue()).isEqualByComparingTo("200.00");

        Response findings = as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings");
        JsonNode wage = only(findings.json(), "UNDERPAID_BASE");
        assertThat(wage.path("workerRef").asText()).isEqualTo("5678");
        assertThat(wage.path("entryNumber").asInt()).isEqualTo(2);
        assertThat(wage.path("amountOwed").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(wage.path("ruleCited").asText()).contains("29 CFR 5.5(a)(1)");
        assertThat(findings.body()).as("findings carry no names").doesNotContain("Lee").doesNotContain("Garcia");
        assertThat(published.flagged()).hasSize(announced + 1);
        assertThat(published.flagged().get(announced).findingIds()).contains(wage.path("id").asLong());

        int before = jdbc.queryForObject("select count(*) from payroll_finding where contract_id = ?", Integer.class, contract);
        Response recheck = as(TestUsers.AUDITOR).post("/api/payrolls/" + id + "/check", "");
        assertThat(recheck.status()).as(recheck.body()).isEqualTo(200);
        assertThat(recheck.json().path("newFindings").asInt()).isZero();
        assertThat(recheck.json().path("amountOwed").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(jdbc.queryForObject("select count(*) from payroll_finding where contract_id = ?", Integer.class, contract))
                .isEqualTo(before);
        assertThat(published.flagged()).as("nothing announced twice").hasSize(announced + 1);

        assertThat(as(TestUsers.NORTHSIDE).get("/api/payrolls/" + id + "/rows").status()).isEqualTo(404);
        assertThat(as(TestUsers.NORTHSIDE).all("/api/contracts/" + contract + "/payroll-findings").status()).isEqualTo(404);
        assertThat(as(TestUsers.HARBOR).post("/api/payrolls/" + id + "/check", "").status()).isEqualTo(403);
    }

    @Test
    void anApprenticeIsPaidTheJourneyRateUnlessTheStatementRegistersTheProgramAndACorrectionSupersedes() {
        long contract = contractWithStatement("Apprentices");
        String apprentice = "3,Okafor,Chidi,,4321,RA,1," + ELECTRICIAN + ",,8,8,8,8,8,,,,,,,,,30.00,,31.40,0,1200.00,1200.00,"
                + "100.00,91.80,0,191.80,1008.20,N,2026-01-01,Black or African American,Male";
        Response first = post(TestUsers.HARBOR, contract, WEEK, HEADER + "\n" + row(1, "Garcia", "1234", "60.00", "2400.00",
                ELECTRICIAN) + "\n" + apprentice + "\n");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        long firstId = first.json().path("id").asLong();
        // not registered: owed the journeyworker rate, (60.00 - 30.00) x 40 = 1,200.00 (29 CFR 5.5(a)(4)(i))
        assertThat(first.json().path("amountOwed").decimalValue()).isEqualByComparingTo("1200.00");
        JsonNode flagged = as(TestUsers.HARBOR).get("/api/payrolls/" + firstId + "/rows").json().get(1);
        assertThat(kinds(flagged.path("findings"))).contains("APPRENTICE_NOT_REGISTERED");

        Response filed = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/compliance-statements", statement(List.of(
                Map.of("name", "IBEW/NECA JATC", "classification", ELECTRICIAN, "registered", true, "registrationNumber",
                        "MA-2019-0042", "registeredWith", "Massachusetts Division of Apprentice Standards",
                        "apprenticesPerJourneyworker", "1", "percentOfJourneyRateByLevel", Map.of("1", "50")))));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        Response correction = post(TestUsers.HARBOR, contract, WEEK, HEADER + "\n" + row(1, "Garcia", "1234", "60.50", "2420.00",
                ELECTRICIAN) + "\n" + apprentice + "\n");
        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        assertThat(correction.json().path("supersedesId").asLong()).isEqualTo(firstId);
        assertThat(correction.json().path("statementId").asLong()).isEqualTo(filed.json().path("id").asLong());
        assertThat(correction.json().path("amountOwed").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(jdbc.queryForList("select distinct status from payroll_finding where submission_id = ?", String.class, firstId))
                .containsExactly("SUPERSEDED");
    }

    @Test
    void aPayrollIsNotCertifiedWithoutAStatementOfComplianceOnFile() {
        long contract = executedContract("No statement");
        Response rejected = post(TestUsers.HARBOR, contract, WEEK, csv("60.00", "2400.00", ELECTRICIAN));
        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.json().path("errors").get(0).path("field").asText()).isEqualTo("statement");
        Response bad = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/compliance-statements",
                Map.of("signatoryName", "", "signatoryTitle", "Owner", "apprenticeshipPrograms", List.of(Map.of("name", "JATC",
                        "classification", ELECTRICIAN, "registered", true, "apprenticesPerJourneyworker", "1"))));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.errorFor("signatoryName")).isNotEmpty();
        assertThat(bad.errorFor("apprenticeshipPrograms[0].registrationNumberGivenWhenRegistered")).contains("registration number");
        assertThat(as(TestUsers.OFFICER).post("/api/contracts/" + contract + "/compliance-statements", statement(List.of())).status())
                .isEqualTo(403);
        assertThat(as(TestUsers.NORTHSIDE).post("/api/contracts/" + contract + "/compliance-statements", statement(List.of())).status())
                .isEqualTo(404);
    }

    @Test
    void aJsonPayrollCarriesItsStatementAndGoesThroughTheSameChecks() throws Exception {
        long contract = executedContract("JSON payroll");
        Map<String, Object> worker = new java.util.LinkedHashMap<>();
        worker.putAll(Map.of("entry_number", 1, "last_name", "Lee", "first_name", "Ann", "worker_id", "5678", "level", "J",
                "classification", ELECTRICIAN, "st_mon", 8, "st_tue", 8, "st_wed", 8, "st_thu", 8));
        worker.putAll(Map.of("st_fri", 8, "rate_st", "55.00", "fringe_credit_per_hour", "31.40", "cash_in_lieu_per_hour", 0,
                "gross_this_project", "2200.00", "gross_all_work", "2200.00", "deductions_tax", "300.00", "deductions_fica", "183.60",
                "deductions_other", 0, "deductions_total", "483.60"));
        worker.putAll(Map.of("net_pay", "1716.40", "resident", true, "race_ethnicity", "Asian", "gender", "Female"));
        String body = org.highroad.support.Http.JSON.writeValueAsString(Map.of("statement", statement(List.of()), "rows", List.of(worker)));
        Response accepted = send(TestUsers.HARBOR, "/api/contracts/" + contract + "/payrolls?weekEnding=" + WEEK, "application/json", body);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().path("source").asText()).isEqualTo("JSON");
        assertThat(accepted.json().path("statementId").isNumber()).isTrue();
        assertThat(accepted.json().path("amountOwed").decimalValue()).isEqualByComparingTo("200.00");

        worker.put("shoe_size", "9");
        Response unknown = send(TestUsers.HARBOR, "/api/contracts/" + contract + "/payrolls?weekEnding=2027-01-16", "application/json",
                org.highroad.support.Http.JSON.writeValueAsString(Map.of("rows", List.of(worker))));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().path("errors").get(0).path("field").asText()).isEqualTo("row 1, shoe_size");
        Response notJson = send(TestUsers.HARBOR, "/api/contracts/" + contract + "/payrolls?weekEnding=2027-01-16", "application/json",
                "{\"rows\": [ {\"entry_number\": 1,");
        assertThat(notJson.status()).isEqualTo(422);
        assertThat(notJson.json().path("errors").get(0).path("reason").asText()).contains("not valid JSON");
        assertThat(jdbc.queryForObject("select count(*) from payroll_row r join payroll_submission s on s.id = r.submission_id "
                + "where s.contract_id = ? and s.status = 'REJECTED'", Integer.class, contract)).isZero();
    }

    @Test
    void aNoWorkStatementAnswersTheWeekAndAShareShortfallIsCountedInHours() {
        long contract = contractWithStatement("No work");
        Response noWork = noWork(TestUsers.HARBOR, contract, WEEK, "site closed for weather");
        assertThat(noWork.status()).as(noWork.body()).isEqualTo(201);
        assertThat(noWork.json().path("source").asText()).isEqualTo("NO_WORK");
        assertThat(noWork.json().path("status").asText()).isEqualTo("ACCEPTED");

        post(TestUsers.HARBOR, contract, "2027-01-16", HEADER + "\n" + row(1, "Garcia", "1234", "60.00", "2400.00", ELECTRICIAN)
                .replace("2026-01-01", "2027-01-01").replace("Week", "") + "\n");
        JsonNode shares = as(TestUsers.OFFICER).get("/api/contracts/" + contract + "/utilization?asOf=2027-01-16").json();
        JsonNode apprentices = null;
        for (JsonNode line : shares.path("lines")) {
            if (line.path("category").asText().equals("APPRENTICES") && line.path("binding").asBoolean()) {
                apprentices = line;
            }
        }
        assertThat(apprentices).as(shares.toString()).isNotNull();
        // 40 journeyworker hours, 20 % committed: 8.00 apprentice hours required, none worked
        assertThat(apprentices.path("totalHours").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(apprentices.path("shortfallHours").decimalValue()).isEqualByComparingTo("8.00");
        JsonNode finding = only(as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json(), "SHARE_SHORTFALL");
        assertThat(finding.path("hoursShort").decimalValue()).isEqualByComparingTo("8.00");
        JsonNode status = as(TestUsers.HARBOR).get("/api/contracts/" + contract + "/payroll-compliance").json();
        assertThat(status.path("weeks").get(0).path("state").asText()).isEqualTo("NO_WORK");
        assertThat(status.path("weeks").get(1).path("state").asText()).isEqualTo("RECEIVED");
        assertThat(status.path("compliant").asBoolean()).isFalse();
    }

    private static JsonNode only(JsonNode findings, String kind) {
        List<JsonNode> of = new ArrayList<>();
        findings.forEach(f -> {
            if (f.path("kind").asText().equals(kind)) {
                of.add(f);
            }
        });
        assertThat(of).as(kind + " in " + findings).hasSize(1);
        return of.get(0);
    }

    private static List<String> kinds(JsonNode findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add(f.path("kind").asText()));
        return out;
    }
}
