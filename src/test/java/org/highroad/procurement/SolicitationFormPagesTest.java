package org.highroad.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.support.AtOnce;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The officer's New solicitation form: a tampered field answers the page again (422) with the field marked in the
 * reader's language, never a problem+json naming Java types; the same form sent twice (one after the other, or at the
 * same moment) drafts one solicitation, by the form's one-time token stored unique with the draft.
 */
class SolicitationFormPagesTest extends ProcurementTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final Pattern TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    private Map<String, String> form(String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("standard", STANDARD + ":1");
        form.put("agencyCode", "DEMO-CITY");
        form.put("title", title);
        form.put("category", "WORKS");
        form.put("region", "Demo City");
        form.put("estimatedValue", "1500000.00");
        form.put("submissionDeadline", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).plusDays(14).format(LOCAL));
        form.put("classifications", ELECTRICIAN + "\n" + LABORER);
        return form;
    }

    @Test
    void aTamperedFormAnswersThePageWithTheFieldMarkedInTheReadersLanguage() {
        PageSession officer = signedIn(TestUsers.OFFICER);
        officer.get("/staff/solicitations/new?standard=" + STANDARD + ":1");
        Map<String, String> maybe = form("Prequalification maybe");
        maybe.put("requiresPrequalification", "maybe");
        Page refused = officer.post("/staff/solicitations", maybe);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"errors\"", "href=\"#requiresPrequalification\"", "tick the box or leave it empty",
                "id=\"requiresPrequalification-error\"").doesNotContain("java.lang", "Failed to convert", "\"field\"");

        officer.get("/staff/solicitations/new?standard=" + STANDARD + ":1&lang=es");
        Page es = officer.post("/staff/solicitations?lang=es", maybe);
        assertThat(es.status()).isEqualTo(422);
        assertThat(es.body()).contains("marque la casilla o déjela vacía").doesNotContain("java.lang", "tick the box");

        Map<String, String> huge = form("Forty digits");
        huge.put("estimatedValue", "9".repeat(40));
        Page hugeEs = officer.post("/staff/solicitations?lang=es", huge);
        assertThat(hugeEs.status()).isEqualTo(422);
        assertThat(hugeEs.body()).contains("href=\"#estimatedValue\"", "con 14 cifras como máximo antes de los centavos")
                .doesNotContain("fuera de límites", "numeric value out of bounds");
        Map<String, String> unknown = form("Unknown standard");
        unknown.put("standard", "NOPE:1");
        unknown.put("formToken", token(hugeEs.body())); // the form as drawn again, so the standard itself is checked
        Page unknownEs = officer.post("/staff/solicitations?lang=es", unknown);
        assertThat(unknownEs.status()).isEqualTo(422);
        assertThat(unknownEs.body()).contains("id=\"standard\"", "NOPE").doesNotContain("no standard with code");
        officer.get("/staff/solicitations/new?standard=" + STANDARD + ":1&lang=en");
        Page hugeEn = officer.post("/staff/solicitations", huge);
        assertThat(hugeEn.body()).contains("at most 14 digits before the cents").doesNotContain("numeric value out of bounds");
        assertThat(titles()).doesNotContain("Prequalification maybe", "Forty digits", "Unknown standard");

        // the box ticked as a browser sends it still drafts a solicitation for pre-qualified bidders only
        Map<String, String> ticked = form("Prequalification ticked");
        ticked.put("requiresPrequalification", "true");
        ticked.put("formToken", token(hugeEn.body())); // the form drawn again carries a token of its own
        Page drafted = officer.post("/staff/solicitations", ticked);
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(302);
        assertThat(as(TestUsers.OFFICER).get("/api/solicitations/" + idOf(drafted)).json().path("requiresPrequalification").asBoolean())
                .isTrue();
    }

    @Test
    void theSameFormSentTwiceDraftsOneSolicitationAlsoAtTheSameMoment() throws Exception {
        PageSession officer = signedIn(TestUsers.OFFICER);
        Map<String, String> once = form("Sent twice one after the other");
        once.put("formToken", token(officer.get("/staff/solicitations/new?standard=" + STANDARD + ":1").body()));
        Page first = officer.post("/staff/solicitations", once);
        Page second = officer.post("/staff/solicitations", once);
        assertThat(first.status()).as(first.body()).isEqualTo(302);
        assertThat(second.status()).as(second.body()).isEqualTo(302);
        assertThat(idOf(second)).isEqualTo(idOf(first));
        assertThat(titles().stream().filter("Sent twice one after the other"::equals)).hasSize(1);

        Map<String, String> race = form("Sent twice at the same moment");
        race.put("formToken", token(officer.get("/staff/solicitations/new?standard=" + STANDARD + ":1").body()));
        Callable<Page> send = () -> officer.post("/staff/solicitations", race);
        List<Page> answers = AtOnce.atOnce(List.of(send, send));
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(302));
        assertThat(idOf(answers.get(0))).isEqualTo(idOf(answers.get(1)));
        assertThat(titles().stream().filter("Sent twice at the same moment"::equals)).hasSize(1);

        // a new form (a new token) is a new draft
        Map<String, String> again = form("Sent twice one after the other");
        again.put("formToken", token(officer.get("/staff/solicitations/new?standard=" + STANDARD + ":1").body()));
        assertThat(idOf(officer.post("/staff/solicitations", again))).isNotEqualTo(idOf(first));
    }

    /**
     * A draft is filed only from a form the page drew for this officer: without its one-time token, with an empty or
     * made-up one (a real token's random part with another signature, or alone), the form is drawn again with the error at
     * the save button and nothing is drafted; the token of the form drawn again files it.
     */
    @Test
    void aFormWithoutTheTokenThePageDrewDraftsNothing() {
        PageSession officer = signedIn(TestUsers.OFFICER);
        String issued = token(officer.get("/staff/solicitations/new?standard=" + STANDARD + ":1").body());
        String nonce = issued.substring(0, issued.indexOf('.'));
        List<String> refusedTokens = new java.util.ArrayList<>(java.util.Arrays.asList(null, "", "forged-token",
                nonce + ".0123456789abcdef0123456789abcdef", nonce, java.util.UUID.randomUUID().toString()));
        Page last = null;
        for (String sent : refusedTokens) {
            Map<String, String> f = form("Token " + sent);
            if (sent != null) {
                f.put("formToken", sent);
            }
            last = officer.post("/staff/solicitations", f);
            assertThat(last.status()).as(sent + ": " + last.body()).isEqualTo(422);
            assertThat(last.body()).as(String.valueOf(sent)).contains("id=\"errors\"", "href=\"#save-draft\"",
                    "nothing was saved");
            assertThat(token(last.body())).as("a fresh form").isNotEqualTo(sent);
        }
        assertThat(titles()).noneMatch(t -> t.startsWith("Token "));
        officer.get("/staff/solicitations/new?lang=es");
        Page es = officer.post("/staff/solicitations", form("Token es"));
        assertThat(es.status()).isEqualTo(422);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(es.body())).contains("no se guardó nada");
        officer.get("/staff/solicitations/new?lang=en");

        // the form drawn again files it, once
        Map<String, String> fixed = form("Token from the form drawn again");
        fixed.put("formToken", token(last.body()));
        Page drafted = officer.post("/staff/solicitations", fixed);
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(302);
        assertThat(officer.post("/staff/solicitations", fixed).location()).isEqualTo(drafted.location());
        assertThat(titles().stream().filter("Token from the form drawn again"::equals)).hasSize(1);
    }

    private static String token(String page) {
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as("the form's one-time token").isTrue();
        return m.group(1);
    }

    private static long idOf(Page drafted) {
        String path = drafted.location().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    private List<String> titles() {
        JsonNode all = as(TestUsers.OFFICER).get("/api/solicitations").json();
        List<String> titles = new java.util.ArrayList<>();
        all.forEach(s -> titles.add(s.path("title").asText()));
        return titles;
    }

    private PageSession signedIn(String user) {
        PageSession session = new PageSession(port);
        session.signIn(user, TestUsers.PASSWORD);
        return session;
    }
}
