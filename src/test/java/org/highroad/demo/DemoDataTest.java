package org.highroad.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.highroad.standards.Adoption;
import org.highroad.standards.StandardCatalog;
import org.highroad.support.ApiTest;
import org.highroad.support.Http;
import org.highroad.transparency.OcdsPublication;
import org.highroad.transparency.OcdsSchemas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo a new user meets after start-up, played through the real processes in a database of its own: the adopted
 * standard (another still waiting for review), Harbor's executed contract with its clauses and PDF, the solicitation
 * open for bids, Harbor's reporting calendar (weeks received, one missing, the last one due), the findings of the late
 * and the underpaid weeks in a case for the auditor, the OCDS record of the awarded solicitation valid against the
 * patched schema, the public contract page with its shares published, and a second load that adds nothing.
 */
// Run by surefire's execution "demo-story", in a JVM of its own (see pom.xml): its engine would take the name the other
// tests' Tasklist requests find theirs by.
@TestPropertySource(properties = {"highroad.demo-data.scenario.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:highroad-demo-test;DB_CLOSE_DELAY=-1"})
class DemoDataTest extends ApiTest {

    @Autowired
    StandardCatalog standards;
    @Autowired
    OcdsPublication publication;
    @Autowired
    DemoDataLoader loader;
    @Autowired
    DemoScenario scenario;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.time.Clock clock;

    @Test
    void aNewUserFindsTheStoryPlayedOnceThroughTheProcesses() throws Exception {
        // the administrator adopted the construction and the subsidy standards; the two others still wait for review
        assertThat(standards.version(DemoScenario.STANDARD, 1).adoption().status()).isEqualTo(Adoption.Status.ADOPTED);
        assertThat(standards.version(DemoScenario.SUBSIDY_STANDARD, 1).adoption().status()).isEqualTo(Adoption.Status.ADOPTED);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_task where task_def_key_ = 'userTask_reviewStandardVersion'",
                Long.class)).isEqualTo(2);

        // the workforce board's program on the wioa-ojt terms, Harbor's agreed request with its trainee named, and its
        // second request waiting for workforce staff in Tasklist; Northside sees neither
        JsonNode program = only(as("staff").get("/api/subsidy-programs").json(), "code", DemoScenario.SUBSIDY_PROGRAM);
        assertThat(program.path("terms").path("minimumWage").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(program.path("terms").path("minHoursPerWeek").decimalValue()).isEqualByComparingTo("32");
        assertThat(program.path("terms").path("budget").decimalValue()).isEqualByComparingTo("250000.00");
        JsonNode agreed = only(as("harbor").all("/api/subsidy-requests").json(), "status", "AGREED");
        // $27.50 x 480 training hours x 50% = $6,600.00 for one trainee; $24.00 x 520 x 50% x 3 = $18,720.00
        assertThat(agreed.path("reimbursementTotal").decimalValue()).isEqualByComparingTo("6600.00");
        long agreedId = agreed.path("id").asLong();
        assertThat(as("harbor").get("/api/subsidy-requests/" + agreedId + "/hires").json().findValuesAsText("workerRef"))
                .containsExactly(DemoScenario.SUBSIDY_TRAINEE);
        JsonNode waiting = only(as("staff").all("/api/subsidy-requests").json(), "status", "IN_REVIEW");
        assertThat(waiting.path("reimbursementTotal").decimalValue()).isEqualByComparingTo("18720.00");
        assertThat(jdbc.queryForObject("select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_ "
                + "where t.task_def_key_ = 'userTask_reviewSubsidy' and e.business_key_ = ?", Long.class,
                waiting.path("id").asText())).as("the review task in workforce staff's Tasklist").isEqualTo(1L);
        assertThat(as("northside").get("/api/subsidy-requests/" + agreedId).status()).isEqualTo(404);
        assertThat(as("northside").all("/api/subsidy-requests").json().size()).isZero();
        // what a new user meets on the pages: the employer's requests and the program to apply to; staff's queue
        org.highroad.support.PageSession employer = new org.highroad.support.PageSession(port);
        employer.signIn("harbor", DemoData.PASSWORD);
        String portal = employer.get("/portal/subsidies").body();
        assertThat(portal).contains("id=\"request-" + agreedId + "\"", "id=\"request-" + waiting.path("id").asLong() + "\"",
                "Demo City on-the-job training (WIOA OJT)").doesNotContain("id=\"no-requests\"");
        org.highroad.support.PageSession staff = new org.highroad.support.PageSession(port);
        staff.signIn("staff", DemoData.PASSWORD);
        assertThat(staff.get("/staff/subsidies/requests?status=IN_REVIEW").body())
                .contains("id=\"request-" + waiting.path("id").asLong() + "\"");

        // Harbor's executed contract, with its clauses, schedules and PDF
        JsonNode contract = only(as("harbor").all("/api/contracts").json(), "title", DemoScenario.AWARDED_TITLE);
        long id = contract.path("id").asLong();
        assertThat(contract.path("status").asText()).isEqualTo("EXECUTED");
        JsonNode full = as("harbor").get("/api/contracts/" + id).json();
        assertThat(full.path("current").path("clauses").size()).isPositive();
        assertThat(full.path("current").path("wages").findValuesAsText("classification"))
                .contains(DemoScenario.ELECTRICIAN, DemoScenario.LABORER);
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/contracts/" + id + "/document.pdf")).header("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("harbor:demo".getBytes())).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        LocalDate today = LocalDate.now(clock);
        assertThat(LocalDate.parse(full.path("periodStart").asText())).isBefore(today);
        assertThat(LocalDate.parse(full.path("periodEnd").asText())).isAfter(today);
        // Quickbuild was screened out by its wage-theft record; Northside ranked second
        JsonNode awardedBids = as("officer").all("/api/solicitations/" + contract.path("solicitationId").asLong() + "/bids").json();
        assertThat(awardedBids.findValuesAsText("status")).contains("AWARDED", "DISQUALIFIED");
        assertThat(as("northside").get("/api/contracts/" + id).status()).isEqualTo(404);

        // the second solicitation is open for bids, weeks ahead
        JsonNode open = only(as("northside").get("/api/solicitations").json(), "title", DemoScenario.OPEN_TITLE);
        assertThat(open.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(OffsetDateTime.parse(open.path("submissionDeadline").asText())).isAfter(OffsetDateTime.now(clock).plusWeeks(3));
        // as the README suggests: Northside bids on it with the walkthrough's body
        Http.Response bid = as("northside").post("/api/solicitations/" + open.path("id").asLong() + "/bids",
                Http.JSON.readTree(java.nio.file.Files.readString(java.nio.file.Path.of("docs/walkthrough/bid-northside.json"))));
        assertThat(bid.status()).as(bid.body()).isEqualTo(201);

        // Harbor's calendar: the weeks filed received, the next one missing, last Saturday's week due
        DemoScenario.Weeks weeks = DemoScenario.Weeks.asOf(today);
        JsonNode compliance = as("harbor").get("/api/contracts/" + id + "/payroll-compliance").json();
        Map<String, String> states = new HashMap<>();
        compliance.path("weeks").forEach(w -> states.put(w.path("weekEnding").asText(), w.path("state").asText()));
        for (LocalDate filed : weeks.filed()) {
            assertThat(states).containsEntry(filed.toString(), "RECEIVED");
        }
        assertThat(states).containsEntry(weeks.missing().toString(), "MISSING").containsEntry(weeks.due().toString(), "NOT_DUE");
        assertThat(compliance.path("missingReports").asInt()).isEqualTo(1);
        assertThat(compliance.path("compliant").asBoolean()).isFalse();

        // the findings: every week past its due date when the contract was executed is late; the laborer of the last week
        // filed was paid $2.00 under the committed $45.00 for 40 hours: $80.00 owed
        JsonNode findings = as("auditor").all("/api/contracts/" + id + "/payroll-findings").json();
        List<String> late = new ArrayList<>();
        BigDecimal underpaid = BigDecimal.ZERO;
        for (JsonNode f : findings) {
            if (f.path("kind").asText().equals("LATE_REPORT")) {
                late.add(f.path("weekEnding").asText());
            }
            if (f.path("kind").asText().equals("UNDERPAID_BASE")) {
                assertThat(f.path("workerRef").asText()).isEqualTo(DemoScenario.UNDERPAID_WORKER);
                underpaid = underpaid.add(f.path("amountOwed").decimalValue());
            }
        }
        List<String> expectedLate = new ArrayList<>(weeks.filed().stream().map(LocalDate::toString).toList());
        expectedLate.add(weeks.missing().toString());
        assertThat(late).containsExactlyInAnyOrderElementsOf(expectedLate);
        assertThat(underpaid).isEqualByComparingTo("80.00");
        assertThat(as("auditor").get("/api/cases").json().path("totalElements").asLong()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_task where task_def_key_ = 'userTask_reviewRound'",
                Long.class)).as("one review task for the case's round, whatever its number of findings").isEqualTo(1L);

        // OCDS: the awarded solicitation's record validates against the patched schema; the shares over ten workers are
        // published (five in each group and five outside it)
        publication.publishChangesOf(contract.path("solicitationId").asLong());
        String ocid = publication.ocidOfSolicitation(contract.path("solicitationId").asLong());
        assertThat(ocid).startsWith("ocds-demo01-");
        HttpResponse<String> record = publicGet("/public/ocds/records/" + ocid);
        assertThat(record.statusCode()).isEqualTo(200);
        JsonNode recordPackage = Http.JSON.readTree(record.body());
        assertThat(OcdsSchemas.problems(recordPackage, true)).as(record.body()).isEmpty();
        JsonNode metrics = recordPackage.path("records").get(0).path("compiledRelease").path("contracts").get(0)
                .path("implementation").path("metrics");
        Map<String, JsonNode> byId = new HashMap<>();
        metrics.forEach(m -> byId.put(m.path("id").asText(), m.path("observations").get(0)));
        assertThat(byId.get("share-women-project").path("measure").decimalValue()).isEqualByComparingTo("50");
        assertThat(byId.get("share-people_of_color-project") == null ? byId.keySet().stream()
                .filter(k -> k.startsWith("share-") && k.endsWith("-project")).count() : 1L).isPositive();
        publication.publishChangesOf(open.path("id").asLong());
        String openOcid = publication.ocidOfSolicitation(open.path("id").asLong());
        JsonNode tender = Http.JSON.readTree(publicGet("/public/ocds/records/" + openOcid).body());
        assertThat(tender.path("records").get(0).path("compiledRelease").path("tender").path("status").asText()).isEqualTo("active");

        HttpResponse<String> page = publicGet("/public/contracts/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Commitments", DemoScenario.AWARDED_TITLE, "50%");

        // a restart loads nothing twice
        long solicitations = count("solicitation");
        long contracts = count("contract");
        long submissions = count("payroll_submission");
        loader.loadOnce();
        assertThat(scenario.played()).isTrue();
        assertThat(count("solicitation")).isEqualTo(solicitations).isEqualTo(2);
        assertThat(count("contract")).isEqualTo(contracts).isEqualTo(1);
        assertThat(count("payroll_submission")).isEqualTo(submissions).isEqualTo(weeks.filed().size());
        assertThat(count("subsidy_program")).isEqualTo(1);
        assertThat(count("subsidy_request")).isEqualTo(2);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static JsonNode only(JsonNode list, String field, String value) {
        JsonNode items = list.has("items") ? list.path("items") : list;
        List<JsonNode> found = new ArrayList<>();
        items.forEach(n -> {
            if (n.path(field).asText().equals(value)) {
                found.add(n);
            }
        });
        assertThat(found).as(list.toString()).hasSize(1);
        return found.get(0);
    }

    private HttpResponse<String> publicGet(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
