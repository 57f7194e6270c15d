package org.highroad.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.ShownLinks;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The procurement officer's pages without a browser: a solicitation drafted and published from the form (with its
 * CSRF token; without it nothing is drafted), errors named on their fields; its sealed bids not shown at all (not even their number)
 * until the deadline (no vendor, no price, no point in the HTML); after the opening the bids side by side with the
 * vendors' names, prices and points per criterion, the ranking and the link to the award's Tasklist task. Only
 * procurement officers (and administrators, reading) open them: a contractor, an auditor and workforce staff get 403.
 */
class SolicitationPagesTest extends ProcurementTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private Map<String, String> form(String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("standard", STANDARD + ":1");
        form.put("agencyCode", "DEMO-CITY");
        form.put("title", title);
        form.put("description", "Works on the branch library");
        form.put("category", "WORKS");
        form.put("region", "Demo City");
        form.put("estimatedValue", "1500000.00");
        form.put("submissionDeadline", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).plusDays(14).format(LOCAL));
        form.put("classifications", ELECTRICIAN + "\n" + LABORER);
        return form;
    }

    /** Drafts from the form and publishes from the solicitation's page; returns its id. */
    private long publishedFromThePages(PageSession officer, String title) {
        Page newForm = officer.get("/staff/solicitations/new?standard=" + STANDARD + ":1");
        assertThat(newForm.status()).isEqualTo(200);
        Map<String, String> form = new java.util.HashMap<>(form(title));
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"")
                .matcher(newForm.body());
        assertThat(token.find()).as("the form's one-time token").isTrue();
        form.put("formToken", token.group(1)); // as the browser sends the form the page drew
        Page drafted = officer.post("/staff/solicitations", form);
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(302);
        String path = drafted.location().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        assertThat(officer.get(path).body()).contains("Draft", "id=\"publish\"");
        Page published = officer.post(path + "/publication", Map.of());
        assertThat(published.status()).isEqualTo(302);
        assertThat(officer.get(path).body()).contains("Published, open to bids");
        // the standard version it pins names it in the reader's words, linked for whom may open it
        String pinned = officer.get("/staff/standards/" + STANDARD + "/versions/1?lang=es").body();
        assertThat(pinned).contains("<a href=\"/staff/solicitations/" + id + "\">licitación " + id + "</a>")
                .doesNotContain("solicitation " + id + ",", "solicitation " + id + "<");
        officer.get("/staff/standards/" + STANDARD + "/versions/1?lang=en");
        PageSession auditor = signedIn(TestUsers.AUDITOR);
        assertThat(auditor.get("/staff/standards/" + STANDARD + "/versions/1").body()).contains(">solicitation " + id + "<")
                .doesNotContain("href=\"/staff/solicitations/" + id + "\"");
        return id;
    }

    @Test
    void theNewSolicitationShowsTheStandardsRubricWithEachCriterionExplained() {
        PageSession officer = signedIn(TestUsers.OFFICER);
        String page = officer.get("/staff/solicitations/new?standard=" + STANDARD + ":1").body();
        // the demo standard's rubric: price 40 points in proportion, apprentice hours in a line from 0 % to 20 %
        assertThat(page).contains("id=\"criterion-PRICE\"", "the lowest price among the bids gets them all",
                "id=\"criterion-APPRENTICE-HOURS\"", "Up to 6 points on the share of work hours by apprentices (%): none at 0, all at 20",
                "id=\"criterion-NO-SERIOUS-SAFETY-CITATIONS\"", "must be at most 0",
                "Up to 4 points from the evaluating officer");
        assertThat(officer.get("/staff/solicitations/new?standard=" + STANDARD + ":1&lang=es").body())
                .contains("Nueva licitación", "el precio más bajo entre las ofertas recibe todos");
    }

    @Test
    void aFormWithMistakesNamesEachFieldAndDraftsNothing() {
        PageSession officer = signedIn(TestUsers.OFFICER);
        officer.get("/staff/solicitations/new");
        int before = as(TestUsers.OFFICER).get("/api/solicitations").json().size();
        Map<String, String> wrong = form("");
        wrong.put("estimatedValue", "1,500,000");
        wrong.put("submissionDeadline", "next week");
        Page refused = officer.post("/staff/solicitations", wrong);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"errors\"", "href=\"#estimatedValue\"", "href=\"#submissionDeadline\"",
                "without commas", "id=\"estimatedValue-error\"", "aria-invalid=\"true\"", "href=\"#title\"", "id=\"title-error\"");
        Map<String, String> past = form("Deadline in the past");
        past.put("submissionDeadline", "2020-01-01T12:00");
        past.put("formToken", java.util.regex.Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(refused.body()).results().findFirst().orElseThrow().group(1)); // the form as drawn again
        Page pastRefused = officer.post("/staff/solicitations", past);
        assertThat(pastRefused.status()).isEqualTo(422);
        assertThat(pastRefused.body()).contains("href=\"#submissionDeadline\"", "must be in the future").doesNotContain("href=\"#title\"");
        assertThat(as(TestUsers.OFFICER).get("/api/solicitations").json().size()).isEqualTo(before);
    }

    @Test
    void everyFormNeedsItsCsrfToken() {
        PageSession officer = signedIn(TestUsers.OFFICER);
        officer.get("/staff/solicitations/new");
        int before = as(TestUsers.OFFICER).get("/api/solicitations").json().size();
        assertThat(officer.postWithout("/staff/solicitations", form("No token")).status()).isEqualTo(403);
        assertThat(as(TestUsers.OFFICER).get("/api/solicitations").json().size()).isEqualTo(before);
        long id = as(TestUsers.OFFICER).post("/api/solicitations", draft("Publish without token")).json().path("id").asLong();
        assertThat(officer.postWithout("/staff/solicitations/" + id + "/publication", Map.of()).status()).isEqualTo(403);
        assertThat(as(TestUsers.OFFICER).get("/api/solicitations/" + id).json().path("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void sealedBidsShowNothingUntilTheDeadlineThenATableWithNamesPricesAndPoints() {
        PageSession officer = signedIn(TestUsers.OFFICER);
        long id = publishedFromThePages(officer, "Branch library works");
        long harbor = submit(TestUsers.HARBOR, id, strongBid("1234567.89"));
        long northside = submit(TestUsers.NORTHSIDE, id, middleBid("1098765.43"));

        List<String> bidContent = List.of("1234567", "1,234,567", "1098765", "1,098,765", "Harbor Builders", "Northside Electric",
                "id=\"bids\"", "id=\"ranking\"");
        for (String staff : List.of(TestUsers.OFFICER, TestUsers.ADMIN)) {
            Page sealed = signedIn(staff).get("/staff/solicitations/" + id);
            assertThat(sealed.status()).isEqualTo(200);
            assertThat(sealed.body()).as(staff).contains("id=\"sealed\"", "Bids are sealed until")
                    .doesNotContain(bidContent).as("not even how many came in").doesNotContain("2 bids", "have come in");
        }

        deadlinePasses(id);
        String opened = officer.get("/staff/solicitations/" + id).body();
        assertThat(opened).doesNotContain("id=\"sealed\"").contains("id=\"bids\"", "Harbor Builders LLC",
                "Northside Electric Co.", "$1,234,567.89", "$1,098,765.43");
        // price points: the lowest price gets all 40; Harbor's 40 × 1,098,765.43 / 1,234,567.89 = 35.60
        assertThat(row(opened, harbor)).contains("Harbor Builders LLC", "35.60", "Pass");
        assertThat(row(opened, northside)).contains("Northside Electric Co.", "40.00");
        assertThat(opened).contains("The bids are not ranked yet");

        assertThat(review(harbor, "CONFIRM", "Reviewed on the page's figures", 5).status()).isEqualTo(200);
        assertThat(review(northside, "CONFIRM", "Reviewed on the page's figures", 2).status()).isEqualTo(200);
        String ranked = officer.get("/staff/solicitations/" + id).body();
        assertThat(ranked).contains("id=\"ranking\"", "id=\"award-task\"", "/operaton/app/tasklist/default/#/?task=");
        String ranking = ranked.substring(ranked.indexOf("id=\"ranking\""), ranked.indexOf("</ol>", ranked.indexOf("id=\"ranking\"")));
        boolean harborFirst = as(TestUsers.OFFICER).get("/api/solicitations/" + id + "/ranking").json()
                .path("entries").get(0).path("bidId").asLong() == harbor;
        String first = harborFirst ? "Harbor Builders LLC" : "Northside Electric Co.";
        String second = harborFirst ? "Northside Electric Co." : "Harbor Builders LLC";
        assertThat(ranking.indexOf(first)).as("ranked as the API ranks").isPositive().isLessThan(ranking.indexOf(second));
        // how ties are broken, in the reader's language
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(ranked)).contains("Ties are broken by: total score (highest first)");
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(officer.get("/staff/solicitations/" + id + "?lang=es").body()))
                .contains("Los empates se deciden por: puntuación total (la más alta primero)").doesNotContain("highest first");
        officer.get("/staff/solicitations/" + id + "?lang=en");
    }

    @Test
    void onlyProcurementOfficersAndAdministratorsOpenThemAContractorNever() {
        long id = publishedSolicitation("Who opens the officer's pages");
        List<String> pages = List.of("/staff/solicitations", "/staff/solicitations/" + id, "/staff/solicitations/new");
        for (String user : List.of(TestUsers.HARBOR, TestUsers.AUDITOR, TestUsers.STAFF)) {
            PageSession session = signedIn(user);
            for (String page : pages) {
                Page answer = session.get(page);
                assertThat(answer.status()).as(user + " " + page).isEqualTo(403);
                assertThat(answer.body()).as(user + " " + page).doesNotContain("Who opens the officer");
            }
            session.get("/");
            assertThat(session.post("/staff/solicitations/" + id + "/publication", Map.of()).status()).as(user).isEqualTo(403);
        }
        PageSession admin = signedIn(TestUsers.ADMIN);
        assertThat(admin.get("/staff/solicitations").body()).contains("Who opens the officer");
        assertThat(admin.get("/staff/solicitations/" + id).status()).isEqualTo(200);
        assertThat(admin.get("/staff/solicitations/new").status()).as("drafting is the officer's, as in the API").isEqualTo(403);
        PageSession officer = signedIn(TestUsers.OFFICER);
        assertThat(officer.get("/staff/").body()).contains("href=\"/staff/solicitations\"");
        assertThat(officer.get("/staff/solicitations").body()).contains("Who opens the officer", "id=\"new-solicitation\"");
    }

    @Test
    void aContractInLegalReviewShowsItsPdfItsSchedulesAndItsTaskToTheOfficerOnly() {
        long solicitation = publishedSolicitation("Legal review page");
        long bid = submit(TestUsers.HARBOR, solicitation, strongBid("1100000"));
        deadlinePasses(solicitation);
        assertThat(review(bid, "CONFIRM", "verified", 5).status()).isEqualTo(200);
        PageSession officer = signedIn(TestUsers.OFFICER);
        String awardPage = officer.get("/staff/solicitations/" + solicitation).body();
        assertThat(awardPage).contains("id=\"award-task\"");
        assertThat(as(TestUsers.OFFICER).post("/api/solicitations/" + solicitation + "/award",
                Map.of("bidId", bid, "reason", "Highest total score")).status()).isEqualTo(200);
        org.highroad.support.Jobs.runDue(management);
        long contract = -1;
        for (var c : as(TestUsers.OFFICER).all("/api/contracts").json()) {
            if (c.path("bidId").asLong() == bid) {
                contract = c.path("id").asLong();
            }
        }
        assertThat(officer.get("/staff/solicitations/" + solicitation).body()).contains("Awarded to Harbor Builders LLC, at $1,100,000.00.",
                "Highest total score").doesNotContain("id=\"award-task\"");

        String list = officer.get("/staff/contracts").body();
        assertThat(list).contains("href=\"/staff/contracts/" + contract + "\"", "Legal review page", "Harbor Builders LLC");
        String page = officer.get("/staff/contracts/" + contract).body();
        // Harbor's strong bid: ELECTRICIAN 60.00 + 31.40 over the prevailing 57.00 + 31.40
        assertThat(page).contains("In legal review", "id=\"contract-pdf\"", "id=\"review-task\"",
                "/operaton/app/tasklist/default/#/?task=", "$60.00", "$31.40", "$57.00", "10 business days", "WAGES");
        assertThat(officer.get("/staff/contracts/" + contract + "/document.pdf").body()).startsWith("%PDF");

        for (String user : List.of(TestUsers.HARBOR, TestUsers.AUDITOR, TestUsers.STAFF)) {
            PageSession other = signedIn(user);
            // the contractor opens no staff page; other agency staff read the contract (as the API lets them) but not
            // the officer's list of contracts in legal review, and are shown no task they could not open
            List<String> refused = user.equals(TestUsers.HARBOR)
                    ? List.of("/staff/contracts", "/staff/contracts/" + contract, "/staff/contracts/" + contract + "/document.pdf")
                    : List.of("/staff/contracts");
            for (String path : refused) {
                Page answer = other.get(path);
                assertThat(answer.status()).as(user + " " + path).isEqualTo(403);
                assertThat(answer.body()).as(user + " " + path).doesNotContain("Legal review page");
            }
            if (!user.equals(TestUsers.HARBOR)) {
                Page read = other.get("/staff/contracts/" + contract);
                assertThat(read.status()).as(user).isEqualTo(200);
                assertThat(read.body()).as(user).contains("$60.00").doesNotContain("/operaton/app/tasklist/default/#/?task=");
                ShownLinks.openFor(other, user, ShownLinks.inPage(read.body()));
                assertThat(other.get("/staff/contracts/" + contract + "/document.pdf").body()).startsWith("%PDF");
            }
        }
    }

    private PageSession signedIn(String user) {
        PageSession session = new PageSession(port);
        session.signIn(user, TestUsers.PASSWORD);
        return session;
    }

    /** The table row of one bid. */
    private static String row(String page, long bidId) {
        int start = page.indexOf("id=\"bid-" + bidId + "\"");
        assertThat(start).as("row of bid " + bidId).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
