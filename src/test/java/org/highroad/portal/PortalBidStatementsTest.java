package org.highroad.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.highroad.enforcement.CaseTest;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The bid form asks, for each of the eight job-quality principles, the commitments the rubric scores under it with how
 * each answer becomes points, and the bid's statement for the principle ({@code principleStatements} of
 * {@code POST /api/solicitations/{id}/bids}): a statement written is kept with the bid as the API keeps it, one too
 * long is shown at its field, a blank one is no statement.
 */
class PortalBidStatementsTest extends CaseTest {

    @Test
    void eachPrincipleAsksItsStatementAndExplainsHowItsAnswersScore() {
        long solicitation = publishedSolicitation("Portal bid statements");
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        Page form = harbor.get("/portal/bids/solicitations/" + solicitation);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"principle-EARNINGS\"", "id=\"principle-PURPOSE_AND_MEANING\"",
                "<legend>Voice and representation</legend>", "for=\"statement-ENVIRONMENT_AND_CULTURE\"",
                "id=\"statement-ENVIRONMENT_AND_CULTURE-hint\"", "Your statement on Environment and culture",
                // the standard's criteria explained: a straight line, a target, a yes or no, the officer's rating, the price
                "Up to 6 points on the share of the health premium the employer pays (%): none at 50, all at 100",
                "Up to 8 points on the share of work hours by local residents (%) in proportion to the target of 51",
                "All 3 points when the bid commits to a collective bargaining agreement covering the work",
                "the evaluating officer&#39;s rating between 0 and 5",
                "the lowest price among the bids gets them all", "Scored by:");
        assertThat(form.body().indexOf("for=\"hasWorkerCommittee\"")).as("the committee is asked under voice and representation")
                .isGreaterThan(form.body().indexOf("id=\"principle-VOICE_AND_REPRESENTATION\""))
                .isLessThan(form.body().indexOf("id=\"principle-LEARNING_AND_DEVELOPMENT\""));
        assertThat(harbor.get("/portal/bids/solicitations/" + solicitation + "?lang=es").body())
                .contains("Los ocho principios de calidad del empleo", "Su declaración sobre Voz y representación");

        Map<String, String> tooLong = strong();
        tooLong.put("statement-SAFETY_AND_SECURITY", "s".repeat(4001));
        tooLong.put("price", "");
        Page wrong = harbor.post("/portal/bids/solicitations/" + solicitation, tooLong);
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("href=\"#statement-SAFETY_AND_SECURITY\"", "id=\"statement-SAFETY_AND_SECURITY-error\"",
                "aria-describedby=\"statement-SAFETY_AND_SECURITY-hint statement-SAFETY_AND_SECURITY-error\"", "href=\"#price\"",
                "Project labor agreement with the building trades council");

        Page filed = harbor.post("/portal/bids/solicitations/" + solicitation, strong());
        assertThat(filed.status()).as(filed.body()).isEqualTo(302);
        long bidId = Long.parseLong(filed.location().replaceAll("^.*/portal/bids/(\\d+).*$", "$1"));
        JsonNode statements = as(TestUsers.HARBOR).get("/api/bids/" + bidId).json().path("commitments").path("principleStatements");
        assertThat(statements.path("VOICE_AND_REPRESENTATION").asText()).isEqualTo("Project labor agreement with the building trades council");
        assertThat(statements.path("ENVIRONMENT_AND_CULTURE").asText()).isEqualTo("Anti-harassment training for every crew, a monthly jobsite walk");
        assertThat(statements.has("EARNINGS")).as("a blank statement is none").isFalse();
        assertThat(statements.size()).isEqualTo(2);

        PageSession northside = new PageSession(port);
        northside.signIn(TestUsers.NORTHSIDE, TestUsers.PASSWORD);
        northside.get("/portal/bids");
        Page sealed = northside.get("/portal/bids/" + bidId);
        assertThat(sealed.status()).isEqualTo(404);
        assertThat(sealed.body()).doesNotContain("building trades council");
    }

    private static Map<String, String> strong() {
        Map<String, String> f = new HashMap<>();
        f.put("price", "1,100,000");
        f.put("offer0-baseRate", "60.00");
        f.put("offer0-fringeRate", "31.40");
        f.put("offer1-baseRate", "45.00");
        f.put("offer1-fringeRate", "26.85");
        f.put("employerHealthPremiumSharePercent", "100");
        f.put("localResidentHoursSharePercent", "51");
        f.put("hasCollectiveAgreement", "yes");
        f.put("hasWorkerCommittee", "yes");
        f.put("seriousSafetyCitationsLast3Years", "0");
        f.put("statement-VOICE_AND_REPRESENTATION", "  Project labor agreement with the building trades council ");
        f.put("statement-ENVIRONMENT_AND_CULTURE", "Anti-harassment training for every crew, a monthly jobsite walk");
        f.put("statement-EARNINGS", "   ");
        return f;
    }
}
