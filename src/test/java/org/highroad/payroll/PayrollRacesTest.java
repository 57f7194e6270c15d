package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.highroad.payroll.process.CertifiedPayrollReviewProcess;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * Payrolls sent at the same moment, as a contractor's flaky connection or two payroll clerks do: the same file eight
 * times is one submission, every client answered 201 or 200 (duplicate); two corrections for one week are both kept
 * and the one accepted later is in force; rows are never left under a submission that did not end accepted. The
 * database decides (a unique index on the file, a lock on the week's row), so the same holds on PostgreSQL
 * ({@link PayrollRacesPostgresTest}).
 */
class PayrollRacesTest extends PayrollTest {

    private static final int CLIENTS = 8;

    @Test
    void eightCopiesOfOneFileSentAtOnceAreOneSubmissionAndEveryClientIsAnsweredCreatedOrDuplicate() throws Exception {
        long contract = contractWithStatement("Eight at once");
        String file = workers(150, "60.00", "2400.00");
        weekHasEnded(WEEK);

        List<Response> answers = atOnce(CLIENTS, () -> post(TestUsers.HARBOR, contract, WEEK, file));

        assertThat(answers).extracting(Response::status).as(bodies(answers)).containsOnly(201, 200);
        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() == 200).allSatisfy(a -> assertThat(a.json().path("duplicate").asBoolean()).isTrue());
        assertThat(answers).extracting(a -> a.json().path("id").asLong()).containsOnly(answers.get(0).json().path("id").asLong());
        long id = answers.get(0).json().path("id").asLong();
        assertThat(jdbc.queryForObject("select count(*) from payroll_submission where contract_id = ?", Integer.class, contract))
                .isOne();
        JsonNode stored = as(TestUsers.HARBOR).get("/api/payrolls/" + id).json();
        assertThat(stored.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(stored.path("checkStatus").asText()).isEqualTo("CHECKED");
        assertThat(jdbc.queryForObject("select count(*) from payroll_row where submission_id = ?", Integer.class, id)).isEqualTo(150);
        assertThat(rowsUnderSubmissionsNotAccepted(contract)).isZero();
        assertThat(reviewOfWeekWaits(contract, WEEK)).as("the week's review heard of the payroll").isFalse();
    }

    @Test
    void twoDifferentCorrectionsSentTogetherAreBothKeptAndTheOneAcceptedLaterIsInForce() throws Exception {
        long contract = contractWithStatement("Two corrections");
        Response original = post(TestUsers.HARBOR, contract, WEEK, workers(40, "60.00", "2400.00"));
        assertThat(original.status()).as(original.body()).isEqualTo(201);
        long originalId = original.json().path("id").asLong();
        String raise = workers(60, "61.00", "2440.00");
        String other = workers(80, "62.00", "2480.00");

        List<Response> corrections = atOnce(2, List.of(() -> post(TestUsers.HARBOR, contract, WEEK, raise),
                () -> post(TestUsers.HARBOR, contract, WEEK, other)));

        assertThat(corrections).extracting(Response::status).as(bodies(corrections)).containsOnly(201);
        List<JsonNode> all = new ArrayList<>();
        as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payrolls").json().forEach(all::add);
        assertThat(all).hasSize(3);
        assertThat(all).filteredOn(s -> s.path("status").asText().equals("ACCEPTED")).hasSize(1);
        JsonNode inForce = all.stream().filter(s -> s.path("status").asText().equals("ACCEPTED")).findFirst().orElseThrow();
        JsonNode earlier = all.stream().filter(s -> s.path("id").asLong() == inForce.path("supersedesId").asLong()).findFirst()
                .orElseThrow(() -> new AssertionError("the payroll in force supersedes one of the corrections: " + all));
        assertThat(earlier.path("id").asLong()).as("a correction, accepted first, superseded by the later one").isNotEqualTo(originalId);
        assertThat(earlier.path("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(earlier.path("supersedesId").asLong()).as("which superseded the original").isEqualTo(originalId);
        assertThat(all.stream().filter(s -> s.path("id").asLong() == originalId).findFirst().orElseThrow().path("status").asText())
                .isEqualTo("SUPERSEDED");
        assertThat(rowsOf(inForce.path("id").asLong()) + rowsOf(earlier.path("id").asLong())).as("both kept, with their rows")
                .isEqualTo(140);
        assertThat(rowsUnderSubmissionsNotAccepted(contract)).isZero();
        JsonNode week = as(TestUsers.HARBOR).get("/api/contracts/" + contract + "/payroll-compliance").json().path("weeks").get(0);
        assertThat(week.path("submissionId").asLong()).isEqualTo(inForce.path("id").asLong());
    }

    @Test
    void theSameNoWorkStatementSentAgainOrAtOnceIsTheSameSubmission() throws Exception {
        long contract = contractWithStatement("No work twice");
        Response first = noWork(TestUsers.HARBOR, contract, WEEK, "site closed for weather");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        Response again = noWork(TestUsers.HARBOR, contract, WEEK, "site closed for weather");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("duplicate").asBoolean()).isTrue();
        assertThat(again.json().path("id").asLong()).isEqualTo(first.json().path("id").asLong());
        assertThat(again.json().path("status").asText()).isEqualTo("ACCEPTED");

        weekHasEnded("2027-01-16");
        List<Response> together = atOnce(4, () -> noWork(TestUsers.HARBOR, contract, "2027-01-16", "holiday shutdown"));
        assertThat(together).extracting(Response::status).as(bodies(together)).containsOnly(201, 200);
        assertThat(together).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from payroll_submission where contract_id = ? and week_ending = date '2027-01-16'",
                Integer.class, contract)).isOne();
    }

    /** {@code n} electricians, 40 hours each at {@code rateSt}. */
    static String workers(int n, String rateSt, String gross) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= n; i++) {
            csv.append(row(i, "Worker" + i, String.format("%04d", i), rateSt, gross, ELECTRICIAN)).append('\n');
        }
        return csv.toString();
    }

    private int rowsOf(long submission) {
        return jdbc.queryForObject("select count(*) from payroll_row where submission_id = ?", Integer.class, submission);
    }

    private int rowsUnderSubmissionsNotAccepted(long contract) {
        return jdbc.queryForObject("select count(*) from payroll_row r join payroll_submission s on s.id = r.submission_id "
                + "where s.contract_id = ? and s.status not in ('ACCEPTED', 'SUPERSEDED')", Integer.class, contract)
                + jdbc.queryForObject("select count(*) from payroll_row_day d join payroll_submission s on s.id = d.submission_id "
                + "where s.contract_id = ? and s.status not in ('ACCEPTED', 'SUPERSEDED')", Integer.class, contract);
    }

    private boolean reviewOfWeekWaits(long contract, String week) {
        long harbor = as(TestUsers.OFFICER).get("/api/contracts/" + contract).json().path("primeVendorId").asLong();
        return runtime.createProcessInstanceQuery().processDefinitionKey(CertifiedPayrollReviewProcess.PROCESS_ID)
                .processInstanceBusinessKey(contract + ":" + harbor + ":" + week).count() > 0;
    }

    private static String bodies(List<Response> answers) {
        StringBuilder b = new StringBuilder();
        answers.forEach(a -> b.append(a.status()).append(' ').append(a.body(), 0, Math.min(300, a.body().length())).append('\n'));
        return b.toString();
    }

    static List<Response> atOnce(int n, Callable<Response> request) throws Exception {
        List<Callable<Response>> requests = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            requests.add(request);
        }
        return atOnce(n, requests);
    }

    /** Sends the requests from as many threads, released together. */
    static List<Response> atOnce(int n, List<Callable<Response>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (Callable<Response> request : requests) {
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.call();
                }));
            }
            ready.await();
            go.countDown();
            List<Response> out = new ArrayList<>();
            for (Future<Response> a : answers) {
                out.add(a.get(5, TimeUnit.MINUTES));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
