package org.highroad.enforcement;

import static org.highroad.support.AtOnce.atOnce;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An auditor revises what a confirmed finding owes (ADR 0030, addendum), on the README walkthrough's payroll: Andre
 * Johnson (worker 5678) owed $120.00 base and $74.00 fringe, both confirmed. The ledger appends the revision and the
 * worker's restitution changes by the difference; the contractor reads that the agency's auditor revised it, not who,
 * nor why; only an auditor revises, only a confirmed finding of an open case, never below what was paid.
 */
class FindingRevisionTest extends CaseTest {

    private long contract;
    private long caseId;
    private long base;
    private long fringe;

    @BeforeEach
    void harborFilesTheWalkthroughPayrollAndTheAuditorConfirmsTheWages() throws Exception {
        contract = executedContract("Finding revision " + System.nanoTime());
        assertThat(send(TestUsers.HARBOR, "/api/contracts/" + contract + "/compliance-statements", "application/json",
                Files.readString(Path.of("docs/walkthrough/statement-of-compliance.json"))).status()).isEqualTo(201);
        Response payroll = post(TestUsers.HARBOR, contract, WEEK, Files.readString(Path.of("docs/walkthrough/payroll-week-1.csv")));
        assertThat(payroll.status()).as(payroll.body()).isEqualTo(201);
        caseId = caseOf(contract).path("id").asLong();
        reviewAll(caseId, Set.of("UNDERPAID_BASE", "FRINGE_SHORTFALL"));
        for (JsonNode f : get(caseId).path("findings")) {
            String kind = f.path("finding").path("kind").asText();
            if (kind.equals("UNDERPAID_BASE")) {
                base = f.path("finding").path("id").asLong();
            } else if (kind.equals("FRINGE_SHORTFALL")) {
                fringe = f.path("finding").path("id").asLong();
            }
        }
        assertThat(worker5678().path("owed").decimalValue()).isEqualByComparingTo("194.00");
    }

    private Response revise(String user, long findingId, Object amount, String reason) {
        Map<String, Object> body = new java.util.HashMap<>();
        if (amount != null) {
            body.put("amount", amount);
        }
        if (reason != null) {
            body.put("reason", reason);
        }
        return as(user).post("/api/cases/" + caseId + "/findings/" + findingId + "/revision", body);
    }

    private JsonNode worker5678() {
        for (JsonNode w : as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json().path("workers")) {
            if (w.path("workerRef").asText().equals("5678")) {
                return w;
            }
        }
        throw new AssertionError("worker 5678 is not in the ledger of case " + caseId);
    }

    private List<String> ledgerKinds() {
        return as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json().path("entries").findValuesAsText("kind");
    }

    private JsonNode findingInCase(long findingId) {
        for (JsonNode f : get(caseId).path("findings")) {
            if (f.path("finding").path("id").asLong() == findingId) {
                return f;
            }
        }
        throw new AssertionError("no finding " + findingId);
    }

    @Test
    void theLedgerAppendsTheRevisionAndTheWorkersRestitutionChangesByTheDifference() {
        Response down = revise(TestUsers.AUDITOR, base, new BigDecimal("80.00"), "Correction payroll shows $43.00 an hour paid");
        assertThat(down.status()).as(down.body()).isEqualTo(200);
        assertThat(findingInCase(base).path("finding").path("amountOwed").decimalValue()).isEqualByComparingTo("80.00");
        JsonNode w = worker5678();
        assertThat(w.path("owed").decimalValue()).as("$194.00 less $40.00").isEqualByComparingTo("154.00");
        assertThat(w.path("outstanding").decimalValue()).isEqualByComparingTo("154.00");
        assertThat(ledgerKinds()).as("appended, nothing overwritten").containsExactly("OWED", "OWED", "OWED_REVISED");

        Response up = revise(TestUsers.AUDITOR, base, "130.5", "Overtime on Friday found in the timesheets");
        assertThat(up.status()).as(up.body()).isEqualTo(200);
        assertThat(worker5678().path("owed").decimalValue()).as("$154.00 and $50.50").isEqualByComparingTo("204.50");
        assertThat(get(caseId).path("outstanding").decimalValue()).isEqualByComparingTo("204.50");
        assertThat(ledgerKinds()).containsExactly("OWED", "OWED", "OWED_REVISED", "OWED_REVISED");

        Response zero = revise(TestUsers.AUDITOR, fringe, 0, "Plans paid in full, per the trustee's statement");
        assertThat(zero.status()).as(zero.body()).isEqualTo(200);
        assertThat(worker5678().path("owed").decimalValue()).isEqualByComparingTo("130.50");

        // who, when and why in the audit trail; the step the contractor reads names the role, not the auditor
        List<Map<String, Object>> audit = jdbc.queryForList("select actor, reason, detail from audit_event where subject_type = "
                + "'compliance-case' and subject_id = ? and action = 'FINDING REVISED' order by id", caseId);
        assertThat(audit).hasSize(3);
        assertThat(audit.get(0)).containsEntry("actor", TestUsers.AUDITOR)
                .containsEntry("reason", "Correction payroll shows $43.00 an hour paid")
                .containsEntry("detail", "finding " + base + ": $120.00 to $80.00");
        String staffSteps = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/steps").body();
        assertThat(staffSteps).contains("from $120.00 to $80.00 (-$40.00)").contains("Correction payroll shows");
        JsonNode contractorSteps = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/steps").json();
        boolean seen = false;
        for (JsonNode s : contractorSteps) {
            if (s.path("decision").asText().equals("REVISED")) {
                seen = true;
                assertThat(s.path("rationale").asText()).contains("The agency's auditor revised what finding");
                assertThat(s.hasNonNull("decidedBy")).as("not the auditor's name").isFalse();
                assertThat(s.hasNonNull("reason")).as("nor the auditor's reason").isFalse();
            }
        }
        assertThat(seen).isTrue();
        String contractorLedger = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/ledger").body();
        assertThat(contractorLedger).contains("OWED_REVISED").doesNotContain("Correction payroll shows")
                .doesNotContain("\"recordedBy\":\"" + TestUsers.AUDITOR + "\"");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsRecorded() {
        assertThat(revise(TestUsers.AUDITOR, base, new BigDecimal("80.005"), "Correction payroll shows the rate")
                .errorFor("amount")).contains("whole cents");
        assertThat(revise(TestUsers.AUDITOR, base, new BigDecimal("-1.00"), "Correction payroll shows the rate")
                .errorFor("amount")).contains("$0.00 or more");
        Response missing = revise(TestUsers.AUDITOR, base, null, null);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.errorFor("amount")).contains("is required");
        assertThat(missing.errorFor("reason")).contains("is required");
        Response shortReason = revise(TestUsers.AUDITOR, base, "80.00", "because");
        assertThat(shortReason.status()).isEqualTo(422);
        assertThat(shortReason.errorFor("reason")).contains("at least 10 characters");
        Response unreadable = as(TestUsers.AUDITOR).postRaw("/api/cases/" + caseId + "/findings/" + base + "/revision",
                "{\"amount\": \"eighty\", \"reason\": \"Correction payroll shows the rate\"}");
        assertThat(unreadable.status()).as(unreadable.body()).isEqualTo(400);
        assertThat(unreadable.contentType()).contains("application/problem+json");
        assertThat(ledgerKinds()).containsExactly("OWED", "OWED");
    }

    @Test
    void onlyAConfirmedFindingOfAnOpenCaseNeverTheSameAmountNorBelowWhatWasPaid() {
        long dismissed = -1;
        for (JsonNode f : get(caseId).path("findings")) {
            if (f.path("review").asText().equals("DISMISSED")) {
                dismissed = f.path("finding").path("id").asLong();
            }
        }
        Response notConfirmed = revise(TestUsers.AUDITOR, dismissed, "10.00", "The share was short after all");
        assertThat(notConfirmed.status()).as(notConfirmed.body()).isEqualTo(409);
        assertThat(notConfirmed.body()).contains("only a confirmed finding's amount is revised");
        Response same = revise(TestUsers.AUDITOR, base, "120", "Checked again against the rates");
        assertThat(same.status()).isEqualTo(409);
        assertThat(same.body()).contains("owes $120.00 already");

        Response paid = pay(TestUsers.HARBOR, caseId, "5678", "100.00");
        assertThat(paid.status()).as(paid.body()).isBetween(200, 201);
        Response below = revise(TestUsers.AUDITOR, base, "20.00", "Correction payroll shows nearly all paid");
        assertThat(below.status()).as(below.body()).isEqualTo(422);
        assertThat(below.errorFor("amount")).contains("owed less than the $100.00 already paid");
        Response atPaid = revise(TestUsers.AUDITOR, base, "26.00", "Correction payroll shows nearly all paid");
        assertThat(atPaid.status()).as("$26.00 and $74.00: what was paid, no less").isEqualTo(200);
        assertThat(worker5678().path("outstanding").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(ledgerKinds()).containsExactly("OWED", "OWED", "PAID", "OWED_REVISED");
    }

    @Test
    void aContractorOrAnOfficerIsForbidden() {
        assertThat(revise(TestUsers.HARBOR, base, "80.00", "We paid him the difference").status()).isEqualTo(403);
        assertThat(revise(TestUsers.OFFICER, base, "80.00", "The contract allows it anyway").status()).isEqualTo(403);
        assertThat(ledgerKinds()).containsExactly("OWED", "OWED");
    }

    @Test
    void theSameRevisionSentTwiceAtOnceIsRecordedOnce() throws Exception {
        List<Response> answers = atOnce(List.of(
                () -> revise(TestUsers.AUDITOR, base, "80.00", "Correction payroll shows $43.00 an hour paid"),
                () -> revise(TestUsers.AUDITOR, base, "80.00", "Correction payroll shows $43.00 an hour paid")));
        assertThat(answers).extracting(Response::status).as(answers.toString()).containsExactlyInAnyOrder(200, 409);
        assertThat(ledgerKinds()).containsExactly("OWED", "OWED", "OWED_REVISED");
        assertThat(worker5678().path("owed").decimalValue()).isEqualByComparingTo("154.00");
    }

    @Test
    void theStaffPageOffersTheFormBesideEachConfirmedFindingAndTheContractorReadsTheRevisionInItsLanguage() {
        PageSession auditor = new PageSession(port);
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        String page = auditor.get("/staff/cases/" + caseId).body();
        assertThat(page).contains("id=\"revise-amount-" + base + "\"").contains("id=\"revise-amount-" + fringe + "\"")
                .contains("<summary>Revise the amount</summary>");

        auditor.get("/staff/cases/" + caseId + "?lang=es"); // the page's language, kept for the session's next pages
        PageSession.Page wrong = auditor.post("/staff/cases/" + caseId + "/findings/" + base + "/revision",
                Map.of("amount", "80.005", "reason", "La nómina de corrección muestra $43.00"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("centavos enteros").contains("href=\"#revise-amount-" + base + "\"")
                .contains("aria-invalid=\"true\"").contains("La nómina de corrección muestra $43.00");
        auditor.get("/staff/cases/" + caseId + "?lang=en");
        PageSession.Page done = auditor.post("/staff/cases/" + caseId + "/findings/" + base + "/revision",
                Map.of("amount", "80.00", "reason", "Correction payroll shows $43.00 an hour paid"));
        assertThat(done.status()).isEqualTo(302);
        assertThat(auditor.get("/staff/cases/" + caseId + "?revised=" + base).body()).contains("Finding " + base + " revised")
                .contains("revised by the agency&#39;s auditor from $120.00 to $80.00");
        assertThat(worker5678().path("owed").decimalValue()).isEqualByComparingTo("154.00");
        auditor.get("/staff/cases/" + caseId + "?lang=es");
        PageSession.Page again = auditor.post("/staff/cases/" + caseId + "/findings/" + base + "/revision",
                Map.of("amount", "80.00", "reason", "Correction payroll shows $43.00 an hour paid"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("ya adeuda $80.00");

        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        String english = harbor.get("/portal/cases/" + caseId).body();
        assertThat(english).contains("revised by the agency&#39;s auditor from $120.00 to $80.00")
                .doesNotContain("Correction payroll shows").doesNotContain("revise-amount-");
        assertThat(harbor.get("/portal/cases/" + caseId + "?lang=es").body())
                .contains("revisado por el auditor de la agencia de $120.00 a $80.00");
        assertThat(harbor.post("/staff/cases/" + caseId + "/findings/" + base + "/revision",
                Map.of("amount", "0.00", "reason", "We paid him the difference")).status()).isEqualTo(403);
    }
}
