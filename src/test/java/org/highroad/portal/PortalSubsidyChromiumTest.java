package org.highroad.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.highroad.subsidies.SubsidiesTest;
import org.highroad.support.Jobs;
import org.highroad.support.PageChecks;
import org.highroad.support.TestUsers;
import org.highroad.support.WebDriver;
import org.junit.jupiter.api.Test;

/**
 * The employer's application in real headless Chromium on a phone-sized window: Harbor opens its wage-subsidy
 * requests from the portal home, chooses the program, submits the form with the wage left out and is taken to the
 * announced error summary, the field marked invalid; fills it in and submits, and reads on the request's page that it
 * is being reviewed, then that it was approved; accepts the agreement and finds the forms to name its hires and file
 * its claims. Every page passes axe-core's WCAG 2.1 A and AA rules, and at 390 pixels
 * wide none scrolls sideways. Skipped (not failed) only where Chromium or chromedriver is missing.
 */
class PortalSubsidyChromiumTest extends SubsidiesTest {

    @Test
    void harborAppliesAndSubmitsOnAPhone() throws Exception {
        assumeTrue(WebDriver.available(), "chromium and chromedriver are not installed");
        String base = "http://localhost:" + port;
        long program = program("250000.00", "100000.00");
        var c = content().put("hires", 1);
        try (WebDriver browser = WebDriver.start()) {
            browser.windowSize(390, 844);
            browser.open(base + "/sign-in");
            browser.type("#username", TestUsers.HARBOR);
            browser.type("#password", TestUsers.PASSWORD);
            browser.click("#sign-in");
            assertThat(browser.until("location.pathname === '/portal/'")).isTrue();
            browser.click("#subsidies-link");
            assertThat(browser.until("location.pathname === '/portal/subsidies'")).isTrue();
            assertThat(browser.text("#program-" + program)).contains("Demo City on-the-job training", "$250,000.00");
            checked(browser, "subsidy requests");

            browser.click("#apply-" + program);
            assertThat(browser.until("document.getElementById('request-form') !== null")).isTrue();
            checked(browser, "subsidy application");
            StringBuilder fill = new StringBuilder();
            for (String field : new String[] {"position", "classification", "sector", "county", "hoursPerWeek", "hires",
                    "trainingHours", "startDate", "operatingSince", "healthPremiumShare", "paidLeaveDays", "retirementPercent",
                    "scheduleNoticeDays", "advancementPath", "trainingPlan"}) {
                fill.append("document.getElementById('").append(field).append("').value = '")
                        .append(c.path(field).asText().replace("'", "\\'")).append("';");
            }
            fill.append("document.getElementById('workerCommittee-no').checked = true;")
                    .append("document.getElementById('attestation-NO_DISPLACEMENT').checked = true;")
                    .append("document.getElementById('attestation-AGREEMENT_BEFORE_HIRE').checked = true;");
            browser.script(fill.toString());
            browser.click("#submit-request");
            assertThat(browser.until("document.getElementById('errors') !== null")).isTrue();
            assertThat(browser.text("#errors")).contains("is required to submit");
            assertThat(browser.script("return document.activeElement.id;").asText()).as("the errors are announced").isEqualTo("errors");
            assertThat(browser.script("return document.getElementById('hourlyWage').getAttribute('aria-invalid');").asText())
                    .isEqualTo("true");
            assertThat(browser.script("return document.getElementById('position').value;").asText())
                    .as("what was typed is kept").isEqualTo("Machine operator trainee");
            checked(browser, "subsidy application with errors");

            browser.type("#hourlyWage", "22.00");
            browser.click("#submit-request");
            assertThat(browser.until("document.getElementById('said') !== null")).isTrue();
            assertThat(browser.text("#status")).isEqualTo("Submitted, being reviewed");
            checked(browser, "subsidy request submitted");

            Jobs.runDue(management);
            browser.open(base + browser.path());
            assertThat(browser.text("#status")).isEqualTo("Approved, agreement offered");
            assertThat(browser.until("document.getElementById('agreement-pdf') !== null")).isTrue();
            checked(browser, "subsidy request approved");

            browser.type("#wageCommitment", "$24.00 after three months");
            browser.click("#accept");
            assertThat(browser.until("document.getElementById('agreement-accepted') !== null")).isTrue();
            assertThat(browser.text("#status")).isEqualTo("Agreed");
            assertThat(browser.has("#hire-form")).isTrue();
            assertThat(browser.has("#claim-form")).isTrue();
            checked(browser, "subsidy request agreed");
        }
    }

    private static void checked(WebDriver browser, String page) throws InterruptedException {
        PageChecks.checked(browser, "portal-screenshots", page);
        browser.windowSize(390, 844); // the walk goes on at a phone's width
    }
}
