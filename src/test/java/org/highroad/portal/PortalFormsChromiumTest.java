package org.highroad.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.highroad.enforcement.CaseTest;
import org.highroad.support.PageChecks;
import org.highroad.support.TestUsers;
import org.highroad.support.WebDriver;
import org.junit.jupiter.api.Test;

/**
 * The bid form with its eight principles and the payroll rows form with every column of the CSV layout, in headless
 * Chromium: each page, and each shown again with its errors, passes axe-core's WCAG 2.1 A and AA rules and does not
 * scroll sideways at 390 pixels wide; a quarterly contract's rows form asks each row's work week. Skipped (not
 * failed) only where Chromium or chromedriver is missing.
 */
class PortalFormsChromiumTest extends CaseTest {

    private String base;

    @Test
    void theBidFormAndTheRowsFormPassAxeAndFitAPhoneWithTheirErrors() throws Exception {
        assumeTrue(WebDriver.available(), "chromium and chromedriver are not installed");
        base = "http://localhost:" + port;
        long solicitation = publishedSolicitation("Portal forms in a browser");
        long weekly = contractWithStatement("Portal rows in a browser");
        long quarterly = executedQuarterlyWithARaise("Portal quarterly rows in a browser");
        try (WebDriver browser = WebDriver.start()) {
            signIn(browser);
            browser.open(base + "/portal/bids/solicitations/" + solicitation);
            assertThat(browser.text("#principle-ENVIRONMENT_AND_CULTURE")).contains("Environment and culture",
                    "evaluating officer");
            checked(browser, "bid form with principles");
            browser.type("#price", "lots");
            browser.type("#statement-VOICE_AND_REPRESENTATION", "Project labor agreement");
            browser.click("#submit-bid");
            assertThat(browser.until("document.getElementById('price-error') !== null")).isTrue();
            assertThat(browser.script("return document.getElementById('statement-VOICE_AND_REPRESENTATION').value;").asText())
                    .as("the statement is kept while the errors are fixed").isEqualTo("Project labor agreement");
            checked(browser, "bid form with errors");

            weekHasEnded(WEEK); // after the bid form: the solicitation's deadline is set from today
            browser.open(base + "/portal/contracts/" + weekly + "/payrolls/rows");
            assertThat(browser.has("#r0-apprentice_registration")).isTrue();
            assertThat(browser.has("#r0-week_ending")).as("a weekly payroll asks no work week per row").isFalse();
            checked(browser, "rows form");
            // the crew of the parity test, Lee's registration longer than the 100 characters it is kept in
            for (var field : PortalRowsFormParityTest.crew().entrySet()) {
                if (field.getKey().startsWith("r") && !field.getKey().equals("rowCount")) {
                    browser.script("document.getElementById(arguments[0]).value = arguments[1];", field.getKey(), field.getValue());
                }
            }
            browser.script("document.getElementById('weekEnding').value = arguments[0];", WEEK);
            browser.type("#r1-apprentice_registration", "R".repeat(101));
            browser.click("#send-rows");
            boolean shown = browser.until("document.getElementById('r1-apprentice_registration-error') !== null")
                    || browser.until("document.getElementById('r1-apprentice_registration-error') !== null");
            assertThat(shown).as(browser.text("main")).isTrue();
            checked(browser, "rows form with errors");

            browser.open(base + "/portal/contracts/" + quarterly + "/payrolls/rows");
            assertThat(browser.has("#r0-week_ending")).as("a quarter's payroll names each row's work week").isTrue();
            checked(browser, "quarterly rows form");
        }
    }

    private void signIn(WebDriver browser) throws InterruptedException {
        browser.open(base + "/sign-in");
        browser.type("#username", TestUsers.HARBOR);
        browser.type("#password", TestUsers.PASSWORD);
        browser.click("#sign-in");
        assertThat(browser.until("location.pathname === '/portal/'")).as("signed in").isTrue();
    }

    private static void checked(WebDriver browser, String page) throws InterruptedException {
        PageChecks.checked(browser, "portal-screenshots", page);
    }
}
