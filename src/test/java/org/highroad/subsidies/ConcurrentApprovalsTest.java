package org.highroad.subsidies;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.highroad.subsidies.process.WageSubsidyReviewProcess;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.runtime.Job;

/**
 * Approvals landing at the same moment against one budget: four requests of $17,160.00 each, a budget of $40,000.00,
 * their reservations run at once on four threads. Two fit ($34,320.00) and two end budget exhausted, whatever the
 * order; the program's reserved total is exactly what the held reservations add up to, never above the budget.
 */
class ConcurrentApprovalsTest extends SubsidiesTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.operaton.bpm.engine.RuntimeService runtime;

    @Test
    void parallelApprovalsNeverOverCommitTheBudget() throws Exception {
        long program = program("40000.00", "100000.00");
        List<Long> ids = new ArrayList<>();
        for (String employer : List.of(TestUsers.HARBOR, TestUsers.NORTHSIDE, TestUsers.HARBOR, TestUsers.NORTHSIDE)) {
            long id = draft(employer, program, content()).path("id").asLong();
            Response submitted = as(employer).post("/api/subsidy-requests/" + id + "/submission", "");
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
            ids.add(id);
        }
        // The hard rules and scoring run first, one request after the other; each then waits at its reservation.
        for (long id : ids) {
            management.executeJob(jobAt(id, WageSubsidyReviewProcess.TASK_HARD_RULES).getId());
        }
        List<String> reservations = ids.stream().map(id -> jobAt(id, WageSubsidyReviewProcess.TASK_RESERVE).getId()).toList();

        List<String> outcomes = Jobs.executeAtOnce(management, reservations, "ran");
        Jobs.runDue(management);

        List<String> statuses = ids.stream().map(id -> read(TestUsers.STAFF, id).path("status").asText()).toList();
        assertThat(statuses).as(outcomes.toString()).filteredOn("APPROVED"::equals).hasSize(2);
        assertThat(statuses).filteredOn("BUDGET_EXHAUSTED"::equals).hasSize(2);
        BigDecimal reserved = jdbc.queryForObject("select reserved_total from subsidy_program where id = ?", BigDecimal.class, program);
        BigDecimal held = jdbc.queryForObject("select coalesce(sum(amount), 0) from subsidy_reservation where program_id = ? "
                + "and status = 'HELD'", BigDecimal.class, program);
        assertThat(reserved).isEqualByComparingTo("34320.00").isEqualByComparingTo(held);
        assertThat(jdbc.queryForObject("select count(*) from subsidy_reservation where program_id = ?", Integer.class, program))
                .isEqualTo(2);
    }

    @Test
    void theDatabaseRefusesAnOverCommitmentWhateverWritesTheRow() {
        long program = program("1000.00", "100000.00");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                "update subsidy_program set reserved_total = 1000.01 where id = ?", program))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    private Job jobAt(long id, String activity) {
        String instance = runtimeInstance(id);
        return management.createJobQuery().processInstanceId(instance).activityId(activity).singleResult();
    }

    private String runtimeInstance(long id) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(WageSubsidyReviewProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();
    }
}
