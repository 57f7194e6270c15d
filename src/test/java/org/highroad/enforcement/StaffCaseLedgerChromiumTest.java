package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Set;
import org.highroad.support.PageChecks;
import org.highroad.support.TestUsers;
import org.highroad.support.WebDriver;
import org.junit.jupiter.api.Test;

/**
 * An auditor records a withholding on the staff case page in real headless Chromium: a wrong amount refused with the
 * error linked to its field, then the withholding on the ledger and the release form beside it. The page with its
 * forms passes axe-core's WCAG 2.1 A and AA rules, and at 390 pixels wide it does not scroll sideways.
 */
class StaffCaseLedgerChromiumTest extends CaseTest {

    @Test
    void anAuditorRecordsAWithholdingFromTheCasePage() throws Exception {
        assumeTrue(WebDriver.available(), "chromium and chromedriver are not installed");
        String base = "http://localhost:" + port;
        long caseId = openCase("Withholding in the browser " + System.nanoTime());
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));

        try (WebDriver browser = WebDriver.start()) {
            browser.open(base + "/sign-in");
            browser.type("#username", TestUsers.AUDITOR);
            browser.type("#password", TestUsers.PASSWORD);
            browser.click("#sign-in");
            assertThat(browser.until("location.pathname === '/staff/'")).isTrue();
            browser.open(base + "/staff/cases/" + caseId);
            PageChecks.checked(browser, "staff-screenshots", "case with the withholding form");

            browser.type("#withhold-amount", "abc");
            browser.type("#withhold-reference", "PAY-APP-7");
            browser.click("#withhold-submit");
            assertThat(browser.until("document.getElementById('errors') !== null")).isTrue();
            assertThat(browser.script("return document.querySelector('#error-list a').getAttribute('href');").asText())
                    .isEqualTo("#withhold-amount");
            assertThat(browser.script("return document.getElementById('withhold-amount').getAttribute('aria-invalid');")
                    .asText()).isEqualTo("true");
            PageChecks.checked(browser, "staff-screenshots", "withholding form with an error");

            browser.script("document.getElementById('withhold-amount').value = '40.00';");
            browser.click("#withhold-submit");
            assertThat(browser.until("document.getElementById('ledger-done') !== null")).isTrue();
            assertThat(browser.text("#ledger")).contains("Withheld", "$40.00", "PAY-APP-7");
            PageChecks.checked(browser, "staff-screenshots", "case with withholding held and the release form");
            browser.open(base + "/staff/cases/" + caseId + "?lang=es");
            PageChecks.checked(browser, "staff-screenshots", "case with withholding held, in Spanish");
        }
    }
}
