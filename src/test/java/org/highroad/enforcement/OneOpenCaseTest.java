package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.highroad.enforcement.process.ComplianceCaseProcess;
import org.highroad.payroll.process.CertifiedPayrollReviewProcess;
import org.highroad.support.Jobs;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.runtime.Job;

/**
 * A contract and contractor have one open compliance case, however many findings arrive at once: the database holds
 * it to that (one open case per contract and contractor), and a finding that loses the race to open the case joins
 * the case the winner opened.
 */
class OneOpenCaseTest extends CaseTest {

    @Test
    void lateReportTimersFiringTogetherOpenOneCaseHoldingEveryLateReport() throws Exception {
        long contract = contractWithStatement("One open case");
        long harbor = users.vendorOf(TestUsers.HARBOR);
        // 2027-03-10: the weeks ending 2027-01-09 to 2027-02-27 are past their due dates (7 days after each week)
        clock.advance(Duration.between(LocalDate.now(clock).atStartOfDay(), LocalDate.parse("2027-03-10").atStartOfDay()));
        List<String> timers = new ArrayList<>();
        for (LocalDate week = LocalDate.parse(WEEK); week.isBefore(LocalDate.parse("2027-03-01")); week = week.plusWeeks(1)) {
            String instance = runtime.createProcessInstanceQuery().processDefinitionKey(CertifiedPayrollReviewProcess.PROCESS_ID)
                    .processInstanceBusinessKey(contract + ":" + harbor + ":" + week).singleResult().getId();
            Job timer = management.createJobQuery().processInstanceId(instance)
                    .activityId(CertifiedPayrollReviewProcess.EVENT_DUE_DATE_PASSED).timers().singleResult();
            timers.add(timer.getId());
        }
        assertThat(timers).hasSize(8);

        List<String> outcomes = Jobs.executeAtOnce(management, timers, "fired");
        // a timer that waited longer than H2's lock timeout for the case's row is retried, as the job executor would
        assertThat(outcomes).as("a late report that lost the race joins the open case; none fails for it")
                .allMatch(o -> o.equals("fired") || o.contains("Timeout trying to lock table"));
        Jobs.runDue(management); // the retries, and the case's review round
        assertThat(management.createJobQuery().processDefinitionKey(CertifiedPayrollReviewProcess.PROCESS_ID)
                .activityId(CertifiedPayrollReviewProcess.EVENT_DUE_DATE_PASSED).list().stream()
                .filter(j -> timers.contains(j.getId())).toList()).as("every timer has fired").isEmpty();
        List<JsonNode> open = new ArrayList<>();
        for (JsonNode c : as(TestUsers.AUDITOR).all("/api/cases").json()) {
            if (c.path("contractId").asLong() == contract && c.path("vendorId").asLong() == harbor
                    && c.path("status").asText().equals("OPEN")) {
                open.add(c);
            }
        }
        assertThat(open.stream().map(c -> c.path("id").asLong()).toList()).as("one open case for the contract and contractor")
                .hasSize(1);
        assertThat(open.get(0).path("findings").findValuesAsText("kind")).hasSize(8).containsOnly("LATE_REPORT");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ComplianceCaseProcess.PROCESS_ID)
                .processInstanceBusinessKey(open.get(0).path("id").asText()).count()).isOne();
        assertThat(jdbc.queryForObject("select count(*) from compliance_case where contract_id = ?", Integer.class, contract))
                .as("no other case was opened for the contract").isOne();
    }
}
