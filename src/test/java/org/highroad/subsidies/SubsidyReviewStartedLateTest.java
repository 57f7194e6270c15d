package org.highroad.subsidies;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;
import org.highroad.platform.operations.EventPublications;
import org.highroad.subsidies.process.WageSubsidyReviewProcess;
import org.highroad.support.Jobs;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A review whose start is still owed after the submission committed (the engine refused it and the registry delivers it
 * again later, ADR 0015) while the employer withdraws the request: the late start must not review, reserve or approve a
 * withdrawn request.
 */
class SubsidyReviewStartedLateTest extends SubsidiesTest {

    @Autowired
    EventPublications publications;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;

    @Test
    void aRequestWithdrawnBeforeItsReviewStartedIsNeitherReviewedNorReservedWhenTheStartIsDeliveredAgain() {
        long program = program("250000.00", "8000.00");
        long id = draft(TestUsers.HARBOR, program, content().put("hires", 1)).path("id").asLong();
        repository.suspendProcessDefinitionByKey(WageSubsidyReviewProcess.PROCESS_ID);
        try {
            assertThat(as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/submission", "").status()).isEqualTo(202);
            assertThat(read(TestUsers.HARBOR, id).path("status").asText()).isEqualTo("SUBMITTED");
            assertThat(as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/withdrawal",
                    Map.of("reason", "We filled the position otherwise")).status()).isEqualTo(200);
        } finally {
            repository.activateProcessDefinitionByKey(WageSubsidyReviewProcess.PROCESS_ID);
        }
        jdbc.update("update event_publication set publication_date = ? where completion_date is null",
                Timestamp.from(clock.instant().minus(Duration.ofMinutes(30))));
        publications.resubmit();
        Jobs.runDue(management);

        assertThat(read(TestUsers.HARBOR, id).path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(WageSubsidyReviewProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(id)).count()).as("no review of a withdrawn request").isZero();
        assertThat(as(TestUsers.STAFF).get("/api/subsidy-programs/" + program).json().path("available").decimalValue())
                .as("nothing reserved").isEqualByComparingTo("250000.00");
        assertThat(jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Integer.class))
                .as("the late delivery is done with, not retried forever").isZero();
    }
}
