package org.highroad.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.highroad.standards.scoring.Principle;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A bid's statements per job-quality principle, without a browser. The bidder reads its own on its bid's page in the
 * portal as soon as it is in; another bidder finds no such bid (404). The officer finds nothing of a sealed bid (404,
 * no statement in the HTML, no link from the solicitation's page); once the bids are opened each vendor's name in the
 * table leads to the bid's page, the points of each principle beside the statement the bidder wrote for it. A
 * statement is the bidder's own text: shown as text, never as markup. In English and in Spanish.
 */
class BidStatementsPagesTest extends ProcurementTest {

    /** A statement with markup in it: a page must show it as written, never run or render it. */
    static final String VOICE = "Project labor agreement with <b>Local 103</b> & a jobsite committee <script>alert(1)</script>";
    static final String LEARNING = "Two apprentices per crew, paid for their classroom hours";

    static BidSubmission withStatements(BidSubmission bid, Map<Principle, String> statements) {
        return new BidSubmission(bid.price(), bid.wageOffers(), bid.lowestHourlyWage(), bid.employerHealthPremiumSharePercent(),
                bid.paidLeaveDaysPerYear(), bid.retirementContributionPercent(), bid.scheduleNoticeDays(),
                bid.fullTimeSharePercent(), bid.localResidentHoursSharePercent(), bid.peopleOfColorHoursSharePercent(),
                bid.womenHoursSharePercent(), bid.apprenticeHoursSharePercent(), bid.trainingHoursPerWorkerPerYear(),
                bid.advancementPlan(), bid.hasCollectiveAgreement(), bid.hasWorkerCommittee(),
                bid.seriousSafetyCitationsLast3Years(), statements);
    }

    @Test
    void theBidderReadsItsStatementsAnotherBidderNeverAndTheOfficerOnlyAfterTheOpening() {
        long id = publishedSolicitation("Statements shown after the opening");
        long harbor = submit(TestUsers.HARBOR, id, withStatements(strongBid("1234567.89"),
                Map.of(Principle.VOICE_AND_REPRESENTATION, VOICE, Principle.LEARNING_AND_DEVELOPMENT, LEARNING)));
        long northside = submit(TestUsers.NORTHSIDE, id, middleBid("1098765.43"));

        // the bidder: its own statements, in the framework's order, as text
        PageSession harborPortal = signedIn(TestUsers.HARBOR);
        Page own = harborPortal.get("/portal/bids/" + harbor);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("Your statements per principle", "id=\"statement-VOICE_AND_REPRESENTATION\"",
                "Voice and representation", "Learning and development", LEARNING,
                "&lt;b&gt;Local 103&lt;/b&gt; &amp; a jobsite committee &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<b>Local 103</b>", "<script>alert(1)</script>", "id=\"statement-EARNINGS\"");
        assertThat(own.body().indexOf("id=\"statement-VOICE_AND_REPRESENTATION\""))
                .isLessThan(own.body().indexOf("id=\"statement-LEARNING_AND_DEVELOPMENT\""));
        assertThat(harborPortal.get("/portal/bids/" + harbor + "?lang=es").body())
                .contains("Sus declaraciones por principio", "Voz y representación", LEARNING);
        assertThat(signedIn(TestUsers.NORTHSIDE).get("/portal/bids/" + northside).body())
                .contains("id=\"statements-none\"", "Your bid has no statement");

        // another bidder: no such bid, sealed or opened
        PageSession northsidePortal = signedIn(TestUsers.NORTHSIDE);
        Page foreign = northsidePortal.get("/portal/bids/" + harbor);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain(LEARNING, "Local 103");

        // the officer before the deadline: nothing, not even a link
        PageSession officer = signedIn(TestUsers.OFFICER);
        for (String staff : List.of(TestUsers.OFFICER, TestUsers.ADMIN)) {
            Page sealed = signedIn(staff).get("/staff/solicitations/" + id + "/bids/" + harbor);
            assertThat(sealed.status()).as(staff).isEqualTo(404);
            assertThat(sealed.body()).doesNotContain(LEARNING, "Local 103", "Harbor Builders", "1,234,567");
        }
        assertThat(officer.get("/staff/solicitations/" + id).body()).doesNotContain("bid-link-", "/bids/" + harbor);

        deadlinePasses(id);
        String table = officer.get("/staff/solicitations/" + id).body();
        assertThat(table).contains("id=\"bids\"", "id=\"bid-link-" + harbor + "\"",
                "href=\"/staff/solicitations/" + id + "/bids/" + harbor + "\"");
        Page opened = officer.get("/staff/solicitations/" + id + "/bids/" + harbor);
        assertThat(opened.status()).isEqualTo(200);
        String page = opened.body();
        assertThat(page).contains("Bid " + harbor + " from Harbor Builders LLC", "$1,234,567.89",
                "Points and statements per principle", LEARNING,
                "&lt;b&gt;Local 103&lt;/b&gt; &amp; a jobsite committee &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<b>Local 103</b>", "<script>alert(1)</script>");
        // each principle's points beside its statement: the voice principle's criteria scored, its statement after them
        String voice = section(page, "principle-VOICE_AND_REPRESENTATION");
        assertThat(voice).contains("id=\"points-VOICE_AND_REPRESENTATION\"", "id=\"subtotal-VOICE_AND_REPRESENTATION\"",
                "points under this principle", "The bidder&#39;s statement", "Local 103");
        BigDecimal subtotal = as(TestUsers.OFFICER).get("/api/bids/" + harbor + "/scorecard").json()
                .path("subtotals").path("VOICE_AND_REPRESENTATION").decimalValue();
        assertThat(voice).contains(subtotal.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " points under this principle");
        assertThat(section(page, "principle-EARNINGS")).contains("The bidder wrote no statement for this principle.");
        Page spanish = officer.get("/staff/solicitations/" + id + "/bids/" + harbor + "?lang=es");
        assertThat(spanish.body()).contains("Oferta " + harbor + " de Harbor Builders LLC", "Puntos y declaraciones por principio",
                "La declaración del licitador", "El licitador no escribió ninguna declaración para este principio.", LEARNING);

        // a bid of another solicitation under this one is not found; a contractor and workforce staff are refused
        long other = publishedSolicitation("Another solicitation");
        assertThat(officer.get("/staff/solicitations/" + other + "/bids/" + harbor).status()).isEqualTo(404);
        for (String user : List.of(TestUsers.HARBOR, TestUsers.STAFF)) {
            Page refused = signedIn(user).get("/staff/solicitations/" + id + "/bids/" + harbor);
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.body()).doesNotContain(LEARNING);
        }
    }

    /** The text of a page's element with that id, up to its closing section. */
    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isPositive();
        return page.substring(start, page.indexOf("</section>", start));
    }

    private PageSession signedIn(String user) {
        PageSession session = new PageSession(port);
        session.signIn(user, TestUsers.PASSWORD);
        return session;
    }
}
