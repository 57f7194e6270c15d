package org.highroad.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.io.InputStream;
import org.highroad.complaints.ComplaintStage;
import org.highroad.platform.validation.Violation;
import org.junit.jupiter.api.Test;

/** The public complaint pages as written on the server: every language offered is written, errors in the page's language. */
class ComplaintPageTest {

    @Test
    void everyLanguageOfferedHasThePageWrittenWithEveryText() throws Exception {
        Properties en = bundle("en");
        for (String lang : ComplaintPage.LANGUAGES) {
            Properties p = bundle(lang);
            for (String key : en.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as(lang + " " + key).isNotBlank();
            }
            String page = ComplaintPage.in(lang).form(Map.of(), List.of());
            java.util.regex.Matcher options = java.util.regex.Pattern.compile("<option value=\"([^\"]+)\"").matcher(page);
            while (options.find()) {
                assertThat(ComplaintPage.LANGUAGES).as("offered as the preferred language on the " + lang + " page")
                        .contains(options.group(1));
            }
        }
    }

    @Test
    void theApisReasonsAreWrittenInSpanishOnTheSpanishPage() {
        ComplaintPage es = ComplaintPage.in("es");
        assertThat(es.reason("is required")).isEqualTo("es obligatorio");
        assertThat(es.reason("is longer than 300 characters (312)")).isEqualTo("tiene más de 300 caracteres (312)");
        assertThat(es.reason("must be between 0 and 168")).isEqualTo("debe estar entre 0 y 168");
        assertThat(es.reason("must be a date (YYYY-MM-DD)")).isEqualTo("debe ser una fecha (AAAA-MM-DD)");
        assertThat(es.reason("is more than 26 weeks after the first")).isEqualTo("es más de 26 semanas después de la primera");
        assertThat(es.reason("something new")).isEqualTo("something new");
        assertThat(ComplaintPage.in("en").reason("is required")).isEqualTo("is required");
        String form = org.springframework.web.util.HtmlUtils.htmlUnescape(es.form(Map.of("worksite", new String[] {""}), List.of(new Violation("worksite", "is required"))));
        assertThat(form).contains("<a href=\"#worksite\">Lugar de trabajo (dirección o proyecto)</a>: es obligatorio",
                "aria-describedby=\"worksite-error\"", "role=\"alert\"");
    }

    @Test
    void theStatusPageTellsTheStageOnlyWithTheAgencysContactDetails() {
        AgencyContact contact = new AgencyContact("Office of Labor Standards", "(555) 010-0140", "labor@example.gov", "1 Plaza",
                "9 to 5");
        String page = org.springframework.web.util.HtmlUtils.htmlUnescape(ComplaintPage.in("es", contact).status("WC-7K3M-9QXD",
                ComplaintStage.INVESTIGATING, false, List.of(), null));
        assertThat(page).contains("<html lang=\"es\">", "En investigación", "href=\"tel:5550100140\"", "labor@example.gov",
                "Comuníquese con nosotros");
        String bad = ComplaintPage.in("en", contact).status("12", null, false, List.of(new Violation("receipt", "x")), null);
        assertThat(bad).contains("<a href=\"#receipt\">Receipt number</a>", "aria-invalid=\"true\"",
                "aria-describedby=\"receipt-hint receipt-error\"", "id=\"receipt-error\"");
        assertThat(ComplaintPage.in("en", contact).status("WC-0000-0000", null, true, List.of(), null))
                .contains("We have no complaint with this receipt number");
    }

    private static Properties bundle(String lang) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ComplaintPageTest.class.getResourceAsStream("/complaints/page_" + lang + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
