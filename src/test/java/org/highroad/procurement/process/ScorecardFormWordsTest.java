package org.highroad.procurement.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.highroad.procurement.ProcurementTest;
import org.highroad.support.TasklistSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The scorecard's review form speaks words and dollars, as Tasklist reads it ({@code form-variables}): each criterion's
 * principle by its name (not {@code SAFETY_AND_SECURITY}), the price and the price's reason in dollars with thousands
 * separators, a pass/fail rule as met or not (never points of a weight of 0), and the bid's moment in UTC by name.
 */
class ScorecardFormWordsTest extends ProcurementTest {

    @Autowired
    TaskService tasks;

    @Test
    void theScorecardShowsPrinciplesByNameAndMoneyInDollars() throws Exception {
        long solicitation = publishedSolicitation("Scorecard in words");
        long strong = submit(TestUsers.HARBOR, solicitation, strongBid("1000000"));
        submit(TestUsers.NORTHSIDE, solicitation, middleBid("1100000"));
        deadlinePasses(solicitation);
        Task review = tasks.createTaskQuery().processDefinitionKey(BidEvaluationProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(strong)).taskDefinitionKey(BidEvaluationProcess.TASK_REVIEW).singleResult();
        JsonNode form = TasklistSession.signIn(port, TestUsers.OFFICER).formVariables(review.getId());
        assertThat(form.path(ScorecardFormValues.SHOWN_BID).path("value").asText()).contains(" UTC, for ")
                .doesNotContain(" Z,");
        JsonNode rows = TasklistSession.parsed(form.path(ScorecardFormValues.SHOWN_SCORECARD));
        List<String> principles = new ArrayList<>();
        rows.forEach(row -> principles.add(row.path("principle").asText()));
        assertThat(principles).as("principles by name").contains("Safety and security")
                .noneMatch(p -> p.matches("[A-Z_]+"));
        JsonNode price = null;
        for (JsonNode row : rows) {
            if (row.path("reason").asText().startsWith("lowest price")) {
                price = row;
            }
            assertThat(row.path("points").asText()).as("no points of a pass/fail rule: %s", row).doesNotContain("of 0");
        }
        assertThat(price).as("the price criterion: %s", rows).isNotNull();
        assertThat(price.path("input").asText()).isEqualTo("$1,000,000.00");
        assertThat(price.path("reason").asText()).startsWith("lowest price $1,000,000.00 against $1,000,000.00 = 100");
        assertThat(rows.toString()).as("no code in the table").doesNotContain("SAFETY_AND_SECURITY", "1000000.00");
    }

    @Test
    void aPriceReasonIsWrittenInDollars() {
        assertThat(ScorecardFormValues.priceReason("lowest price 1000000.00 against 1100000.00 = 90.9% of 40 points"))
                .isEqualTo("lowest price $1,000,000.00 against $1,100,000.00 = 90.9% of 40 points");
        assertThat(ScorecardFormValues.priceReason("not answered")).isEqualTo("not answered");
        assertThat(ScorecardFormValues.principle("SAFETY_AND_SECURITY")).isEqualTo("Safety and security");
    }
}
