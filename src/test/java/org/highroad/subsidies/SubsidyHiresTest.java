package org.highroad.subsidies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A trainee is on one agreement at a time: a worker who is a started hire of one of the employer's agreements in a
 * program cannot be named on another of its agreements there (422 on workerRef naming the other request), neither one
 * after the other nor both at the same moment (the hire's key under a unique index); once the first hire ends, the
 * worker may be named again. Another employer's worker reference of the same spelling is another person.
 */
class SubsidyHiresTest extends SubsidiesTest {

    @Test
    void aWorkerStartedOnOneAgreementIsNotNamedOnAnotherOfTheEmployerInTheProgramUntilThatHireEnds() {
        long program = program("250000.00", "100000.00");
        long first = agreed(TestUsers.HARBOR, program, 1);
        long second = agreed(TestUsers.HARBOR, program, 1);
        LocalDate start = hireStart(first);
        name(TestUsers.HARBOR, first, "T-TWICE", start);

        Response again = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + second + "/hires",
                Map.of("workerRef", "T-TWICE", "startDate", hireStart(second).toString()));
        assertThat(again.status()).as(again.body()).isEqualTo(422);
        assertThat(again.errorFor("workerRef")).contains("worker T-TWICE is a started hire of request " + first,
                "one agreement at a time");
        assertThat(as(TestUsers.HARBOR).get("/api/subsidy-requests/" + second + "/hires").json()).isEmpty();

        // another employer's T-TWICE is its own worker
        long northside = agreed(TestUsers.NORTHSIDE, program, 1);
        name(TestUsers.NORTHSIDE, northside, "T-TWICE", hireStart(northside));

        // the first hire ends (weeks later: an end is recorded once it happened); the worker may then start under the
        // second agreement
        clock.advance(java.time.Duration.ofDays(30));
        assertThat(as(TestUsers.HARBOR).post("/api/subsidy-requests/" + first + "/hires/T-TWICE/end",
                Map.of("endedOn", start.plusDays(3).toString(), "withCause", true, "reason", "Moved to the other position"))
                .status()).isEqualTo(200);
        name(TestUsers.HARBOR, second, "T-TWICE", hireStart(second));
    }

    @Test
    void theSameWorkerNamedOnTwoAgreementsAtTheSameMomentStartsOnOne() throws Exception {
        long program = program("250000.00", "100000.00");
        List<Long> agreements = List.of(agreed(TestUsers.HARBOR, program, 1), agreed(TestUsers.HARBOR, program, 1));
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Response>> names = agreements.stream().map(id -> {
            String start = hireStart(id).toString();
            return CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/hires",
                        Map.of("workerRef", "T-RACE", "startDate", start));
            });
        }).toList();
        go.countDown();
        List<Response> answers = names.stream().map(CompletableFuture::join).toList();
        assertThat(answers.stream().map(Response::status).toList()).as(answers.stream().map(Response::body).toList().toString())
                .containsExactlyInAnyOrder(201, 422);
        assertThat(answers.stream().filter(a -> a.status() == 422).findFirst().orElseThrow().errorFor("workerRef"))
                .contains("one agreement at a time");
        assertThat(jdbc.queryForObject("select count(*) from subsidy_hire where worker_ref = 'T-RACE' and status = 'STARTED' "
                + "and request_id in (?, ?)", Integer.class, agreements.get(0), agreements.get(1))).isEqualTo(1);
    }

    @Test
    void aHireCannotEndBeforeItsFirstDayOnTheStaffApiOrOnThePortal() {
        Hired hired = hiredAndWorked(TestUsers.HARBOR, "T-END-EARLY");
        String end = "/api/subsidy-requests/" + hired.id() + "/hires/T-END-EARLY/end";
        Response before = as(TestUsers.STAFF).post(end, Map.of("endedOn", "1999-01-01", "withCause", true, "reason", "x"));
        assertThat(before.status()).as(before.body()).isEqualTo(422);
        assertThat(before.errorFor("endedOn")).contains("cannot be before the hire's first day of work, " + hired.start());

        org.highroad.support.PageSession harbor = new org.highroad.support.PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        harbor.get("/portal/subsidies/" + hired.id());
        var page = harbor.post("/portal/subsidies/" + hired.id() + "/hires/T-END-EARLY/end", Map.of("endedOn",
                hired.start().minusDays(1).toString(), "withCause", "false", "reason", "left"));
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("href=\"#end-T-END-EARLY-endedOn\"", "cannot be before the hire&#39;s first day");
        assertThat(as(TestUsers.STAFF).get("/api/subsidy-requests/" + hired.id() + "/hires").json().get(0).path("status")
                .asText()).as("nothing recorded").isEqualTo("STARTED");
        assertThat(as(TestUsers.STAFF).get("/api/subsidy-requests/" + hired.id() + "/clawbacks").json()).isEmpty();

        // its first day itself is a possible last day
        Response onTheFirstDay = as(TestUsers.STAFF).post(end, Map.of("endedOn", hired.start().toString(), "withCause", true,
                "reason", "Did not come back after the first day"));
        assertThat(onTheFirstDay.status()).as(onTheFirstDay.body()).isEqualTo(200);
    }
}
