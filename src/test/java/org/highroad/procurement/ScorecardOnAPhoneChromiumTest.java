package org.highroad.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.highroad.procurement.process.BidEvaluationProcess;
import org.highroad.support.TasklistOnAPhone;
import org.highroad.support.TestUsers;
import org.highroad.support.WebDriver;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The procurement officer reviews a bid's scorecard in Tasklist on a phone (390 px), in real headless Chromium: the
 * scorecard's table (five columns, criterion to reason) scrolls sideways in its own frame, so its last column can be
 * read; the page does not scroll sideways; axe-core finds nothing in the form. Skipped (not failed) only where Chromium
 * or chromedriver is missing.
 */
class ScorecardOnAPhoneChromiumTest extends ProcurementTest {

    @Autowired
    TaskService tasks;

    @Test
    void theScorecardTableScrollsInItsOwnFrameOnAPhone() throws Exception {
        assumeTrue(WebDriver.available(), "chromium and chromedriver are not installed");
        long solicitation = publishedSolicitation("Scorecard on a phone");
        long bid = submit(TestUsers.HARBOR, solicitation, strongBid("1000000"));
        deadlinePasses(solicitation);
        try (WebDriver browser = WebDriver.start()) {
            TasklistOnAPhone.opened(browser, port, tasks, bid, BidEvaluationProcess.TASK_REVIEW, TestUsers.OFFICER);
            assertThat(TasklistOnAPhone.checked(browser, "scorecard review"))
                    .as("the scorecard table is wider than a phone and scrolls in its own frame").isGreaterThanOrEqualTo(1);
        }
    }
}
