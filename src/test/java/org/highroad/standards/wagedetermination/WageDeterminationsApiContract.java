package org.highroad.standards.wagedetermination;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.highroad.support.ApiTest;
import org.highroad.support.Http.Response;
import org.highroad.support.StandardBodies;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Importing published general decisions and pinning them in a standard version, over HTTP: on H2
 * ({@link WageDeterminationsApiTest}) and on PostgreSQL ({@link WageDeterminationsApiPostgresTest}).
 */
abstract class WageDeterminationsApiContract extends ApiTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String IMPORT = "/api/wage-determinations/import";
    private static final String TEXT = "text/plain; charset=utf-8";

    @Autowired
    JdbcTemplate jdbc;

    /** A decision number of its own for each test (the database is shared by the whole suite). */
    private static String newNumber() {
        return "MA" + String.format("%08d", (System.nanoTime() / 1000 + SEQUENCE.incrementAndGet() * 7919L) % 100_000_000L);
    }

    private static String sample(String name, String number) {
        return PublishedDecisionReaderTest.sample(name).replace("MA20260012", number).replace("MA20260099", number);
    }

    private Response importAs(String user, String text) {
        return as(user).postAs(IMPORT, TEXT, text);
    }

    @Test
    void importsAPublishedDecisionAndReadsItBackWithFringesPerHour() {
        String number = newNumber();
        Response created = importAs(TestUsers.ADMIN, sample("MA20260012-mod1.txt", number));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("status").asText()).isEqualTo("IMPORTED");
        assertThat(created.json().path("unreadLines")).isEmpty();

        Response read = as(TestUsers.HARBOR).get("/api/wage-determinations/" + number + "/modifications/1");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        JsonNode wd = read.json();
        assertThat(wd.path("supersededNumber").asText()).isEqualTo("MA20250012");
        assertThat(wd.path("constructionTypes").toString()).isEqualTo("[\"BUILDING\",\"HEAVY\"]");
        assertThat(wd.path("groups")).hasSize(6);
        JsonNode carpenter = wd.path("groups").get(0).path("rates").get(0);
        // 4.75 + 28% of 44.12 = 4.75 + 12.3536 = 17.1036, rounded to 17.10
        assertThat(carpenter.path("fringePerHour").decimalValue()).isEqualByComparingTo("17.10");
        JsonNode suffolk = wd.path("groups").get(2);
        assertThat(suffolk.path("qualifier").asText()).isEqualTo("SUFFOLK COUNTY");
        // 28.40 + 3% of 55.90 = 28.40 + 1.677 = 30.077, rounded to 30.08
        assertThat(suffolk.path("rates").get(0).path("fringePerHour").decimalValue()).isEqualByComparingTo("30.08");
        JsonNode diver = wd.path("groups").get(4).path("rates").get(0);
        assertThat(diver.path("unit").asText()).isEqualTo("DAY");
        assertThat(diver.path("fringePerHour").isNull() || diver.path("fringePerHour").isMissingNode()).isTrue();
        assertThat(wd.path("notes").toString()).contains("PAID HOLIDAYS").contains("WELDERS");
        assertThat(wd.path("changes").isNull() || wd.path("changes").isMissingNode()).isTrue();
        assertThat(as(TestUsers.OFFICER).get("/api/wage-determinations").body()).contains(number);
    }

    @Test
    void theSameTextTwiceIsOneImportAndAnotherTextForTheSameModificationIsRefused() {
        String number = newNumber();
        String text = sample("MA20260012-mod1.txt", number);
        assertThat(importAs(TestUsers.ADMIN, text).status()).isEqualTo(201);
        Response again = importAs(TestUsers.ADMIN, text);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("status").asText()).isEqualTo("DUPLICATE");
        Response other = importAs(TestUsers.ADMIN, text.replace("$ 44.12", "$ 44.13"));
        assertThat(other.status()).as(other.body()).isEqualTo(409);
        assertThat(other.contentType()).contains("application/problem+json");
        assertThat(determinationsStored(number)).isEqualTo(1);
        assertThat(jdbc.queryForList("select status from wage_determination_text where wd_number = ? order by id",
                String.class, number)).containsExactly("IMPORTED", "DUPLICATE", "CONFLICT");
    }

    @Test
    void aLaterModificationIsANewVersionShowingWhatChangedPerClassification() {
        String number = newNumber();
        assertThat(importAs(TestUsers.ADMIN, sample("MA20260012-mod1.txt", number)).status()).isEqualTo(201);
        Response later = importAs(TestUsers.ADMIN, sample("MA20260012-mod2.txt", number));
        assertThat(later.status()).as(later.body()).isEqualTo(201);
        JsonNode changes = later.json().path("determination").path("changes");
        assertThat(changes.path("comparedWithModification").asInt()).isEqualTo(1);
        assertThat(changes.path("added").get(0).path("classification").asText()).isEqualTo("ROOFER");
        assertThat(changes.path("removed").get(0).path("classification").asText()).isEqualTo("TRUCK DRIVER: Dump Truck");
        assertThat(changes.path("changed")).hasSize(2);
        JsonNode carpenter = changes.path("changed").get(0);
        assertThat(carpenter.path("classification").asText()).isEqualTo("CARPENTER (Including Drywall Hanging)");
        assertThat(carpenter.path("before").path("baseRate").decimalValue()).isEqualByComparingTo("44.12");
        assertThat(carpenter.path("after").path("baseRate").decimalValue()).isEqualByComparingTo("45.02");
        JsonNode electrician = changes.path("changed").get(1);
        assertThat(electrician.path("classification").asText()).isEqualTo("ELECTRICIAN (SUFFOLK COUNTY)");
        assertThat(electrician.path("before").path("fringeAmount").decimalValue()).isEqualByComparingTo("28.40");
        assertThat(electrician.path("after").path("fringeAmount").decimalValue()).isEqualByComparingTo("29.10");
        assertThat(as(TestUsers.AUDITOR).get("/api/wage-determinations/" + number + "/modifications/1").status())
                .isEqualTo(200);
        assertThat(determinationsStored(number)).isEqualTo(2);
    }

    @Test
    void aTextThatIsNoDecisionIsRefusedWithEveryReasonAndOnlyTheTextIsKept() {
        Response refused = importAs(TestUsers.ADMIN, PublishedDecisionReaderTest.sample("not-a-decision.txt"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.errorFor("text")).contains("no General Decision Number line").contains("no State line")
                .contains("no classification line could be read");
        long textId = refused.json().path("textId").asLong();
        assertThat(jdbc.queryForObject("select status from wage_determination_text where id = ?", String.class, textId))
                .isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject("select count(*) from wage_determination_text_unread where text_id = ?",
                Integer.class, textId)).isEqualTo(refused.json().path("unreadLines").size());
    }

    @Test
    void aTextWhoseModificationTableLostItsLastRowIsNotImportedAsTheEarlierModification() {
        String number = newNumber();
        // modification 2's text (dated 03/06/2026) with the row "2 03/06/2026" lost in copying
        String text = sample("MA20260012-mod2.txt", number).replaceFirst("(?m)^\\s+2\\s+03/06/2026\\s*\\n", "");
        Response refused = importAs(TestUsers.ADMIN, text);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.errorFor("line 1")).contains("the decision's date 03/06/2026 is not the publication date"
                + " of the last modification in its table (1 of 02/06/2026)");
        assertThat(as(TestUsers.ADMIN).get("/api/wage-determinations/" + number + "/modifications/1").status())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from published_determination where wd_number = ?",
                Integer.class, number)).isZero();
    }

    @Test
    void aDecisionWithSomeUnreadableLinesIsImportedListingEachOfThem() {
        String number = newNumber();
        Response created = importAs(TestUsers.ADMIN, sample("MA20260099-some-unread.txt", number));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode unread = created.json().path("unreadLines");
        assertThat(unread).hasSize(7);
        assertThat(unread.get(0).path("line").asInt()).isEqualTo(20);
        assertThat(unread.get(0).path("text").asText()).contains("IRONWORKER, STRUCTURAL");
        assertThat(unread.get(0).path("reason").asText()).isEqualTo("the rate is not an amount in dollars and cents");
        Response read = as(TestUsers.ADMIN).get("/api/wage-determinations/" + number + "/modifications/0");
        assertThat(read.json().path("unreadLines")).hasSize(7);
    }

    @Test
    void refusesAnythingButPlainText() {
        Response json = as(TestUsers.ADMIN).post(IMPORT, Map.of("text", "General Decision Number"));
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.errorFor("Content-Type")).contains("text/plain");
        Response empty = importAs(TestUsers.ADMIN, "  \n");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorFor("body")).contains("plain text of a general decision");
    }

    @Test
    void importsOfOneModificationSentAtTheSameMomentStoreItOnce() throws Exception {
        String number = newNumber();
        String text = sample("MA20260012-mod1.txt", number);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> importAs(TestUsers.ADMIN, text).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(201, 200);
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(determinationsStored(number)).isEqualTo(1);
    }

    @Test
    void aDraftVersionPinsAModificationForItsCountyCopyingItsRates() {
        String number = newNumber();
        assertThat(importAs(TestUsers.ADMIN, sample("MA20260012-mod1.txt", number)).status()).isEqualTo(201);
        String code = "WD-" + number;
        assertThat(as(TestUsers.ADMIN).post("/api/standards", StandardBodies.newStandard(code)).status()).isEqualTo(201);
        String pin = "/api/standards/" + code + "/versions/1/wage-determinations";

        Response noCounty = as(TestUsers.ADMIN).post(pin, Map.of("number", number, "modification", 1,
                "constructionType", "BUILDING"));
        assertThat(noCounty.status()).as(noCounty.body()).isEqualTo(422);
        assertThat(noCounty.errorFor("county")).contains("ELECTRICIAN has more than one rate");
        Response noType = as(TestUsers.ADMIN).post(pin, Map.of("number", number, "modification", 1, "county", "Suffolk"));
        assertThat(noType.errorFor("constructionType")).contains("is for BUILDING or HEAVY");

        Response pinned = as(TestUsers.ADMIN).post(pin, Map.of("number", number, "modification", 1,
                "constructionType", "BUILDING", "county", "Suffolk"));
        assertThat(pinned.status()).as(pinned.body()).isEqualTo(200);
        assertThat(pinned.json().path("notPinned").get(0).path("classification").asText()).isEqualTo("DIVER");
        assertThat(pinned.json().path("notPinned").get(0).path("reason").asText()).contains("per-day rate");

        JsonNode wds = as(TestUsers.OFFICER).get("/api/standards/" + code + "/versions/1").json()
                .path("content").path("wageDeterminations");
        JsonNode wd = wds.get(wds.size() - 1);
        assertThat(wd.path("number").asText()).isEqualTo(number);
        assertThat(wd.path("area").asText()).isEqualTo("Suffolk County, Massachusetts");
        JsonNode electrician = find(wd.path("rates"), "ELECTRICIAN");
        assertThat(electrician.path("baseRate").decimalValue()).isEqualByComparingTo("55.90");
        assertThat(electrician.path("fringeRate").decimalValue()).isEqualByComparingTo("28.40");
        assertThat(electrician.path("fringePercent").decimalValue()).isEqualByComparingTo("3");
        assertThat(electrician.path("identifier").asText()).isEqualTo("ELEC0103-003");
        assertThat(find(wd.path("rates"), "DIVER TENDER").path("baseRate").decimalValue()).isEqualByComparingTo("46.00");
        assertThat(wd.path("rates").toString()).doesNotContain("\"DIVER\"");

        assertThat(as(TestUsers.ADMIN).post("/api/standards/" + code + "/versions/1/proposal", "{}").status()).isEqualTo(200);
        Response afterProposal = as(TestUsers.ADMIN).post(pin, Map.of("number", number, "modification", 1,
                "constructionType", "BUILDING", "county", "Suffolk"));
        assertThat(afterProposal.status()).isEqualTo(409);
        Response unknown = as(TestUsers.ADMIN).post(pin, Map.of("number", number, "modification", 7,
                "constructionType", "BUILDING"));
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void whenTwoGroupsForNoCountyListAClassificationTheAdministratorPinsOneByItsIdentifier() {
        String number = newNumber();
        String text = PinningTest.withSecondCarpenterGroup(sample("MA20260012-mod1.txt", number));
        assertThat(importAs(TestUsers.ADMIN, text).status()).isEqualTo(201);
        String code = "WD-" + number;
        assertThat(as(TestUsers.ADMIN).post("/api/standards", StandardBodies.newStandard(code)).status()).isEqualTo(201);
        String pin = "/api/standards/" + code + "/versions/1/wage-determinations";

        Response undecided = as(TestUsers.ADMIN).post(pin, Map.of("number", number, "modification", 1,
                "constructionType", "BUILDING", "county", "Suffolk"));
        assertThat(undecided.status()).as(undecided.body()).isEqualTo(422);
        assertThat(undecided.errorFor("groups")).contains("CARP0033-001").contains("CARP0056-002")
                .contains("name one of them in groups");

        Response pinned = as(TestUsers.ADMIN).post(pin, Map.of("number", number, "modification", 1,
                "constructionType", "BUILDING", "county", "Suffolk", "groups", List.of("CARP0056-002")));
        assertThat(pinned.status()).as(pinned.body()).isEqualTo(200);
        JsonNode wds = pinned.json().path("version").path("content").path("wageDeterminations");
        JsonNode carpenter = find(wds.get(wds.size() - 1).path("rates"), "CARPENTER (Including Drywall Hanging)");
        assertThat(carpenter.path("baseRate").decimalValue()).isEqualByComparingTo("46.30");
        assertThat(carpenter.path("identifier").asText()).isEqualTo("CARP0056-002");
    }

    @Test
    void aTextWithMoreUnreadLinesThanADecisionCanHaveIsRefusedNamingTheCountAndTheFirstOnes() {
        String number = newNumber();
        Response refused = importAs(TestUsers.ADMIN, withUnreadLines(sample("MA20260012-mod1.txt", number), 501));
        assertThat(refused.status()).as(refused.body().substring(0, 300)).isEqualTo(422);
        assertThat(refused.errorFor("text")).contains("501 lines could not be read")
                .contains("at most 500").contains("the first 20 are listed");
        JsonNode unread = refused.json().path("unreadLines");
        assertThat(unread).hasSize(21);
        assertThat(unread.get(1).path("line").asInt()).isEqualTo(29);
        assertThat(unread.get(1).path("text").asText()).isEqualTo("X $1");
        long textId = refused.json().path("textId").asLong();
        assertThat(jdbc.queryForObject("select count(*) from wage_determination_text_unread where text_id = ?",
                Integer.class, textId)).isEqualTo(21);
        assertThat(determinationsStored(number)).isZero();

        String atTheLimit = newNumber();
        Response imported = importAs(TestUsers.ADMIN, withUnreadLines(sample("MA20260012-mod1.txt", atTheLimit), 500));
        assertThat(imported.status()).as(imported.body().substring(0, 200)).isEqualTo(201);
        assertThat(imported.json().path("unreadLines")).hasSize(500);
    }

    /** The sample with {@code count} unreadable rate lines after its first classification (line 28). */
    private static String withUnreadLines(String text, int count) {
        String carpenter = "CARPENTER (Including Drywall Hanging)...$ 44.12       4.75+28%\n";
        assertThat(text).contains(carpenter);
        return text.replace(carpenter, carpenter + "X $1\n".repeat(count));
    }

    private static JsonNode find(JsonNode rates, String classification) {
        for (JsonNode r : rates) {
            if (r.path("classification").asText().equals(classification)) {
                return r;
            }
        }
        throw new AssertionError("no " + classification + " in " + rates);
    }

    private int determinationsStored(String number) {
        return jdbc.queryForObject("select count(*) from published_determination where wd_number = ?", Integer.class,
                number);
    }
}
