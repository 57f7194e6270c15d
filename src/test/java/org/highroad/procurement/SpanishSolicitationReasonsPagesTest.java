package org.highroad.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.highroad.support.Http;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * An officer reading the pages in Spanish reads the solicitation rules in Spanish at their fields: a blank title (the
 * draft's constraint), an amount written with commas (the form's own check), a deadline in the past (the module's
 * rule); publishing twice is refused in Spanish too. The API answers the same rules in English, to a client that asks
 * for Spanish as well.
 */
class SpanishSolicitationReasonsPagesTest extends ProcurementTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private Map<String, String> form(String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("standard", STANDARD + ":1");
        form.put("agencyCode", "DEMO-CITY");
        form.put("title", title);
        form.put("category", "WORKS");
        form.put("estimatedValue", "1500000.00");
        form.put("submissionDeadline", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).plusDays(14).format(LOCAL));
        form.put("classifications", ELECTRICIAN);
        return form;
    }

    @Test
    void theSolicitationFormSaysWhatToFixInSpanishAtEachField() {
        PageSession officer = new PageSession(port);
        officer.signIn(TestUsers.OFFICER, TestUsers.PASSWORD);
        assertThat(officer.get("/staff/solicitations/new?lang=es").body()).contains("lang=\"es\"");

        Map<String, String> wrong = form("");
        wrong.put("estimatedValue", "1,500,000");
        Page refused = officer.post("/staff/solicitations", wrong);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        String page = HtmlUtils.htmlUnescape(refused.body());
        assertThat(page).containsPattern("id=\"title-error\"[^>]*>no debe estar vacío<")
                .containsPattern("id=\"estimatedValue-error\"[^>]*>debe ser un importe en dólares como 1500000.00, sin comas<")
                .doesNotContain("must not be blank", "without commas");

        Map<String, String> past = form("Deadline in the past");
        past.put("submissionDeadline", "2020-01-01T12:00");
        past.put("formToken", java.util.regex.Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(refused.body()).results().findFirst().orElseThrow().group(1)); // the form as drawn again
        Page late = officer.post("/staff/solicitations", past);
        assertThat(late.status()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(late.body())).containsPattern("id=\"submissionDeadline-error\"[^>]*>debe ser una fecha futura<")
                .doesNotContain("must be in the future");

        // Publish sent again on a solicitation published already (a double click): the solicitation's page says it
        // was published and when, in the reader's language, not an error page as if the first had failed
        long id = publishedSolicitation("Spanish conflict");
        Page twice = officer.post("/staff/solicitations/" + id + "/publication", Map.of());
        assertThat(twice.status()).isEqualTo(302);
        assertThat(twice.location()).endsWith("/staff/solicitations/" + id + "?alreadyPublished");
        Page shown = officer.get("/staff/solicitations/" + id + "?alreadyPublished");
        assertThat(HtmlUtils.htmlUnescape(shown.body())).contains("id=\"already-published\"", "Esta licitación ya se publicó el")
                .doesNotContain("no puede ser publicada", "already published");
        officer.get("/staff/solicitations?lang=en");
        assertThat(officer.get("/staff/solicitations/" + id + "?alreadyPublished").body())
                .contains("This solicitation was already published on");
        assertThat(as(TestUsers.OFFICER).get("/api/solicitations/" + id).json().path("status").asText()).isEqualTo("PUBLISHED");
        // the API keeps its rule: 409 naming the state
        assertThat(as(TestUsers.OFFICER).post("/api/solicitations/" + id + "/publication", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void theApiAnswersTheRulesInEnglishToAClientAskingForSpanish() {
        Http.Response blank = as(TestUsers.OFFICER).post("/api/solicitations", draft(""), "Accept-Language", "es");
        assertThat(blank.status()).as(blank.body()).isEqualTo(422);
        assertThat(blank.errorFor("title")).isEqualTo("must not be blank;");
        Http.Response past = as(TestUsers.OFFICER).post("/api/solicitations",
                draft("Past deadline").put("submissionDeadline", "2020-01-01T12:00:00Z"), "Accept-Language", "es");
        assertThat(past.status()).as(past.body()).isEqualTo(422);
        assertThat(past.errorFor("submissionDeadline")).isEqualTo("must be in the future;");
    }

    /**
     * Publish clicked three times at once (a triple click): one send publishes, the others land on the page of what
     * stands ("already published"), never the API's JSON conflict; the solicitation is published once.
     */
    @Test
    void publishSentThreeTimesAtOnceLandsOnWhatStands() throws Exception {
        Http.Response created = as(TestUsers.OFFICER).post("/api/solicitations", draft("Triple click on Publish"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        PageSession officer = new PageSession(port);
        officer.signIn(TestUsers.OFFICER, TestUsers.PASSWORD);
        officer.get("/staff/solicitations/" + id);
        String post = "/staff/solicitations/" + id + "/publication";
        java.util.List<Page> answers = org.highroad.support.AtOnce.atOnce(java.util.List.<java.util.concurrent.Callable<Page>>of(
                () -> officer.post(post, Map.of()), () -> officer.post(post, Map.of()), () -> officer.post(post, Map.of())));
        for (Page answer : answers) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(302);
            assertThat(answer.location()).containsPattern("/staff/solicitations/" + id + "\\?(published|alreadyPublished)$");
        }
        assertThat(answers).filteredOn(a -> a.location().endsWith("?published")).hasSize(1);
        assertThat(as(TestUsers.OFFICER).get("/api/solicitations/" + id).json().path("publishedAt").isNull()).isFalse();
    }
}
