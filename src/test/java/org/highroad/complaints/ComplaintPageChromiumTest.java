package org.highroad.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.highroad.support.WebDriver;
import org.junit.jupiter.api.Test;

/**
 * The public complaint page in real headless Chromium: written on the server in the worker's language, with no script
 * at all, it declares its language and labels every field, passes axe-core's WCAG 2.1 A and AA rules on the empty form,
 * the form with errors and the receipt; a worker fills it in without signing in (one week's hours and pay, or the
 * account in their own terms: weeks, usual hours, how paid, overtime paid) and sees the receipt number, and markup typed
 * into it is shown as text and never runs. Skipped (not failed) only where Chromium or chromedriver is not installed;
 * CI installs both ({@code .ci/run}). axe-core 4.14.1 (MPL-2.0) is a test resource.
 */
class ComplaintPageChromiumTest extends ComplaintsTest {

    private static final String IMG = "<img src=x onerror=\"document.title='pwned'\">";
    private static final String SCRIPT = "<script>document.title='pwned'</script>";

    @Test
    void aWorkerFilesTheirAccountInSpanishWithoutScriptSeesTheReceiptAndThePagePassesAxe() throws Exception {
        assumeTrue(WebDriver.available(), "chromium and chromedriver are not installed");
        int before = complaints();
        try (WebDriver browser = WebDriver.start()) {
            browser.open("http://localhost:" + port + "/public/complaints?lang=es");
            assertThat(browser.script("return document.documentElement.lang;").asText()).isEqualTo("es");
            assertThat(browser.script("return document.title;").asText()).isEqualTo("Informe un problema en el trabajo");
            assertThat(browser.script("return document.scripts.length;").asInt()).as("no script at all").isZero();
            JsonNode unlabelled = browser.script("return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))"
                    + ".filter(e => !document.querySelector('label[for=\"' + e.id + '\"]')).map(e => e.id);");
            assertThat(unlabelled).as("every field has a label").isEmpty();
            assertThat(browser.script("return Array.from(document.querySelectorAll('[name]')).map(e => e.name).join(' ');").asText())
                    .contains("claim.firstWeekEnding", "claim.lastWeekEnding", "claim.hoursPerWeek", "claim.hoursPerDay",
                            "claim.paidBy", "claim.amount", "claim.overtimePaid");
            assertThat(axe(browser)).as("the empty form").isEmpty();

            browser.click("#send");
            assertThat(browser.until("document.getElementById('errors') !== null")).isTrue();
            assertThat(browser.text("#error-list")).contains("Lugar de trabajo (dirección o proyecto)", "Cuéntenos qué pasó");
            assertThat(browser.script("return Array.from(document.querySelectorAll('#error-list a')).every(a => "
                    + "document.querySelector(a.getAttribute('href')) !== null);").asBoolean()).as("each error links to its field").isTrue();
            assertThat(browser.script("return document.getElementById('errors').getAttribute('role');").asText()).isEqualTo("alert");
            assertThat(browser.script("return Array.from(document.querySelectorAll('#language option')).map(o => o.value).join(' ');")
                    .asText()).as("only the languages the page is written in are offered").isEqualTo("en es");
            assertThat(browser.text("#agency-contact")).contains("Comuníquese con nosotros", "Teléfono:", "(555) 010-0140");
            assertThat(browser.script("return document.getElementById('worksite').getAttribute('aria-invalid');").asText())
                    .isEqualTo("true");
            assertThat(axe(browser)).as("the form with errors").isEmpty();

            browser.type("#employer", IMG);
            browser.type("#worksite", "Biblioteca " + SCRIPT);
            browser.type("#narrative", "Nos pagaban treinta la hora y nunca las horas extra. " + SCRIPT);
            String first = LocalDate.now(clock).minusWeeks(3).toString();
            String last = LocalDate.now(clock).minusWeeks(1).toString();
            browser.script("document.getElementById('claim-firstWeekEnding').value = arguments[0];"
                    + "document.getElementById('claim-lastWeekEnding').value = arguments[1];", first, last);
            browser.type("#claim-hoursPerWeek", "48");
            browser.type("#claim-hoursPerDay", "8");
            browser.click("#claim-paidBy-HOURLY");
            browser.type("#claim-amount", "30");
            browser.click("#claim-overtimePaid-false");
            browser.click("#send");
            assertThat(browser.until("document.getElementById('receipt') !== null")).as("the receipt is shown").isTrue();

            String receipt = browser.text("#receipt-number");
            assertThat(receipt).matches("WC-[0-9A-Z]{4}-[0-9A-Z]{4}");
            assertThat(browser.script("return document.documentElement.lang;").asText()).isEqualTo("es");
            assertThat(browser.script("return document.getElementById('receipt-employer').textContent;").asText()).isEqualTo(IMG);
            assertThat(browser.script("return document.getElementById('receipt-worksite').textContent;").asText())
                    .isEqualTo("Biblioteca " + SCRIPT);
            assertThat(browser.script("return document.querySelectorAll('#receipt img, #receipt script').length;").asInt())
                    .as("markup shown as text, not elements").isZero();
            assertThat(browser.script("return document.title;").asText()).as("no injected script ran").isEqualTo("Gracias");
            assertThat(axe(browser)).as("the receipt").isEmpty();

            // the worker asks where the complaint stands, with the receipt, still in Spanish
            browser.click("#status-link");
            assertThat(browser.until("document.getElementById('receipt') !== null && document.getElementById('check') !== null")).isTrue();
            assertThat(browser.script("return document.documentElement.lang;").asText()).isEqualTo("es");
            assertThat(axe(browser)).as("the status form").isEmpty();
            browser.click("#check");
            assertThat(browser.until("document.getElementById('errors') !== null")).isTrue();
            assertThat(browser.text("#error-list")).contains("Número de recibo", "WC-7K3M-9QXD");
            assertThat(browser.script("return document.getElementById('receipt').getAttribute('aria-invalid');").asText()).isEqualTo("true");
            assertThat(axe(browser)).as("the status form with its error").isEmpty();
            browser.type("#receipt", receipt.toLowerCase());
            browser.click("#check");
            assertThat(browser.until("document.getElementById('stage') !== null")).isTrue();
            assertThat(browser.text("#stage")).contains("Su queja:", "Recibida");
            assertThat(browser.text("main")).doesNotContain("Biblioteca", "treinta");
            assertThat(axe(browser)).as("the status").isEmpty();

            assertThat(complaints()).isEqualTo(before + 1);
            var stored = jdbc.queryForMap("select employer, anonymous, language, claim_first_week, claim_last_week, claim_week_hours, "
                    + "claim_day_hours, claim_paid_by, claim_amount, claim_overtime_paid from worker_complaint where receipt = ?", receipt);
            assertThat(stored.get("employer")).isEqualTo(IMG);
            assertThat(stored.get("anonymous")).as("anonymous unless the worker unticks it").isEqualTo(true);
            assertThat(stored.get("language")).as("the page's language, unless the worker chooses another").isEqualTo("es");
            assertThat(stored.get("claim_first_week").toString()).isEqualTo(first);
            assertThat(stored.get("claim_last_week").toString()).isEqualTo(last);
            assertThat((java.math.BigDecimal) stored.get("claim_week_hours")).isEqualByComparingTo("48");
            assertThat((java.math.BigDecimal) stored.get("claim_day_hours")).isEqualByComparingTo("8");
            assertThat(stored.get("claim_paid_by")).isEqualTo("HOURLY");
            assertThat((java.math.BigDecimal) stored.get("claim_amount")).isEqualByComparingTo("30");
            assertThat(stored.get("claim_overtime_paid")).isEqualTo(false);
        }
    }

    @Test
    void theEnglishPageTakesOneWeeksHoursAndPayAsBefore() throws Exception {
        assumeTrue(WebDriver.available(), "chromium and chromedriver are not installed");
        try (WebDriver browser = WebDriver.start()) {
            browser.open("http://localhost:" + port + "/public/complaints?lang=en");
            assertThat(browser.script("return document.documentElement.lang;").asText()).isEqualTo("en");
            browser.type("#employer", "Harbor Builders");
            browser.type("#worksite", "Branch library");
            browser.type("#narrative", "Paid for 40 of 50 hours.");
            browser.script("document.getElementById('weekEnding').value = arguments[0];", LocalDate.now(clock).minusDays(3).toString());
            browser.type("#hoursClaimed", "50");
            browser.type("#payClaimed", "2000.00");
            browser.click("#send");
            assertThat(browser.until("document.getElementById('receipt') !== null")).as(browser.text("main")).isTrue();
            String receipt = browser.text("#receipt-number");
            assertThat(jdbc.queryForObject("select hours_claimed from worker_complaint where receipt = ?",
                    java.math.BigDecimal.class, receipt)).isEqualByComparingTo("50");
            assertThat(axe(browser)).isEmpty();
        }
    }

    /** The page's violations of axe-core's WCAG 2.1 A and AA rules, as "rule: target" lines. */
    private static JsonNode axe(WebDriver browser) throws IOException {
        String source;
        try (InputStream in = ComplaintPageChromiumTest.class.getResourceAsStream("/axe/axe.min.js")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return browser.scriptAsync(source + "\n;var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
    }
}
