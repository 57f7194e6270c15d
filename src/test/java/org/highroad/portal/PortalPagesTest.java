package org.highroad.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highroad.enforcement.CaseTest;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The pages' sign-in and what it guards, without a browser: form sign-in with the API's users sends each person to
 * their pages; a wrong password is sent back, and a client that failed must wait before its next password is checked,
 * as with HTTP Basic; every form needs its CSRF token (a multipart upload too); another contractor finds none of
 * Harbor's contract, payrolls, raw files, case or notice (404, and its payment is not recorded); the session of the
 * pages does not open the stateless API, nor HTTP Basic the pages.
 */
class PortalPagesTest extends CaseTest {

    @Test
    void signInSendsEachPersonToTheirOwnPages() {
        PageSession harbor = new PageSession(port);
        Page signedIn = harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(harbor.get("/").location()).endsWith("/portal/");
        Page home = harbor.get("/portal/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("My contracts and subcontracts", "Signed in as harbor", "Sign out");

        PageSession auditor = new PageSession(port);
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        assertThat(auditor.get("/").location()).endsWith("/staff/");
        assertThat(auditor.get("/staff/").body()).contains("/operaton/app/tasklist/");
        assertThat(auditor.get("/portal/").status()).as("staff have no portal").isEqualTo(403);
        assertThat(harbor.get("/staff/").status()).as("a contractor has no staff pages").isEqualTo(403);

        PageSession anonymous = new PageSession(port);
        assertThat(anonymous.get("/").location()).endsWith("/public/");
        assertThat(anonymous.get("/public/").body()).contains("/public/complaints", "/sign-in");
        assertThat(anonymous.get("/portal/").location()).as("signed out: to the sign-in").endsWith("/sign-in");
        assertThat(anonymous.get("/public/?lang=es").body()).contains("lang=\"es\"", "Informe un problema en el trabajo");
    }

    @Test
    void aWrongPasswordIsSentBackAndTheClientWaitsBeforeItsNextPasswordIsChecked() {
        PageSession guesser = new PageSession(port);
        assertThat(guesser.signIn("page-guess-target", "wrong").location()).endsWith("/sign-in?error");
        assertThat(guesser.get("/sign-in?error").body()).as("the form says so").contains("id=\"sign-in-error\"");
        Page again = guesser.signIn("page-guess-target", "wrong");
        assertThat(again.location()).as("the delay after a failure holds the form's sign-in too").contains("/sign-in?wait=");
        assertThat(guesser.get(again.location().replaceFirst("^https?://[^/]+", "")).body()).contains("id=\"sign-in-wait\"",
                "Your password was not checked");
        assertThat(guesser.get("/portal/").location()).endsWith("/sign-in");
    }

    @Test
    void everyFormNeedsItsCsrfTokenAndTheSessionsAreApart() {
        long contract = contractWithStatement("Portal CSRF");
        weekHasEnded(WEEK);
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        harbor.get("/portal/contracts/" + contract + "/payrolls/file");
        Page noToken = harbor.postWithout("/portal/contracts/" + contract + "/payrolls/no-work", Map.of("weekEnding", WEEK,
                "reason", "site closed"));
        assertThat(noToken.status()).isEqualTo(403);
        Page noTokenUpload = harbor.upload("/portal/contracts/" + contract + "/payrolls/file", Map.of("weekEnding", WEEK),
                "file", "week.csv", UNDERPAID, false);
        assertThat(noTokenUpload.status()).isEqualTo(403);
        Page anonymousUpload = new PageSession(port).upload("/portal/contracts/" + contract + "/payrolls/file",
                Map.of("weekEnding", WEEK), "file", "week.csv", UNDERPAID, false);
        assertThat(anonymousUpload.status()).as("an anonymous multipart body is refused unread").isEqualTo(403);
        assertThat(as(TestUsers.HARBOR).all("/api/contracts/" + contract + "/payrolls").json().size()).as("nothing filed").isZero();

        Page withToken = harbor.post("/portal/contracts/" + contract + "/payrolls/no-work", Map.of("weekEnding", WEEK,
                "reason", "site closed"));
        assertThat(withToken.status()).isEqualTo(302);
        assertThat(withToken.location()).contains("/portal/payrolls/");
        assertThat(as(TestUsers.HARBOR).all("/api/contracts/" + contract + "/payrolls").json().get(0).path("source").asText())
                .isEqualTo("NO_WORK");

        assertThat(harbor.get("/api/contracts").status()).as("the page session does not open the API").isEqualTo(401);
        assertThat(as(TestUsers.HARBOR).get("/portal/").status()).as("nor HTTP Basic the pages").isEqualTo(302);
    }

    @Test
    void aPeriodsHistoryWithAMalformedWeekIsNotFoundNotAServerError() {
        long contract = contractWithStatement("Portal malformed week");
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        for (String week : new String[] {"not-a-date", "2027-02-30", "2027-1-9"}) {
            Page page = harbor.get("/portal/contracts/" + contract + "/payrolls/weeks/" + week);
            assertThat(page.status()).as(week).isEqualTo(404);
            assertThat(page.body()).as(week).doesNotContain("DateTimeParseException");
        }
        assertThat(harbor.get("/portal/contracts/" + contract + "/payrolls/weeks/" + WEEK).status()).isEqualTo(200);
    }

    @Test
    void aRejectedUploadListsEveryErrorWithRowAndColumnAndAnAcceptedOneTheAmountOwed() {
        long contract = contractWithStatement("Portal upload");
        weekHasEnded(WEEK);
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        harbor.get("/portal/contracts/" + contract + "/payrolls/file");
        Page rejected = harbor.upload("/portal/contracts/" + contract + "/payrolls/file", Map.of("weekEnding", WEEK), "file",
                "week.csv", UNDERPAID.replace("55.00,,31.40", "fifty-five,,31.40"), true);
        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.body()).contains("The payroll was rejected", "rate_st", "<td class=\"num\">2</td>");
        // counted in words: "1 error" or "n errors", never "error(s)"
        assertThat(rejected.body()).containsPattern("It has (1 error, listed below with its row|\\d+ errors, listed below)")
                .doesNotContain("error(s)");
        // a column not in the layout: the reason points to the portal's template, not to a file of the source code
        harbor.get("/portal/contracts/" + contract + "/payrolls/file");
        Page extraColumn = harbor.upload("/portal/contracts/" + contract + "/payrolls/file", Map.of("weekEnding", WEEK), "file",
                "week.csv", UNDERPAID.replaceFirst("\n", ",notes\n"), true);
        assertThat(extraColumn.status()).isEqualTo(422);
        assertThat(extraColumn.body()).contains("unknown column", "/portal/payrolls/template.csv").doesNotContain("docs/payroll-csv.md");

        harbor.get("/portal/contracts/" + contract + "/payrolls/file");
        Page accepted = harbor.upload("/portal/contracts/" + contract + "/payrolls/file", Map.of("weekEnding", WEEK), "file",
                "week.csv", UNDERPAID, true);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(302);
        Page result = harbor.get(accepted.location().replaceFirst("^https?://[^/]+", ""));
        // Lee: 40 hours at $55.00 where $60.00 is committed, $5.00 × 40 = $200.00
        assertThat(result.body()).contains("$200.00", "Base rate below the committed wage");
        assertThat(result.body()).containsPattern("The checks flagged (1 finding|\\d+ findings):").doesNotContain("finding(s)");
        Page calendar = harbor.get("/portal/contracts/" + contract + "/payrolls");
        assertThat(calendar.body()).containsPattern("History \\([23]\\)").doesNotContain("finding(s)", "flag(s)");
        assertThat(harbor.get("/portal/contracts/" + contract + "/payrolls?lang=es").body())
                .doesNotContain("hallazgo(s)", "alerta(s)", "error(es)");
        harbor.get("/portal/contracts/" + contract + "/payrolls?lang=en");
        // the home page lists the messages the notifications module recorded for harbor's users: the rejection and the flag
        assertThat(as(TestUsers.HARBOR).get("/api/notifications?limit=100").json().findValuesAsText("subject"))
                .anyMatch(m -> m.startsWith("Payroll rejected: Portal upload,"))
                .anyMatch(m -> m.startsWith("Payroll flagged: Portal upload,"));
        String home = harbor.get("/portal/").body();
        java.util.List<String> newest = as(TestUsers.HARBOR).get("/api/notifications?limit=10").json().findValuesAsText("subject");
        assertThat(newest).isNotEmpty();
        newest.forEach(subject -> assertThat(home).contains(org.springframework.web.util.HtmlUtils.htmlEscape(subject)));
        PageSession northside = new PageSession(port);
        northside.signIn(TestUsers.NORTHSIDE, TestUsers.PASSWORD);
        assertThat(northside.get("/portal/").body()).doesNotContain("contract " + contract + ",");
    }

    @Test
    void anotherContractorFindsNoneOfHarborsPagesAndCannotPayOnItsCase() {
        long contract = contractWithStatement("Portal isolation");
        assertThat(post(TestUsers.HARBOR, contract, WEEK, UNDERPAID).status()).isEqualTo(201);
        long submission = as(TestUsers.HARBOR).all("/api/contracts/" + contract + "/payrolls").json().get(0).path("id").asLong();
        long caseId = caseOf(contract).path("id").asLong();
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        long notice = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").json().get(0).path("id").asLong();

        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        PageSession northside = new PageSession(port);
        northside.signIn(TestUsers.NORTHSIDE, TestUsers.PASSWORD);
        List<String> pages = List.of("/portal/contracts/" + contract, "/portal/contracts/" + contract + "/payrolls",
                "/portal/contracts/" + contract + "/payrolls/file", "/portal/contracts/" + contract + "/payrolls/weeks/" + WEEK,
                "/portal/payrolls/" + submission, "/portal/payrolls/" + submission + "/file", "/portal/cases/" + caseId,
                "/portal/cases/" + caseId + "/notices/" + notice + "/pdf");
        for (String page : pages) {
            assertThat(harbor.get(page).status()).as("harbor " + page).isEqualTo(200);
            Page other = northside.get(page);
            assertThat(other.status()).as("northside " + page).isEqualTo(404);
            assertThat(other.body()).doesNotContain("Portal isolation", "5678");
        }
        assertThat(northside.get("/portal/").body()).doesNotContain("Portal isolation");
        assertThat(northside.get("/portal/cases").body()).doesNotContain("/portal/cases/" + caseId + "\"");

        northside.get("/portal/cases");
        Page pay = org.highroad.support.PageForms.post(northside, "/portal/cases/" + caseId + "/payments", Map.of("workerRef", "5678", "amount", "200.00",
                "paidOn", LocalDate.now(clock).toString(), "evidence", "check 1"));
        assertThat(pay.status()).isEqualTo(404);
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/responses").json().size()).isZero();

        Page raw = harbor.get("/portal/payrolls/" + submission + "/file");
        assertThat(raw.body()).as("the file exactly as sent").isEqualTo(UNDERPAID);
    }

    @Test
    void anotherContractorCannotFileOrCertifyNoWorkOnHarborsContract() {
        long contract = contractWithStatement("Portal filing isolation");
        weekHasEnded(WEEK);
        PageSession northside = new PageSession(port);
        northside.signIn(TestUsers.NORTHSIDE, TestUsers.PASSWORD);
        northside.get("/portal/");
        String path = "/portal/contracts/" + contract + "/payrolls/";
        Page noWork = northside.post(path + "no-work", Map.of("weekEnding", WEEK, "reason", "no work on site"));
        assertThat(noWork.status()).as(noWork.body()).isEqualTo(404);
        Page noWorkMistake = northside.post(path + "no-work", Map.of("weekEnding", "", "reason", ""));
        assertThat(noWorkMistake.status()).isEqualTo(404);
        assertThat(noWorkMistake.body()).doesNotContain("Portal filing isolation", WEEK);
        Page upload = northside.upload(path + "file", Map.of("weekEnding", WEEK), "file", "week.csv", UNDERPAID, true);
        assertThat(upload.status()).as(upload.body()).isEqualTo(404);
        Page uploadMistake = northside.upload(path + "file", Map.of("weekEnding", "soon"), "file", "week.csv", "", true);
        assertThat(uploadMistake.status()).isEqualTo(404);
        assertThat(uploadMistake.body()).doesNotContain("Portal filing isolation", WEEK);
        assertThat(as(TestUsers.HARBOR).all("/api/contracts/" + contract + "/payrolls").json().size()).isZero();
    }

    @Test
    void aPaymentAmountWithACommaForDecimalsIsRefusedNotReadAsAHundredTimesAsMuch() {
        long caseId = openCase("Portal payment decimal comma");
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        harbor.get("/portal/cases/" + caseId + "?lang=es");
        // "194,00" is 194 dollars to whoever writes the decimals after a comma, never 19,400 dollars
        for (String amount : new String[] {"194,00", "1,5", "19,40.00", ",194"}) {
            Page wrong = org.highroad.support.PageForms.post(harbor, "/portal/cases/" + caseId + "/payments", Map.of("workerRef", "5678", "amount", amount,
                    "paidOn", LocalDate.now(clock).toString(), "evidence", "check 1002"));
            assertThat(wrong.status()).as(amount).isEqualTo(422);
            assertThat(wrong.body()).as(amount).contains("href=\"#amount\"",
                    "escriba el monto en dólares y centavos", "lang=\"es\"");
        }
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/responses").json().size()).isZero();
        // grouping by thousands is still read as written: $1,000.00 is one thousand dollars (more than the $200.00 owed)
        Page thousand = org.highroad.support.PageForms.post(harbor, "/portal/cases/" + caseId + "/payments", Map.of("workerRef", "5678", "amount", "$1,000.00",
                "paidOn", LocalDate.now(clock).toString(), "evidence", "check 1003"));
        assertThat(thousand.status()).as(thousand.body()).isEqualTo(422);
        assertThat(thousand.body()).contains("como máximo $200.00", "un pago de $1,000.00");
        Page paid = org.highroad.support.PageForms.post(harbor, "/portal/cases/" + caseId + "/payments", Map.of("workerRef", "5678", "amount", "$200.00",
                "paidOn", LocalDate.now(clock).toString(), "evidence", "check 1003"));
        assertThat(paid.status()).as(paid.body()).isEqualTo(302);
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json().path("totals").path("paid")
                .decimalValue()).isEqualByComparingTo("200.00");
    }

    @Test
    void aPaymentFormWithMistakesNamesEachFieldAndRecordsNothing() {
        long caseId = openCase("Portal payment mistakes");
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        harbor.get("/portal/cases/" + caseId);
        Page wrong = org.highroad.support.PageForms.post(harbor, "/portal/cases/" + caseId + "/payments", Map.of("workerRef", "5678", "amount", "two hundred",
                "paidOn", "yesterday", "evidence", ""));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("href=\"#amount\"", "href=\"#paidOn\"", "href=\"#evidence\"",
                "id=\"amount-error\"", "aria-invalid=\"true\"");
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/responses").json().size()).isZero();

        Page paid = org.highroad.support.PageForms.post(harbor, "/portal/cases/" + caseId + "/payments", Map.of("workerRef", "5678", "amount", "200.00",
                "paidOn", LocalDate.now(clock).toString(), "evidence", "cancelled check 1001"));
        assertThat(paid.status()).isEqualTo(302);
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json().path("totals").path("outstanding")
                .decimalValue()).isEqualByComparingTo("0.00");
    }
}
