package org.highroad.subsidies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * Claims and clawbacks: the weekly minimum and the approved wage checked per week; a wage below the approved one, a
 * hire ended early without cause and an upheld displacement complaint each recorded with the amount to recover; the
 * program report showing its aggregates once they cover five hires. One hire paid 50% x $22.00 an hour.
 */
class SubsidyClaimsTest extends SubsidiesTest {

    @Test
    void weeksBelowTheMinimumOrBelowTheApprovedWageAreNotPaidAndTheLowWageIsClawedBack() {
        Hired hired = hiredAndWorked(TestUsers.HARBOR, "W-1", "W-2");
        long program = hired.program();
        long id = hired.id();
        LocalDate w1 = hired.firstWeekEnding();

        Response midpoint = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/claims", Map.of("milestone", "MIDPOINT",
                "weeks", List.of(Map.of("weekEnding", w1.toString(), "csv", PayCsv.week("W-1", "22.00", List.of(8, 8, 8, 8, 8))
                        + PayCsv.week("W-2", "22.00", List.of(6, 6, 6, 6, 6)).lines().skip(1).map(l -> l.replaceFirst("^1,", "2,"))
                        .reduce("", (a, b) -> a + b + "\n")),
                        Map.of("weekEnding", w1.plusDays(7).toString(), "csv", PayCsv.week("W-1", "22.00", List.of(8, 8, 8, 8, 8))))));
        assertThat(midpoint.status()).as(midpoint.body()).isEqualTo(201);
        // W-1: 80 hours x $11.00 = $880.00; W-2: 30 hours in its only week, below 32: nothing.
        assertThat(midpoint.json().path("amount").decimalValue()).isEqualByComparingTo("880.00");
        assertThat(midpoint.json().path("reasons").toString()).contains("W-2: week ending " + w1
                + ": 30 hours is below the program's minimum of 32 a week; not reimbursed");

        Response completion = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/claims", Map.of("milestone", "COMPLETION",
                "weeks", List.of(Map.of("weekEnding", w1.plusDays(14).toString(), "csv", PayCsv.week("W-1", "21.00", List.of(8, 8, 8, 8, 8))))));
        assertThat(completion.status()).as(completion.body()).isEqualTo(201);
        assertThat(completion.json().path("amount").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(completion.json().path("reasons").toString()).contains("paid $21.00 an hour, below the approved $22.00");

        JsonNode clawbacks = as(TestUsers.STAFF).get("/api/subsidy-requests/" + id + "/clawbacks").json();
        assertThat(clawbacks).hasSize(1);
        assertThat(clawbacks.get(0).path("ground").asText()).isEqualTo("WAGE_BELOW_APPROVED");
        assertThat(clawbacks.get(0).path("workerRef").asText()).isEqualTo("W-1");
        assertThat(clawbacks.get(0).path("amount").decimalValue()).as("what W-1 was paid").isEqualByComparingTo("880.00");
    }

    @Test
    void aHireEndedWithoutCauseAfterItsTrainingIsCompleteIsNotClawedBack() {
        long program = program("250000.00", "100000.00");
        // 80 training hours: two weeks of 40 hours complete the training, 50% x $22.00 x 80 = $880.00.
        long id = submitted(TestUsers.NORTHSIDE, program, content().put("hires", 1).put("trainingHours", 80)).path("id").asLong();
        assertThat(as(TestUsers.NORTHSIDE).post("/api/subsidy-requests/" + id + "/agreement/acceptance",
                Map.of("wageCommitment", "$24.00 after three months")).status()).isEqualTo(200);
        LocalDate start = hireStart(id);
        name(TestUsers.NORTHSIDE, id, "T-80", start);
        clock.advance(Duration.ofDays(60));
        Response paid = as(TestUsers.NORTHSIDE).post("/api/subsidy-requests/" + id + "/claims", Map.of("milestone", "COMPLETION",
                "weeks", List.of(Map.of("weekEnding", start.plusDays(6).toString(), "csv", PayCsv.week("T-80", "22.00", List.of(8, 8, 8, 8, 8))),
                        Map.of("weekEnding", start.plusDays(13).toString(), "csv", PayCsv.week("T-80", "22.00", List.of(8, 8, 8, 8, 8))))));
        assertThat(paid.json().path("amount").decimalValue()).isEqualByComparingTo("880.00");

        // Weeks after the training, the hire leaves without cause: the training was complete, nothing is to recover.
        Response ended = as(TestUsers.NORTHSIDE).post("/api/subsidy-requests/" + id + "/hires/T-80/end",
                Map.of("endedOn", today().toString(), "withCause", false, "reason", "Took another job"));
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.json().get(0).path("status").asText()).isEqualTo("ENDED_AFTER_TRAINING");
        assertThat(as(TestUsers.STAFF).get("/api/subsidy-requests/" + id + "/clawbacks").json()).isEmpty();
    }

    @Test
    void aHireEndedEarlyWithoutCauseAndAnUpheldDisplacementAreClawedBack() {
        Hired hired = hiredAndWorked(TestUsers.NORTHSIDE, "N-7");
        long id = hired.id();
        LocalDate start = hired.start();
        Response paid = as(TestUsers.NORTHSIDE).post("/api/subsidy-requests/" + id + "/claims", Map.of("milestone", "MIDPOINT",
                "weeks", List.of(Map.of("weekEnding", start.plusDays(6).toString(), "csv", PayCsv.week("N-7", "22.00", List.of(8, 8, 8, 8, 8))))));
        assertThat(paid.json().path("amount").decimalValue()).isEqualByComparingTo("440.00");

        Response ended = as(TestUsers.NORTHSIDE).post("/api/subsidy-requests/" + id + "/hires/N-7/end",
                Map.of("endedOn", today().toString(), "withCause", false, "reason", "Position eliminated"));
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        Response displacement = as(TestUsers.STAFF).post("/api/subsidy-requests/" + id + "/clawbacks",
                Map.of("detail", "Complaint upheld: a current machine operator's hours were cut for the trainee"));
        assertThat(displacement.status()).as(displacement.body()).isEqualTo(201);

        JsonNode clawbacks = displacement.json();
        assertThat(clawbacks.findValuesAsText("ground")).containsExactly("ENDED_EARLY", "DISPLACEMENT");
        assertThat(clawbacks.get(0).path("amount").decimalValue()).isEqualByComparingTo("440.00");
        // the same $440.00 is recovered once: the displacement covers only what the early end does not
        assertThat(clawbacks.get(1).path("amount").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(clawbacks.get(1).path("status").asText()).isEqualTo("NOTHING_MORE");
        assertThat(clawbacks.get(1).path("detail").asText()).startsWith("Complaint upheld");
        assertThat(as(TestUsers.HARBOR).get("/api/subsidy-requests/" + id + "/clawbacks").status()).isEqualTo(404);
        assertThat(as(TestUsers.NORTHSIDE).post("/api/subsidy-requests/" + id + "/clawbacks", Map.of("detail", "x")).status())
                .isEqualTo(403);
    }

    @Test
    void aSecondGroundOnTheSameHireRecoversOnlyWhatWasPaidSinceTheFirst() {
        Hired hired = hiredAndWorked(TestUsers.HARBOR, "G-1", "G-2");
        long program = hired.program();
        long id = hired.id();
        LocalDate w1 = hired.firstWeekEnding();
        // Midpoint: G-1 40 h at $22.00 = $440.00, then 40 h at $21.00 (below the approved wage: not paid, clawed back);
        // G-2 40 h at $22.00 = $440.00.
        Response midpoint = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/claims", Map.of("milestone", "MIDPOINT",
                "weeks", List.of(Map.of("weekEnding", w1.toString(), "csv", PayCsv.week("G-1", "22.00", List.of(8, 8, 8, 8, 8))
                        + PayCsv.week("G-2", "22.00", List.of(8, 8, 8, 8, 8)).lines().skip(1).map(l -> l.replaceFirst("^1,", "2,"))
                        .reduce("", (a, b) -> a + b + "\n")),
                        Map.of("weekEnding", w1.plusDays(7).toString(), "csv", PayCsv.week("G-1", "21.00", List.of(8, 8, 8, 8, 8))))));
        assertThat(midpoint.status()).as(midpoint.body()).isEqualTo(201);
        assertThat(midpoint.json().path("amount").decimalValue()).isEqualByComparingTo("880.00");
        // Completion: G-1 paid 40 h more at $22.00 = $440.00 after its low-wage clawback.
        Response completion = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/claims", Map.of("milestone", "COMPLETION",
                "weeks", List.of(Map.of("weekEnding", w1.plusDays(14).toString(), "csv", PayCsv.week("G-1", "22.00", List.of(8, 8, 8, 8, 8))))));
        assertThat(completion.json().path("amount").decimalValue()).isEqualByComparingTo("440.00");

        // G-1 ends early: only the $440.00 paid since the low-wage clawback ($440.00) is recovered again.
        Response ended = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/hires/G-1/end",
                Map.of("endedOn", today().toString(), "withCause", false, "reason", "Quit the program"));
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        // Displacement: everything paid ($1,320.00) less what the two clawbacks of G-1 recover ($880.00) = G-2's $440.00.
        Response displacement = as(TestUsers.STAFF).post("/api/subsidy-requests/" + id + "/clawbacks", Map.of("detail", "Upheld"));
        assertThat(displacement.status()).as(displacement.body()).isEqualTo(201);
        JsonNode clawbacks = displacement.json();
        assertThat(clawbacks.findValuesAsText("ground")).containsExactly("WAGE_BELOW_APPROVED", "ENDED_EARLY", "DISPLACEMENT");
        assertThat(clawbacks.findValuesAsText("amount")).containsExactly("440.0", "440.0", "440.0");
        java.math.BigDecimal total = jdbc.queryForObject("select sum(amount) from subsidy_clawback where request_id = ?",
                java.math.BigDecimal.class, id);
        assertThat(total).as("never more than the $1,320.00 paid").isEqualByComparingTo("1320.00");
    }

    @Test
    void aDisplacementPostedTwiceIsRecordedOnceAndTheRepeatAnswersWithTheClawbackAlreadyRecorded() {
        Hired hired = hiredAndWorked(TestUsers.NORTHSIDE, "N-8");
        long id = hired.id();
        LocalDate start = hired.start();
        Response paid = as(TestUsers.NORTHSIDE).post("/api/subsidy-requests/" + id + "/claims", Map.of("milestone", "MIDPOINT",
                "weeks", List.of(Map.of("weekEnding", start.plusDays(6).toString(), "csv", PayCsv.week("N-8", "22.00", List.of(8, 8, 8, 8, 8))))));
        // 40 hours x 50% x $22.00 = $440.00
        assertThat(paid.json().path("amount").decimalValue()).isEqualByComparingTo("440.00");

        Map<String, String> complaint = Map.of("detail", "Complaint upheld: a current operator's hours were cut for the trainee");
        Response first = as(TestUsers.STAFF).post("/api/subsidy-requests/" + id + "/clawbacks", complaint);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        Response again = as(TestUsers.STAFF).post("/api/subsidy-requests/" + id + "/clawbacks", complaint);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json()).hasSize(1);
        assertThat(again.json().get(0).path("ground").asText()).isEqualTo("DISPLACEMENT");
        assertThat(again.json().get(0).path("amount").decimalValue()).as("$440.00 once, not $880.00").isEqualByComparingTo("440.00");
        assertThat(as(TestUsers.STAFF).get("/api/subsidy-requests/" + id + "/clawbacks").json()).hasSize(1);
    }

    @Test
    void displacementsPostedAtOnceRecordOneClawbackAndTheDatabaseRefusesASecondRow() throws Exception {
        Hired hired = hiredAndWorked(TestUsers.NORTHSIDE, "N-9");
        long id = hired.id();
        Response paid = as(TestUsers.NORTHSIDE).post("/api/subsidy-requests/" + id + "/claims", Map.of("milestone", "MIDPOINT",
                "weeks", List.of(Map.of("weekEnding", hired.firstWeekEnding().toString(), "csv",
                        PayCsv.week("N-9", "22.00", List.of(8, 8, 8, 8, 8))))));
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        Map<String, String> complaint = Map.of("detail", "Complaint upheld");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> posts = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                posts.add(pool.submit(() -> {
                    go.await();
                    return as(TestUsers.STAFF).post("/api/subsidy-requests/" + id + "/clawbacks", complaint).status();
                }));
            }
            go.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var post : posts) {
                statuses.add(post.get());
            }
            // the request's row is locked while a clawback is recorded: the others wait and answer with it, never 409
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).allMatch(s -> s == 201 || s == 200);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from subsidy_clawback where request_id = ?", Integer.class, id)).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("insert into subsidy_clawback (request_id, recovers, "
                + "ground, amount, detail, status, recorded_by, recorded_at) values (?, '', 'DISPLACEMENT', 0, 'x', 'TO_RECOVER', 'x', "
                + "current_timestamp)", id)).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void aLowWageFoundOnEachClaimRecordsTheHiresClawbackOnce() {
        Hired hired = hiredAndWorked(TestUsers.HARBOR, "L-1");
        long id = hired.id();
        LocalDate w1 = hired.firstWeekEnding();

        // Midpoint: week 1 at $22.00 is paid, 40 x $11.00 = $440.00; week 2 at $21.00 is below the approved wage.
        Response midpoint = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/claims", Map.of("milestone", "MIDPOINT",
                "weeks", List.of(Map.of("weekEnding", w1.toString(), "csv", PayCsv.week("L-1", "22.00", List.of(8, 8, 8, 8, 8))),
                        Map.of("weekEnding", w1.plusDays(7).toString(), "csv", PayCsv.week("L-1", "21.00", List.of(8, 8, 8, 8, 8))))));
        assertThat(midpoint.status()).as(midpoint.body()).isEqualTo(201);
        assertThat(midpoint.json().path("amount").decimalValue()).isEqualByComparingTo("440.00");
        // Completion: week 3 at $21.00 again, nothing paid; the hire's low wage was recorded on the midpoint already.
        Response completion = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/claims", Map.of("milestone", "COMPLETION",
                "weeks", List.of(Map.of("weekEnding", w1.plusDays(14).toString(), "csv", PayCsv.week("L-1", "21.00", List.of(8, 8, 8, 8, 8))))));
        assertThat(completion.status()).as(completion.body()).isEqualTo(201);
        assertThat(completion.json().path("amount").decimalValue()).isEqualByComparingTo("0.00");

        JsonNode clawbacks = as(TestUsers.STAFF).get("/api/subsidy-requests/" + id + "/clawbacks").json();
        assertThat(clawbacks.findValuesAsText("ground")).containsExactly("WAGE_BELOW_APPROVED");
        assertThat(clawbacks.get(0).path("workerRef").asText()).isEqualTo("L-1");
        assertThat(clawbacks.get(0).path("amount").decimalValue()).as("the $440.00 paid to L-1, once").isEqualByComparingTo("440.00");
    }

    @Test
    void theReportShowsItsAggregatesOnceTheyCoverFiveHires() {
        long program = program("250000.00", "100000.00");
        long five = agreed(TestUsers.HARBOR, program, 5);
        JsonNode report = as(TestUsers.STAFF).get("/api/subsidy-programs/" + program + "/report").json();
        assertThat(report.path("committed").decimalValue()).isEqualByComparingTo("28600.00");
        assertThat(report.path("hires").path("suppressed").asBoolean()).isFalse();
        assertThat(report.path("hires").path("approved").asInt()).isEqualTo(5);
        assertThat(report.path("hires").path("wageAtApproval").decimalValue()).isEqualByComparingTo("22.00");
        assertThat(report.path("bySector").get(0).path("name").asText()).isEqualTo("Manufacturing");
        assertThat(report.path("bySector").get(0).path("hires").asInt()).isEqualTo(5);
        assertThat(report.path("bySector").get(0).path("qualityJobDollars").decimalValue()).isEqualByComparingTo("28600.00");

        agreed(TestUsers.NORTHSIDE, program, 1, "Health care");
        JsonNode mixed = as(TestUsers.STAFF).get("/api/subsidy-programs/" + program + "/report").json();
        assertThat(mixed.path("bySector").findValuesAsText("name")).containsExactly("Health care", "Manufacturing");
        assertThat(mixed.path("bySector").get(0).path("suppressed").asBoolean()).isTrue();
        assertThat(mixed.path("bySector").get(0).path("committed").isMissingNode()).isTrue();
        assertThat(as(TestUsers.HARBOR).get("/api/subsidy-programs/" + program + "/report").status()).isEqualTo(403);
        assertThat(five).isPositive();
    }

    @Test
    void aSuppressedGroupCannotBeReadBySubtractingTheGroupsShownFromTheProgramsTotal() {
        long program = program("250000.00", "100000.00");
        agreed(TestUsers.HARBOR, program, 5, "Manufacturing");
        agreed(TestUsers.NORTHSIDE, program, 1, "Health care");
        // Committed $34,320.00 is always shown; were Manufacturing's $28,600.00 shown, Health care's $5,720.00 would follow.
        JsonNode two = as(TestUsers.STAFF).get("/api/subsidy-programs/" + program + "/report").json();
        assertThat(two.path("committed").decimalValue()).isEqualByComparingTo("34320.00");
        assertThat(two.path("bySector").findValuesAsText("suppressed")).containsExactly("true", "true");
        assertThat(two.path("bySector").get(1).path("committed").isMissingNode()).isTrue();
        assertThat(two.path("byCounty").get(0).path("suppressed").asBoolean()).as("one county of six hires").isFalse();

        // With Retail's 6 hires, the smallest group shown (Manufacturing, 5) is suppressed beside Health care: the two
        // together cover 6 hires, and Retail is shown.
        agreed(TestUsers.HARBOR, program, 6, "Retail");
        JsonNode three = as(TestUsers.STAFF).get("/api/subsidy-programs/" + program + "/report").json();
        assertThat(three.path("bySector").findValuesAsText("name")).containsExactly("Health care", "Manufacturing", "Retail");
        assertThat(three.path("bySector").findValuesAsText("suppressed")).containsExactly("true", "true", "false");
        assertThat(three.path("bySector").get(2).path("committed").decimalValue()).isEqualByComparingTo("34320.00");
    }

    @Test
    void payRecordsOfAWeekNotYetEndedAreRefusedNamingItsWeekEnding() {
        long program = program("250000.00", "100000.00");
        long id = agreed(TestUsers.HARBOR, program, 1);
        LocalDate start = hireStart(id);
        name(TestUsers.HARBOR, id, "F-1", start);
        // Today is before the first day of work: the week ending six days after it has not been worked yet.
        Response early = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/claims", Map.of("milestone", "MIDPOINT",
                "weeks", List.of(Map.of("weekEnding", start.plusDays(6).toString(), "csv", PayCsv.week("F-1", "22.00", List.of(8, 8, 8, 8, 8))))));
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.errorFor("weeks[0].weekEnding")).contains("has not ended");
        assertThat(as(TestUsers.HARBOR).get("/api/subsidy-requests/" + id + "/claims").json()).as("nothing filed").isEmpty();
    }

    @Test
    void aWeeksPayRecordsAreReimbursedOnceWhetherRepeatedInAClaimOrFiledAgainOnTheNext() {
        Hired hired = hiredAndWorked(TestUsers.HARBOR, "D-1");
        long id = hired.id();
        LocalDate w1 = hired.firstWeekEnding();
        String week = PayCsv.week("D-1", "22.00", List.of(8, 8, 8, 8, 8));

        Response twice = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/claims", Map.of("milestone", "MIDPOINT",
                "weeks", List.of(Map.of("weekEnding", w1.toString(), "csv", week), Map.of("weekEnding", w1.toString(), "csv", week))));
        assertThat(twice.status()).as(twice.body()).isEqualTo(422);
        assertThat(twice.errorFor("weeks[1].weekEnding")).contains("twice");

        Response midpoint = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/claims", Map.of("milestone", "MIDPOINT",
                "weeks", List.of(Map.of("weekEnding", w1.toString(), "csv", week))));
        assertThat(midpoint.status()).as(midpoint.body()).isEqualTo(201);
        assertThat(midpoint.json().path("amount").decimalValue()).as("40 hours x $11.00").isEqualByComparingTo("440.00");

        // The completion claim repeats week 1 and adds week 2: only week 2 is paid, 40 x $11.00 = $440.00.
        Response completion = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/claims", Map.of("milestone", "COMPLETION",
                "weeks", List.of(Map.of("weekEnding", w1.toString(), "csv", week),
                        Map.of("weekEnding", w1.plusDays(7).toString(), "csv", PayCsv.week("D-1", "22.00", List.of(8, 8, 8, 8, 8))))));
        assertThat(completion.status()).as(completion.body()).isEqualTo(201);
        assertThat(completion.json().path("amount").decimalValue()).isEqualByComparingTo("440.00");
        assertThat(completion.json().path("payments").get(0).path("hoursPaid").decimalValue()).isEqualByComparingTo("40");
        assertThat(completion.json().path("reasons").toString()).contains("D-1: week ending " + w1
                + " was claimed already on the MIDPOINT claim; not reimbursed again");
    }

    @Test
    void aRequestIsNotReducedBelowTheHiresAlreadyNamed() {
        long program = program("250000.00", "100000.00");
        long id = agreed(TestUsers.NORTHSIDE, program, 3);
        LocalDate start = hireStart(id);
        name(TestUsers.NORTHSIDE, id, "R-1", start);
        name(TestUsers.NORTHSIDE, id, "R-2", start);
        Response below = as(TestUsers.NORTHSIDE).post("/api/subsidy-requests/" + id + "/reduction", Map.of("hires", 1));
        assertThat(below.status()).as(below.body()).isEqualTo(422);
        assertThat(below.errorFor("hires")).contains("2 hires are named");
        assertThat(read(TestUsers.STAFF, id).path("reimbursementTotal").decimalValue()).as("unchanged").isEqualByComparingTo("17160.00");

        Response toTwo = as(TestUsers.NORTHSIDE).post("/api/subsidy-requests/" + id + "/reduction", Map.of("hires", 2));
        assertThat(toTwo.status()).as(toTwo.body()).isEqualTo(200);
        assertThat(toTwo.json().path("reimbursementTotal").decimalValue()).isEqualByComparingTo("11440.00");
    }

    @Test
    void theCompletionClaimReleasesWhatThePaymentsLeftOfTheReservation() {
        long program = program("250000.00", "100000.00");
        long id = agreed(TestUsers.HARBOR, program, 2);
        LocalDate start = hireStart(id);
        name(TestUsers.HARBOR, id, "C-1", start);
        clock.advance(Duration.ofDays(60));
        LocalDate w1 = start.plusDays(6);
        assertThat(as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/claims", Map.of("milestone", "COMPLETION",
                "weeks", List.of(Map.of("weekEnding", w1.toString(), "csv", PayCsv.week("C-1", "22.00", List.of(8, 8, 8, 8, 8))))))
                .status()).isEqualTo(201);
        // Reserved 2 x $5,720.00 = $11,440.00; paid 40 x $11.00 = $440.00; the other $11,000.00 returns to the budget.
        JsonNode programView = as(TestUsers.STAFF).get("/api/subsidy-programs/" + program).json();
        assertThat(programView.path("available").decimalValue()).isEqualByComparingTo("249560.00");
        JsonNode report = as(TestUsers.STAFF).get("/api/subsidy-programs/" + program + "/report").json();
        assertThat(report.path("committed").decimalValue()).isEqualByComparingTo("440.00");
        assertThat(report.path("paid").decimalValue()).isEqualByComparingTo("440.00");
        Response midpointAfter = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/claims", Map.of("milestone", "MIDPOINT",
                "weeks", List.of(Map.of("weekEnding", w1.plusDays(7).toString(), "csv", PayCsv.week("C-1", "22.00", List.of(8, 8, 8, 8, 8))))));
        assertThat(midpointAfter.status()).as("nothing is claimed after completion").isEqualTo(409);
    }

    @Test
    void hoursAfterAHireEndedAreNotReimbursed() {
        Hired hired = hiredAndWorked(TestUsers.NORTHSIDE, "E-1");
        long id = hired.id();
        LocalDate start = hired.start();
        assertThat(as(TestUsers.NORTHSIDE).post("/api/subsidy-requests/" + id + "/hires/E-1/end",
                Map.of("endedOn", start.plusDays(2).toString(), "withCause", true, "reason", "Moved away")).status()).isEqualTo(200);
        // Monday and Tuesday (16 hours) before the end; 24 hours after it are not counted, so the week is below 32 hours.
        Response claim = as(TestUsers.NORTHSIDE).post("/api/subsidy-requests/" + id + "/claims", Map.of("milestone", "MIDPOINT",
                "weeks", List.of(Map.of("weekEnding", start.plusDays(6).toString(), "csv", PayCsv.week("E-1", "22.00", List.of(8, 8, 8, 8, 8))))));
        // nothing reimbursable: refused with the reasons, the milestone still open
        assertThat(claim.status()).as(claim.body()).isEqualTo(422);
        assertThat(claim.body()).contains("E-1: 8 hours on " + start.plusDays(3)
                + " are after the hire ended on " + start.plusDays(2) + "; not reimbursed");
        assertThat(claim.errorFor("weeks")).contains("nothing in these weeks is reimbursable");
    }

    @Test
    void aClaimWithNothingReimbursableIsRefusedAndLeavesTheMilestoneOpen() {
        Hired hired = hiredAndWorked(TestUsers.HARBOR, "Z-1");
        long id = hired.id();
        LocalDate start = hired.start();
        String claimsPath = "/api/subsidy-requests/" + id + "/claims";
        // the week before the hire's first day: every hour before it
        Response early = as(TestUsers.HARBOR).post(claimsPath, Map.of("milestone", "MIDPOINT", "weeks",
                List.of(Map.of("weekEnding", start.minusDays(1).toString(), "csv", PayCsv.week("Z-1", "22.00", List.of(8, 8, 8, 8, 8))))));
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.errorFor("weeks")).contains("nothing in these weeks is reimbursable", "milestone is still open");
        assertThat(early.body()).contains("before the hire's start date " + start);
        // the same for the completion milestone; nothing stored either time
        Response earlyCompletion = as(TestUsers.HARBOR).post(claimsPath, Map.of("milestone", "COMPLETION", "weeks",
                List.of(Map.of("weekEnding", start.minusDays(1).toString(), "csv", PayCsv.week("Z-1", "22.00", List.of(8, 8, 8, 8, 8))))));
        assertThat(earlyCompletion.status()).as(earlyCompletion.body()).isEqualTo(422);
        assertThat(as(TestUsers.HARBOR).get(claimsPath).json()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from subsidy_claim where request_id = ?", Integer.class, id)).isZero();

        // the real midpoint claim is still possible: 40 hours x $11.00 = $440.00
        Response midpoint = as(TestUsers.HARBOR).post(claimsPath, Map.of("milestone", "MIDPOINT", "weeks",
                List.of(Map.of("weekEnding", hired.firstWeekEnding().toString(), "csv", PayCsv.week("Z-1", "22.00", List.of(8, 8, 8, 8, 8))))));
        assertThat(midpoint.status()).as(midpoint.body()).isEqualTo(201);
        assertThat(midpoint.json().path("amount").decimalValue()).isEqualByComparingTo("440.00");
    }
}
