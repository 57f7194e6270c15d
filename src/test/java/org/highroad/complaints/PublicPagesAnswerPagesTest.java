package org.highroad.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The public pages answer a person's browser with pages in its language, never with the API's problem details: a
 * contract that is not published, an id that is not a number, an address with no page are the "not found" page; a
 * complaint form sent too often is the form again, with the worker's answers and the wait in the worker's language.
 * A client asking for JSON keeps the problem details.
 */
class PublicPagesAnswerPagesTest extends ComplaintsTest {

    @Test
    void aPublicAddressWithNothingToShowIsTheNotFoundPageInTheReadersLanguage() throws Exception {
        for (String path : new String[] {"/public/contracts/999999", "/public/contracts/abc", "/public/nothing"}) {
            HttpResponse<String> spanish = read(path, "text/html,application/xhtml+xml,*/*;q=0.8", "es-MX,es;q=0.9");
            assertThat(spanish.statusCode()).as(path).isEqualTo(404);
            assertThat(spanish.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
            assertThat(spanish.body()).as(path).contains("<html lang=\"es\"", "id=\"not-found\"", "No encontrado")
                    .doesNotContain("no published contract", "static resource", "wrong type");
            HttpResponse<String> english = read(path + "?lang=en", "text/html", "es");
            assertThat(english.statusCode()).as(path).isEqualTo(404);
            assertThat(english.body()).as(path).contains("<html lang=\"en\"", "Not found");
        }
        HttpResponse<String> json = read("/public/nothing", "application/json", "es");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        HttpResponse<String> api = read("/api/public/complaints/status", "text/html", "es");
        assertThat(api.headers().firstValue("Content-Type").orElse("")).doesNotContain("text/html");
    }

    @Test
    void theComplaintFormSentTooOftenIsTheFormAgainWithTheWaitInSpanish() {
        PublicClient worker = publicClient();
        String form = form("es", "Harbor Builders 429");
        PublicClient.Answer answer = null;
        for (int sent = 0; sent < 6; sent++) {
            answer = worker.postForm(form);
            if (answer.status() == 429) {
                break;
            }
            assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        }
        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.headers().get("content-type")).startsWith("text/html");
        assertThat(Integer.parseInt(answer.headers().get("retry-after"))).isBetween(1, 60);
        assertThat(answer.body()).contains("<html lang=\"es\"", "id=\"errors\"", "Se enviaron demasiadas quejas",
                "value=\"Harbor Builders 429\"", "action=\"/api/public/complaints\"").doesNotContain("Too many complaints");

        PublicClient english = publicClient();
        String inEnglish = form("en", "Harbor Builders 429 en");
        for (int sent = 0; sent < 6 && (answer = english.postForm(inEnglish)).status() != 429; sent++) {
            assertThat(answer.status()).isEqualTo(422);
        }
        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.body()).contains("<html lang=\"en\"", "Too many complaints were sent from your connection",
                "value=\"Harbor Builders 429 en\"");
    }

    /** A form the intake refuses (no worksite, no account of what happened), so that no complaint is filed. */
    private static String form(String lang, String employer) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("page", lang);
        fields.put("formToken", java.util.UUID.randomUUID().toString());
        fields.put("employer", employer);
        fields.put("language", lang);
        fields.put("anonymous", "true");
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> read(String path, String accept, String language) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
