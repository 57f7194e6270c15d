package org.highroad.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The public complaint form, posted without script: "Stay anonymous" ticked with a name and phone given is refused at
 * the box (422), in the worker's language, as the API refuses it, and nothing is filed, so no contact details are
 * silently dropped; unticked, the same answers are filed. A language the form does not offer is refused at the list.
 */
class ComplaintFormAnonymityTest extends ComplaintsTest {

    @Test
    void stayAnonymousTickedWithContactDetailsIsRefusedAtTheBox() {
        int before = complaints();
        Map<String, String> fields = form("en", "Ana Lopez anonymous " + UUID.randomUUID());
        fields.put("anonymous", "true");
        PublicClient.Answer english = publicClient().postForm(encoded(fields));
        assertThat(english.status()).as(english.body()).isEqualTo(422);
        assertThat(english.body()).contains("id=\"anonymous\" name=\"anonymous\" type=\"checkbox\" value=\"true\" checked"
                + " aria-invalid=\"true\" aria-describedby=\"anonymous-error\"", "id=\"anonymous-error\"",
                "is ticked, but you gave contact details", "value=\"555-0199\"");
        fields.put("page", "es");
        fields.put("formToken", UUID.randomUUID().toString());
        PublicClient.Answer spanish = publicClient().postForm(encoded(fields));
        assertThat(spanish.status()).isEqualTo(422);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(spanish.body())).contains("<html lang=\"es\"",
                "id=\"anonymous-error\"", "está marcado, pero dejó datos de contacto");
        assertThat(complaints()).as("nothing filed").isEqualTo(before);

        fields.remove("anonymous");
        fields.put("formToken", UUID.randomUUID().toString());
        PublicClient.Answer contactable = publicClient().postForm(encoded(fields));
        assertThat(contactable.status()).as(contactable.body()).isEqualTo(200);
        assertThat(contactable.body()).contains("id=\"receipt-number\"");
        assertThat(complaints()).isEqualTo(before + 1);
    }

    @Test
    void aLanguageTheFormDoesNotOfferIsRefusedAtTheList() {
        int before = complaints();
        Map<String, String> fields = form("en", "Language " + UUID.randomUUID());
        fields.put("language", "xx");
        fields.remove("worksite");
        PublicClient.Answer answer = publicClient().postForm(encoded(fields));
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.body()).contains("id=\"language-error\"", "choose one of the languages in the list",
                "id=\"worksite-error\"");
        fields.put("page", "es");
        PublicClient.Answer spanish = publicClient().postForm(encoded(fields));
        assertThat(spanish.status()).isEqualTo(422);
        assertThat(spanish.body()).contains("elija uno de los idiomas de la lista");
        assertThat(complaints()).isEqualTo(before);
    }

    private Map<String, String> form(String lang, String narrative) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("page", lang);
        fields.put("formToken", UUID.randomUUID().toString());
        fields.put("employer", "Harbor Builders");
        fields.put("worksite", "Branch library, 12 Main Street");
        fields.put("narrative", narrative);
        fields.put("language", lang);
        fields.put("contact.name", "Ana Lopez");
        fields.put("contact.phone", "555-0199");
        return fields;
    }

    private static String encoded(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
