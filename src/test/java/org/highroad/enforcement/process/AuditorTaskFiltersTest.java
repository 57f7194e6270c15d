package org.highroad.enforcement.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.highroad.enforcement.CaseTest;
import org.highroad.support.Jobs;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.FilterService;
import org.operaton.bpm.engine.filter.Filter;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/** The auditors' Tasklist filters exist once and list a new case's review tasks. */
class AuditorTaskFiltersTest extends CaseTest {

    @Autowired
    FilterService filters;

    @Test
    void theFindingsFilterListsTheReviewTasksOfANewCase() {
        assertThat(filters.createFilterQuery().filterName(AuditorTaskFilters.FINDINGS).count()).isEqualTo(1);
        assertThat(filters.createFilterQuery().filterName(AuditorTaskFilters.REFERRALS).count()).isEqualTo(1);
        long contract = contractWithStatement("Case filters");
        assertThat(post(TestUsers.HARBOR, contract, WEEK, UNDERPAID).status()).isEqualTo(201);
        long caseId = caseOf(contract).path("id").asLong();
        Jobs.runDue(management); // the job executor prepares the review round

        Filter findings = filters.createFilterQuery().filterName(AuditorTaskFilters.FINDINGS).singleResult();
        java.util.List<Task> listed = filters.list(findings.getId());
        assertThat(listed).extracting(Task::getTaskDefinitionKey).containsOnly(ComplianceCaseProcess.TASK_REVIEW_ROUND);
        assertThat(listed.stream().filter(t -> t.getProcessInstanceId().equals(runtime.createProcessInstanceQuery()
                .processDefinitionKey(ComplianceCaseProcess.PROCESS_ID).processInstanceBusinessKey(String.valueOf(caseId)).singleResult().getId())).count())
                .as("one task for the round, however many findings").isEqualTo(1);
        Filter corrections = filters.createFilterQuery().filterName(AuditorTaskFilters.CORRECTIONS).singleResult();
        java.util.List<Task> toVerify = filters.list(corrections.getId());
        assertThat(toVerify).as("no review task in the corrections filter").extracting(Task::getTaskDefinitionKey)
                .doesNotContain(ComplianceCaseProcess.TASK_REVIEW_ROUND);
    }
}
