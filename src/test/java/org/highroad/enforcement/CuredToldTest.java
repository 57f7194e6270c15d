package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.highroad.notifications.domain.NoticeTexts;
import java.util.Map;
import java.util.Set;
import org.highroad.enforcement.process.ComplianceCaseProcess;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A correction verified CURED while a newer finding awaits review (ADR 0033) is told to the contractor on its case
 * page: which findings are cured and on which day, in words, what is still open, and the cure date of the notice it
 * cured no longer counting down; a response the verification did not take in reads "awaiting verification". In
 * English and in Spanish.
 */
class CuredToldTest extends CaseTest {

    @org.springframework.beans.factory.annotation.Autowired
    private NoticeTexts noticeTexts;


    @Test
    void theContractorReadsWhichFindingsAreCuredAndWhatIsStillOpen() {
        long caseId = openCase("Cured told to the contractor");
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        long contract = get(caseId).path("contractId").asLong();
        assertThat(pay(TestUsers.HARBOR, caseId, "5678", "200.00").status()).isEqualTo(201);
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY)).hasSize(1);
        // a plan sent while the verification waits: not among the responses it takes in
        assertThat(as(TestUsers.HARBOR).post("/api/cases/" + caseId + "/responses", Map.of("kind", "CORRECTIVE_ACTION_PLAN",
                "text", "Payroll staff retrained on the committed rates")).status()).isEqualTo(201);
        assertThat(post(TestUsers.HARBOR, contract, "2027-01-16", HEADER + "\n" + row(1, "Lee", "5678", "50.00", "2000.00",
                ELECTRICIAN) + "\n").status()).isEqualTo(201);
        assertThat(get(caseId).path("pendingFindings").asInt()).isPositive();

        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        assertThat(harbor.get("/portal/cases/" + caseId + "?lang=en").body()).doesNotContain("id=\"cured\"")
                .containsPattern("\\d+ days? left");

        Response cured = decide(TestUsers.AUDITOR, caseId, "verification", "CURED", "Check 2217 verified against the bank");
        assertThat(cured.status()).as(cured.body()).isEqualTo(200);
        assertThat(get(caseId).path("status").asText()).isEqualTo("OPEN");

        LocalDate today = LocalDate.now(clock);
        String page = harbor.get("/portal/cases/" + caseId + "?lang=en").body();
        assertThat(page).contains("id=\"cured\"", "Your correction was verified on " + day(today, Locale.US)
                + ": the findings named in notice 1 are cured:", "week ending " + day(LocalDate.parse(WEEK), Locale.US),
                "Still open:", "week ending " + day(LocalDate.parse("2027-01-16"), Locale.US), "awaiting the auditor&#39;s review",
                "Cured: verified on " + day(today, Locale.US), " · verified", " · awaiting verification")
                .doesNotContainPattern("\\d+ days? left").doesNotContain("Check 2217");
        String cured1 = page.substring(page.indexOf("id=\"cured-findings\""), page.indexOf("id=\"still-open\""));
        assertThat(cured1).as("the newcomer is not among the cured").doesNotContain(day(LocalDate.parse("2027-01-16"), Locale.US));

        Locale es = Locale.forLanguageTag("es-US");
        String spanish = harbor.get("/portal/cases/" + caseId + "?lang=es").body();
        assertThat(spanish).contains("Su corrección se verificó el " + day(today, es) + ": los hallazgos del aviso 1 están corregidos:",
                "semana que termina el " + day(LocalDate.parse(WEEK), es), "Siguen abiertos:", "en revisión por el auditor",
                "Corregido: verificación del " + day(today, es), " · verificación: aceptada", " · verificación pendiente")
                .doesNotContain("Quedan ", "Your correction");

        // and told in its messages, not only on the case page: cured as noticed, the newcomer reviewed apart (read from
        // the stored message: the shared test database holds many of Harbor's messages, dated by other tests' clocks)
        // (one message to each of the contractor's people)
        java.util.List<String> sent = jdbc.queryForList(
                "select args from notification where kind = 'CASE_CURED_AS_NOTICED' and link = ?", String.class,
                "/portal/cases/" + caseId);
        assertThat(sent).isNotEmpty();
        for (String args : sent) {
            NoticeTexts.Text english = noticeTexts.of("CASE_CURED_AS_NOTICED", Locale.ENGLISH, args);
            assertThat(english.subject() + " " + english.body())
                    .contains("Case " + caseId + ": your correction was verified and the findings of the notice are cured")
                    .doesNotContain("{0}", "{1", "not cured");
            assertThat(noticeTexts.of("CASE_CURED_AS_NOTICED", Locale.forLanguageTag("es"), args).subject())
                    .contains("Caso " + caseId + ": su corrección fue verificada y los hallazgos del aviso están corregidos");
        }
    }

    private static String day(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }
}
