package org.highroad.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import org.highroad.support.Jobs;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * A bid whose screening has not run is never told it is "in", and a barred bidder learns before it bids: the bid form
 * of a vendor not eligible under the solicitation's standard (Quick Build: unresolved wage theft) says so, in words, in
 * English and in Spanish; its bid's page says it is disqualified (the banner and the status agree) with the reason in
 * words, dates in words, no rule code, no ISO date, no rationale of the standard's preset.
 */
class BidScreeningToldPagesTest extends ProcurementTest {

    private static final String ISO_DATE = ".*\\d{4}-\\d{2}-\\d{2}.*";
    /** A date as the pages write it in Spanish (PageFormats.date, medium): "3 dic 2026". */
    private static final String MEDIUM_DATE_ES = "(?s).*\\b\\d{1,2} [a-z]{3,4}\\.? \\d{4}\\b.*";
    /** A date written long ("3 de diciembre de 2026"), which a page mixing it with the medium dates must not do. */
    private static final String LONG_DATE_ES = "(?s).*\\d{1,2} de [a-z]+ de \\d{4}.*";

    @Test
    void aBarredBidderIsWarnedOnTheFormAndItsBidIsToldDisqualifiedInWords() {
        long id = publishedSolicitation("Barred bidder told");
        PageSession quick = signedIn(TestUsers.QUICK);
        String form = BidFormPagesTest.visible(quick.get("/portal/bids/solicitations/" + id).body());
        assertThat(form).contains("Your firm is not eligible for award under this solicitation today.",
                "unresolved wage-theft finding", "on the record of your firm between ", "where the standard allows none",
                "A bid sent now is disqualified when it is screened.");
        assertThat(form).doesNotContain("UNRESOLVED_WAGE_THEFT", "preset", "entry ");
        String formEs = BidFormPagesTest.visible(quick.get("/portal/bids/solicitations/" + id + "?lang=es").body());
        assertThat(formEs).contains("Su empresa no es elegible hoy para la adjudicación en esta licitación.",
                "de robo de salarios sin resolver en el historial de su empresa entre el ",
                "y la norma no admite ninguna").doesNotContain("UNRESOLVED_WAGE_THEFT", "unresolved", "(s)")
                .matches(MEDIUM_DATE_ES).doesNotMatch(LONG_DATE_ES);
        PageSession harbor = signedIn(TestUsers.HARBOR);
        assertThat(harbor.get("/portal/bids/solicitations/" + id).body()).as("an eligible vendor is not warned")
                .doesNotContain("id=\"ineligible-warning\"");

        quick.get("/portal/bids/solicitations/" + id + "?lang=en");
        Page filed = quick.post("/portal/bids/solicitations/" + id, BidFormPagesTest.goodBid());
        assertThat(filed.status()).as(filed.body()).isIn(302, 303);
        String bidPage = filed.location().replaceFirst("^https?://[^/]+", "");
        String before = quick.get(bidPage).body();
        assertThat(before).as("before its screening runs").doesNotContain("Your bid is in", "id=\"bid-submitted\"")
                .contains("id=\"bid-disqualified\"", "its screening disqualifies it");

        Jobs.runDue(management);
        String after = BidFormPagesTest.visible(quick.get(bidPage).body());
        assertThat(after).contains("Your bid was filed, but it is disqualified", "Status Disqualified",
                "Disqualified: one unresolved wage-theft finding on the record of your firm between ")
                .doesNotContain("Your bid is in", "not responsive", "UNRESOLVED_WAGE_THEFT", "ineligible vendor", "preset",
                        "Restitution is computed", "entry ");
        assertThat(after.substring(after.indexOf("Disqualified: "))).doesNotMatch(ISO_DATE);
        String es = BidFormPagesTest.visible(quick.get(bidPage.replace("?submitted", "") + "?lang=es").body());
        assertThat(es).contains("Su oferta se presentó, pero está descalificada", "Descalificada: ",
                "robo de salarios sin resolver")
                .doesNotContain("UNRESOLVED_WAGE_THEFT", "ineligible vendor", "unresolved", "preset", "(s)", "no es admisible")
                .matches(MEDIUM_DATE_ES).doesNotMatch(LONG_DATE_ES);
        assertThat(es.substring(es.indexOf("Descalificada: "))).doesNotMatch(ISO_DATE);
    }

    @Test
    void aBidBeingScreenedIsToldSoWithALinkToCheckAgainThenThatItIsIn() {
        long id = publishedSolicitation("Being screened told");
        PageSession harbor = signedIn(TestUsers.HARBOR);
        harbor.get("/portal/bids/solicitations/" + id);
        Page filed = harbor.post("/portal/bids/solicitations/" + id, BidFormPagesTest.goodBid());
        assertThat(filed.status()).as(filed.body()).isIn(302, 303);
        String bidPage = filed.location().replaceFirst("^https?://[^/]+", "");
        String before = harbor.get(bidPage).body();
        assertThat(before).contains("id=\"bid-screening\"", "Your bid is filed and being screened.", "id=\"check-again\"")
                .doesNotContain("Your bid is in", "id=\"bid-submitted\"", "id=\"bid-disqualified\"");
        assertThat(harbor.get(bidPage.replace("?submitted", "") + "?lang=es").body()).contains("Su oferta está presentada y en revisión.",
                "Volver a comprobar");
        Jobs.runDue(management);
        assertThat(harbor.get(bidPage + "&lang=en").body()).contains("id=\"bid-submitted\"", "Your bid is in")
                .doesNotContain("id=\"bid-screening\"");
    }

    /**
     * The officer's pages of the same screening: the disqualification in words in English and in Spanish (the rule by
     * its name, the entry that counts, days as the page writes them), while the API keeps the screening's own English;
     * a scorecard's yes-or-no answer in the page's language.
     */
    @Test
    void theOfficerReadsTheDisqualificationAndTheAnswersInThePagesLanguage() {
        long id = publishedSolicitation("Disqualification told to the officer");
        long barred = submit(TestUsers.QUICK, id, strongBid("900000"));
        long strong = submit(TestUsers.HARBOR, id, strongBid("1000000"));
        deadlinePasses(id);
        assertThat(bid(barred).path("outcomeReason").asText()).startsWith("ineligible vendor: UNRESOLVED_WAGE_THEFT: ");
        PageSession officer = signedIn(TestUsers.OFFICER);
        String bidPath = "/staff/solicitations/" + id + "/bids/";
        String es = screening(officer.get(bidPath + barred + "?lang=es").body());
        assertThat(es).startsWith("proveedor no elegible: robo de salario sin resolver: una infracción de robo de salario sin "
                + "resolver entre el ").contains("y la norma no admite ninguna", "entrada ", "sin resolver")
                .doesNotContain("UNRESOLVED_WAGE_THEFT", "entry ", "found by", "occurred", "unresolved", "(s)")
                .doesNotMatch(ISO_DATE);
        assertThat(BidFormPagesTest.visible(officer.get(bidPath + strong).body())).contains("respuesta sí; ")
                .doesNotContain("respuesta yes");
        assertThat(HtmlUtils.htmlUnescape(officer.get("/staff/solicitations/" + id).body()))
                .contains("proveedor no elegible: robo de salario sin resolver: ").doesNotContain("UNRESOLVED_WAGE_THEFT");
        String en = screening(officer.get(bidPath + barred + "?lang=en").body());
        assertThat(en).startsWith("ineligible vendor: unresolved wage theft: one unresolved wage-theft violation between ")
                .contains("where the standard allows none", "entry ", "unresolved)")
                .doesNotContain("UNRESOLVED_WAGE_THEFT", "(s)").doesNotMatch(ISO_DATE);
        assertThat(BidFormPagesTest.visible(officer.get(bidPath + strong).body())).contains("answered yes; ");
    }

    /**
     * After the award the barred bidder's notice on its bid's page reads as the rest of the page: the disqualification
     * in words in the page's language (no rule constant, no ISO date, no English on the Spanish page), while the API
     * keeps the notice as stored; the winner's notice likewise; neither page names the other vendor.
     */
    @Test
    void aBiddersNoticesReadInThePagesLanguageWithTheReasonInWords() {
        long id = publishedSolicitation("Notices told in words");
        long barred = submit(TestUsers.QUICK, id, strongBid("900000"));
        long strong = submit(TestUsers.HARBOR, id, strongBid("1000000"));
        deadlinePasses(id);
        assertThat(review(strong, "CONFIRM", "verified", 5).status()).isEqualTo(200);
        assertThat(as(TestUsers.OFFICER).post("/api/solicitations/" + id + "/award",
                java.util.Map.of("bidId", strong, "reason", "Highest total score")).status()).isEqualTo(200);
        Jobs.runDue(management);
        assertThat(as(TestUsers.QUICK).get("/api/solicitations/" + id + "/notices").json().get(0).path("text").asText())
                .as("the API keeps the stored English").contains("Your bid was disqualified: ineligible vendor: UNRESOLVED_WAGE_THEFT: ");

        PageSession quick = signedIn(TestUsers.QUICK);
        String en = notices(quick.get("/portal/bids/" + barred + "?lang=en").body());
        assertThat(en).contains("Disqualified", "Solicitation " + id + " (Notices told in words): your bid was disqualified: "
                + "ineligible vendor: unresolved wage theft: one unresolved wage-theft violation between ")
                .doesNotContain("UNRESOLVED_WAGE_THEFT", "(s)", "Harbor").doesNotMatch(ISO_DATE);
        String esPage = BidFormPagesTest.visible(quick.get("/portal/bids/" + barred + "?lang=es").body());
        assertThat(esPage).as("one date format on the page").doesNotMatch(LONG_DATE_ES);
        String es = notices(quick.get("/portal/bids/" + barred + "?lang=es").body());
        assertThat(es).contains("Descalificada", "Licitación " + id + " (Notices told in words): su oferta fue descalificada: "
                + "proveedor no elegible: robo de salario sin resolver: ").matches(MEDIUM_DATE_ES)
                .doesNotContain("UNRESOLVED_WAGE_THEFT", "Your bid", "Solicitation", "ineligible", "unresolved", "entry ",
                        "(s)", "Harbor").doesNotMatch(ISO_DATE);

        PageSession harbor = signedIn(TestUsers.HARBOR);
        assertThat(notices(harbor.get("/portal/bids/" + strong + "?lang=es").body()))
                .contains("Adjudicada", "Licitación " + id + " (Notices told in words): su oferta fue adjudicada.")
                .doesNotContain("Your bid", "Quick");
    }

    /** The visible text of a portal bid page's notices. */
    private static String notices(String page) {
        java.util.regex.Matcher list = java.util.regex.Pattern.compile("(?s)id=\"bid-notices\">(.*?)</ul>").matcher(page);
        assertThat(list.find()).as(page).isTrue();
        return HtmlUtils.htmlUnescape(BidFormPagesTest.visible(list.group(1)));
    }

    /** What the officer's bid page says of the bid's eligibility and screening. */
    private static String screening(String page) {
        java.util.regex.Matcher dd = java.util.regex.Pattern.compile("id=\"bid-eligibility\">([^<]*)<")
                .matcher(page);
        assertThat(dd.find()).as(page).isTrue();
        return HtmlUtils.htmlUnescape(dd.group(1));
    }

    PageSession signedIn(String user) {
        PageSession session = new PageSession(port);
        session.signIn(user, TestUsers.PASSWORD);
        return session;
    }
}
