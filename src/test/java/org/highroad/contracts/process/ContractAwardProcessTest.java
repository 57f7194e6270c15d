package org.highroad.contracts.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.highroad.procurement.ProcurementTest;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.Tasklist;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.FormService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.TaskService;

/**
 * From award to executed contract: drafting from the winner's commitments, legal review (returned, then approved),
 * the contractor's acceptance (rejected, then accepted), the PDF, the payroll calendar, amendments, subcontractors,
 * and who may see what.
 */
class ContractAwardProcessTest extends ProcurementTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.highroad.platform.security.UserDirectory directory;
    @org.springframework.beans.factory.annotation.Autowired
    org.highroad.contracts.Contracts contractsApi;
    @org.springframework.beans.factory.annotation.Autowired
    FormService forms;
    @org.springframework.beans.factory.annotation.Autowired
    TaskService tasks;
    @org.springframework.beans.factory.annotation.Autowired
    IdentityService identity;
    @org.springframework.beans.factory.annotation.Autowired
    org.highroad.platform.process.RetiredVariables retired;

    /** Awards Harbor's strong bid (ELECTRICIAN 60.00 + 31.40, LABORER 45.00 + 26.85) and returns the draft contract. */
    private JsonNode awardedContract(String title) {
        long solicitation = publishedSolicitation(title);
        long bid = submit(TestUsers.HARBOR, solicitation, strongBid("1100000"));
        deadlinePasses(solicitation);
        review(bid, "CONFIRM", "verified", 5);
        Response awarded = as(TestUsers.OFFICER).post("/api/solicitations/" + solicitation + "/award",
                Map.of("bidId", bid, "reason", "Highest total score"));
        assertThat(awarded.status()).as(awarded.body()).isEqualTo(200);
        Jobs.runDue(management);
        JsonNode contracts = as(TestUsers.OFFICER).all("/api/contracts").json();
        for (JsonNode c : contracts) {
            if (c.path("bidId").asLong() == bid) {
                return c;
            }
        }
        throw new AssertionError("no contract drafted for bid " + bid);
    }

    @Test
    void anAwardDraftsAContractCarryingTheWinnersCommitments() {
        JsonNode contract = awardedContract("Contract drafting");
        assertThat(contract.path("status").asText()).isEqualTo("IN_LEGAL_REVIEW");
        assertThat(contract.path("value").decimalValue()).isEqualByComparingTo("1100000");
        assertThat(contract.path("wageDetermination").asText()).isEqualTo("MA20240001 mod. 0");
        JsonNode wages = contract.path("current").path("wages");
        assertThat(wages.get(0).path("offeredBase").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(wages.get(0).path("prevailingBase").decimalValue()).isEqualByComparingTo("57.00");
        JsonNode workforce = contract.path("current").path("workforce");
        assertThat(workforce.findValuesAsText("category")).contains("LOCAL_RESIDENTS", "PEOPLE_OF_COLOR", "WOMEN", "APPRENTICES");
        assertThat(contract.path("current").path("clauses").findValuesAsText("code"))
                .containsExactly("WAGES", "WORKFORCE", "JOB_QUALITY", "REPORTING");
        String reporting = contract.path("current").path("clauses").get(3).path("body").asText();
        assertThat(reporting).contains("within 7 days").contains("10 business days").contains("$300.00 per violation per day").contains("up to $30,000.00");
        long id = contract.path("id").asLong();
        Response rule = as(TestUsers.AUDITOR).get("/api/contracts/" + id + "/wage-rule?classification=" + ELECTRICIAN.replace(" ", "%20")
                .replace("(", "%28").replace(")", "%29") + "&date=2027-01-04");
        assertThat(rule.json().path("committedBase").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(rule.json().path("binding").asText()).isEqualTo("the bid's offer");
    }

    @Test
    void theContractPdfShowsTheWinnersNumbersAndClauses() throws IOException {
        long id = awardedContract("Contract PDF").path("id").asLong();
        byte[] pdf = pdf(TestUsers.HARBOR, id);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("ELECTRICIAN (hyp.)").contains("$60.00").contains("$31.40").contains("$45.00")
                    .contains("$26.85").contains("51%").contains("Wages and fringe benefits").contains("Workforce participation")
                    .contains("Certified payroll, cure and remedies").contains("MA20240001").contains("Harbor Builders LLC")
                    .contains("$1,100,000.00");
        }
        assertThat(status(TestUsers.NORTHSIDE, id)).as("another vendor's contract").isEqualTo(404);
    }

    @Test
    void legalReviewAndAcceptanceWithAReturnAndARejection() {
        long id = awardedContract("Contract acceptance").path("id").asLong();
        Response returned = as(TestUsers.OFFICER).post("/api/contracts/" + id + "/legal-review",
                Map.of("decision", "RETURN", "reason", "Period must start after the pre-construction meeting"));
        assertThat(returned.json().path("statusReason").asText()).contains("pre-construction");
        assertThat(as(TestUsers.OFFICER).put("/api/contracts/" + id + "/draft", Map.of("title", "Library roof",
                "value", 1100000, "periodStart", "2027-01-04", "periodEnd", "2027-03-26")).status()).isEqualTo(200);
        assertThat(as(TestUsers.OFFICER).post("/api/contracts/" + id + "/legal-review",
                Map.of("decision", "APPROVE", "reason", "Clauses checked")).json().path("status").asText())
                .isEqualTo("AWAITING_ACCEPTANCE");

        assertThat(as(TestUsers.NORTHSIDE).post("/api/contracts/" + id + "/acceptance",
                Map.of("decision", "ACCEPT", "reason", "not ours")).status()).isEqualTo(404);
        Response rejected = as(TestUsers.HARBOR).post("/api/contracts/" + id + "/acceptance",
                Map.of("decision", "REJECT", "reason", "Schedule B share for women should read 12%"));
        assertThat(rejected.json().path("status").asText()).isEqualTo("IN_LEGAL_REVIEW");
        as(TestUsers.OFFICER).post("/api/contracts/" + id + "/legal-review", Map.of("decision", "APPROVE", "reason", "Explained"));
        Response accepted = as(TestUsers.HARBOR).post("/api/contracts/" + id + "/acceptance",
                Map.of("decision", "ACCEPT", "reason", "Agreed"));
        assertThat(accepted.json().path("status").asText()).isEqualTo("EXECUTED");
        assertThat(endedAt(ContractAwardProcess.PROCESS_ID, id, ContractAwardProcess.END_EXECUTED)).isTrue();

        JsonNode calendar = as(TestUsers.HARBOR).get("/api/contracts/" + id + "/payroll-calendar").json();
        assertThat(calendar).hasSize(12);
        assertThat(calendar.get(0).path("weekEnding").asText()).isEqualTo("2027-01-09");
        assertThat(calendar.get(0).path("dueOn").asText()).isEqualTo("2027-01-16");
        assertThat(as(TestUsers.OFFICER).all("/api/contracts/" + id + "/audit").json().findValuesAsText("action"))
                .contains("DRAFTED", "RETURNED TO DRAFTING", "LEGAL REVIEW APPROVED", "REJECTED BY CONTRACTOR", "ACCEPTED AND EXECUTED");
    }

    @Test
    void whatTheOfficerWritesInLegalReviewIsNotFilledIntoTheContractorsAcceptanceForm() {
        long id = awardedContract("Reason carry-over").path("id").asLong();
        Tasklist tasklist = new Tasklist(forms, tasks, identity);
        String internal = "Internal: their price is 8% over our estimate; accept anyway";
        tasklist.submit(TestUsers.OFFICER, tasklist.openTask(ContractAwardProcess.PROCESS_ID, id, ContractAwardProcess.TASK_LEGAL_REVIEW),
                Map.of("decision", "APPROVE", "reason", internal));
        assertThat(as(TestUsers.OFFICER).get("/api/contracts/" + id).json().path("status").asText()).isEqualTo("AWAITING_ACCEPTANCE");

        String accept = tasklist.openTask(ContractAwardProcess.PROCESS_ID, id, ContractAwardProcess.TASK_ACCEPT);
        var filled = tasklist.formVariables(TestUsers.HARBOR, accept);
        assertThat(filled).as("the acceptance form starts with empty decision fields").doesNotContainKeys("decision", "reason");
        assertThat(filled.values()).as("nothing of the legal review reaches the contractor's form")
                .noneMatch(v -> String.valueOf(v).contains("8% over our estimate"));

        tasklist.submit(TestUsers.HARBOR, accept, Map.of("decision", "ACCEPT", "reason", "Agreed"));
        assertThat(as(TestUsers.HARBOR).get("/api/contracts/" + id).json().path("status").asText()).isEqualTo("EXECUTED");
        assertThat(as(TestUsers.OFFICER).all("/api/contracts/" + id + "/audit").json().findValuesAsText("reason"))
                .as("the reasons are kept where they belong: the contract's audit trail").contains(internal, "Agreed");
    }

    @Test
    void aLegalReviewAnsweredWithTheContractorsChoiceIsRefusedAndTheDraftStaysInReview() {
        long id = awardedContract("Decision of another step").path("id").asLong();

        Response accepted = as(TestUsers.OFFICER).post("/api/contracts/" + id + "/legal-review",
                Map.of("decision", "ACCEPT", "reason", "Clauses checked"));
        Response rejected = as(TestUsers.OFFICER).post("/api/contracts/" + id + "/legal-review",
                Map.of("decision", "REJECT", "reason", "Clauses checked"));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(422);
        assertThat(accepted.errorFor("decision")).contains("one of");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(422);
        assertThat(rejected.errorFor("decision")).contains("one of");
        assertThat(as(TestUsers.OFFICER).get("/api/contracts/" + id).json().path("status").asText()).isEqualTo("IN_LEGAL_REVIEW");
        assertThat(as(TestUsers.OFFICER).all("/api/contracts/" + id + "/audit").json().findValuesAsText("action"))
                .doesNotContain("RETURNED TO DRAFTING");
    }

    @Test
    void anAcceptanceFormThatNamesNoDecisionIsRefusedAndTheContractStillAwaitsTheContractor() {
        long id = awardedContract("Undecided acceptance").path("id").asLong();
        as(TestUsers.OFFICER).post("/api/contracts/" + id + "/legal-review", Map.of("decision", "APPROVE", "reason", "ok"));
        Tasklist tasklist = new Tasklist(forms, tasks, identity);

        tasklist.submit(TestUsers.HARBOR, tasklist.openTask(ContractAwardProcess.PROCESS_ID, id, ContractAwardProcess.TASK_ACCEPT),
                Map.of("decision", "MAYBE", "reason", "We have not decided yet"));

        assertThat(as(TestUsers.HARBOR).get("/api/contracts/" + id).json().path("status").asText()).isEqualTo("AWAITING_ACCEPTANCE");
        assertThat(as(TestUsers.OFFICER).all("/api/contracts/" + id + "/audit").json().findValuesAsText("action"))
                .doesNotContain("REJECTED BY CONTRACTOR");
        String again = tasklist.openTask(ContractAwardProcess.PROCESS_ID, id, ContractAwardProcess.TASK_ACCEPT);
        assertThat(tasklist.formVariables(TestUsers.HARBOR, again).get("refusal")).isEqualTo("choose a decision: ACCEPT or REJECT");
    }

    /**
     * An engine administrator sees every task in Tasklist and may try to accept for the contractor: the process refuses
     * it, and the refusal is told to the administrator who tried, not shown to the contractor who opens the task next as
     * "your last attempt was refused".
     */
    @Test
    void someoneElsesRefusedAttemptIsNotShownToTheTasksRightfulUser() {
        long id = awardedContract("Someone else's attempt").path("id").asLong();
        as(TestUsers.OFFICER).post("/api/contracts/" + id + "/legal-review", Map.of("decision", "APPROVE", "reason", "ok"));
        Tasklist tasklist = new Tasklist(forms, tasks, identity);

        tasklist.submit(TestUsers.ADMIN, tasklist.openTask(ContractAwardProcess.PROCESS_ID, id, ContractAwardProcess.TASK_ACCEPT),
                Map.of("decision", "ACCEPT", "reason", "Accepted on their behalf"));

        assertThat(as(TestUsers.HARBOR).get("/api/contracts/" + id).json().path("status").asText()).isEqualTo("AWAITING_ACCEPTANCE");
        String again = tasklist.openTask(ContractAwardProcess.PROCESS_ID, id, ContractAwardProcess.TASK_ACCEPT);
        assertThat(String.valueOf(tasklist.formVariables(TestUsers.ADMIN, again).get("refusal")))
                .as("told to who tried").contains("only the prime contractor");
        assertThat(tasklist.formVariables(TestUsers.HARBOR, again).get("refusal"))
                .as("not shown to the contractor, whose attempt it was not").isEqualTo("");

        tasklist.submit(TestUsers.HARBOR, again, Map.of("decision", "MAYBE", "reason", "We have not decided yet"));
        String third = tasklist.openTask(ContractAwardProcess.PROCESS_ID, id, ContractAwardProcess.TASK_ACCEPT);
        assertThat(tasklist.formVariables(TestUsers.HARBOR, third).get("refusal")).as("the contractor's own refusal")
                .isEqualTo("choose a decision: ACCEPT or REJECT");
        assertThat(tasklist.formVariables(TestUsers.ADMIN, third).get("refusal")).as("now not the administrator's").isEqualTo("");
    }

    @Test
    void aContractAwaitingAcceptanceSinceAnEarlierVersionLosesTheOfficersReasonFromItsVariablesAndHistory() {
        long id = awardedContract("Retired variables").path("id").asLong();
        as(TestUsers.OFFICER).post("/api/contracts/" + id + "/legal-review", Map.of("decision", "APPROVE", "reason", "ok"));
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(ContractAwardProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();
        Tasklist tasklist = new Tasklist(forms, tasks, identity);
        String accept = tasklist.openTask(ContractAwardProcess.PROCESS_ID, id, ContractAwardProcess.TASK_ACCEPT);
        // what earlier versions kept: the answers and a display copy of the contract, on the process or on a task
        runtime.setVariables(instance, Map.of("decision", "APPROVE", "contractSummary", "Contract " + id));
        tasks.setVariableLocal(accept, "reason", "Internal: legacy reason");

        assertThat(retired.remove(ContractAwardProcess.PROCESS_ID, ContractAwardProcess.RETIRED_VARIABLES)).isEqualTo(3);
        assertThat(retired.remove(ContractAwardProcess.PROCESS_ID, ContractAwardProcess.RETIRED_VARIABLES)).as("once").isZero();

        assertThat(tasklist.formVariables(TestUsers.HARBOR, accept)).doesNotContainKeys("decision", "reason", "contractSummary");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).includeDeleted().list())
                .extracting(org.operaton.bpm.engine.history.HistoricVariableInstance::getName)
                .doesNotContain("decision", "reason", "contractSummary").contains("contractId", "approved");
        assertThat(history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list())
                .noneMatch(d -> String.valueOf(((org.operaton.bpm.engine.history.HistoricVariableUpdate) d).getValue())
                        .contains("legacy reason"));
        tasklist.submit(TestUsers.HARBOR, accept, Map.of("decision", "ACCEPT", "reason", "Agreed"));
        assertThat(as(TestUsers.HARBOR).get("/api/contracts/" + id).json().path("status").asText()).isEqualTo("EXECUTED");
    }

    @Test
    void thePrimeReadsThatLegalReviewHappenedButNotWhatTheAgencyWroteInternally() {
        long id = awardedContract("Internal reasons").path("id").asLong();
        String returned = "Internal: their price is 8% over our estimate, tighten the period";
        String revised = "Roof replacement, negotiated";
        String approved = "Internal: counsel checked clause 4, no changes";
        String rejected = "Schedule B share for women should read 12%";
        as(TestUsers.OFFICER).post("/api/contracts/" + id + "/legal-review", Map.of("decision", "RETURN", "reason", returned));
        assertThat(as(TestUsers.HARBOR).get("/api/contracts/" + id).body()).as("the contract as the prime reads it")
                .doesNotContain("8% over our estimate");
        assertThat(as(TestUsers.OFFICER).get("/api/contracts/" + id).json().path("statusReason").asText()).contains("8% over our estimate");
        as(TestUsers.OFFICER).put("/api/contracts/" + id + "/draft", Map.of("title", revised, "value", 1100000,
                "periodStart", "2027-01-04", "periodEnd", "2027-03-26"));
        as(TestUsers.OFFICER).post("/api/contracts/" + id + "/legal-review", Map.of("decision", "APPROVE", "reason", approved));
        as(TestUsers.HARBOR).post("/api/contracts/" + id + "/acceptance", Map.of("decision", "REJECT", "reason", rejected));
        as(TestUsers.OFFICER).post("/api/contracts/" + id + "/legal-review", Map.of("decision", "APPROVE", "reason", approved));
        as(TestUsers.HARBOR).post("/api/contracts/" + id + "/acceptance", Map.of("decision", "ACCEPT", "reason", "Agreed"));
        as(TestUsers.OFFICER).post("/api/contracts/" + id + "/amendments", Map.of("effectiveFrom", "2027-02-01",
                "reason", "Wage reopener agreed with the union", "wageOffers", java.util.List.of(Map.of("classification", LABORER,
                        "baseRate", 47.50, "fringeRate", 26.85))));

        JsonNode prime = as(TestUsers.HARBOR).all("/api/contracts/" + id + "/audit").json();
        assertThat(prime.findValuesAsText("action")).as("the prime sees every step, and when")
                .containsExactly("DRAFTED", "RETURNED TO DRAFTING", "DRAFT REVISED", "LEGAL REVIEW APPROVED",
                        "REJECTED BY CONTRACTOR", "LEGAL REVIEW APPROVED", "ACCEPTED AND EXECUTED", "AMENDED");
        assertThat(prime.toString()).as("nothing the agency wrote for itself: legal review's reasons, its drafts")
                .doesNotContain("8% over our estimate", "clause 4", revised);
        assertThat(prime.findValuesAsText("reason")).as("what is written for the prime: its own answers, the amendment")
                .contains(rejected, "Agreed", "Wage reopener agreed with the union");
        assertThat(as(TestUsers.OFFICER).all("/api/contracts/" + id + "/audit").json().toString())
                .as("the agency reads its whole record").contains(returned, approved, revised, rejected);
    }

    @Test
    void anAmendmentIsANewVersionAndASubcontractorOwesItsOwnPayrolls() {
        long id = awardedContract("Contract amendment").path("id").asLong();
        as(TestUsers.OFFICER).put("/api/contracts/" + id + "/draft", Map.of("title", "Library roof", "value", 1100000,
                "periodStart", "2027-01-04", "periodEnd", "2027-06-25"));
        as(TestUsers.OFFICER).post("/api/contracts/" + id + "/legal-review", Map.of("decision", "APPROVE", "reason", "ok"));
        as(TestUsers.HARBOR).post("/api/contracts/" + id + "/acceptance", Map.of("decision", "ACCEPT", "reason", "ok"));

        Response amended = as(TestUsers.OFFICER).post("/api/contracts/" + id + "/amendments", Map.of("effectiveFrom", "2027-04-01",
                "reason", "Wage reopener agreed with the union", "wageOffers", java.util.List.of(Map.of("classification", LABORER,
                        "baseRate", 47.50, "fringeRate", 26.85))));
        assertThat(amended.status()).as(amended.body()).isEqualTo(200);
        assertThat(amended.json().path("current").path("number").asInt()).isEqualTo(2);
        String rule = "/api/contracts/" + id + "/wage-rule?classification=LABORER:%20COMMON%20OR%20GENERAL%20%28hyp.%29&date=";
        assertThat(as(TestUsers.AUDITOR).get(rule + "2027-03-31").json().path("committedBase").decimalValue()).isEqualByComparingTo("45.00");
        assertThat(as(TestUsers.AUDITOR).get(rule + "2027-04-01").json().path("committedBase").decimalValue()).isEqualByComparingTo("47.50");
        assertThat(as(TestUsers.OFFICER).get("/api/contracts/" + id + "/versions").json()).hasSize(2);
        // the rule book is a snapshot: usable after its transaction, as payroll checks use it
        var book = contractsApi.ruleBook(id);
        assertThat(book.wageRule(LABORER, java.time.LocalDate.of(2027, 3, 31)).orElseThrow().committedBase()).isEqualByComparingTo("45.00");
        assertThat(book.wageRule(LABORER, java.time.LocalDate.of(2027, 4, 1)).orElseThrow().committedBase()).isEqualByComparingTo("47.50");
        assertThat(book.workforceRules(java.time.LocalDate.of(2027, 4, 1))).isNotEmpty();

        long northside = users.vendorOf(TestUsers.NORTHSIDE);
        Response sub = as(TestUsers.HARBOR).post("/api/contracts/" + id + "/subcontractors", Map.of("vendorId", northside,
                "trade", "Electrical", "startsOn", "2027-02-01", "endsOn", "2027-02-26"));
        assertThat(sub.status()).as(sub.body()).isEqualTo(200);
        JsonNode subCalendar = as(TestUsers.NORTHSIDE).get("/api/contracts/" + id + "/payroll-calendar").json();
        assertThat(subCalendar).hasSize(4).allSatisfy(w -> assertThat(w.path("vendorId").asLong()).isEqualTo(northside));
        assertThat(as(TestUsers.NORTHSIDE).post("/api/contracts/" + id + "/subcontractors", Map.of("vendorId", northside,
                "trade", "Electrical", "startsOn", "2027-02-01", "endsOn", "2027-02-26")).status()).as("only the prime adds subs").isEqualTo(404);
        Response outside = as(TestUsers.HARBOR).post("/api/contracts/" + id + "/subcontractors", Map.of("vendorId", northside,
                "trade", "Electrical", "startsOn", "2026-02-01", "endsOn", "2026-02-26"));
        assertThat(outside.status()).isEqualTo(409);
    }

    @Test
    void badAmendmentsAndSubcontractsAreRefusedAndTheHistoryKeepsItsReasons() {
        long id = executed("Contract guards");
        String amend = "/api/contracts/" + id + "/amendments";
        Response past = as(TestUsers.OFFICER).post(amend, Map.of("effectiveFrom", "2026-01-01", "reason", "backdated"));
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.errorFor("effectiveFrom")).contains("past");
        Response late = as(TestUsers.OFFICER).post(amend, Map.of("effectiveFrom", "2099-01-01", "reason", "far future"));
        assertThat(late.errorFor("effectiveFrom")).contains("contract period");
        Response cut = as(TestUsers.OFFICER).post(amend, Map.of("effectiveFrom", "2027-02-01", "reason", "cut wages",
                "wageOffers", java.util.List.of(Map.of("classification", LABORER, "baseRate", 1.00, "fringeRate", 26.85))));
        assertThat(cut.status()).isEqualTo(422);
        assertThat(cut.errorFor("wageOffers[0]")).contains("may not be below");

        long harbor = users.vendorOf(TestUsers.HARBOR);
        long northside = users.vendorOf(TestUsers.NORTHSIDE);
        long quick = users.vendorOf(TestUsers.QUICK);
        String subs = "/api/contracts/" + id + "/subcontractors";
        assertThat(as(TestUsers.HARBOR).post(subs, sub(harbor)).errorFor("vendorId")).contains("its own subcontractor");
        Response ineligible = as(TestUsers.HARBOR).post(subs, sub(quick));
        assertThat(ineligible.status()).isEqualTo(422);
        assertThat(ineligible.errorFor("vendorId")).contains("not eligible to subcontract", "(unresolved wage theft)").doesNotContain("UNRESOLVED_WAGE_THEFT", "entry ");
        assertThat(as(TestUsers.HARBOR).post(subs, sub(northside)).status()).isEqualTo(200);
        assertThat(as(TestUsers.HARBOR).post(subs, sub(northside)).status()).as("overlapping span").isEqualTo(409);
        JsonNode asSub = as(TestUsers.NORTHSIDE).get("/api/contracts/" + id).json();
        assertThat(asSub.has("value")).as("the prime's price").isFalse();
        assertThat(asSub.path("current").path("wages")).as("the commitments it inherits").isNotEmpty();
        assertThat(as(TestUsers.NORTHSIDE).all("/api/contracts/" + id + "/audit").status()).isEqualTo(404);
        assertThat(pdfStatus(TestUsers.NORTHSIDE, id)).as("the full contract, price included").isEqualTo(404);

        as(TestUsers.OFFICER).post(amend, Map.of("effectiveFrom", "2027-02-01", "reason", "Raise for laborers",
                "wageOffers", java.util.List.of(Map.of("classification", LABORER, "baseRate", 46.00, "fringeRate", 26.85))));
        JsonNode versions = as(TestUsers.OFFICER).get("/api/contracts/" + id + "/versions").json();
        assertThat(versions.findValuesAsText("reason")).hasSize(2).allSatisfy(r -> assertThat(r).isNotBlank());
        assertThat(versions.get(0).path("effectiveFrom").asText()).as("version 1 starts with the settled period").isEqualTo("2027-01-04");
        String wages = versions.get(1).path("clauses").get(0).path("body").asText();
        assertThat(wages).contains("$46.00 base").contains("$60.00 base");

        // a classification the bid did not list still binds the legal minimum of the pinned wage determination
        JsonNode plumber = as(TestUsers.AUDITOR).get("/api/contracts/" + id + "/wage-rule?classification=PLUMBER%20%28hyp.%29&date=2027-02-01").json();
        assertThat(plumber.path("committedBase").decimalValue()).isEqualByComparingTo("59.20");
        assertThat(plumber.path("committedFringe").decimalValue()).isEqualByComparingTo("32.55");
        assertThat(plumber.path("binding").asText()).contains("not in the bid");
    }

    @Test
    void aContractorUserLinkedAfterDraftingMayAcceptForItsVendor() {
        long id = awardedContract("Late-linked user").path("id").asLong();
        as(TestUsers.OFFICER).post("/api/contracts/" + id + "/legal-review", Map.of("decision", "APPROVE", "reason", "ok"));
        if (!directory.userExists("harbor2")) {
            directory.createUser("harbor2", "Hal", "Harbor", "hal@harbor.example", TestUsers.PASSWORD,
                    org.highroad.platform.security.Role.CONTRACTOR);
        }
        assertThat(as(TestUsers.ADMIN).put("/api/vendors/" + users.vendorOf(TestUsers.HARBOR) + "/users/harbor2", "{}").status())
                .isEqualTo(204);
        Response accepted = as("harbor2").post("/api/contracts/" + id + "/acceptance", Map.of("decision", "ACCEPT", "reason", "ok"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().path("status").asText()).isEqualTo("EXECUTED");
    }

    private long executed(String title) {
        long id = awardedContract(title).path("id").asLong();
        as(TestUsers.OFFICER).put("/api/contracts/" + id + "/draft", Map.of("title", title, "value", 1100000,
                "periodStart", "2027-01-04", "periodEnd", "2027-06-25"));
        as(TestUsers.OFFICER).post("/api/contracts/" + id + "/legal-review", Map.of("decision", "APPROVE", "reason", "ok"));
        as(TestUsers.HARBOR).post("/api/contracts/" + id + "/acceptance", Map.of("decision", "ACCEPT", "reason", "ok"));
        return id;
    }

    private static Map<String, Object> sub(long vendor) {
        return Map.of("vendorId", vendor, "trade", "Electrical", "startsOn", "2027-02-01", "endsOn", "2027-02-26");
    }

    private int status(String user, long id) {
        return as(user).get("/api/contracts/" + id).status();
    }

    private int pdfStatus(String user, long id) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/contracts/" + id + "/document.pdf"))
                    .header("Accept", "application/pdf, application/problem+json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestUsers.PASSWORD).getBytes()))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private byte[] pdf(String user, long id) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/contracts/" + id + "/document.pdf"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestUsers.PASSWORD).getBytes()))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/pdf");
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
