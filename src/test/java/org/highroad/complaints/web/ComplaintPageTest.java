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
                "9 to 5", "");
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

    /**
     * The office hours in the page's language: the Spanish pages show the Spanish hours when they are set
     * ({@code highroad.complaints.contact.hours-es}), else the English ones marked as English; the English pages the
     * English hours.
     */
    @Test
    void theOfficeHoursReadInThePagesLanguage() {
        AgencyContact both = new AgencyContact("Office of Labor Standards", "(555) 010-0140", "labor@example.gov",
                "1 City Hall Plaza", "Monday to Friday, 9 a.m. to 5 p.m.", "De lunes a viernes, de 9 a. m. a 5 p. m.");
        String spanish = org.springframework.web.util.HtmlUtils.htmlUnescape(ComplaintPage.in("es", both).status("WC-7K3M-9QXD",
                ComplaintStage.RECEIVED, false, List.of(), null));
        assertThat(spanish).contains("Horario: <span id=\"agency-hours\">De lunes a viernes, de 9 a. m. a 5 p. m.</span>")
                .doesNotContain("Monday to Friday");
        assertThat(ComplaintPage.in("es", both).form(Map.of(), List.of())).contains("De lunes a viernes")
                .doesNotContain("Monday to Friday");
        assertThat(ComplaintPage.in("en", both).form(Map.of(), List.of()))
                .contains("Hours: <span id=\"agency-hours\">Monday to Friday, 9 a.m. to 5 p.m.</span>")
                .doesNotContain("De lunes");
        AgencyContact englishOnly = new AgencyContact("Office of Labor Standards", "(555) 010-0140", "", "",
                "Monday to Friday, 9 a.m. to 5 p.m.", "");
        assertThat(ComplaintPage.in("es", englishOnly).form(Map.of(), List.of()))
                .contains("<span id=\"agency-hours\" lang=\"en\">Monday to Friday, 9 a.m. to 5 p.m.</span>");
    }

    /**
     * The form sent again with what to check names each field by its label and gives the intake's real reason: a
     * negative number of hours is out of range (not "not a number"), a missing employer is asked for without the API's
     * field name, and a missing way to reach the worker is shown at the phone, labelled, in English and in Spanish.
     */
    @Test
    void theFormsReasonsNameTheFieldsByTheirLabelsAndSayWhatIsWrong() {
        Map<String, String[]> answers = Map.of("hoursClaimed", new String[] {"-40"}, "payClaimed", new String[] {"-1e9"},
                "weekEnding", new String[] {"2026-11-14"}, "narrative", new String[] {"Paid for 40 of 50 hours."},
                "worksite", new String[] {"Branch library"}, "language", new String[] {"en"});
        List<Violation> refused = refusals(answers);
        String english = org.springframework.web.util.HtmlUtils.htmlUnescape(ComplaintPage.in("en").form(answers, refused));
        assertThat(english).contains("<a href=\"#hoursClaimed\">Hours you worked that week</a>: must be between 0 and 168",
                "<a href=\"#employer\">Employer (company name)</a>: name the employer, or give the contract number if you know it",
                "<a href=\"#contact-phone\">Phone</a>: give a phone number or an email address",
                "id=\"contact-phone-error\"")
                .doesNotContain("Hours you worked that week</a>: must be a number", "'contract'", "<a href=\"#contact\">");
        String spanish = org.springframework.web.util.HtmlUtils.htmlUnescape(ComplaintPage.in("es").form(answers, refused));
        assertThat(spanish).contains("debe estar entre 0 y 168", "indique el empleador, o el número del contrato",
                "<a href=\"#contact-phone\">", "deje un teléfono o un correo electrónico")
                .doesNotContain("must be", "'contract'", "<a href=\"#contact\">");
    }

    /** What the intake refuses in the complaint the form's answers make (the anonymous box left unticked). */
    private static List<Violation> refusals(Map<String, String[]> answers) {
        byte[] body = ComplaintPage.json(answers).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            org.highroad.complaints.domain.ComplaintForm.read(body, java.time.LocalDate.parse("2026-12-03"));
        } catch (org.highroad.platform.validation.InvalidInputException e) {
            return e.violations();
        }
        throw new AssertionError("the complaint was taken");
    }

    private static Properties bundle(String lang) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ComplaintPageTest.class.getResourceAsStream("/complaints/page_" + lang + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
