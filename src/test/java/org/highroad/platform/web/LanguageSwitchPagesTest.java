package org.highroad.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.highroad.subsidies.SubsidiesTest;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * After a refused form, the page's language switch leads to a page: the form's own page with its query when it has
 * one ({@code /portal/subsidies/new?program=…}), else the page that shows the form ({@code /portal/subsidies/{id}} for
 * a hire refused at {@code …/hires}). An address a browser reads under the pages that has no page, or that only takes
 * a form's post, is the "not found" page in the reader's language; the API and clients asking for JSON keep their
 * problem details.
 */
class LanguageSwitchPagesTest extends SubsidiesTest {

    @Test
    void aRefusedFormsLanguageLinksKeepTheQueryAndLeadToAPage() {
        long program = program("250000.00", "8000.00");
        long draft = draft(TestUsers.HARBOR, program, content()).path("id").asLong();
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);

        harbor.get("/portal/subsidies/new?program=" + program);
        Page refused = harbor.post("/portal/subsidies/new?program=" + program, Map.of("action", "submit", "hourlyWage", "lots"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("href=\"/portal/subsidies/new?program=" + program + "&amp;lang=es\"")
                .doesNotContain("href=\"/portal/subsidies/new?lang=es\"");
        assertThat(harbor.get("/portal/subsidies/new?program=" + program + "&lang=es").status()).isEqualTo(200);

        harbor.get("/portal/subsidies/" + draft);
        Page hire = harbor.post("/portal/subsidies/" + draft + "/hires", Map.of("workerRef", "", "startDate", "someday"));
        assertThat(hire.status()).as(hire.body()).isEqualTo(422);
        assertThat(hire.body()).contains("href=\"/portal/subsidies/" + draft + "?lang=es\"")
                .doesNotContain("/hires?lang=es");
        Page spanish = harbor.get("/portal/subsidies/" + draft + "?lang=es");
        assertThat(spanish.status()).isEqualTo(200);
        assertThat(spanish.body()).contains("<html lang=\"es\"");
    }

    @Test
    void aPageAddressWithNoPageIsTheNotFoundPageInTheReadersLanguage() throws Exception {
        long program = program("250000.00", "8000.00");
        long draft = draft(TestUsers.HARBOR, program, content()).path("id").asLong();
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);

        Page nothing = harbor.get("/portal/nothing");
        assertThat(nothing.status()).isEqualTo(404);
        assertThat(nothing.body()).contains("<html lang=\"en\"", "id=\"not-found\"", "Not found")
                .doesNotContain("static resource");
        // the address of a form's post, read again (a reload, a sign-in that returns to it), after choosing Spanish
        harbor.get("/portal/subsidies/" + draft + "?lang=es");
        Page posted = harbor.get("/portal/subsidies/" + draft + "/hires");
        assertThat(posted.status()).isEqualTo(405);
        assertThat(posted.body()).contains("<html lang=\"es\"", "id=\"not-found\"", "No encontrado")
                .doesNotContain("Method Not Allowed");
        // the switch on the error page works there too
        assertThat(harbor.get("/portal/nothing?lang=en").body()).contains("<html lang=\"en\"", "Not found");

        // a browser asking in Spanish, signed out, on a staff address no page has
        HttpResponse<String> staff = read("/staff/nothing", "text/html,application/xhtml+xml,*/*;q=0.8", "es-MX,es;q=0.9");
        assertThat(staff.statusCode()).isIn(302, 404);
        if (staff.statusCode() == 404) {
            assertThat(staff.body()).contains("No encontrado");
        }

        // the API, and a client that does not ask for HTML, keep their problem details
        HttpResponse<String> api = read("/api/nothing", "text/html", "es");
        assertThat(api.statusCode()).isIn(401, 404);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        HttpResponse<String> json = read("/public/nothing", "application/json", "es");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        HttpResponse<String> wrongMethod = read("/portal/subsidies/" + draft + "/hires", "application/json", "en");
        assertThat(wrongMethod.headers().firstValue("Content-Type").orElse("")).doesNotContain("text/html");
    }

    private HttpResponse<String> read(String path, String accept, String language) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
