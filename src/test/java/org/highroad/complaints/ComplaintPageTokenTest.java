package org.highroad.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The public complaint page's form carries a one-time token drawn when it is written, sent as the complaint's
 * Idempotency-Key: the same form sent twice, one after the other or at the same moment, is one complaint, and both
 * answers are the same receipt page.
 */
class ComplaintPageTokenTest extends ComplaintsTest {

    private static final Pattern TOKEN = Pattern.compile("<input type=\"hidden\" name=\"formToken\" value=\"([^\"]+)\">");
    private static final Pattern RECEIPT = Pattern.compile("<strong id=\"receipt-number\">([^<]+)</strong>");

    @Test
    void eachFormIsWrittenWithATokenOfItsOwn() throws Exception {
        String first = token(page());
        String second = token(page());
        assertThat(first).isNotBlank();
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void theSameFormSentTwiceIsOneComplaintWithTheSameReceiptPage() throws Exception {
        String form = form(token(page()), "Sent twice " + UUID.randomUUID());
        int before = complaints();

        PublicClient.Answer first = publicClient().postForm(form);
        PublicClient.Answer again = publicClient().postForm(form);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(receipt(again)).isEqualTo(receipt(first));
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(complaints()).isEqualTo(before + 1);
    }

    @Test
    void theSameFormSentAtTheSameMomentIsOneComplaintWithTheSameReceipt() throws Exception {
        String form = form(token(page()), "Sent at once " + UUID.randomUUID());
        int before = complaints();
        int senders = 3;
        CyclicBarrier start = new CyclicBarrier(senders);
        List<CompletableFuture<PublicClient.Answer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < senders; i++) {
            PublicClient client = publicClient();
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return client.postForm(form);
            }));
        }
        List<PublicClient.Answer> all = answers.stream().map(CompletableFuture::join).toList();

        for (PublicClient.Answer a : all) {
            assertThat(a.status()).as(a.body()).isEqualTo(200);
        }
        assertThat(all.stream().map(ComplaintPageTokenTest::receipt).distinct()).hasSize(1);
        assertThat(complaints()).isEqualTo(before + 1);
    }

    @Test
    void formsWithTokensOfTheirOwnAreComplaintsOfTheirOwn() throws Exception {
        String narrative = "Two workers, one story " + UUID.randomUUID();
        int before = complaints();
        PublicClient.Answer one = publicClient().postForm(form(token(page()), narrative));
        PublicClient.Answer two = publicClient().postForm(form(token(page()), narrative));
        assertThat(receipt(two)).isNotEqualTo(receipt(one));
        assertThat(complaints()).isEqualTo(before + 2);
    }

    @Test
    void theFormSentAgainWithOtherAnswersKeepsTheFirstAndIsShownAgainWithANewToken() throws Exception {
        String token = token(page());
        PublicClient.Answer first = publicClient().postForm(
                form(token, "First answers " + UUID.randomUUID()));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        int before = complaints();

        PublicClient.Answer changed = publicClient().postForm(
                form(token, "Changed answers " + UUID.randomUUID()));

        assertThat(changed.status()).isEqualTo(422);
        assertThat(changed.body()).contains("id=\"errors\"").contains("Este formulario ya se envi");
        assertThat(token(changed.body())).isNotEqualTo(token);
        assertThat(complaints()).isEqualTo(before);
    }

    private String page() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/public/complaints?lang=es")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    private static String token(String page) {
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1);
    }

    private static String receipt(PublicClient.Answer answer) {
        Matcher m = RECEIPT.matcher(answer.body());
        assertThat(m.find()).as(answer.body()).isTrue();
        return m.group(1);
    }

    private String form(String token, String narrative) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("page", "es");
        fields.put("formToken", token);
        fields.put("employer", "Harbor Builders");
        fields.put("worksite", "Branch library, 12 Main Street");
        fields.put("narrative", narrative);
        fields.put("weekEnding", java.time.LocalDate.now(clock).minusDays(7).toString());
        fields.put("hoursClaimed", "50");
        fields.put("payClaimed", "2000.00");
        fields.put("language", "es");
        fields.put("anonymous", "true");
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
