package org.highroad.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.highroad.support.ApiTest;
import org.highroad.support.Http.Response;
import org.highroad.support.PageChecks;
import org.highroad.support.StandardBodies;
import org.highroad.support.TestUsers;
import org.highroad.support.WebDriver;
import org.junit.jupiter.api.Test;

/**
 * The administrator's standards pages in real headless Chromium: from the staff home to the list of standards, a new
 * draft started from a version, its edit form refused (the error summary) and saved. Each page passes axe-core's WCAG
 * 2.1 A and AA rules and does not scroll sideways at 390 pixels wide. Skipped (not failed) only where Chromium or
 * chromedriver is missing.
 */
class StandardAdminPagesChromiumTest extends ApiTest {

    @Test
    void anAdministratorStartsAndEditsADraftInABrowser() throws Exception {
        assumeTrue(WebDriver.available(), "chromium and chromedriver are not installed");
        String base = "http://localhost:" + port;
        String code = "BROWSER-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Response created = as(TestUsers.ADMIN).post("/api/standards", StandardBodies.newStandard(code));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        try (WebDriver browser = WebDriver.start()) {
            browser.open(base + "/sign-in");
            browser.type("#username", TestUsers.ADMIN);
            browser.type("#password", TestUsers.PASSWORD);
            browser.click("#sign-in");
            assertThat(browser.until("location.pathname === '/staff/'")).isTrue();
            browser.click("#staff-standards");
            assertThat(browser.until("location.pathname === '/staff/standards'")).isTrue();
            assertThat(browser.text("#standard-" + code)).contains("Version 1", "Draft, not yet proposed");
            checked(browser, "standards");

            browser.click("#versions-" + code + " a");
            assertThat(browser.until("location.pathname === '/staff/standards/" + code + "/versions/1'")).isTrue();
            checked(browser, "standard version with actions");
            browser.click("#copy");
            assertThat(browser.until("location.pathname === '/staff/standards/" + code + "/versions/2/edit'")).isTrue();
            checked(browser, "edit draft");

            browser.script("document.getElementById(arguments[0]).value = arguments[1];", "wageFloors[0].hourlyRate", "-3");
            browser.click("#save");
            assertThat(browser.until("document.getElementById('errors') !== null")).isTrue();
            assertThat(browser.text("#errors")).contains("Wage floor 1, Per hour, in dollars: must be a positive hourly rate");
            checked(browser, "edit draft refused");

            browser.script("document.getElementById(arguments[0]).value = arguments[1];", "wageFloors[0].hourlyRate", "19.75");
            browser.click("#save");
            assertThat(browser.until("document.getElementById('saved') !== null")).isTrue();
            assertThat(browser.text("#floors")).contains("$19.75");
        }
    }

    private static void checked(WebDriver browser, String page) throws InterruptedException {
        PageChecks.checked(browser, "standards-screenshots", page);
    }
}
