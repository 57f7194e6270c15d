package org.highroad.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.highroad.payroll.PayrollTest;
import org.highroad.support.Http;
import org.highroad.support.Http.Response;
import org.highroad.support.LoopbackClient;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every list that can grow is paged the same way (run on H2 by {@link PagedListsTest} and on PostgreSQL by
 * {@link PagedListsPostgresTest}): walking a list of N+1 rows or more a page of N at a time gives every row exactly
 * once, in the order of the whole list read at once, with the total the database counts; a contractor's total counts
 * only what it may see; wrong parameters are a 400 naming the field.
 */
abstract class PagedListsContract extends PayrollTest {

    private static final String[] WEEKS = {"2027-01-09", "2027-01-16", "2027-01-23"};

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    /** The largest page the API serves. */
    private static final int LARGEST_PAGE = 200;

    /**
     * Walks the list at {@code path} a page of {@code total - 1} rows at a time (so the last page holds one row), or of
     * one row less than the largest page when the shared test database has more rows than that, and checks each page's
     * numbers, that the pages together are the whole list read in pages of the largest size, and that no row (by
     * {@code id}, where the rows have one) comes twice. Returns the rows.
     */
    private List<JsonNode> walk(String user, String path, long total) {
        assertThat(total).as(path + ": a list of at least two rows to page through").isGreaterThanOrEqualTo(2);
        String glue = path.contains("?") ? "&" : "?";
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Response whole = as(user).get(path + glue + "size=" + LARGEST_PAGE + "&page=" + page);
            assertThat(whole.status()).as(whole.body()).isEqualTo(200);
            assertThat(whole.json().path("totalElements").asLong()).as(path + " total").isEqualTo(total);
            whole.json().path("items").forEach(all::add);
            if (whole.json().path("items").size() < LARGEST_PAGE) {
                break;
            }
        }
        int size = (int) Math.min(total - 1, LARGEST_PAGE - 1);
        int pages = (int) ((total + size - 1) / size);
        List<JsonNode> walked = new ArrayList<>();
        for (int page = 0; page < pages; page++) {
            Response answer = as(user).get(path + glue + "size=" + size + "&page=" + page);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            JsonNode body = answer.json();
            assertThat(body.path("page").asInt()).isEqualTo(page);
            assertThat(body.path("size").asInt()).isEqualTo(size);
            assertThat(body.path("totalElements").asLong()).as(path + " total on page " + page).isEqualTo(total);
            assertThat(body.path("totalPages").asInt()).isEqualTo(pages);
            assertThat(body.path("items").size()).as(path + " rows on page " + page)
                    .isEqualTo(page < pages - 1 ? size : (int) (total - (long) size * (pages - 1)));
            body.path("items").forEach(walked::add);
        }
        Response beyond = as(user).get(path + glue + "size=" + size + "&page=" + pages);
        assertThat(beyond.json().path("items").size()).as("past the last page").isZero();
        assertThat(walked).as(path + ": the pages are the whole list, in order").containsExactlyElementsOf(all);
        Set<Long> ids = new HashSet<>();
        for (JsonNode row : walked) {
            if (row.has("id")) {
                assertThat(ids.add(row.path("id").asLong())).as(path + ": row " + row.path("id") + " once").isTrue();
            }
        }
        return walked;
    }

    private long total(String user, String path) {
        Response answer = as(user).get(path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().path("totalElements").asLong();
    }

    private static List<Long> ids(List<JsonNode> rows, String field) {
        return rows.stream().map(r -> r.path(field).asLong()).toList();
    }

    private static List<Long> ids(JsonNode rows, String field) {
        List<Long> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.path(field).asLong()));
        return ids;
    }

    private void registerVendor(int i) {
        int n = (int) (System.nanoTime() % 9_000_000) + i;
        Response created = as(TestUsers.OFFICER).post("/api/vendors", java.util.Map.of("legalName", "Paged Vendor " + n,
                "ein", String.format("%02d-%07d", 90 + i, n % 10_000_000), "uei", String.format("P%011d", n),
                "address", java.util.Map.of("street", "1 Page Street", "city", "Demo City", "country", "US")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @Test
    void aContractsPayrollsFindingsCaseAndTrailPageWithoutOverlapAndEachCallerCountsWhatItSees() {
        long contract = contractWithStatement("Paged lists");
        long harbor = users.vendorOf(TestUsers.HARBOR);
        long northside = users.vendorOf(TestUsers.NORTHSIDE);
        for (String week : WEEKS) { // two electricians paid $30.00 of the committed rate, each week
            Response sent = post(TestUsers.HARBOR, contract, week, HEADER + "\n" + row(1, "Garcia", "1234", "30.00", "1200.00",
                    ELECTRICIAN) + "\n" + row(2, "Lee", "5678", "30.00", "1200.00", ELECTRICIAN) + "\n");
            assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        }
        // a subcontractor's underpaid week: its own findings, in its own case, of which Harbor is the liable prime
        Response sub = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/subcontractors", java.util.Map.of("vendorId",
                northside, "trade", "Electrical", "startsOn", "2027-01-04", "endsOn", "2027-01-29"));
        assertThat(sub.status()).as(sub.body()).isEqualTo(200);
        assertThat(as(TestUsers.NORTHSIDE).post("/api/contracts/" + contract + "/compliance-statements", statement(List.of()))
                .status()).isEqualTo(201);
        Response subs = post(TestUsers.NORTHSIDE, contract, WEEKS[0], HEADER + "\n" + row(1, "Kim", "9012", "30.00", "1200.00",
                ELECTRICIAN) + "\n");
        assertThat(subs.status()).as(subs.body()).isEqualTo(201);

        // payrolls of the contract: four, by week; each contractor counts its own
        List<JsonNode> payrolls = walk(TestUsers.AUDITOR, "/api/contracts/" + contract + "/payrolls",
                count("select count(*) from payroll_submission where contract_id = ?", contract));
        assertThat(payrolls).extracting(p -> p.path("weekEnding").asText()).containsExactly(WEEKS[0], WEEKS[0], WEEKS[1], WEEKS[2]);
        assertThat(total(TestUsers.HARBOR, "/api/contracts/" + contract + "/payrolls")).isEqualTo(3);
        assertThat(walk(TestUsers.HARBOR, "/api/contracts/" + contract + "/payrolls?sort=weekEnding,desc", 3))
                .extracting(p -> p.path("weekEnding").asText()).containsExactly(WEEKS[2], WEEKS[1], WEEKS[0]);
        assertThat(total(TestUsers.NORTHSIDE, "/api/contracts/" + contract + "/payrolls")).isEqualTo(1);

        // findings of the contract: by week, then id
        long findings = count("select count(*) from payroll_finding where contract_id = ?", contract);
        assertThat(findings).as("two workers underpaid in each of three weeks").isGreaterThanOrEqualTo(6);
        List<JsonNode> found = walk(TestUsers.AUDITOR, "/api/contracts/" + contract + "/payroll-findings", findings);
        assertThat(found).extracting(f -> f.path("weekEnding").asText()).isSorted();
        long harborsFindings = count("select count(*) from payroll_finding where contract_id = ? and vendor_id = ?", contract, harbor);
        long northsidesFindings = count("select count(*) from payroll_finding where contract_id = ? and vendor_id = ?", contract,
                northside);
        assertThat(northsidesFindings).isPositive().isLessThan(findings);
        assertThat(total(TestUsers.HARBOR, "/api/contracts/" + contract + "/payroll-findings")).isEqualTo(harborsFindings)
                .isLessThan(findings);
        assertThat(total(TestUsers.NORTHSIDE, "/api/contracts/" + contract + "/payroll-findings")).isEqualTo(northsidesFindings);
        assertThat(ids(as(TestUsers.NORTHSIDE).all("/api/contracts/" + contract + "/payroll-findings").json(), "vendorId"))
                .containsOnly(northside);
        List<JsonNode> byAmount = walk(TestUsers.AUDITOR, "/api/contracts/" + contract + "/payroll-findings?sort=amountOwed,desc",
                findings);
        assertThat(byAmount).extracting(f -> f.path("amountOwed").decimalValue()).isSortedAccordingTo((a, b) -> b.compareTo(a));

        // the case holding them, and its findings in the order the case holds them
        long caseId = count("select id from compliance_case where contract_id = ? and vendor_id = ?", contract, harbor);
        long subsCase = count("select id from compliance_case where contract_id = ? and vendor_id = ?", contract, northside);
        long held = count("select count(*) from case_finding where case_id = ?", caseId);
        List<JsonNode> caseFindings = walk(TestUsers.AUDITOR, "/api/cases/" + caseId + "/findings", held);
        assertThat(caseFindings).extracting(f -> f.path("finding").path("id").asLong()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(jdbc.queryForList("select finding_id from case_finding where case_id = ?",
                        Long.class, caseId));
        org.highroad.support.Jobs.runDue(management);
        long reviewed = caseFindings.get(0).path("finding").path("id").asLong();
        Response confirmed = as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/findings/" + reviewed + "/review",
                java.util.Map.of("decision", "CONFIRM", "reason", "Paged: rate below the schedule"));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(walk(TestUsers.AUDITOR, "/api/cases/" + caseId + "/findings", held).get(0).path("reason").asText())
                .isEqualTo("Paged: rate below the schedule");
        List<JsonNode> contractors = walk(TestUsers.HARBOR, "/api/cases/" + caseId + "/findings", held);
        assertThat(contractors.get(0).path("review").asText()).isEqualTo("CONFIRMED");
        assertThat(contractors).as("the contractor reads no review note nor reviewer").allSatisfy(f -> {
            assertThat(f.path("reason").asText("")).isEmpty();
            assertThat(f.path("reviewedBy").asText("")).isEmpty();
        });
        assertThat(as(TestUsers.NORTHSIDE).get("/api/cases/" + caseId + "/findings").status()).isEqualTo(404);
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/findings?sort=findingId").errorFor("sort"))
                .contains("one order");

        // the auditor's queue: every case; a contractor's total counts only its own and its subcontractors'
        List<JsonNode> queue = walk(TestUsers.AUDITOR, "/api/cases", count("select count(*) from compliance_case"));
        assertThat(ids(queue, "id")).contains(caseId);
        assertThat(queue).extracting(c -> c.path("status").asText()).isSortedAccordingTo((a, b) -> b.compareTo(a));
        long harborsCases = count("select count(*) from compliance_case where vendor_id = ? or prime_vendor_id = ?", harbor, harbor);
        assertThat(total(TestUsers.HARBOR, "/api/cases")).isEqualTo(harborsCases);
        assertThat(ids(as(TestUsers.HARBOR).all("/api/cases").json(), "id")).as("its own and, as the prime, its sub's")
                .contains(caseId, subsCase);
        long northsidesCases = count("select count(*) from compliance_case where vendor_id = ? or prime_vendor_id = ?", northside,
                northside);
        assertThat(total(TestUsers.NORTHSIDE, "/api/cases")).as("other vendors' cases are not counted").isEqualTo(northsidesCases)
                .isLessThan(queue.size());
        assertThat(ids(as(TestUsers.NORTHSIDE).all("/api/cases").json(), "id")).contains(subsCase).doesNotContain(caseId);
        List<JsonNode> oldestFirst = walk(TestUsers.AUDITOR, "/api/cases?sort=openedAt,asc", queue.size());
        assertThat(oldestFirst).extracting(c -> c.path("openedAt").asText()).isSorted();

        // contracts: every one for staff; a contractor those it is party to
        if (count("select count(*) from contract") < 2) { // this test alone on a fresh database
            clock.reset();
            executedContract("Paged lists, a second contract");
        }
        List<JsonNode> contracts = walk(TestUsers.OFFICER, "/api/contracts", count("select count(*) from contract"));
        assertThat(ids(contracts, "id")).as("newest first").isSortedAccordingTo((a, b) -> Long.compare(b, a)).contains(contract);
        assertThat(total(TestUsers.HARBOR, "/api/contracts")).isEqualTo(count("select count(*) from contract c where "
                + "c.prime_vendor_id = ? or exists (select 1 from subcontractor s where s.contract_id = c.id and s.vendor_id = ?)",
                harbor, harbor));
        assertThat(total(TestUsers.NORTHSIDE, "/api/contracts")).isEqualTo(count("select count(*) from contract c where "
                + "c.prime_vendor_id = ? or exists (select 1 from subcontractor s where s.contract_id = c.id and s.vendor_id = ?)",
                northside, northside));
        assertThat(ids(as(TestUsers.NORTHSIDE).all("/api/contracts").json(), "id")).as("as a subcontractor").contains(contract);

        // the contract's audit trail, oldest first
        long entries = count("select count(*) from audit_event where subject_type = 'contract' and subject_id = ?", contract);
        List<JsonNode> trail = walk(TestUsers.OFFICER, "/api/contracts/" + contract + "/audit", entries);
        assertThat(trail).extracting(e -> e.path("at").asText()).isSorted();
        assertThat(total(TestUsers.HARBOR, "/api/contracts/" + contract + "/audit")).isEqualTo(entries);
    }

    @Test
    void aSolicitationsBidsAndTrailPageAndABidderCountsOnlyItsOwnBids() {
        long solicitation = publishedSolicitation("Paged bids");
        long first = submit(TestUsers.HARBOR, solicitation, strongBid("1200000"));
        submit(TestUsers.NORTHSIDE, solicitation, middleBid("1100000"));
        long second = submit(TestUsers.HARBOR, solicitation, strongBid("1150000"));
        deadlinePasses(solicitation);
        long harbor = users.vendorOf(TestUsers.HARBOR);

        long bids = count("select count(*) from bid where solicitation_id = ?", solicitation);
        List<JsonNode> all = walk(TestUsers.OFFICER, "/api/solicitations/" + solicitation + "/bids", bids);
        assertThat(ids(all, "id")).as("in the order they came").isSorted().contains(first, second);
        List<JsonNode> cheapest = walk(TestUsers.OFFICER, "/api/solicitations/" + solicitation + "/bids?sort=price,asc", bids);
        assertThat(cheapest).extracting(b -> b.path("price").decimalValue()).isSortedAccordingTo(java.math.BigDecimal::compareTo);
        long harbors = count("select count(*) from bid where solicitation_id = ? and vendor_id = ?", solicitation, harbor);
        assertThat(harbors).isLessThan(bids);
        assertThat(total(TestUsers.HARBOR, "/api/solicitations/" + solicitation + "/bids")).isEqualTo(harbors);
        assertThat(ids(as(TestUsers.HARBOR).all("/api/solicitations/" + solicitation + "/bids").json(), "vendorId"))
                .containsOnly(harbor);

        walk(TestUsers.OFFICER, "/api/solicitations/" + solicitation + "/audit",
                count("select count(*) from audit_event where subject_type = 'solicitation' and subject_id = ?", solicitation));
        walk(TestUsers.OFFICER, "/api/bids/" + first + "/audit",
                count("select count(*) from audit_event where subject_type = 'bid' and subject_id = ?", first));
    }

    @Test
    void vendorsComplaintsAndSubsidyRequestsPageAndAContractorCountsOnlyItsOwn() {
        for (int i = 0; i < 3; i++) {
            registerVendor(i);
        }
        List<JsonNode> vendors = walk(TestUsers.AUDITOR, "/api/vendors", count("select count(*) from vendor"));
        assertThat(vendors).extracting(v -> v.path("profile").path("legalName").asText()).isSorted();
        List<JsonNode> descending = walk(TestUsers.AUDITOR, "/api/vendors?sort=legalName,desc", vendors.size());
        assertThat(descending).extracting(v -> v.path("profile").path("legalName").asText())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        JsonNode own = as(TestUsers.HARBOR).get("/api/vendors").json();
        assertThat(own.path("totalElements").asLong()).as("a contractor counts its own vendor only").isEqualTo(1);
        assertThat(own.path("items").get(0).path("id").asLong()).isEqualTo(users.vendorOf(TestUsers.HARBOR));

        LoopbackClient worker = new LoopbackClient(port);
        for (int i = 0; i < 2; i++) {
            LoopbackClient.Answer filed = worker.send("POST", "/api/public/complaints", "application/json",
                    "{\"employer\":\"Harbor Builders\",\"worksite\":\"12 Main Street\",\"narrative\":\"Paged complaint " + i
                            + ": paid for 40 of 50 hours.\",\"language\":\"en\"}");
            assertThat(filed.status()).as(filed.body()).isBetween(200, 202);
        }
        List<JsonNode> complaints = walk(TestUsers.AUDITOR, "/api/complaints", count("select count(*) from worker_complaint"));
        assertThat(ids(complaints, "id")).as("newest first").isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(as(TestUsers.HARBOR).get("/api/complaints").status()).isEqualTo(403);
        List<JsonNode> byWeek = walk(TestUsers.AUDITOR, "/api/complaints?sort=weekEnding,desc", complaints.size());
        List<String> weeks = byWeek.stream().map(c -> c.path("weekEnding").asText("")).toList();
        assertThat(weeks.subList(weeks.indexOf("") < 0 ? weeks.size() : weeks.indexOf(""), weeks.size()))
                .as("complaints naming no week come last, on every database").containsOnly("");
        assertThat(weeks.stream().filter(w -> !w.isEmpty()).toList()).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        long requests = count("select count(*) from subsidy_request");
        if (requests >= 2) { // drafted by the subsidy tests when they ran before this one
            walk(TestUsers.STAFF, "/api/subsidy-requests", requests);
        }
        assertThat(total(TestUsers.HARBOR, "/api/subsidy-requests")).isEqualTo(count(
                "select count(*) from subsidy_request where vendor_id = ?", users.vendorOf(TestUsers.HARBOR)));
        assertThat(total(TestUsers.NORTHSIDE, "/api/subsidy-requests")).isEqualTo(count(
                "select count(*) from subsidy_request where vendor_id = ?", users.vendorOf(TestUsers.NORTHSIDE)));
    }

    @Test
    void wrongPageParametersAreA400NamingTheFieldOnEveryList() {
        for (String path : List.of("/api/cases", "/api/contracts", "/api/vendors", "/api/complaints", "/api/subsidy-requests")) {
            Response size = as(TestUsers.ADMIN).get(path + "?size=201");
            assertThat(size.status()).as(path + " " + size.body()).isEqualTo(400);
            assertThat(size.contentType()).contains("application/problem+json");
            assertThat(size.errorFor("size")).as(path).contains("from 1 to 200");
            assertThat(as(TestUsers.ADMIN).get(path + "?page=-1").errorFor("page")).as(path).contains("from 0");
            assertThat(as(TestUsers.ADMIN).get(path + "?size=0").errorFor("size")).as(path).isNotEmpty();
            Response sort = as(TestUsers.ADMIN).get(path + "?sort=password,asc");
            assertThat(sort.status()).as(path).isEqualTo(400);
            assertThat(sort.errorFor("sort")).as(path).contains("got 'password'").contains("one of ").contains("id");
            assertThat(as(TestUsers.ADMIN).get(path + "?sort=id,up").errorFor("sort")).as(path).contains("'asc' or 'desc'");
        }
        assertThat(as(TestUsers.AUDITOR).get("/api/cases?sort=openedAt").status()).isEqualTo(200);
        assertThat(as(TestUsers.AUDITOR).get("/api/cases?sort=contractId,desc&size=abc&page=x").errorFor("page")).isNotEmpty();
    }

    @Test
    void aPageLinksToItsNeighboursWithTheRequestsOwnParameters() throws IOException, InterruptedException {
        registerVendor(5);
        HttpResponse<String> middle = raw(TestUsers.AUDITOR, "/api/vendors?size=1&page=1&sort=legalName,desc");
        assertThat(middle.statusCode()).isEqualTo(200);
        String link = String.join(", ", middle.headers().allValues("Link"));
        assertThat(link).contains("size=1").contains("sort=legalName,desc")
                .contains("page=0>; rel=\"first\"").contains("page=0>; rel=\"prev\"").contains("page=2>; rel=\"next\"")
                .contains("rel=\"last\"");
        long vendors = Http.JSON.readTree(middle.body()).path("totalElements").asLong();
        assertThat(link).contains("page=" + (vendors - 1) + ">; rel=\"last\"");
        String first = String.join(", ", raw(TestUsers.AUDITOR, "/api/vendors?size=200").headers().allValues("Link"));
        assertThat(first).doesNotContain("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    private HttpResponse<String> raw(String user, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
