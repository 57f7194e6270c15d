package org.highroad.payroll.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import org.highroad.payroll.PayrollTest;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The payroll calendar drives one review per expected week: a payroll that arrives ends it; a due date that passes
 * first is a late-report finding, the week shows as missing and the contract as not compliant until the report comes.
 */
class CertifiedPayrollReviewProcessTest extends PayrollTest {

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String key(long contract, String week) {
        long harbor = as(TestUsers.OFFICER).get("/api/contracts/" + contract).json().path("primeVendorId").asLong();
        return contract + ":" + harbor + ":" + week;
    }

    @Test
    void executionStartsAReviewForEveryExpectedWeekAndAPayrollEndsItsWeek() {
        long contract = contractWithStatement("Review per week");
        long weeks = runtime.createProcessInstanceQuery().processDefinitionKey(CertifiedPayrollReviewProcess.PROCESS_ID)
                .processInstanceBusinessKeyLike(contract + ":%").count();
        assertThat(weeks).isEqualTo(as(TestUsers.OFFICER).get("/api/contracts/" + contract + "/payroll-calendar").json().size())
                .isEqualTo(12);
        Response accepted = post(TestUsers.HARBOR, contract, WEEK, HEADER + "\n" + row(1, "Garcia", "1234", "55.00", "2200.00",
                ELECTRICIAN) + "\n");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(endedAt(key(contract, WEEK))).isEqualTo(CertifiedPayrollReviewProcess.END_FLAGGED);
        assertThat(management.createJobQuery().processInstanceId(instance(key(contract, "2027-01-16"))).timers().count()).isOne();
    }

    @Test
    void aDueDateThatPassesWithoutAReportIsALateReportFindingAndTheContractIsNotCompliant() {
        long contract = contractWithStatement("Late report");
        clock.advance(Duration.between(LocalDate.now(clock).atStartOfDay(), LocalDate.parse("2027-01-20").atStartOfDay()));
        String key = key(contract, WEEK);
        int announced = published.flagged().size();
        Jobs.fireTimer(management, runtime, CertifiedPayrollReviewProcess.PROCESS_ID, key,
                CertifiedPayrollReviewProcess.EVENT_DUE_DATE_PASSED);

        JsonNode findings = as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json();
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).path("kind").asText()).isEqualTo("LATE_REPORT");
        assertThat(findings.get(0).path("weekEnding").asText()).isEqualTo(WEEK);
        assertThat(findings.get(0).path("detail").asText()).contains("2027-01-16");
        assertThat(published.flagged()).hasSize(announced + 1);
        assertThat(published.flagged().get(announced).submissionId()).isNull();

        JsonNode status = as(TestUsers.OFFICER).get("/api/contracts/" + contract + "/payroll-compliance").json();
        assertThat(status.path("compliant").asBoolean()).isFalse();
        assertThat(status.path("missingReports").asInt()).isEqualTo(1);
        assertThat(status.path("weeks").get(0).path("state").asText()).isEqualTo("MISSING");
        assertThat(status.path("weeks").get(1).path("state").asText()).as("due 2027-01-23").isEqualTo("NOT_DUE");
        assertThat(as(TestUsers.NORTHSIDE).get("/api/contracts/" + contract + "/payroll-compliance").status()).isEqualTo(404);

        Response late = post(TestUsers.HARBOR, contract, WEEK, csv("60.00", "2400.00", ELECTRICIAN));
        assertThat(late.status()).as(late.body()).isEqualTo(201);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).as("ended").isZero();
        JsonNode after = as(TestUsers.OFFICER).get("/api/contracts/" + contract + "/payroll-compliance").json();
        assertThat(after.path("missingReports").asInt()).isZero();
        assertThat(after.path("weeks").get(0).path("state").asText()).isEqualTo("RECEIVED");
        assertThat(after.path("compliant").asBoolean()).as("the late-report finding stays open").isFalse();
    }

    private String instance(String businessKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
    }

    private String endedAt(String businessKey) {
        var done = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).finished().singleResult();
        return done == null ? null : done.getEndActivityId();
    }
}
