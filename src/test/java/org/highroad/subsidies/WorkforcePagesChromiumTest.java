package org.highroad.subsidies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.highroad.support.PageChecks;
import org.highroad.support.TestUsers;
import org.highroad.support.WebDriver;
import org.junit.jupiter.api.Test;

/**
 * Workforce staff open a request's scorecard in real headless Chromium: from the staff home to the programs (budget
 * reserved, committed, paid), the program report, the requests filtered to those awaiting review, and the request's
 * page with its scorecard, the living-wage flag and the money ($22.00 × 520 hours × 50 % = $5,720.00 per hire, two
 * hires: $11,440.00, above the $8,000.00 automatic approval, so it waits for staff). axe-core finds nothing serious on
 * any page, and none scrolls sideways at 390 pixels.
 */
class WorkforcePagesChromiumTest extends SubsidiesTest {

    @Test
    void workforceStaffOpenARequestsScorecard() throws Exception {
        assumeTrue(WebDriver.available(), "chromium and chromedriver are not installed");
        String base = "http://localhost:" + port;
        long program = program("250000.00", "8000.00");
        long id = submitted(TestUsers.HARBOR, program, content().put("hires", 2)).path("id").asLong();
        assertThat(read(TestUsers.STAFF, id).path("status").asText()).isEqualTo("IN_REVIEW");
        try (WebDriver browser = WebDriver.start()) {
            browser.open(base + "/sign-in");
            browser.type("#username", TestUsers.STAFF);
            browser.type("#password", TestUsers.PASSWORD);
            browser.click("#sign-in");
            assertThat(browser.until("location.pathname === '/staff/'")).isTrue();
            browser.click("#staff-subsidy-programs");
            assertThat(browser.until("location.pathname === '/staff/subsidies/programs'")).isTrue();
            assertThat(browser.text("#program-" + program)).contains("$250,000.00", "$11,440.00");
            PageChecks.checked(browser, "subsidy programs");
            browser.open(base + "/staff/subsidies/programs/" + program + "/report");
            PageChecks.checked(browser, "program report");

            browser.open(base + "/staff/subsidies/requests");
            browser.script("document.getElementById('status').value = 'IN_REVIEW';");
            browser.click("#apply-filter");
            assertThat(browser.until("location.search.indexOf('IN_REVIEW') >= 0")).isTrue();
            assertThat(browser.text("#request-" + id)).contains("Awaiting staff review", "66.67", "$11,440.00");
            PageChecks.checked(browser, "subsidy requests");

            browser.click("#request-" + id + " a");
            assertThat(browser.until("document.getElementById('scorecard') !== null")).isTrue();
            assertThat(browser.text("#score-total")).contains("66.67 points");
            assertThat(browser.text("#flags")).contains("living-wage benchmark $26.00");
            assertThat(browser.text("#per-hire")).isEqualTo("$5,720.00");
            assertThat(browser.text("#total")).isEqualTo("$11,440.00");
            PageChecks.checked(browser, "subsidy request");
            browser.open(base + "/staff/subsidies/requests/" + id + "?lang=es");
            PageChecks.checked(browser, "subsidy request in Spanish");
        }
    }
}
