package org.highroad.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.highroad.enforcement.CaseTest;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.highroad.support.WebDriver;
import org.junit.jupiter.api.Test;

/**
 * The staff dashboard in real headless Chromium: the auditor signs in with the form, follows the staff landing's link
 * to the dashboard and finds a new contract compliant; Harbor files an underpaid week; on reload the contract is not
 * compliant, with its open finding and the $200.00 owed, and its chart drawn from the JSON beside the table. Every
 * page passes axe-core's WCAG 2.1 A and AA rules, and at 390 pixels wide no page scrolls sideways. Skipped (not
 * failed) only where Chromium or chromedriver is missing.
 */
class DashboardChromiumTest extends CaseTest {

    private String base;

    @Test
    void theAuditorSeesAContractTurnNonCompliantAfterAFlaggedPayroll() throws Exception {
        assumeTrue(WebDriver.available(), "chromium and chromedriver are not installed");
        base = "http://localhost:" + port;
        long contract = contractWithStatement("Dashboard walkthrough pier");
        try (WebDriver browser = WebDriver.start()) {
            browser.open(base + "/");
            browser.click("a[href='/sign-in']");
            assertThat(browser.until("location.pathname === '/sign-in'")).isTrue();
            browser.type("#username", TestUsers.AUDITOR);
            browser.type("#password", TestUsers.PASSWORD);
            browser.click("#sign-in");
            assertThat(browser.until("location.pathname === '/staff/'")).isTrue();
            checked(browser, "staff home");
            browser.click("#dashboard-link");
            assertThat(browser.until("location.pathname === '/staff/dashboard'")).isTrue();
            assertThat(browser.has("#contracts")).as("opens on an agency that has contracts").isTrue();
            browser.open(base + "/staff/dashboard?agency=DEMO-CITY");
            String row = "#contract-" + contract;
            assertThat(browser.text(row)).contains("Dashboard walkthrough pier", "Compliant").doesNotContain("Not compliant");
            checked(browser, "dashboard before");

            Response upload = post(TestUsers.HARBOR, contract, WEEK, UNDERPAID);
            assertThat(upload.status()).as(upload.body()).isEqualTo(201);

            browser.open(base + "/staff/dashboard?agency=DEMO-CITY");
            assertThat(browser.text(row)).contains("Not compliant");
            assertThat(browser.script("return document.querySelector(arguments[0]).cells[3].textContent.trim();", row).asInt())
                    .as("open findings").isPositive();
            assertThat(browser.script("return document.querySelector(arguments[0]).classList.contains('row--missing');", row)
                    .asBoolean()).as("the row stands out").isTrue();
            assertThat(browser.until("document.querySelector('#workforce-" + contract + " .chart canvas') !== null"))
                    .as("the chart is drawn from the JSON").isTrue();
            assertThat(browser.text("#workforce-" + contract)).contains("withheld");
            checked(browser, "dashboard after");

            browser.click(row + " td:nth-child(3) a");
            assertThat(browser.until("document.getElementById('periods') !== null")).isTrue();
            assertThat(browser.text("#periods")).contains("Received");
            checked(browser, "reporting periods");

            browser.open(base + "/staff/dashboard?agency=DEMO-CITY");
            browser.click(".lang-switch a[lang='es']");
            assertThat(browser.until("document.documentElement.lang === 'es'")).isTrue();
            assertThat(browser.text(row)).as("the agency chosen is kept across the language switch").contains("En incumplimiento");
            checked(browser, "dashboard in Spanish");
        }
    }

    /** axe-core finds nothing, and at 390 pixels wide the page does not scroll sideways. */
    private static void checked(WebDriver browser, String page) throws InterruptedException {
        org.highroad.support.PageChecks.checked(browser, "dashboard-screenshots", page);
    }
}
