package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The officer amends an executed contract from its staff page, through the same use case as the API's amendments: a
 * wage below the current commitment, a missing reason or date re-render the page with 422 and the fields marked; a
 * raise from a later day makes version 2. Other roles read the page without the form and are refused the post (403).
 */
class ContractAmendmentPageTest extends PayrollTest {

    @Test
    void theOfficerAmendsFromThePageOthersCannot() {
        long contract = executedContract("Amended from the page");
        JsonNode wages = as(TestUsers.OFFICER).get("/api/contracts/" + contract).json().path("current").path("wages");
        int row = -1;
        for (int i = 0; i < wages.size(); i++) {
            if (wages.get(i).path("classification").asText().equals(ELECTRICIAN)) {
                row = i;
            }
        }
        assertThat(row).as("the electrician's row").isNotNegative();
        String page = "/staff/contracts/" + contract;
        String post = page + "/amendments";

        PageSession officer = signedIn(TestUsers.OFFICER);
        assertThat(officer.get(page).body()).contains("id=\"amendment-form\"", "id=\"base-" + row + "\"",
                "id=\"reason-hint\"", "The contractor reads this reason"); // the reason is the contractor's to read

        Page noReason = officer.post(post, Map.of("effectiveFrom", "2027-02-15", "reason", "",
                "base-" + row, "62.00", "fringe-" + row, "31.40"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("id=\"errors\"", "id=\"reason-error\"");
        Page below = officer.post(post, Map.of("effectiveFrom", "2027-02-15", "reason", "Cut",
                "base-" + row, "55.00", "fringe-" + row, "31.40"));
        assertThat(below.status()).isEqualTo(422);
        assertThat(below.body()).contains("id=\"errors\"", "may not be below the current commitment")
                .containsPattern("id=\"base-" + row + "\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*id=\"base-" + row + "\"");
        Page noDate = officer.post(post, Map.of("effectiveFrom", "someday", "reason", "Raise agreed with the union"));
        assertThat(noDate.status()).isEqualTo(422);
        assertThat(noDate.body()).contains("id=\"effectiveFrom-error\"", "Raise agreed with the union");
        Page typo = officer.post(post, Map.of("effectiveFrom", "2027-02-15", "reason", "Raise", "base-" + row, "sixty"));
        assertThat(typo.status()).isEqualTo(422);
        assertThat(typo.body()).contains("id=\"base-" + row + "-error\"");
        assertThat(as(TestUsers.OFFICER).get("/api/contracts/" + contract + "/versions").json().size())
                .as("nothing was amended by the refused forms").isEqualTo(1);

        Page amended = officer.post(post, Map.of("effectiveFrom", "2027-02-15", "reason", "Raise agreed with the union",
                "base-" + row, "62.00", "fringe-" + row, "31.40"));
        assertThat(amended.status()).as(amended.body()).isEqualTo(302);
        assertThat(amended.location()).endsWith(page + "?amended");
        assertThat(officer.get(page + "?amended").body()).contains("id=\"amended\"");
        JsonNode versions = as(TestUsers.OFFICER).get("/api/contracts/" + contract + "/versions").json();
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(1).path("effectiveFrom").asText()).isEqualTo("2027-02-15");
        assertThat(versions.get(1).path("reason").asText()).isEqualTo("Raise agreed with the union");
        assertThat(versions.get(1).toString()).contains("62");
        assertThat(officer.get(page + "?lang=es").body()).contains("Modificar el contrato");

        for (String other : new String[] {TestUsers.ADMIN, TestUsers.AUDITOR, TestUsers.STAFF}) {
            PageSession session = signedIn(other);
            Page read = session.get(page);
            assertThat(read.status()).as(other).isEqualTo(200);
            assertThat(read.body()).as(other).doesNotContain("id=\"amendment-form\"");
            assertThat(session.post(post, Map.of("effectiveFrom", "2027-03-01", "reason", "Not mine to amend")).status())
                    .as(other).isEqualTo(403);
        }
        PageSession contractor = signedIn(TestUsers.HARBOR);
        contractor.get("/portal/");
        assertThat(contractor.post(post, Map.of("effectiveFrom", "2027-03-01", "reason", "Not mine")).status()).isEqualTo(403);
        assertThat(as(TestUsers.OFFICER).get("/api/contracts/" + contract + "/versions").json().size()).isEqualTo(2);
    }

    private PageSession signedIn(String user) {
        PageSession session = new PageSession(port);
        session.signIn(user, TestUsers.PASSWORD);
        return session;
    }

    /**
     * The amendment form sent three times at once (a double click) records one amendment and every send lands on the
     * contract's page with it; the same form sent again later lands there too, never "nothing was recorded". A form
     * with a token not drawn for this officer records nothing.
     */
    @Test
    void theSameAmendmentFormSentTwiceRecordsOneAmendment() throws Exception {
        long contract = executedContract("Amendment double click");
        JsonNode wages = as(TestUsers.OFFICER).get("/api/contracts/" + contract).json().path("current").path("wages");
        int row = -1;
        for (int i = 0; i < wages.size(); i++) {
            if (wages.get(i).path("classification").asText().equals(ELECTRICIAN)) {
                row = i;
            }
        }
        String page = "/staff/contracts/" + contract;
        String post = page + "/amendments";
        PageSession officer = signedIn(TestUsers.OFFICER);
        String drawn = officer.get(page).body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(drawn);
        assertThat(token.find()).as("the amendment form carries its one-time token").isTrue();
        Map<String, String> form = Map.of("formToken", token.group(1), "effectiveFrom", "2027-02-15",
                "reason", "Raise electricians by a dollar", "base-" + row, "61.00", "fringe-" + row, "31.40");

        Page forged = officer.post(post, Map.of("formToken", "made-up.token", "effectiveFrom", "2027-02-15",
                "reason", "Raise electricians by a dollar", "base-" + row, "61.00", "fringe-" + row, "31.40"));
        assertThat(forged.status()).isEqualTo(422);
        assertThat(forged.body()).contains("id=\"errors\"", "did not come from this page");

        java.util.List<Page> answers = org.highroad.support.AtOnce.atOnce(java.util.List.<java.util.concurrent.Callable<Page>>of(
                () -> officer.post(post, form), () -> officer.post(post, form), () -> officer.post(post, form)));
        for (Page answer : answers) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(302);
            assertThat(answer.location()).endsWith(page + "?amended");
        }
        Page later = officer.post(post, form);
        assertThat(later.status()).as(later.body()).isEqualTo(302);
        assertThat(later.location()).endsWith(page + "?amended");
        JsonNode versions = as(TestUsers.OFFICER).get("/api/contracts/" + contract + "/versions").json();
        assertThat(versions.size()).as("one amendment recorded").isEqualTo(2);
        assertThat(versions.get(1).path("reason").asText()).isEqualTo("Raise electricians by a dollar");
    }
}
