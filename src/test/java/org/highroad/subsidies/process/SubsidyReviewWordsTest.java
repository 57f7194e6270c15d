package org.highroad.subsidies.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.highroad.subsidies.SubsidiesTest;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.FormService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Workforce staff's review form lists the scorecard line by line: a criterion that gives points as its points of its
 * weight ("… of 30"), a pass/fail hard rule as met or not, never as "0.00 of 0".
 */
class SubsidyReviewWordsTest extends SubsidiesTest {

    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;

    @Test
    void aPassFailRuleIsShownAsMetNotAsPoints() {
        long program = program("250000.00", "8000.00");
        long id = submitted(TestUsers.HARBOR, program, content()).path("id").asLong();
        var reviewTask = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                .taskDefinitionKey(WageSubsidyReviewProcess.TASK_REVIEW).singleResult();
        String review = reviewTask.getId();
        // the description sends the reviewer to the request's page with its real id, not to the API with placeholders
        assertThat(reviewTask.getDescription()).contains("/staff/subsidies/requests/" + id).doesNotContain("GET /api", "{");
        String shown = forms.getTaskFormVariables(review).getValue(WageSubsidyReviewProcess.SHOWN_REVIEW, String.class);
        assertThat(shown).contains("| met (pass/fail rule) |").doesNotContain(" of 0 |").containsPattern("\\| \\d+\\.\\d{2} of \\d+ \\|");
    }
}
