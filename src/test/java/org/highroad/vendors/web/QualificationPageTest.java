package org.highroad.vendors.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import org.highroad.support.ApiTest;
import org.highroad.support.Http;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.TestUsers;
import org.highroad.vendors.QualificationFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * A profile filed against the Boston-style construction standard as shipped: its rubric holds criteria with no
 * measure a profile could answer (the officer-rated jobsite culture plan has none at all). Every staff role reads the
 * profile's page, in English and Spanish, the unanswerable criteria named among those scored with each bid.
 */
class QualificationPageTest extends ApiTest {

    /** The shipped preset's standard under a code of this test's own, proposed by admin and adopted by reviewer. */
    private String adoptedConstructionStandard() throws IOException {
        ObjectNode standard;
        try (InputStream in = getClass().getResourceAsStream("/presets/standards/boston-construction.json")) {
            standard = (ObjectNode) Http.JSON.readTree(in).get("standard");
        }
        String code = "BOSTON-CONSTRUCTION-PAGE-" + System.nanoTime() % 1_000_000;
        standard.put("code", code).put("agencyCode", "DEMO-CITY");
        Response created = as(TestUsers.ADMIN).post("/api/standards", standard);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String version = "/api/standards/" + code + "/versions/1";
        assertThat(as(TestUsers.ADMIN).post(version + "/proposal", "").status()).isEqualTo(200);
        Response adopted = as(TestUsers.REVIEWER).post(version + "/decision",
                Http.JSON.createObjectNode().put("decision", "ADOPT").put("comment", "adopted for a page test"));
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        return code;
    }

    @Test
    void everyStaffRoleReadsAProfileFiledOnAStandardWithACriterionWithoutAMeasure() throws IOException {
        String code = adoptedConstructionStandard();
        long vendor = users.vendorOf(TestUsers.HARBOR);
        Response filed = as(TestUsers.HARBOR).post("/api/vendors/" + vendor + "/qualifications",
                QualificationFixtures.filing(code, QualificationFixtures.profile()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String page = "/staff/vendors/" + vendor + "/qualifications/" + filed.json().path("id").asLong();

        for (String user : new String[] {TestUsers.OFFICER, TestUsers.ADMIN, TestUsers.AUDITOR, TestUsers.STAFF}) {
            PageSession staff = new PageSession(port);
            staff.signIn(user, TestUsers.PASSWORD);
            PageSession.Page en = staff.get(page + "?lang=en");
            assertThat(en.status()).as(user + " " + en.body()).isEqualTo(200);
            assertThat(HtmlUtils.htmlUnescape(en.body())).contains("id=\"scorecard\"", "id=\"at-bid-time\"",
                    "Bid price", "Jobsite culture and anti-harassment plan (officer rated 0-5)");
            PageSession.Page es = staff.get(page + "?lang=es");
            assertThat(es.status()).as(user + " " + es.body()).isEqualTo(200);
            assertThat(HtmlUtils.htmlUnescape(es.body())).contains("Tarjeta de puntuación",
                    "Jobsite culture and anti-harassment plan (officer rated 0-5)");
            // a yes-or-no answer in the page's language, as the reason beside it says it
            assertThat(HtmlUtils.htmlUnescape(es.body()))
                    .containsPattern("id=\"criterion-WORKER-COMMITTEE\">\\s*<th[^>]*>[^<]*</th>\\s*<td>sí</td>")
                    .containsPattern("id=\"criterion-COLLECTIVE-AGREEMENT\">\\s*<th[^>]*>[^<]*</th>\\s*<td>no</td>")
                    .doesNotContain("<td>yes</td>");
            assertThat(en.body()).containsPattern("id=\"criterion-WORKER-COMMITTEE\">\\s*<th[^>]*>[^<]*</th>\\s*<td>yes</td>");
        }
        // a contractor opens no staff page, its own vendor's profile included
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        assertThat(harbor.get(page).status()).isEqualTo(403);
    }

    /** A certification's kind is shown in words, in the reader's language, never as its code. */
    @Test
    void aCertificationKindIsShownInWords() {
        com.fasterxml.jackson.databind.node.ObjectNode body = Http.JSON.createObjectNode();
        int n = (int) (System.nanoTime() % 10_000_000);
        body.put("legalName", "Local Words Builders").put("ein", String.format("%02d-%07d", n % 100, n))
                .put("uei", String.format("L%011d", n));
        body.putObject("address").put("street", "5 Dock Road").put("city", "Demo City").put("country", "US");
        body.putArray("certifications").addObject().put("kind", "LOCAL_BUSINESS").put("certifyingBody", "Demo City SDO");
        Response created = as(TestUsers.OFFICER).post("/api/vendors", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String page = "/staff/vendors/" + created.json().path("id").asLong();
        PageSession officer = new PageSession(port);
        officer.signIn(TestUsers.OFFICER, TestUsers.PASSWORD);
        assertThat(officer.get(page + "?lang=en").body()).contains("Local business, Demo City SDO").doesNotContain("LOCAL_BUSINESS");
        assertThat(officer.get(page + "?lang=es").body()).contains("Empresa local, Demo City SDO").doesNotContain("LOCAL_BUSINESS");
        officer.get(page + "?lang=en");
    }
}
