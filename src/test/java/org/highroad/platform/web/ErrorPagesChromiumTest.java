package org.highroad.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.highroad.support.PageChecks.checked;

import org.highroad.support.ApiTest;
import org.highroad.support.WebDriver;
import org.junit.jupiter.api.Test;

/**
 * The pages' error page as a browser gets it for an address no page has, in real headless Chromium: in the reader's
 * language, switchable, and passing axe-core's WCAG 2.1 A and AA rules. Skipped (not failed) only where Chromium or
 * chromedriver is missing.
 */
class ErrorPagesChromiumTest extends ApiTest {

    @Test
    void anAddressWithNoPageIsAnAccessibleNotFoundPage() throws Exception {
        assumeTrue(WebDriver.available(), "chromium and chromedriver are not installed");
        String base = "http://localhost:" + port;
        try (WebDriver browser = WebDriver.start()) {
            browser.open(base + "/public/nothing?lang=es");
            assertThat(browser.until("document.documentElement.lang === 'es'")).isTrue();
            assertThat(browser.text("#not-found")).isEqualTo("No encontrado");
            checked(browser, "not found in Spanish");
            browser.click(".lang-switch a[lang='en']");
            assertThat(browser.until("document.documentElement.lang === 'en'")).isTrue();
            assertThat(browser.text("#not-found")).isEqualTo("Not found");
            checked(browser, "not found");
        }
    }
}
