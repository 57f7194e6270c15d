package org.highroad.subsidies.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.highroad.subsidies.SubsidiesTest;
import org.highroad.support.TasklistBrowser;
import org.highroad.support.TasklistOnAPhone;
import org.highroad.support.TestUsers;
import org.highroad.support.WebDriver;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Workforce staff review a wage-subsidy request in Tasklist on a phone (390 px), in real headless Chromium: the
 * scorecard's Markdown table, wider than the screen, scrolls sideways in a region of its own, so its Points column can
 * be read; the page does not scroll sideways; axe-core finds nothing in the form. Skipped (not failed) only where
 * Chromium or chromedriver is missing.
 */
class SubsidyReviewOnAPhoneChromiumTest extends SubsidiesTest {

    @Autowired
    TaskService tasks;

    @Test
    void theScorecardTableScrollsInItsOwnRegionOnAPhone() throws Exception {
        assumeTrue(WebDriver.available(), "chromium and chromedriver are not installed");
        long program = program("250000.00", "8000.00");
        long id = submitted(TestUsers.HARBOR, program, content()).path("id").asLong();
        try (WebDriver browser = WebDriver.start()) {
            TasklistBrowser tasklist = TasklistOnAPhone.opened(browser, port, tasks, id, WageSubsidyReviewProcess.TASK_REVIEW,
                    TestUsers.STAFF);
            assertThat(tasklist.formText()).contains("Points");
            assertThat(TasklistOnAPhone.checked(browser, "subsidy review"))
                    .as("the scorecard table is wider than a phone and scrolls in its own region").isGreaterThanOrEqualTo(1);
        }
    }
}
