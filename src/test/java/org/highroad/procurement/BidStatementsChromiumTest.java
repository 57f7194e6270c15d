package org.highroad.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import org.highroad.standards.scoring.Principle;
import org.highroad.support.PageChecks;
import org.highroad.support.TestUsers;
import org.highroad.support.WebDriver;
import org.junit.jupiter.api.Test;

/**
 * A bid's statements per principle in real headless Chromium: Harbor reads its own on its bid's page in the portal;
 * after the opening the officer follows Harbor's name in the table of bids to the bid's page, each principle's points
 * beside Harbor's statement. Both pages, in English and Spanish, pass axe-core's WCAG 2.1 A and AA rules at full width
 * and again at 390 pixels wide, where nothing scrolls sideways. The statement's markup is shown as text, never run.
 * Skipped (not failed) only where Chromium or chromedriver is missing.
 */
class BidStatementsChromiumTest extends ProcurementTest {

    private String base;

    @Test
    void harborReadsItsStatementsAndAfterTheOpeningTheOfficerReadsThemBesideThePoints() throws Exception {
        assumeTrue(WebDriver.available(), "chromium and chromedriver are not installed");
        base = "http://localhost:" + port;
        long id = publishedSolicitation("Browser bid statements");
        long harbor = submit(TestUsers.HARBOR, id, BidStatementsPagesTest.withStatements(strongBid("1234567.89"),
                Map.of(Principle.VOICE_AND_REPRESENTATION, BidStatementsPagesTest.VOICE,
                        Principle.LEARNING_AND_DEVELOPMENT, BidStatementsPagesTest.LEARNING)));
        submit(TestUsers.NORTHSIDE, id, middleBid("1098765.43"));

        try (WebDriver browser = WebDriver.start()) {
            signIn(browser, TestUsers.HARBOR, "/portal/");
            browser.open(base + "/portal/bids/" + harbor);
            assertThat(browser.text("#statement-VOICE_AND_REPRESENTATION"))
                    .contains("<b>Local 103</b> & a jobsite committee <script>alert(1)</script>");
            assertThat(browser.has("#statement-VOICE_AND_REPRESENTATION b")).as("markup shown as text").isFalse();
            assertThat(browser.text("#statement-LEARNING_AND_DEVELOPMENT")).contains(BidStatementsPagesTest.LEARNING);
            checked(browser, "portal bid statements");
            browser.open(base + "/portal/bids/" + harbor + "?lang=es");
            assertThat(browser.text("#statements-title")).isEqualTo("Sus declaraciones por principio");
            checked(browser, "portal bid statements in Spanish");
        }

        deadlinePasses(id);
        try (WebDriver browser = WebDriver.start()) {
            signIn(browser, TestUsers.OFFICER, "/staff/");
            browser.open(base + "/staff/solicitations/" + id);
            browser.click("#bid-link-" + harbor);
            assertThat(browser.until("document.getElementById('principles-title') !== null")).isTrue();
            assertThat(browser.text("h1")).isEqualTo("Bid " + harbor + " from Harbor Builders LLC");
            assertThat(browser.text("#principle-VOICE_AND_REPRESENTATION")).contains("points under this principle",
                    "<b>Local 103</b> & a jobsite committee <script>alert(1)</script>");
            assertThat(browser.has("#statement-VOICE_AND_REPRESENTATION b")).as("markup shown as text").isFalse();
            checked(browser, "officer bid statements");
            browser.open(base + "/staff/solicitations/" + id + "/bids/" + harbor + "?lang=es");
            assertThat(browser.text("#principles-title")).isEqualTo("Puntos y declaraciones por principio");
            checked(browser, "officer bid statements in Spanish");
        }
    }

    private void signIn(WebDriver browser, String user, String home) throws InterruptedException {
        browser.open(base + "/sign-in");
        browser.type("#username", user);
        browser.type("#password", TestUsers.PASSWORD);
        browser.click("#sign-in");
        assertThat(browser.until("location.pathname === '" + home + "'")).as("signed in as " + user).isTrue();
    }

    /** axe-core finds nothing at full width and at 390 px, where the page does not scroll sideways. */
    private static void checked(WebDriver browser, String page) throws InterruptedException {
        PageChecks.checked(browser, "bid-statement-screenshots", page);
        browser.windowSize(390, 844);
        try {
            assertThat(browser.until("window.innerWidth <= 400")).isTrue();
            assertThat(browser.axe()).as("axe on the " + page + " page at 390 px").isEmpty();
        } finally {
            browser.windowSize(1280, 900);
        }
    }
}
