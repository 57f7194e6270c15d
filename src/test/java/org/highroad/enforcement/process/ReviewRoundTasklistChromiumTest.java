package org.highroad.enforcement.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.highroad.enforcement.CaseTest;
import org.highroad.support.Jobs;
import org.highroad.support.TasklistBrowser;
import org.highroad.support.TestUsers;
import org.highroad.support.WebDriver;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.task.Task;

/**
 * The auditor's review round as Tasklist renders it, in real headless Chromium: the contractor by name, the findings
 * pending review grouped in tables with the restitution claimed in dollars, and a link to the case's staff page where
 * they are reviewed; no API path. Skipped (not failed) only where Chromium or chromedriver is missing.
 */
class ReviewRoundTasklistChromiumTest extends CaseTest {

    @Test
    void theReviewRoundShowsTheContractorTheMoneyInTablesAndLinksToTheCasePage() throws Exception {
        assumeTrue(WebDriver.available(), "chromium and chromedriver are not installed");
        long caseId = openCase("Review round in Tasklist");
        Jobs.runDue(management); // a review round is prepared by the job executor
        Task task = openTasks(caseId, ComplianceCaseProcess.TASK_REVIEW_ROUND).get(0);

        try (WebDriver browser = WebDriver.start()) {
            TasklistBrowser tasklist = TasklistBrowser.signIn(browser, port, TestUsers.AUDITOR);
            tasklist.open(task.getId());
            String text = tasklist.formText();
            assertThat(text).contains("Harbor Builders LLC", "pending review", "Open the case page to review them");
            assertThat(text).as("no API path, no Markdown left unrendered").doesNotContain("/api/", "|---", "**", "](");
            JsonNode cells = tasklist.tableCells();
            assertThat(cells).as("the findings grouped in tables").isNotEmpty();
            assertThat(cells.toString()).as("restitution claimed in dollars").containsPattern("\\$[0-9,]+\\.[0-9]{2}");
            assertThat(tasklist.formLinks().findValuesAsText("href")).contains("/staff/cases/" + caseId);
        }
    }
}
