package org.highroad.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.highroad.enforcement.CaseTest;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The contractor opens its own contract's document from the portal, signed in with the form (it has no HTTP Basic
 * client): the contract's page links to {@code /portal/contracts/{id}/document.pdf}, which serves the PDF with its
 * clauses and schedules; another vendor's contractor finds it not found, as it finds the contract's page; staff have
 * no portal.
 */
class PortalContractDocumentTest extends CaseTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void theContractorOpensItsOwnContractsPdfAndAnotherVendorFindsNone() throws Exception {
        long contract = contractWithStatement("Portal contract document");
        String address = "/portal/contracts/" + contract + "/document.pdf";
        HttpClient harbor = signedIn(TestUsers.HARBOR);
        HttpResponse<String> page = harbor.send(get("/portal/contracts/" + contract + "?lang=es"), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"contract-document\" href=\"" + address + "\"", "El contrato, con sus cláusulas y anexos (PDF)");

        HttpResponse<byte[]> pdf = harbor.send(get(address), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).contains("application/pdf");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Parties and terms", "Portal contract document");
        assertThat(pdfText(TestUsers.HARBOR, "/api/contracts/" + contract + "/document.pdf")).as("the API's document")
                .isEqualTo(text);

        HttpResponse<String> other = signedIn(TestUsers.NORTHSIDE).send(get(address), HttpResponse.BodyHandlers.ofString());
        assertThat(other.statusCode()).as("another vendor's contract").isEqualTo(404);
        assertThat(other.body()).doesNotContain("%PDF").contains("id=\"not-found\"");
        HttpResponse<String> staff = signedIn(TestUsers.AUDITOR).send(get(address), HttpResponse.BodyHandlers.ofString());
        assertThat(staff.statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(get(address), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).as("signed out: to the sign-in").isEqualTo(302);
    }

    private HttpClient signedIn(String user) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher token = CSRF.matcher(client.send(get("/sign-in"), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(token.find()).isTrue();
        String form = "username=" + user + "&password=" + TestUsers.PASSWORD + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        return client;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/pdf,*/*;q=0.8").GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
