package org.highroad.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The public complaint page in real headless Chromium: it declares its language and labels every field, a worker fills
 * it in without signing in and sees the receipt number, and markup typed into it is shown as text and never runs.
 * Skipped (not failed) only where Chromium or chromedriver is not installed; CI installs both ({@code .ci/run}).
 */
class ComplaintPageChromiumTest extends ComplaintsTest {

    private static final String IMG = "<img src=x onerror=\"document.title='pwned'\">";
    private static final String SCRIPT = "<script>document.title='pwned'</script>";

    @Test
    void aWorkerFilesAComplaintWithoutSigningInSeesTheReceiptAndMarkupNeverRuns() throws Exception {
        assumeTrue(WebDriver.available(), "chromium and chromedriver are not installed");
        int before = complaints();
        try (WebDriver browser = WebDriver.start()) {
            browser.open("http://localhost:" + port + "/public/complaints");
            assertThat(browser.script("return document.documentElement.lang;").asText()).isEqualTo("en");
            JsonNode unlabelled = browser.script("return Array.from(document.querySelectorAll('input, select, textarea'))"
                    + ".filter(e => !document.querySelector('label[for=\"' + e.id + '\"]')).map(e => e.id);");
            assertThat(unlabelled).as("every field has a label").isEmpty();
            String title = browser.script("return document.title;").asText();

            browser.click("#send");
            assertThat(browser.until("!document.getElementById('errors').hidden")).isTrue();
            assertThat(browser.text("#error-list")).contains("worksite: is required").contains("narrative: is required");

            browser.type("#employer", IMG);
            browser.type("#worksite", "Branch library " + SCRIPT);
            browser.type("#narrative", "Paid for 40 of 50 hours. " + SCRIPT);
            browser.script("document.getElementById('weekEnding').value = arguments[0];", LocalDate.now(clock).minusDays(3).toString());
            browser.type("#hoursClaimed", "50");
            browser.type("#payClaimed", "2000.00");
            browser.click("#send");
            assertThat(browser.until("!document.getElementById('receipt').hidden")).as("the receipt is shown").isTrue();

            String receipt = browser.text("#receipt-number");
            assertThat(receipt).matches("WC-[0-9A-Z]{4}-[0-9A-Z]{4}");
            assertThat(browser.script("return document.getElementById('receipt-employer').textContent;").asText()).isEqualTo(IMG);
            assertThat(browser.script("return document.getElementById('receipt-worksite').textContent;").asText())
                    .isEqualTo("Branch library " + SCRIPT);
            assertThat(browser.script("return document.querySelectorAll('#receipt img, #receipt script').length;").asInt())
                    .as("markup shown as text, not elements").isZero();
            assertThat(browser.script("return document.title;").asText()).as("no injected script ran").isEqualTo(title);

            assertThat(complaints()).isEqualTo(before + 1);
            assertThat(jdbc.queryForObject("select employer from worker_complaint where receipt = ?", String.class, receipt))
                    .isEqualTo(IMG);
            assertThat(jdbc.queryForObject("select anonymous from worker_complaint where receipt = ?", Boolean.class, receipt))
                    .as("anonymous unless the worker unticks it").isTrue();
        }
    }
}
