package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.highroad.enforcement.CaseTest;
import org.highroad.payroll.domain.FindingStore;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A workforce share short to the end of a week is the prime's finding once per week and line, whichever payroll of
 * that week revealed it: a correction (or a no-work statement an auditor records) that supersedes the payroll it was found on takes it out
 * of review, and the correction's own check finds it again when it still holds; the prime's and a subcontractor's
 * payrolls checked at the same moment record it once, and neither check fails for it.
 */
class ShareShortfallCorrectionTest extends CaseTest {

    @Autowired
    FindingStore store;
    @Autowired
    PlatformTransactionManager transactions;

    /** Northside's electrician: a man from outside the area, white, a journeyworker. */
    private static final String OUTSIDER = HEADER + "\n" + row(1, "Lee", "5678", "60.00", "2400.00", ELECTRICIAN)
            .replace(",Y,2026-01-01,Hispanic or Latino,Female", ",N,2026-01-01,White,Male") + "\n";

    @Test
    void aShortfallThatStillHoldsAfterACorrectionIsFoundAgainOnTheCorrectionOncePerLine() {
        long contract = contractWithStatement("Shares after a correction " + System.nanoTime());
        Response first = post(TestUsers.HARBOR, contract, WEEK, csv("60.00", "2400.00", ELECTRICIAN));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        List<JsonNode> before = standingShares(contract, WEEK);
        assertThat(before).as("an electrician and no apprentice: a share is short").isNotEmpty()
                .allSatisfy(f -> assertThat(f.path("submissionId").asLong()).isEqualTo(first.json().path("id").asLong()));

        Response correction = post(TestUsers.HARBOR, contract, WEEK, csv("61.00", "2440.00", ELECTRICIAN));

        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        long correctionId = correction.json().path("id").asLong();
        assertThat(correction.json().path("findingCount").asInt()).as("the shortfalls the correction still shows")
                .isEqualTo(before.size());
        List<JsonNode> after = standingShares(contract, WEEK);
        assertThat(after).hasSize(shortLines(contract, WEEK)).hasSize(before.size())
                .allSatisfy(f -> assertThat(f.path("submissionId").asLong()).isEqualTo(correctionId))
                .allSatisfy(f -> assertThat(f.path("status").asText()).isEqualTo("OPEN"));
        assertThat(statusOf(contract, before.get(0).path("id").asLong())).isEqualTo("SUPERSEDED");
        JsonNode c = caseOf(contract);
        assertThat(pendingIn(c)).as("the prime's case reviews the shortfalls found again")
                .containsAll(after.stream().map(f -> f.path("id").asLong()).toList());
    }

    @Test
    void aNoWorkStatementSupersedingThePrimesPayrollLeavesEveryShortfallOfTheWeekStandingOnce() {
        long contract = contractWithStatement("No work after all " + System.nanoTime());
        long northside = subcontractor(contract);
        // the prime's payroll comes first and reveals the apprentices' shortfall; the subcontractor's adds others
        Response primes = post(TestUsers.HARBOR, contract, WEEK, csv("60.00", "2400.00", ELECTRICIAN));
        assertThat(primes.status()).isEqualTo(201);
        assertThat(post(TestUsers.NORTHSIDE, contract, WEEK, OUTSIDER).status()).isEqualTo(201);
        assertThat(standingShares(contract, WEEK)).hasSize(shortLines(contract, WEEK));
        // the prime's payroll reports hours: the contractor's own statement is refused, the agency's auditor records it
        // over that payroll (ADR 0030)
        assertThat(noWork(TestUsers.HARBOR, contract, WEEK, "the payroll was sent for the wrong contract").status()).isEqualTo(409);

        Response none = as(TestUsers.AUDITOR).post("/api/payrolls/" + primes.json().path("id").asLong() + "/no-work",
                java.util.Map.of("reason", "the payroll was sent for the wrong contract"));

        assertThat(none.status()).as(none.body()).isEqualTo(201);
        assertThat(shortLines(contract, WEEK)).as("Northside's hours alone").isPositive();
        List<JsonNode> standing = standingShares(contract, WEEK);
        assertThat(standing).as("every line short after the no-work statement has one standing finding")
                .hasSize(shortLines(contract, WEEK));
        assertThat(standing.stream().map(f -> f.path("category").asText() + " " + f.path("trade").asText() + " "
                + f.path("level").asText()).distinct()).hasSize(standing.size());
        assertThat(standing).anySatisfy(f -> assertThat(f.path("submissionId").asLong()).isEqualTo(none.json().path("id").asLong()));
        assertThat(as(TestUsers.NORTHSIDE).all("/api/contracts/" + contract + "/payroll-findings").json()
                .findValuesAsText("kind")).as("the shortfalls are the prime's").doesNotContain("SHARE_SHORTFALL");
        assertThat(northside).isPositive();
    }

    @Test
    void aSubcontractorsCorrectionTakesTheShortfallItRevealedOutOfThePrimesReviewAndItsCheckFindsItAgain() {
        long contract = contractWithStatement("Subcontractor corrects " + System.nanoTime());
        subcontractor(contract);
        Response sub = post(TestUsers.NORTHSIDE, contract, WEEK, OUTSIDER);
        assertThat(sub.status()).as(sub.body()).isEqualTo(201);
        List<Long> revealed = standingShares(contract, WEEK).stream().map(f -> f.path("id").asLong()).toList();
        assertThat(revealed).isNotEmpty();
        assertThat(pendingIn(caseOf(contract))).containsAll(revealed);

        Response correction = post(TestUsers.NORTHSIDE, contract, WEEK, OUTSIDER.replace("60.00,,31.40", "61.00,,31.40")
                .replace("2400.00,2400.00", "2440.00,2440.00").replace("1916.40", "1956.40"));

        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        JsonNode primes = caseOf(contract);
        for (JsonNode f : primes.path("findings")) {
            if (revealed.contains(f.path("finding").path("id").asLong())) {
                assertThat(f.path("review").asText()).as("superseded in the prime's case").isEqualTo("SUPERSEDED");
            }
        }
        List<JsonNode> again = standingShares(contract, WEEK);
        assertThat(again).hasSize(revealed.size()).allSatisfy(f -> assertThat(f.path("submissionId").asLong())
                .isEqualTo(correction.json().path("id").asLong()));
        assertThat(pendingIn(primes)).containsExactlyInAnyOrderElementsOf(again.stream().map(f -> f.path("id").asLong()).toList());
    }

    @Test
    void thePrimesAndTheSubcontractorsPayrollsCheckedAtTheSameMomentRecordEachShortfallOnceAndBothChecksFinish()
            throws Exception {
        long contract = contractWithStatement("Shares at once " + System.nanoTime());
        subcontractor(contract);
        for (String week : List.of(WEEK, "2027-01-16", "2027-01-23")) {
            weekHasEnded(week);
            List<Response> both = PayrollRacesTest.atOnce(2, List.of(
                    () -> post(TestUsers.HARBOR, contract, week, csv("60.00", "2400.00", ELECTRICIAN)),
                    () -> post(TestUsers.NORTHSIDE, contract, week, OUTSIDER)));
            assertThat(both).extracting(Response::status).as(week).containsOnly(201);
            for (Response r : both) {
                JsonNode s = as(TestUsers.AUDITOR).get("/api/payrolls/" + r.json().path("id").asLong()).json();
                assertThat(s.path("checkStatus").asText()).as(week + ": " + s).isEqualTo("CHECKED");
            }
            assertThat(standingShares(contract, week)).as(week).hasSize(shortLines(contract, week));
        }
    }

    @Test
    void aShortfallRecordedByTwoTransactionsAtOnceStandsOnceAndTheLaterTransactionGoesOn() throws Exception {
        long contract = contractWithStatement("Recorded twice at once " + System.nanoTime());
        FindingView women = new FindingView(null, "SHARE_SHORTFALL", "OPEN", contract, users.vendorOf(TestUsers.HARBOR),
                LocalDate.parse(WEEK), null, null, null, null, null, "WOMEN", null, null, null, new BigDecimal("8.00"),
                "WOMEN in the project: 0.00% of 40.00 hours to " + WEEK + " against 20.00% committed; 8.00 hours short",
                "contract Schedule B", clock.instant());
        String print = FindingStore.fingerprint("share", contract, LocalDate.parse(WEEK), "WOMEN", null, null);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch inserted = new CountDownLatch(1);
            CountDownLatch commit = new CountDownLatch(1);
            Future<List<Long>> first = pool.submit(() -> tx.execute(status -> {
                List<Long> ids = store.insertContested(List.of(women), List.of(print), new HashSet<>());
                inserted.countDown();
                await(commit);
                return ids;
            }));
            inserted.await(30, TimeUnit.SECONDS);
            // the second finds the first's row not yet committed: PostgreSQL makes it wait for the first to end
            Future<Object> second = pool.submit(() -> tx.execute(status -> {
                List<Long> ids = store.insertContested(List.of(women), List.of(print), new HashSet<>());
                return List.of(ids, jdbc.queryForObject("select count(*) from payroll_finding where contract_id = ?", Integer.class,
                        contract));
            }));
            Thread.sleep(300);
            commit.countDown();

            assertThat(first.get(30, TimeUnit.SECONDS)).hasSize(1);
            assertThat(second.get(30, TimeUnit.SECONDS)).as("recorded once; the later transaction inserted nothing and went on")
                    .isEqualTo(List.of(List.of(), 1));
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.standing(print)).isPresent();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Northside subcontracts the electrical work and has its Statement of Compliance on file; returns its vendor id. */
    private long subcontractor(long contract) {
        long northside = users.vendorOf(TestUsers.NORTHSIDE);
        Response sub = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/subcontractors", Map.of("vendorId", northside,
                "trade", "Electrical", "startsOn", "2027-01-04", "endsOn", "2027-03-26"));
        assertThat(sub.status()).as(sub.body()).isEqualTo(200);
        assertThat(as(TestUsers.NORTHSIDE).post("/api/contracts/" + contract + "/compliance-statements", statement(List.of()))
                .status()).isEqualTo(201);
        return northside;
    }

    /** The week's share findings that stand (not superseded), as the auditor reads them. */
    private List<JsonNode> standingShares(long contract, String week) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json()) {
            if (f.path("kind").asText().equals("SHARE_SHORTFALL") && f.path("weekEnding").asText().equals(week)
                    && !f.path("status").asText().equals("SUPERSEDED")) {
                out.add(f);
            }
        }
        return out;
    }

    /** Lines of the contract's shares to the end of the week that are binding and not met. */
    private int shortLines(long contract, String week) {
        int n = 0;
        for (JsonNode l : as(TestUsers.AUDITOR).get("/api/contracts/" + contract + "/utilization?asOf=" + week).json().path("lines")) {
            if (l.path("binding").asBoolean() && !l.path("met").asBoolean()) {
                n++;
            }
        }
        return n;
    }

    private String statusOf(long contract, long finding) {
        for (JsonNode f : as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json()) {
            if (f.path("id").asLong() == finding) {
                return f.path("status").asText();
            }
        }
        throw new AssertionError("no finding " + finding);
    }

    private static List<Long> pendingIn(JsonNode c) {
        List<Long> out = new ArrayList<>();
        for (JsonNode f : c.path("findings")) {
            if (f.path("review").asText().equals("PENDING")) {
                out.add(f.path("finding").path("id").asLong());
            }
        }
        return out;
    }
}
