package org.highroad.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.highroad.support.PageChecks.checked;

import org.highroad.payroll.PayrollTest;
import org.highroad.support.WebDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public contract page on a phone (390 px), in real headless Chromium: every amount and percentage in it stays
 * whole on one line ("$60.00", "51 %", never "$60." / "00"), nothing scrolls sideways, and axe-core finds nothing.
 * Skipped (not failed) only where Chromium or chromedriver is missing.
 */
class PublicContractPhoneChromiumTest extends PayrollTest {

    @Autowired
    OcdsPublication publication;

    @Test
    void noFigureBreaksInsideItselfAt390Pixels() throws Exception {
        assumeTrue(WebDriver.available(), "chromium and chromedriver are not installed");
        long contract = contractWithStatement("Public page on a phone");
        publication.publishChangesOf(as(org.highroad.support.TestUsers.OFFICER).get("/api/contracts/" + contract).json()
                .path("solicitationId").asLong());
        try (WebDriver browser = WebDriver.start()) {
            browser.windowSize(390, 844);
            assertThat(browser.until("window.innerWidth <= 400")).isTrue();
            for (String lang : new String[] {"es", "en"}) {
                browser.open("http://localhost:" + port + "/public/contracts/" + contract + "?lang=" + lang);
                assertThat(browser.until("document.documentElement.lang === '" + lang + "'")).isTrue();
                assertThat(browser.has("#not-found")).as("the contract is published").isFalse();
                assertThat(browser.script("return document.querySelectorAll('td .fig').length;").asInt())
                        .as("the commitments' figures").isPositive();
                assertThat(browser.script("return Array.from(document.querySelectorAll('.fig'))"
                        + ".filter(f => f.getClientRects().length > 1).map(f => f.textContent).join(' | ');").asText())
                        .as("figures broken across lines").isEmpty();
                assertThat(browser.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;")
                        .asBoolean()).as("no sideways scrolling").isTrue();
                browser.windowSize(1280, 900);
                checked(browser, "public-screenshots", "public contract " + lang);
                browser.windowSize(390, 844);
            }
        }
    }
}
