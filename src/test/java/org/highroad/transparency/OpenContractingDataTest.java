package org.highroad.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.highroad.complaints.PublicClient;
import org.highroad.payroll.PayrollTest;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Open contracting data end to end: a solicitation published, its sealed bid kept out until the opening, then the award,
 * the executed contract, a payroll of twelve named workers (ten electricians, two laborers) and an amendment; every
 * public output validated against the OCDS schemas patched with its extensions and scanned for every worker's name and
 * identifier.
 */
class OpenContractingDataTest extends PayrollTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String[]> WORKERS = workers();
    private static final String COMPLAINT_ADDRESS = "48 Quillfeather Lane, Apt 3";
    private static final String COMPLAINT_TEXT = "Paid for 40 of my 50 hours at the library site";

    @Autowired
    OcdsPublication publication;

    @Test
    void aSealedBidIsNotPublishedBeforeTheOpening() throws Exception {
        long solicitation = publishedSolicitation("Sealed until the deadline");
        submit(TestUsers.HARBOR, solicitation, strongBid("987654.32"));
        publication.publishChangesOf(solicitation);
        String ocid = publication.ocidOfSolicitation(solicitation);
        HttpResponse<String> releases = get("/public/ocds/releases/" + ocid, null);
        assertThat(releases.statusCode()).isEqualTo(200);
        JsonNode pkg = JSON.readTree(releases.body());
        assertThat(OcdsSchemas.problems(pkg, false)).isEmpty();
        assertThat(pkg.path("releases").get(0).path("tag").get(0).asText()).isEqualTo("tender");
        assertThat(releases.body()).doesNotContain("987654.32").doesNotContain("\"bids\"").doesNotContain("Harbor");
    }

    @Test
    void everyStageIsPublishedOnceValidatesAndNamesNoWorker() throws Exception {
        long contract = executedContract("Public works published");
        assertThat(as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/compliance-statements", statement(List.of()))
                .status()).isEqualTo(201);
        StringBuilder csv = new StringBuilder(HEADER + "\n");
        for (int i = 0; i < WORKERS.size(); i++) {
            String[] w = WORKERS.get(i);
            boolean laborer = i >= 10;
            csv.append(row(i + 1, w[0], w[1], laborer ? "45.00" : "60.00", laborer ? "1800.00" : "2400.00",
                    laborer ? LABORER : ELECTRICIAN).replace(",Maria,", "," + w[2] + ",")).append('\n');
        }
        Response accepted = post(TestUsers.HARBOR, contract, WEEK, csv.toString());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        // a worker's complaint, with a name, an address and an account of the work: none of it is ever published
        Map<String, Object> complaint = new java.util.LinkedHashMap<>();
        complaint.put("employer", "Harbor Builders");
        complaint.put("worksite", COMPLAINT_ADDRESS);
        complaint.put("narrative", COMPLAINT_TEXT);
        complaint.put("weekEnding", WEEK);
        complaint.put("hoursClaimed", 50);
        complaint.put("payClaimed", 2000.00);
        complaint.put("anonymous", false);
        complaint.put("contact", Map.of("name", WORKERS.get(0)[2] + " " + WORKERS.get(0)[0], "phone", "+1 617 555 0199"));
        assertThat(new PublicClient(port).post(complaint).status()).isEqualTo(201);

        long solicitation = as(TestUsers.OFFICER).get("/api/contracts/" + contract).json().path("solicitationId").asLong();
        assertThat(publication.publishChangesOf(solicitation)).isEqualTo(5);
        String ocid = publication.ocidOfSolicitation(solicitation);
        JsonNode first = JSON.readTree(get("/public/ocds/releases/" + ocid, null).body());
        List<String> ids = new ArrayList<>();
        first.path("releases").forEach(r -> ids.add(r.path("id").asText()));
        assertThat(ids).containsExactly(ocid + "-tender-1", ocid + "-bids-1",
                ocid + "-award-1", ocid + "-contract-" + contract + "-1", ocid + "-implementation-" + contract + "-1");
        // nothing changed: nothing new, and what was published stays as it was
        assertThat(publication.publishChangesOf(solicitation)).isZero();

        Response amended = as(TestUsers.OFFICER).post("/api/contracts/" + contract + "/amendments", Map.of("effectiveFrom",
                "2027-02-15", "reason", "raise for the electricians", "wageOffers", List.of(Map.of("classification",
                        ELECTRICIAN, "baseRate", 62.00, "fringeRate", 31.40))));
        assertThat(amended.status()).as(amended.body()).isEqualTo(200);
        assertThat(publication.publishChangesOf(solicitation)).as("the amendment alone").isEqualTo(1);
        JsonNode after = JSON.readTree(get("/public/ocds/releases/" + ocid, null).body());
        JsonNode amendment = after.path("releases").get(after.path("releases").size() - 1);
        assertThat(amendment.path("tag").get(0).asText()).isEqualTo("contractAmendment");
        assertThat(amendment.path("id").asText()).isEqualTo(ocid + "-contract-" + contract + "-2");
        for (int i = 0; i < first.path("releases").size(); i++) {
            assertThat(after.path("releases").get(i)).isEqualTo(first.path("releases").get(i));
        }

        JsonNode record = JSON.readTree(get("/public/ocds/records/" + ocid, null).body());
        JsonNode compiled = record.path("records").get(0).path("compiledRelease");
        JsonNode k = compiled.path("contracts").get(0);
        assertThat(k.path("value").path("amount").decimalValue()).isEqualByComparingTo("1100000");
        assertThat(k.path("requirementResponses").findValuesAsText("value")).isNotEmpty();
        assertThat(compiled.path("bids").path("details").get(0).path("requirementResponses")).isNotEmpty();
        assertThat(compiled.path("tender").path("criteria")).isNotEmpty();
        // the lot's award criteria in words: the price criterion (no principle) is never "PRICE (null, PRICE)"
        JsonNode awardCriteria = compiled.path("tender").path("lots").get(0).path("awardCriteria").path("criteria");
        assertThat(awardCriteria).isNotEmpty();
        for (JsonNode criterion : awardCriteria) {
            String description = criterion.path("description").asText();
            assertThat(description).as("an award criterion's description").isNotBlank()
                    .doesNotContain("null", "PRICE", "LINEAR", "EARNINGS", "PROPORTIONAL_TO_TARGET", "YES_NO", "(");
            assertThat(criterion.path("name").asText()).isNotBlank().isNotEqualTo("null");
        }
        assertThat(awardCriteria.findValuesAsText("description")).contains("Scored on the bid price");
        // 12 women: the project-wide shares are published; the laborers' trade (2 workers) is withheld, and with it
        // the electricians' (the only other trade), which the project's share would otherwise give away
        JsonNode metrics = k.path("implementation").path("metrics");
        for (JsonNode m : metrics) {
            String id = m.path("id").asText();
            JsonNode o = m.path("observations").get(0);
            if (id.startsWith("share-") && id.contains("-trade-")) {
                // an explicit null, so the record's compiled release drops a figure an earlier release published
                assertThat(o.has("measure") && o.get("measure").isNull()).as(id).isTrue();
                assertThat(o.path("dimensions").path("suppressed").asText()).as(id).isNotEmpty();
            }
            if (id.equals("share-women-project")) {
                assertThat(o.path("measure").decimalValue()).isEqualByComparingTo("100");
            }
        }
        assertThat(metrics.findValuesAsText("id")).contains("share-women-project", "restitution-owed", "missing-reports");

        List<String> outputs = new ArrayList<>();
        outputs.add(check(get("/public/ocds/releases/" + ocid, null), false));
        outputs.add(check(get("/public/ocds/records/" + ocid, null), true));
        outputs.add(check(get("/public/ocds/records", null), true));
        outputs.add(check(get("/public/ocds/releases?since=2000-01-01", null), false));
        outputs.add(check(get("/public/ocds/releases?since=2000-01-01T00:00:00Z&size=2", null), false));
        HttpResponse<String> en = get("/public/contracts/" + contract, null);
        HttpResponse<String> es = get("/public/contracts/" + contract + "?lang=es", null);
        assertThat(en.statusCode()).isEqualTo(200);
        assertThat(en.body()).contains("<svg").contains("Public works published").contains("Commitments")
                .contains("Harbor Builders LLC").contains("51");
        assertThat(es.body()).contains("lang=\"es\"").contains("Compromisos").contains("<svg");
        // the Spanish page names the commitments and the shares in Spanish, not with the releases' English titles
        assertThat(es.body()).contains("<th scope=\"col\">Mujeres</th>").contains("Salario base por hora: ")
                .doesNotContain("Share of work hours").doesNotContain("Hourly base wage");
        assertThat(en.body()).contains("<th scope=\"col\">Women</th>").contains("the contract&#39;s start")
                .doesNotContain("&#39;&#39;");
        assertThat(es.body()).contains(">Mujeres</text>");
        // the page, like the packages, has an ETag and answers 304 when unchanged
        String pageTag = en.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/public/contracts/" + contract, pageTag).statusCode()).isEqualTo(304);
        outputs.add(en.body());
        outputs.add(es.body());
        for (String out : outputs) {
            for (String[] w : WORKERS) {
                assertThat(out).doesNotContain(w[0]).doesNotContain(w[2]).doesNotContain("," + w[1] + ",")
                        .doesNotContain("\"" + w[1] + "\"");
            }
            assertThat(out).doesNotContain(COMPLAINT_ADDRESS).doesNotContain("Quillfeather").doesNotContain(COMPLAINT_TEXT)
                    .doesNotContain("555 0199");
            // the demo data's people and the vendors' contacts, addresses and EINs
            assertThat(out).doesNotContain("Hana").doesNotContain("Quinn").doesNotContain("Olu Officer")
                    .doesNotContain("demo.highroad.example");
            assertThat(out).doesNotContain("Dana Harbor").doesNotContain("payroll@").doesNotContain("1 Main Street")
                    .doesNotContain("12-3456789");
        }
    }

    @Test
    void packagesCarryAnETagAndAnUnchangedPackageAnswersNotModified() throws Exception {
        publication.publishChangesOf(publishedSolicitation("Cached tender"));
        HttpResponse<String> first = get("/public/ocds/records", null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=60").contains("public");
        assertThat(get("/public/ocds/records", etag).statusCode()).isEqualTo(304);
        assertThat(get("/public/ocds/releases?since=yesterday", null).statusCode()).isEqualTo(400);
        // a year no release can have is refused, not answered with every release or a database error
        for (String year : List.of("%2B999999999-01-01", "-300000-01-01", "0000-01-01")) {
            HttpResponse<String> far = get("/public/ocds/releases?since=" + year, null);
            assertThat(far.statusCode()).as(year).isEqualTo(400);
            assertThat(far.body()).contains("\"field\":\"since\"");
        }
        assertThat(get("/public/ocds/releases?size=1000", null).statusCode()).isEqualTo(400);
        assertThat(get("/public/ocds/records/ocds-nothing-1", null).statusCode()).isEqualTo(404);
        assertThat(get("/public/contracts/999999", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theNextPageOfEverythingPublishedCanBeFollowedWithoutADate() throws Exception {
        publication.publishChangesOf(publishedSolicitation("Paged tender one"));
        publication.publishChangesOf(publishedSolicitation("Paged tender two"));
        JsonNode first = JSON.readTree(check(get("/public/ocds/releases?size=1", null), false));
        String next = first.path("links").path("next").asText();
        assertThat(next).startsWith("http://localhost:" + port + "/public/ocds/releases?");
        JsonNode second = JSON.readTree(check(get(next.substring(("http://localhost:" + port).length()), null), false));
        assertThat(second.path("releases").get(0).path("id").asText())
                .isNotEqualTo(first.path("releases").get(0).path("id").asText());
    }

    @Test
    void twoPublishersAtOnceAddEachReleaseOnce() throws Exception {
        // several rounds: the losing publisher may read before or after the winner's commit, and either way adds nothing
        for (int round = 1; round <= 6; round++) {
            // no other mark waiting: the third publisher compiles this solicitation alone (the marks are tests' only)
            jdbc.update("delete from ocds_publication_mark");
            long solicitation = publishedSolicitation("Published by two nodes at once, round " + round);
            List<Integer> added = org.highroad.support.AtOnce.atOnce(List.of(
                    () -> publication.publishChangesOf(solicitation), () -> publication.publishChangesOf(solicitation),
                    () -> publication.publishMarked()));
            String ocid = publication.ocidOfSolicitation(solicitation);
            assertThat(publication.releases(ocid)).as("round " + round).extracting(r -> r.path("id").asText())
                    .containsExactly(ocid + "-tender-1");
            assertThat(added.get(0) + added.get(1) + added.get(2)).as("the tender added by one of the three, round " + round)
                    .isEqualTo(1);
        }
    }

    private String check(HttpResponse<String> r, boolean record) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(OcdsSchemas.problems(JSON.readTree(r.body()), record)).as(r.body()).isEmpty();
        return r.body();
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Twelve workers: last name, worker id (last four of the identifying number), first name. */
    private static List<String[]> workers() {
        String[] last = {"Quispealto", "Zanettiroux", "Okonkwobright", "Vasquezmoro", "Lindqvistar", "Haddadine",
            "Mbekiwater", "Fitzgeraldoon", "Nakamurasol", "Petrovanik", "Abernathyque", "Castellanoz"};
        String[] firstNames = {"Ximena", "Yolotli", "Zuleika", "Wilhelmina", "Valeska", "Ulrika", "Thandiwe", "Svetlana",
            "Rosalind", "Quiterie", "Perpetua", "Ondine"};
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < last.length; i++) {
            out.add(new String[] {last[i], String.valueOf(7301 + i), firstNames[i]});
        }
        return out;
    }
}
