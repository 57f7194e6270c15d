package org.highroad.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The bid form in the contractor portal speaks to the bidder, without a browser: its error summary names each field
 * ("Label: reason", linked to the field) in the house's words, never Bean Validation's defaults, in English and in
 * Spanish; nothing is saved from a refused form.
 */
class BidFormPagesTest extends ProcurementTest {

    /** The review's tampered bid: unreadable numbers, out-of-range answers, a statement far too long, a made-up choice. */
    static Map<String, String> badBid() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("price", "abc");
        form.put("offer0-baseRate", "-60");
        form.put("offer0-fringeRate", "1e400");
        form.put("offer1-baseRate", "<script>alert(1)</script>");
        form.put("statement-EARNINGS", "x".repeat(100_000));
        form.put("scheduleNoticeDays", "-14");
        form.put("seriousSafetyCitationsLast3Years", "x");
        form.put("employerHealthPremiumSharePercent", "500");
        form.put("hasCollectiveAgreement", "maybe");
        form.put("paidLeaveDaysPerYear", "12.25");
        return form;
    }

    @Test
    void theErrorSummaryNamesEachFieldInTheHouseWordsInEnglishAndSpanish() {
        long id = publishedSolicitation("Bid form errors named");
        PageSession northside = signedIn(TestUsers.NORTHSIDE);
        northside.get("/portal/bids/solicitations/" + id);
        Page refused = northside.post("/portal/bids/solicitations/" + id, badBid());
        assertThat(refused.status()).isEqualTo(422);
        String summary = summary(refused.body());
        assertThat(summary).contains(
                "href=\"#price\">Price: write a number, such as 51 or 60.00<",
                "href=\"#offer0-baseRate\">" + esc(ELECTRICIAN) + ": base rate per hour: must be a positive hourly rate<",
                "href=\"#offer0-fringeRate\">" + esc(ELECTRICIAN) + ": fringe per hour: must be at most 1000.00 per hour<",
                "href=\"#offer1-baseRate\">" + esc(LABORER) + ": base rate per hour: write a number, such as 51 or 60.00<",
                "href=\"#offer1-fringeRate\">" + esc(LABORER) + ": fringe per hour: required<",
                "href=\"#statement-EARNINGS\">Your statement on Earnings: at most 4,000 characters<",
                "href=\"#scheduleNoticeDays\">Days of notice before a schedule: must be between 0 and 365<",
                "href=\"#seriousSafetyCitationsLast3Years\">Serious safety citations in the last 3 years: write a whole number",
                "href=\"#employerHealthPremiumSharePercent\">Share of the health premium the employer pays (%): must be between 0 and 100",
                "href=\"#hasCollectiveAgreement\">A collective bargaining agreement covers the work: choose yes or no<",
                "href=\"#paidLeaveDaysPerYear\">Paid leave days per year: at most 1 decimal<");
        assertThat(refused.body()).doesNotContain("must not be null", "size must be between", "numeric value out of bounds",
                "<script>alert(1)</script>");
        assertThat(as(TestUsers.NORTHSIDE).all("/api/solicitations/" + id + "/bids").json()).isEmpty();

        PageSession spanish = signedIn(TestUsers.NORTHSIDE);
        spanish.get("/portal/bids/solicitations/" + id + "?lang=es");
        Page es = spanish.post("/portal/bids/solicitations/" + id + "?lang=es", badBid());
        assertThat(es.status()).isEqualTo(422);
        assertThat(summary(es.body())).contains(
                "href=\"#price\">Precio: escriba un número, por ejemplo 51 o 60.00<",
                "href=\"#offer1-fringeRate\">" + esc(LABORER) + ": beneficios por hora: obligatorio<",
                "href=\"#statement-EARNINGS\">Su declaración sobre Ingresos: como máximo 4.000 caracteres<",
                "href=\"#hasCollectiveAgreement\">Un convenio colectivo cubre el trabajo: elija sí o no<",
                "href=\"#paidLeaveDaysPerYear\">Días de permiso pagado por año: como máximo 1 decimal<");
        assertThat(es.body()).doesNotContain("no debe ser nulo", "el tamaño debe estar", "fuera de límites",
                "must not be null", "size must be between");
    }

    /** A NUL character (U+0000, which PostgreSQL cannot store) in a statement is refused at once, nothing filed. */
    @Test
    void aNulCharacterInAStatementIsRefusedNamingTheFieldAndNothingIsFiled() {
        long id = publishedSolicitation("Bid form NUL");
        PageSession northside = signedIn(TestUsers.NORTHSIDE);
        northside.get("/portal/bids/solicitations/" + id + "?lang=en");
        Map<String, String> form = goodBid();
        form.put("statement-EARNINGS", "NUL\u0000bid");
        form.put("advancementPlan", "adv\u0000");
        Page refused = northside.post("/portal/bids/solicitations/" + id, form);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("statement-EARNINGS", "advancementPlan", "NUL character (U+0000)");
        assertThat(as(TestUsers.NORTHSIDE).all("/api/solicitations/" + id + "/bids").json()).isEmpty();
        northside.get("/portal/bids/solicitations/" + id + "?lang=es");
        Page es = northside.post("/portal/bids/solicitations/" + id, form);
        assertThat(es.status()).isEqualTo(422);
        assertThat(es.body()).contains("contiene el carácter NUL (U+0000)");
    }

    /** A bid the form takes: both classifications above the prevailing wage, no serious safety citation. */
    static Map<String, String> goodBid() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("price", "1,100,000.00");
        form.put("offer0-baseRate", "60.00");
        form.put("offer0-fringeRate", "31.40");
        form.put("offer1-baseRate", "45.00");
        form.put("offer1-fringeRate", "26.85");
        form.put("scheduleNoticeDays", "14");
        form.put("seriousSafetyCitationsLast3Years", "0");
        form.put("hasCollectiveAgreement", "yes");
        return form;
    }

    /** The words a reader sees on a page: its text without the markup (field names stay in attributes). */
    static String visible(String page) {
        return page.replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ");
    }

    @Test
    void theRubricNamesEachMetricByItsLabelAndTellsTheTiersInWords() {
        long id = publishedSolicitation("Rubric in words");
        Map<String, String> pages = new LinkedHashMap<>();
        PageSession harbor = signedIn(TestUsers.HARBOR);
        PageSession officer = signedIn(TestUsers.OFFICER);
        for (String lang : new String[] {"", "?lang=es"}) {
            pages.put("portal" + lang, harbor.get("/portal/bids/solicitations/" + id + lang).body());
            pages.put("staff" + lang, officer.get("/staff/solicitations/" + id + lang).body());
            pages.put("new" + lang, officer.get("/staff/solicitations/new?standard=" + STANDARD + ":1" + (lang.isEmpty() ? "" : "&lang=es")).body());
        }
        pages.forEach((name, page) -> assertThat(visible(page)).as(name)
                .doesNotContain("scheduleNoticeDays", "wageAboveFloorPercent", "hasCollectiveAgreement",
                        "seriousSafetyCitationsLast3Years", "hasWorkerCommittee", ".dmn", "schedule-notice-tiers"));
        for (String name : new String[] {"portal", "staff", "new"}) {
            assertThat(visible(pages.get(name))).as(name).contains("the days of notice before a schedule, by tier: "
                    + "14 days or more: all the points; 7 to 13 days: 60 % of the points; 3 to 6 days: 30 % of the points; "
                    + "less than 3 days: no points.", "the serious safety citations in the last 3 years must be at most 0",
                    "a collective bargaining agreement covering the work");
            assertThat(visible(pages.get(name + "?lang=es"))).as(name + " es").contains("los días de aviso antes de un horario, "
                    + "por niveles: 14 días o más: todos los puntos; de 7 a 13 días: el 60 % de los puntos; de 3 a 6 días: el 30 % "
                    + "de los puntos; menos de 3 días: ningún punto.",
                    "un convenio colectivo que cubra el trabajo");
        }
    }

    @Test
    void aPassOrFailLineAndAnUnansweredLineSayWhatTheyAre() {
        long id = publishedSolicitation("Pass lines in words");
        long bid = submit(TestUsers.NORTHSIDE, id, middleBid("1098765.43"));
        deadlinePasses(id);
        PageSession officer = signedIn(TestUsers.OFFICER);
        String page = visible(officer.get("/staff/solicitations/" + id + "/bids/" + bid).body());
        assertThat(page).contains("; Pass (no points: a pass-or-fail rule)", "not answered: 0 of ")
                .doesNotContain("Pass of 0 points", "Not answered of");
        String es = visible(officer.get("/staff/solicitations/" + id + "/bids/" + bid + "?lang=es").body());
        assertThat(es).contains("; Cumple (sin puntos: una regla de cumple o no cumple)", "sin respuesta: 0 de ")
                .doesNotContain("Cumple de 0 puntos", "Sin respuesta de");
    }

    @Test
    void thePrevailingWageIsShownAndARateUnderItIsRefusedAtItsFieldNothingFiled() {
        long id = publishedSolicitation("Prevailing wage on the form");
        PageSession harbor = signedIn(TestUsers.HARBOR);
        String form = visible(harbor.get("/portal/bids/solicitations/" + id).body());
        assertThat(form).contains(LABORER.replace("&", "&amp;") + ": Prevailing wage: base $43.00 and fringe $26.85 an hour, $69.85 in all "
                + "(wage determination ", ELECTRICIAN + ": Prevailing wage: base $57.00 and fringe $31.40 an hour, $88.40 in all");

        Map<String, String> under = goodBid();
        under.put("offer1-baseRate", "40");
        Page refused = harbor.post("/portal/bids/solicitations/" + id, under);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(summary(refused.body())).contains("href=\"#offer1-baseRate\">" + esc(LABORER)
                + ": base rate per hour: at least the prevailing $43.00 (wage determination ");
        assertThat(refused.body()).contains("id=\"offer1-baseRate-error\"").doesNotContain("Your bid is in");
        Map<String, String> lowFringe = goodBid();
        lowFringe.put("offer1-fringeRate", "20.00");
        assertThat(summary(harbor.post("/portal/bids/solicitations/" + id, lowFringe).body())).contains("href=\"#offer1-fringeRate\">"
                + esc(LABORER) + ": fringe per hour: base and fringe together at least the prevailing $69.85 an hour");
        harbor.get("/portal/bids/solicitations/" + id + "?lang=es");
        Page es = harbor.post("/portal/bids/solicitations/" + id + "?lang=es", under);
        assertThat(es.status()).isEqualTo(422);
        assertThat(summary(es.body())).contains(": tarifa base por hora: al menos el prevaleciente de $43.00 (determinación salarial ");
        assertThat(as(TestUsers.HARBOR).all("/api/solicitations/" + id + "/bids").json()).isEmpty();
    }

    /** A rate under the prevailing wage is listed with the other errors of the same post, not in a second round. */
    @Test
    void aRateUnderThePrevailingWageIsListedWithTheOtherErrorsOfTheSamePost() {
        long id = publishedSolicitation("Prevailing wage with other errors");
        PageSession northside = signedIn(TestUsers.NORTHSIDE);
        northside.get("/portal/bids/solicitations/" + id);
        Map<String, String> form = goodBid();
        form.put("price", "-5");
        form.put("scheduleNoticeDays", "-14");
        form.put("offer0-baseRate", "56.99");
        Page refused = northside.post("/portal/bids/solicitations/" + id, form);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(summary(refused.body())).contains("href=\"#price\">Price: must be a positive amount<",
                "href=\"#scheduleNoticeDays\">Days of notice before a schedule: must be between 0 and 365<",
                "href=\"#offer0-baseRate\">" + esc(ELECTRICIAN) + ": base rate per hour: at least the prevailing $57.00 (wage determination ");
        assertThat(refused.body()).contains("id=\"offer0-baseRate-error\"");
        assertThat(as(TestUsers.NORTHSIDE).all("/api/solicitations/" + id + "/bids").json()).isEmpty();
    }

    /** The Spanish form: the summary in the form's order (the price first), the criteria named in Spanish, in agreement. */
    @Test
    void theSpanishFormListsErrorsInTheFormsOrderAndNamesTheCriteriaInSpanish() {
        long id = publishedSolicitation("Spanish bid form");
        PageSession northside = signedIn(TestUsers.NORTHSIDE);
        String form = visible(northside.get("/portal/bids/solicitations/" + id + "?lang=es").body());
        assertThat(form).contains("El precio de la oferta: ", "Las citaciones graves de seguridad en los últimos 3 años: "
                + "Cumple o no, sin puntos: las citaciones graves de seguridad en los últimos 3 años, como máximo 0")
                .doesNotContain("Bid price:", "Lowest wage above the prevailing-wage floor", "No serious safety citations",
                        "debe ser como mucho", "años debe");
        assertThat(visible(northside.get("/portal/bids/solicitations/" + id + "?lang=en").body()))
                .as("the English page keeps the standard's names").contains("Bid price: ", "No serious safety citations in the last 3 years: ");

        Map<String, String> bad = goodBid();
        bad.put("hasCollectiveAgreement", "maybe");
        bad.put("scheduleNoticeDays", "-14");
        bad.put("offer1-baseRate", "40");
        bad.put("price", "-5");
        northside.get("/portal/bids/solicitations/" + id + "?lang=es");
        Page refused = northside.post("/portal/bids/solicitations/" + id + "?lang=es", bad);
        assertThat(refused.status()).isEqualTo(422);
        String summary = summary(refused.body());
        int price = summary.indexOf("href=\"#price\">Precio: ");
        int offer = summary.indexOf("href=\"#offer1-baseRate\"");
        int notice = summary.indexOf("href=\"#scheduleNoticeDays\"");
        int agreement = summary.indexOf("href=\"#hasCollectiveAgreement\"");
        assertThat(price).as(summary).isGreaterThan(0);
        assertThat(offer).as(summary).isGreaterThan(price);
        assertThat(java.util.List.of(notice, agreement)).as(summary).allMatch(i -> i > offer);
    }

    @Test
    void aBidFiledButNotResponsiveIsNeverToldItIsInAndItsOutcomeReadsInTheReadersLanguage() {
        long id = publishedSolicitation("Not responsive told");
        PageSession harbor = signedIn(TestUsers.HARBOR);
        harbor.get("/portal/bids/solicitations/" + id);
        Map<String, String> cited = goodBid();
        cited.put("seriousSafetyCitationsLast3Years", "2");
        Page filed = harbor.post("/portal/bids/solicitations/" + id, cited);
        assertThat(filed.status()).as(filed.body()).isIn(302, 303);
        String bidPage = filed.location().replaceFirst("^https?://[^/]+", "");
        String shown = harbor.get(bidPage).body();
        assertThat(shown).doesNotContain("Your bid is in", "id=\"bid-submitted\"").contains("id=\"bid-not-responsive\"");
        assertThat(visible(shown)).contains("as it stands it is not responsive",
                "the serious safety citations in the last 3 years must be at most 0");

        org.highroad.support.Jobs.runDue(management); // the screening rules it out
        String es = visible(harbor.get(bidPage.replace("?submitted", "") + "?lang=es").body());
        assertThat(es).contains("No admisible: ", "las citaciones graves de seguridad en los últimos 3 años")
                .doesNotContain("below a mandatory floor", "PREVAILING_WAGE", "Your bid is in", "Su oferta se recibió");

        // a good bid is in once its screening has run, as before
        Page good = harbor.post("/portal/bids/solicitations/" + id, goodBid());
        assertThat(good.status()).isIn(302, 303);
        org.highroad.support.Jobs.runDue(management);
        assertThat(harbor.get(good.location().replaceFirst("^https?://[^/]+", "") + "&lang=en").body())
                .contains("id=\"bid-submitted\"", "Your bid is in").doesNotContain("id=\"bid-not-responsive\"");
    }

    @Test
    void aClosedSolicitationNoLongerSaysABidIsSealedOrReplaced() {
        long id = publishedSolicitation("Closed form wording");
        PageSession harbor = signedIn(TestUsers.HARBOR);
        assertThat(harbor.get("/portal/bids/solicitations/" + id).body()).contains("id=\"sealed-intro\"");
        deadlinePasses(id);
        for (String lang : new String[] {"", "?lang=es"}) {
            String page = harbor.get("/portal/bids/solicitations/" + id + lang).body();
            assertThat(page).as(lang).contains("id=\"closed\"").doesNotContain("id=\"sealed-intro\"",
                    "Your bid is sealed", "replaces your earlier one", "Su oferta está sellada");
        }
    }

    /** The error summary's list. */
    static String summary(String page) {
        int start = page.indexOf("id=\"error-list\"");
        assertThat(start).as("the error summary").isPositive();
        return page.substring(start, page.indexOf("</ul>", start));
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    PageSession signedIn(String user) {
        PageSession session = new PageSession(port);
        session.signIn(user, TestUsers.PASSWORD);
        return session;
    }
}
