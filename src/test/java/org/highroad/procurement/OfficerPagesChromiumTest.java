package org.highroad.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.highroad.support.PageChecks;
import org.highroad.support.TestUsers;
import org.highroad.support.WebDriver;
import org.junit.jupiter.api.Test;

/**
 * An officer compares bids after opening in the table, in real headless Chromium: signs in with the form, drafts a
 * solicitation on the demo construction standard (its rubric explained beside the form) and publishes it; while two
 * bids are sealed the page shows nothing of them, not even their count; after the deadline the bids stand side by side with the vendors'
 * names, prices and points per criterion, and once reviewed the ranking and the link to the award's Tasklist task.
 * Every page passes axe-core's WCAG 2.1 A and AA rules, and at 390 pixels wide no page scrolls sideways (wide tables
 * scroll inside their own region). Skipped (not failed) only where Chromium or chromedriver is missing.
 */
class OfficerPagesChromiumTest extends ProcurementTest {

    private String base;

    @Test
    void anOfficerPublishesASolicitationAndAfterTheDeadlineComparesTheBidsInTheTableAndSeesTheRanking() throws Exception {
        assumeTrue(WebDriver.available(), "chromium and chromedriver are not installed");
        base = "http://localhost:" + port;
        try (WebDriver browser = WebDriver.start()) {
            browser.open(base + "/sign-in");
            browser.type("#username", TestUsers.OFFICER);
            browser.type("#password", TestUsers.PASSWORD);
            browser.click("#sign-in");
            assertThat(browser.until("location.pathname === '/staff/'")).isTrue();
            PageChecks.checked(browser, "staff home");

            browser.click("#staff-solicitations");
            assertThat(browser.until("location.pathname === '/staff/solicitations'")).isTrue();
            PageChecks.checked(browser, "solicitations");
            browser.click("#new-solicitation");
            assertThat(browser.until("document.getElementById('choose-standard') !== null")).isTrue();
            browser.script("document.getElementById('standard-choice').value = arguments[0];", STANDARD + ":1");
            browser.click("#show-rubric");
            assertThat(browser.until("location.search.indexOf('" + STANDARD + "') >= 0")).isTrue();
            assertThat(browser.text("#criterion-PRICE")).contains("the lowest price among the bids gets them all");
            PageChecks.checked(browser, "new solicitation");

            // mistakes the browser cannot see: an amount with commas, a deadline in the past
            browser.type("#title", "Browser branch library");
            browser.type("#estimatedValue", "1,500,000");
            browser.script("document.getElementById('submissionDeadline').value = '2020-01-01T12:00';");
            browser.click("#save-draft");
            assertThat(browser.until("document.getElementById('errors') !== null")).isTrue();
            assertThat(browser.text("#errors")).contains("without commas");
            assertThat(browser.script("return document.activeElement.id;").asText()).as("the errors are announced").isEqualTo("errors");
            PageChecks.checked(browser, "new solicitation with errors");

            browser.script("document.getElementById('estimatedValue').value = '1500000.00';");
            browser.script("document.getElementById('submissionDeadline').value = arguments[0];",
                    OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).plusDays(10)
                            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
            browser.script("document.getElementById('classifications').value = arguments[0];", ELECTRICIAN + "\n" + LABORER);
            browser.click("#save-draft");
            assertThat(browser.until("document.getElementById('drafted') !== null")).isTrue();
            String path = browser.path().replaceFirst("\\?.*$", "");
            long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
            browser.click("#publish");
            assertThat(browser.until("document.getElementById('published') !== null")).isTrue();
            PageChecks.checked(browser, "published solicitation");

            long harbor = submit(TestUsers.HARBOR, id, strongBid("1234567.89"));
            long northside = submit(TestUsers.NORTHSIDE, id, middleBid("1098765.43"));
            browser.open(base + "/staff/solicitations/" + id);
            assertThat(browser.text("#sealed")).contains("Bids are sealed until").doesNotContain("2 bids");
            assertThat(browser.text("main")).doesNotContain("Harbor Builders", "Northside Electric", "1,234,567");
            PageChecks.checked(browser, "sealed bids");

            deadlinePasses(id);
            browser.open(base + "/staff/solicitations/" + id);
            assertThat(browser.text("#bid-" + harbor)).contains("Harbor Builders LLC", "$1,234,567.89", "35.60");
            assertThat(browser.text("#bid-" + northside)).contains("Northside Electric Co.", "$1,098,765.43", "40.00");
            PageChecks.checked(browser, "opened bids");

            review(harbor, "CONFIRM", "Reviewed in the table", 5);
            review(northside, "CONFIRM", "Reviewed in the table", 2);
            browser.open(base + "/staff/solicitations/" + id);
            String ranking = browser.text("#ranking");
            assertThat(ranking).contains("Harbor Builders LLC", "Northside Electric Co.");
            long first = as(TestUsers.OFFICER).get("/api/solicitations/" + id + "/ranking").json().path("entries").get(0)
                    .path("bidId").asLong();
            assertThat(ranking.indexOf(first == harbor ? "Harbor" : "Northside"))
                    .isLessThan(ranking.indexOf(first == harbor ? "Northside" : "Harbor"));
            assertThat(browser.script("return document.getElementById('award-task').getAttribute('href');").asText())
                    .startsWith("/operaton/app/tasklist/default/#/?task=");
            PageChecks.checked(browser, "ranking");
            browser.open(base + "/staff/solicitations/" + id + "?lang=es");
            assertThat(browser.text("#bids-title")).isEqualTo("Ofertas");
            PageChecks.checked(browser, "ranking in Spanish");

            // the award (its Tasklist task, here by the API), then the drafted contract in legal review
            assertThat(as(TestUsers.OFFICER).post("/api/solicitations/" + id + "/award",
                    java.util.Map.of("bidId", first, "reason", "Highest total score")).status()).isEqualTo(200);
            org.highroad.support.Jobs.runDue(management);
            browser.open(base + "/staff/");
            browser.click("#staff-legal-review");
            assertThat(browser.until("location.pathname === '/staff/contracts'")).isTrue();
            assertThat(browser.text("#contracts")).contains("Browser branch library");
            PageChecks.checked(browser, "contracts in legal review");
            browser.click("#contracts tbody a");
            assertThat(browser.until("document.getElementById('contract-pdf') !== null")).isTrue();
            assertThat(browser.text("#wages")).contains("ELECTRICIAN (hyp.)");
            assertThat(browser.has("#review-task")).isTrue();
            PageChecks.checked(browser, "contract in legal review");
        }
    }
}
