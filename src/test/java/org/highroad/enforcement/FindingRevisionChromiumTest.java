package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.highroad.support.PageChecks;
import org.highroad.support.TestUsers;
import org.highroad.support.WebDriver;
import org.junit.jupiter.api.Test;

/**
 * An auditor revises a confirmed finding's amount on the staff case page in real headless Chromium, in Spanish: the
 * form beside the finding, an amount in fractions of a cent refused with the error linked to its field, then the
 * revision recorded; the contractor's case page shows it revised. Every page passes axe-core's WCAG 2.1 A and AA rules,
 * and at 390 pixels wide no page scrolls sideways.
 */
class FindingRevisionChromiumTest extends CaseTest {

    private String base;

    @Test
    void anAuditorRevisesAConfirmedFindingAndTheContractorReadsItRevised() throws Exception {
        assumeTrue(WebDriver.available(), "chromium and chromedriver are not installed");
        base = "http://localhost:" + port;
        long contract = executedContract("Revision " + System.nanoTime());
        assertThat(send(TestUsers.HARBOR, "/api/contracts/" + contract + "/compliance-statements", "application/json",
                Files.readString(Path.of("docs/walkthrough/statement-of-compliance.json"))).status()).isEqualTo(201);
        assertThat(post(TestUsers.HARBOR, contract, WEEK, Files.readString(Path.of("docs/walkthrough/payroll-week-1.csv")))
                .status()).isEqualTo(201);
        long caseId = caseOf(contract).path("id").asLong();
        reviewAll(caseId, Set.of("UNDERPAID_BASE", "FRINGE_SHORTFALL"));
        long finding = 0;
        for (JsonNode f : get(caseId).path("findings")) {
            if (f.path("finding").path("kind").asText().equals("UNDERPAID_BASE")) {
                finding = f.path("finding").path("id").asLong();
            }
        }

        try (WebDriver browser = WebDriver.start()) {
            signIn(browser, TestUsers.AUDITOR, "/staff/");
            browser.open(base + "/staff/cases/" + caseId + "?lang=es");
            browser.click("#revise-" + finding + " summary");
            browser.type("#revise-amount-" + finding, "80.005");
            browser.type("#revise-reason-" + finding, "La nómina de corrección muestra $43.00 la hora");
            browser.click("#revise-submit-" + finding);
            assertThat(browser.until("document.getElementById('errors') !== null")).isTrue();
            assertThat(browser.text("#errors")).contains("centavos enteros");
            assertThat(browser.script("return document.querySelector('#error-list a').getAttribute('href');").asText())
                    .isEqualTo("#revise-amount-" + finding);
            assertThat(browser.script("return document.getElementById('revise-amount-" + finding + "').getAttribute('aria-invalid');")
                    .asText()).isEqualTo("true");
            PageChecks.checked(browser, "staff-screenshots", "revision form with an error");

            browser.script("document.getElementById('revise-amount-" + finding + "').value = '80.00';");
            browser.click("#revise-submit-" + finding);
            assertThat(browser.until("document.getElementById('revised') !== null")).isTrue();
            assertThat(browser.text("#revision-" + finding)).contains("$120.00", "$80.00");
            PageChecks.checked(browser, "staff-screenshots", "case with a revised finding");

            browser.click(".sign-out button");
            assertThat(browser.until("location.pathname === '/sign-in'")).isTrue();
            signIn(browser, TestUsers.HARBOR, "/portal/");
            browser.open(base + "/portal/cases/" + caseId + "?lang=es");
            assertThat(browser.text("#revision-" + finding)).contains("revisado por el auditor de la agencia", "$120.00", "$80.00");
            PageChecks.checked(browser, "portal-screenshots", "case with a revised finding");
        }
    }

    private void signIn(WebDriver browser, String user, String landing) throws InterruptedException {
        browser.open(base + "/sign-in");
        browser.type("#username", user);
        browser.type("#password", TestUsers.PASSWORD);
        browser.click("#sign-in");
        assertThat(browser.until("location.pathname === '" + landing + "'")).as("signed in as " + user).isTrue();
    }
}
