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
