package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.highroad.enforcement.process.ComplianceCaseProcess;
import org.highroad.support.TestUsers;
import org.highroad.support.WebDriver;
import org.junit.jupiter.api.Test;

/**
 * The auditor's workbench in real headless Chromium, on the README walkthrough's payroll: the auditor signs in, opens
 * the case queue from the staff landing, opens the case, reads Andre Johnson's (5678) two findings grouped under his
 * worker reference with the $194.00 they claim ($3.00 × 40 base and $1.85 × 40 fringe short), sends the bulk form
 * without a reason and reads the error linked to its field, confirms his findings with one reason, dismisses the share
 * shortfalls by kind, and sees the notice issued with its PDF. A contractor gets 403 on the staff pages. Every page
 * passes axe-core's WCAG 2.1 A and AA rules, and at 390 pixels wide no page scrolls sideways.
 */
class StaffCasesChromiumTest extends CaseTest {

    private String base;

    @Test
    void anAuditorConfirmsOneWorkersFindingsTogetherAndSeesTheNoticeIssued() throws Exception {
        assumeTrue(WebDriver.available(), "chromium and chromedriver are not installed");
        base = "http://localhost:" + port;
        long contract = executedContract("Workbench " + System.nanoTime());
        assertThat(send(TestUsers.HARBOR, "/api/contracts/" + contract + "/compliance-statements", "application/json",
                Files.readString(Path.of("docs/walkthrough/statement-of-compliance.json"))).status()).isEqualTo(201);
        assertThat(post(TestUsers.HARBOR, contract, WEEK, Files.readString(Path.of("docs/walkthrough/payroll-week-1.csv")))
                .status()).isEqualTo(201);
        long caseId = caseOf(contract).path("id").asLong();
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_REVIEW_ROUND)).hasSize(1);

        try (WebDriver browser = WebDriver.start()) {
            signIn(browser, TestUsers.AUDITOR, "/staff/");
            browser.click("a[href='/staff/cases']");
            assertThat(browser.until("location.pathname === '/staff/cases'")).isTrue();
            // oldest first by default; the other tests' cases come before this one, so the newest first
            browser.open(base + "/staff/cases?sort=openedAt,desc");
            assertThat(browser.text("#case-" + caseId)).contains("$194.00", "4");
            checked(browser, "queue");

            browser.click("#case-" + caseId + " a");
            assertThat(browser.until("location.pathname === '/staff/cases/" + caseId + "'")).isTrue();
            assertThat(browser.text("#worker-5678")).contains("2", "$194.00");
            assertThat(browser.text("#findings")).contains("5678", "Base rate below the committed wage", "$120.00", "$74.00");
            checked(browser, "case");

            browser.script("document.getElementById('group').value = 'worker:5678';");
            browser.click("#decision-confirm");
            browser.click("#review-group");
            assertThat(browser.until("document.getElementById('errors') !== null")).isTrue();
            assertThat(browser.text("#errors")).contains("Write the reason");
            assertThat(browser.script("return document.querySelector('#error-list a').getAttribute('href');").asText())
                    .isEqualTo("#reason");
            assertThat(browser.script("return document.getElementById('reason').getAttribute('aria-invalid');").asText())
                    .isEqualTo("true");
            checked(browser, "bulk form with an error");

            browser.script("document.getElementById('group').value = 'worker:5678';");
            browser.click("#decision-confirm");
            browser.type("#reason", "Rates checked against Schedule A and the timesheets");
            browser.click("#review-group");
            assertThat(browser.until("document.getElementById('reviewed') !== null")).isTrue();
            assertThat(browser.text("#reviewed")).contains("2 findings reviewed");
            assertThat(browser.text("#confirmed")).isEqualTo("2");

            browser.script("document.getElementById('group').value = 'kind:SHARE_SHORTFALL';");
            browser.click("#decision-dismiss");
            browser.type("#reason", "Shares are judged over the contract, not week 1");
            browser.click("#review-group");
            assertThat(browser.until("document.getElementById('reviewed') !== null")).isTrue();
            openTasks(caseId, ComplianceCaseProcess.TASK_REVIEW_ROUND); // any job the round left
            browser.open(base + "/staff/cases/" + caseId);
            assertThat(browser.text("#notices")).contains("Notice 1 (PDF)", "$194.00");
            String pdf = browser.script("return document.querySelector('#notices a').href;").asText();
            assertThat(browser.scriptAsync("var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')));", pdf).asText())
                    .isEqualTo("200 application/pdf");
            assertThat(browser.text("#steps")).contains("Findings: confirmed", "Notice: issued").doesNotContain("FINDINGS CONFIRMED");
            checked(browser, "case with its notice");

            browser.click(".sign-out button");
            assertThat(browser.until("location.pathname === '/sign-in'")).isTrue();
            signIn(browser, TestUsers.HARBOR, "/portal/");
            assertThat(browser.scriptAsync("var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => done(String(r.status)));", base + "/staff/cases/" + caseId).asText())
                    .isEqualTo("403");
        }
    }

    private void signIn(WebDriver browser, String user, String landing) throws InterruptedException {
        browser.open(base + "/sign-in");
        browser.type("#username", user);
        browser.type("#password", TestUsers.PASSWORD);
        browser.click("#sign-in");
        assertThat(browser.until("location.pathname === '" + landing + "'")).as("signed in as " + user).isTrue();
    }

    /** axe-core finds nothing, and at 390 pixels wide the page does not scroll sideways. */
    private static void checked(WebDriver browser, String page) throws InterruptedException {
        org.highroad.support.PageChecks.checked(browser, "staff-screenshots", page);
    }
}
