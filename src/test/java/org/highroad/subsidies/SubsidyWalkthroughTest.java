package org.highroad.subsidies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.highroad.support.Http;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The README walkthrough, step by step over HTTP: an employer applies below the program's wage floor and is returned
 * with the reason, resubmits above it, is flagged below the living-wage benchmark and approved on condition, sees the
 * reimbursement per hire and in total, accepts the agreement, names its hire, files the midpoint evidence and is paid;
 * the program report counts it; a wage below the approved one on the completion evidence opens a compliance case with
 * the amount to recover. Figures: $22.00 an hour x 520 training hours x 50% = $5,720.00 per hire, one hire;
 * midpoint: two weeks of 40 hours paid, 50% x $22.00 x 80 = $880.00; a week worked before the agreement is refused.
 */
class SubsidyWalkthroughTest extends SubsidiesTest {

    @Test
    void anEmployerAppliesIsReturnedResubmitsIsApprovedOnConditionAgreesAndIsPaidOnMidpointEvidence() {
        long program = program("250000.00", "8000.00");

        // 1. Below the $20.00 floor: returned for revision with the reason.
        JsonNode returned = submitted(TestUsers.HARBOR, program, content().put("hires", 1).put("hourlyWage", "19.00"));
        assertThat(returned.path("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.path("reasons").get(0).path("text").asText())
                .isEqualTo("the hourly wage $19.00 is below the program's minimum wage $20.00");

        // 2. Resubmitted at $22.00: above the floor, below the $26.00 living wage, so approved on condition.
        long id = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + returned.path("id").asLong() + "/revision", "")
                .json().path("id").asLong();
        ObjectNode corrected = content().put("hires", 1);
        assertThat(as(TestUsers.HARBOR).put("/api/subsidy-requests/" + id, Http.JSON.createObjectNode().set("content", corrected))
                .status()).isEqualTo(200);
        JsonNode approved = submit(TestUsers.HARBOR, id);
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("version").asInt()).isEqualTo(2);
        assertThat(approved.path("flags").get(0).path("text").asText()).isEqualTo("the hourly wage $22.00 is below the county "
                + "living-wage benchmark $26.00: approved on condition of a wage-progression commitment");

        assertThat(approved.path("scoreTotal").decimalValue()).isEqualByComparingTo("66.67");
        assertThat(approved.path("qualityJob").asBoolean()).isTrue();

        // 3. The reimbursement per hire and in total.
        assertThat(approved.path("reimbursementPerHire").decimalValue()).isEqualByComparingTo("5720.00");
        assertThat(approved.path("reimbursementTotal").decimalValue()).isEqualByComparingTo("5720.00");

        // 4. The agreement accepted before the first day, with the wage-progression commitment.
        Response accepted = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/agreement/acceptance",
                Map.of("wageCommitment", "$24.00 after three months, $26.50 after six"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().path("status").asText()).isEqualTo("AGREED");
        LocalDate agreedOn = today();

        // 5. The hire named from the first Sunday on or after the agreed first day (a worker reference, not an SSN).
        LocalDate firstDay = LocalDate.parse(corrected.path("startDate").asText());
        LocalDate hireStart = firstDay.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        assertThat(as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/hires",
                Map.of("workerRef", "123-45-6789", "startDate", hireStart.toString())).errorFor("workerRef"))
                .contains("never a Social Security number");
        Response named = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/hires",
                Map.of("workerRef", "T-0001", "startDate", hireStart.toString()));
        assertThat(named.status()).as(named.body()).isEqualTo(201);

        // 6. Midpoint evidence, weeks later: a week worked before the agreement, then two full weeks.
        clock.advance(Duration.ofDays(40));
        LocalDate before = agreedOn.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
        LocalDate week1 = hireStart.plusDays(6);
        LocalDate week2 = week1.plusDays(7);
        Map<String, Object> claim = Map.of("milestone", "MIDPOINT", "weeks", List.of(
                Map.of("weekEnding", before.toString(), "csv", PayCsv.week("T-0001", "22.00", List.of(8, 8, 8, 8, 8))),
                Map.of("weekEnding", week1.toString(), "csv", PayCsv.week("T-0001", "22.00", List.of(8, 8, 8, 8, 8))),
                Map.of("weekEnding", week2.toString(), "csv", PayCsv.week("T-0001", "22.00", List.of(8, 8, 8, 8, 8)))));
        Response paid = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/claims", claim);
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertThat(paid.json().path("amount").decimalValue()).isEqualByComparingTo("880.00");
        JsonNode line = paid.json().path("payments").get(0);
        assertThat(line.path("workerRef").asText()).isEqualTo("T-0001");
        assertThat(line.path("hoursClaimed").decimalValue()).isEqualByComparingTo("120");
        assertThat(line.path("hoursPaid").decimalValue()).isEqualByComparingTo("80");
        assertThat(paid.json().path("reasons").toString()).contains("8 hours on " + before.minusDays(1)
                + " are before the agreement was accepted on " + agreedOn + " and are never reimbursed");
        assertThat(as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/claims", claim).status())
                .as("a milestone is claimed once").isEqualTo(409);

        // 7. The program report counts it; aggregates over fewer than five hires are suppressed.
        JsonNode report = as(TestUsers.STAFF).get("/api/subsidy-programs/" + program + "/report").json();
        assertThat(report.path("committed").decimalValue()).isEqualByComparingTo("5720.00");
        assertThat(report.path("paid").decimalValue()).isEqualByComparingTo("880.00");
        assertThat(report.path("available").decimalValue()).isEqualByComparingTo("244280.00");
        assertThat(report.path("qualityJobShare").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(report.path("goalMet").asBoolean()).isTrue();
        assertThat(report.path("hires").path("suppressed").asBoolean()).isTrue();
        assertThat(report.path("hires").path("approved").isMissingNode()).isTrue();
        assertThat(report.path("bySector").get(0).path("suppressed").asBoolean()).isTrue();
        assertThat(report.path("bySector").get(0).path("committed").isMissingNode()).isTrue();

        // 8. The completion evidence shows $21.00 an hour, below the approved $22.00: nothing more is paid, and the
        // $880.00 the hire was reimbursed is to be recovered: a compliance case about the agreement, in the auditor's queue.
        clock.advance(Duration.ofDays(14));
        Response completion = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/claims", Map.of("milestone",
                "COMPLETION", "weeks", List.of(Map.of("weekEnding", week2.plusDays(7).toString(), "csv",
                        PayCsv.week("T-0001", "21.00", List.of(8, 8, 8, 8, 8))))));
        assertThat(completion.status()).as(completion.body()).isEqualTo(201);
        assertThat(completion.json().path("amount").decimalValue()).isEqualByComparingTo("0.00");
        JsonNode subsidyCase = null;
        for (JsonNode c : as(TestUsers.AUDITOR).all("/api/cases").json()) {
            if (c.path("subsidyRequestId").asLong() == id) {
                subsidyCase = c;
            }
        }
        assertThat(subsidyCase).as("a case about the agreement").isNotNull();
        assertThat(subsidyCase.path("subject").asText()).isEqualTo("SUBSIDY_AGREEMENT");
        assertThat(subsidyCase.path("status").asText()).isEqualTo("OPEN");
        assertThat(subsidyCase.path("amountOwed").decimalValue()).as("the amount to recover").isEqualByComparingTo("880.00");
        assertThat(subsidyCase.path("findings").get(0).path("recovery").path("ground").asText()).isEqualTo("WAGE_BELOW_APPROVED");
        assertThat(as(TestUsers.HARBOR).get("/api/cases/" + subsidyCase.path("id").asLong()).status()).isEqualTo(200);
        assertThat(as(TestUsers.NORTHSIDE).get("/api/cases/" + subsidyCase.path("id").asLong()).status()).isEqualTo(404);
    }
}
